bitops.go:7:13: ... argument does not escape
bitops.go:7:15: a & b escapes to heap
bitops.go:7:20: a | b escapes to heap
bitops.go:7:25: a ^ b escapes to heap
bitops.go:7:30: a &^ b escapes to heap
bitops.go:7:35: ^a escapes to heap
bitops.go:9:13: ... argument does not escape
bitops.go:9:14: ^u escapes to heap
bitops.go:9:19: u &^ uint8(48) escapes to heap
bitops.go:9:28: u | uint8(15) escapes to heap
bitops.go:9:36: u ^ uint8(255) escapes to heap
bitops.go:12:13: ... argument does not escape
bitops.go:12:14: x escapes to heap
bitops.go:15:13: ... argument does not escape
bitops.go:15:14: x escapes to heap
bitops.go:17:13: ... argument does not escape
bitops.go:17:15: i & int32(2147483647) escapes to heap
bitops.go:17:29: i ^ i escapes to heap
bitops.go:17:33: ^i escapes to heap
bitops.go:24:13: ... argument does not escape
bitops.go:24:14: pop escapes to heap
