unsafe_sizeof.go:72:13: ... argument does not escape
unsafe_sizeof.go:72:14: "bool" escapes to heap
unsafe_sizeof.go:72:35: uintptr(1) escapes to heap
unsafe_sizeof.go:72:54: uintptr(1) escapes to heap
unsafe_sizeof.go:73:13: ... argument does not escape
unsafe_sizeof.go:73:14: "int8" escapes to heap
unsafe_sizeof.go:73:35: uintptr(1) escapes to heap
unsafe_sizeof.go:73:55: uintptr(1) escapes to heap
unsafe_sizeof.go:74:13: ... argument does not escape
unsafe_sizeof.go:74:14: "int16" escapes to heap
unsafe_sizeof.go:74:36: uintptr(2) escapes to heap
unsafe_sizeof.go:74:57: uintptr(2) escapes to heap
unsafe_sizeof.go:75:13: ... argument does not escape
unsafe_sizeof.go:75:14: "int32" escapes to heap
unsafe_sizeof.go:75:36: uintptr(4) escapes to heap
unsafe_sizeof.go:75:57: uintptr(4) escapes to heap
unsafe_sizeof.go:76:13: ... argument does not escape
unsafe_sizeof.go:76:14: "int64" escapes to heap
unsafe_sizeof.go:76:36: uintptr(8) escapes to heap
unsafe_sizeof.go:76:57: uintptr(8) escapes to heap
unsafe_sizeof.go:77:13: ... argument does not escape
unsafe_sizeof.go:77:14: "int" escapes to heap
unsafe_sizeof.go:77:34: uintptr(8) escapes to heap
unsafe_sizeof.go:77:53: uintptr(8) escapes to heap
unsafe_sizeof.go:78:13: ... argument does not escape
unsafe_sizeof.go:78:14: "uint" escapes to heap
unsafe_sizeof.go:78:35: uintptr(8) escapes to heap
unsafe_sizeof.go:78:54: uintptr(8) escapes to heap
unsafe_sizeof.go:79:13: ... argument does not escape
unsafe_sizeof.go:79:14: "uintptr" escapes to heap
unsafe_sizeof.go:79:38: uintptr(8) escapes to heap
unsafe_sizeof.go:79:58: uintptr(8) escapes to heap
unsafe_sizeof.go:80:13: ... argument does not escape
unsafe_sizeof.go:80:14: "float32" escapes to heap
unsafe_sizeof.go:80:38: uintptr(4) escapes to heap
unsafe_sizeof.go:80:59: uintptr(4) escapes to heap
unsafe_sizeof.go:81:13: ... argument does not escape
unsafe_sizeof.go:81:14: "float64" escapes to heap
unsafe_sizeof.go:81:38: uintptr(8) escapes to heap
unsafe_sizeof.go:81:59: uintptr(8) escapes to heap
unsafe_sizeof.go:82:13: ... argument does not escape
unsafe_sizeof.go:82:14: "complex64" escapes to heap
unsafe_sizeof.go:82:40: uintptr(8) escapes to heap
unsafe_sizeof.go:82:61: uintptr(4) escapes to heap
unsafe_sizeof.go:83:13: ... argument does not escape
unsafe_sizeof.go:83:14: "complex128" escapes to heap
unsafe_sizeof.go:83:41: uintptr(16) escapes to heap
unsafe_sizeof.go:83:63: uintptr(8) escapes to heap
unsafe_sizeof.go:84:13: ... argument does not escape
unsafe_sizeof.go:84:14: "string" escapes to heap
unsafe_sizeof.go:84:37: uintptr(16) escapes to heap
unsafe_sizeof.go:84:56: uintptr(8) escapes to heap
unsafe_sizeof.go:85:13: ... argument does not escape
unsafe_sizeof.go:85:14: "pointer" escapes to heap
unsafe_sizeof.go:85:38: uintptr(8) escapes to heap
unsafe_sizeof.go:85:57: uintptr(8) escapes to heap
unsafe_sizeof.go:86:13: ... argument does not escape
unsafe_sizeof.go:86:14: "slice" escapes to heap
unsafe_sizeof.go:86:36: uintptr(24) escapes to heap
unsafe_sizeof.go:86:56: uintptr(8) escapes to heap
unsafe_sizeof.go:87:13: ... argument does not escape
unsafe_sizeof.go:87:14: "map" escapes to heap
unsafe_sizeof.go:87:34: uintptr(8) escapes to heap
unsafe_sizeof.go:87:53: uintptr(8) escapes to heap
unsafe_sizeof.go:88:13: ... argument does not escape
unsafe_sizeof.go:88:14: "chan" escapes to heap
unsafe_sizeof.go:88:35: uintptr(8) escapes to heap
unsafe_sizeof.go:88:55: uintptr(8) escapes to heap
unsafe_sizeof.go:89:13: ... argument does not escape
unsafe_sizeof.go:89:14: "func" escapes to heap
unsafe_sizeof.go:89:35: uintptr(8) escapes to heap
unsafe_sizeof.go:89:55: uintptr(8) escapes to heap
unsafe_sizeof.go:90:13: ... argument does not escape
unsafe_sizeof.go:90:14: "any" escapes to heap
unsafe_sizeof.go:90:34: uintptr(16) escapes to heap
unsafe_sizeof.go:90:53: uintptr(8) escapes to heap
unsafe_sizeof.go:91:13: ... argument does not escape
unsafe_sizeof.go:91:14: "iface" escapes to heap
unsafe_sizeof.go:91:36: uintptr(16) escapes to heap
unsafe_sizeof.go:91:56: uintptr(8) escapes to heap
unsafe_sizeof.go:92:13: ... argument does not escape
unsafe_sizeof.go:92:14: "unsafe.Pointer" escapes to heap
unsafe_sizeof.go:92:45: uintptr(8) escapes to heap
unsafe_sizeof.go:92:66: uintptr(8) escapes to heap
unsafe_sizeof.go:93:13: ... argument does not escape
unsafe_sizeof.go:93:14: "Named" escapes to heap
unsafe_sizeof.go:93:36: uintptr(2) escapes to heap
unsafe_sizeof.go:93:55: uintptr(2) escapes to heap
unsafe_sizeof.go:94:13: ... argument does not escape
unsafe_sizeof.go:94:14: "[5]int32" escapes to heap
unsafe_sizeof.go:94:39: uintptr(20) escapes to heap
unsafe_sizeof.go:94:67: uintptr(4) escapes to heap
unsafe_sizeof.go:95:13: ... argument does not escape
unsafe_sizeof.go:95:14: "[0]int64" escapes to heap
unsafe_sizeof.go:95:39: uintptr(0) escapes to heap
unsafe_sizeof.go:95:67: uintptr(8) escapes to heap
unsafe_sizeof.go:96:13: ... argument does not escape
unsafe_sizeof.go:96:14: "struct{}" escapes to heap
unsafe_sizeof.go:96:39: uintptr(0) escapes to heap
unsafe_sizeof.go:96:67: uintptr(1) escapes to heap
unsafe_sizeof.go:97:13: ... argument does not escape
unsafe_sizeof.go:97:14: "untyped consts" escapes to heap
unsafe_sizeof.go:97:45: uintptr(8) escapes to heap
unsafe_sizeof.go:97:63: uintptr(8) escapes to heap
unsafe_sizeof.go:97:83: uintptr(4) escapes to heap
unsafe_sizeof.go:97:103: uintptr(16) escapes to heap
unsafe_sizeof.go:97:127: uintptr(16) escapes to heap
unsafe_sizeof.go:97:146: uintptr(1) escapes to heap
unsafe_sizeof.go:100:13: ... argument does not escape
unsafe_sizeof.go:100:14: "Small" escapes to heap
unsafe_sizeof.go:100:36: uintptr(24) escapes to heap
unsafe_sizeof.go:100:56: uintptr(8) escapes to heap
unsafe_sizeof.go:100:77: uintptr(0) escapes to heap
unsafe_sizeof.go:100:100: uintptr(8) escapes to heap
unsafe_sizeof.go:100:123: uintptr(16) escapes to heap
unsafe_sizeof.go:102:13: ... argument does not escape
unsafe_sizeof.go:102:14: "Packed" escapes to heap
unsafe_sizeof.go:102:37: uintptr(16) escapes to heap
unsafe_sizeof.go:102:58: uintptr(1) escapes to heap
unsafe_sizeof.go:102:81: uintptr(2) escapes to heap
unsafe_sizeof.go:102:104: uintptr(4) escapes to heap
unsafe_sizeof.go:102:127: uintptr(8) escapes to heap
unsafe_sizeof.go:104:13: ... argument does not escape
unsafe_sizeof.go:104:14: "Outer" escapes to heap
unsafe_sizeof.go:104:36: uintptr(48) escapes to heap
unsafe_sizeof.go:104:55: uintptr(8) escapes to heap
unsafe_sizeof.go:105:13: ... argument does not escape
unsafe_sizeof.go:105:14: "Outer fields" escapes to heap
unsafe_sizeof.go:105:45: uintptr(0) escapes to heap
unsafe_sizeof.go:105:70: uintptr(4) escapes to heap
unsafe_sizeof.go:105:96: uintptr(4) escapes to heap
unsafe_sizeof.go:105:118: uintptr(8) escapes to heap
unsafe_sizeof.go:105:140: uintptr(16) escapes to heap
unsafe_sizeof.go:105:162: uintptr(24) escapes to heap
unsafe_sizeof.go:105:187: uintptr(40) escapes to heap
unsafe_sizeof.go:105:211: uintptr(46) escapes to heap
unsafe_sizeof.go:106:13: ... argument does not escape
unsafe_sizeof.go:106:14: "Outer.Inner.y" escapes to heap
unsafe_sizeof.go:106:46: uintptr(4) escapes to heap
unsafe_sizeof.go:108:13: ... argument does not escape
unsafe_sizeof.go:108:14: "Deep" escapes to heap
unsafe_sizeof.go:108:35: uintptr(56) escapes to heap
unsafe_sizeof.go:108:55: uintptr(8) escapes to heap
unsafe_sizeof.go:108:81: uintptr(16) escapes to heap
unsafe_sizeof.go:108:103: uintptr(32) escapes to heap
unsafe_sizeof.go:110:13: ... argument does not escape
unsafe_sizeof.go:110:14: "Deep via pointer" escapes to heap
unsafe_sizeof.go:110:49: uintptr(24) escapes to heap
unsafe_sizeof.go:110:71: uintptr(8) escapes to heap
unsafe_sizeof.go:110:92: uintptr(56) escapes to heap
unsafe_sizeof.go:112:13: ... argument does not escape
unsafe_sizeof.go:112:14: "EndsEmpty" escapes to heap
unsafe_sizeof.go:112:40: uintptr(8) escapes to heap
unsafe_sizeof.go:112:61: uintptr(4) escapes to heap
unsafe_sizeof.go:113:13: ... argument does not escape
unsafe_sizeof.go:113:14: "Alignof field" escapes to heap
unsafe_sizeof.go:113:45: uintptr(2) escapes to heap
unsafe_sizeof.go:113:68: uintptr(1) escapes to heap
unsafe_sizeof.go:113:90: uintptr(4) escapes to heap
unsafe_sizeof.go:119:13: ... argument does not escape
unsafe_sizeof.go:119:17: 24 escapes to heap
unsafe_sizeof.go:119:28: uintptr(48) escapes to heap
unsafe_sizeof.go:120:12: ... argument does not escape
unsafe_sizeof.go:120:37: uintptr(8) escapes to heap
unsafe_sizeof.go:120:57: uintptr(8) escapes to heap
unsafe_sizeof.go:123:13: ... argument does not escape
unsafe_sizeof.go:123:27: uintptr(24) escapes to heap
unsafe_sizeof.go:123:51: uintptr(16) escapes to heap
unsafe_sizeof.go:123:75: uintptr(8) escapes to heap
