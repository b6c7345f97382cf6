iface_compare_uncomparable.go:7:14: ... argument does not escape
iface_compare_uncomparable.go:7:15: "recovered:" escapes to heap
iface_compare_uncomparable.go:6:8: func literal does not escape
iface_compare_uncomparable.go:9:17: 1 does not escape
iface_compare_uncomparable.go:9:20: "s" does not escape
iface_compare_uncomparable.go:10:13: ... argument does not escape
iface_compare_uncomparable.go:10:16: a == b escapes to heap
iface_compare_uncomparable.go:11:14: []int{...} does not escape
iface_compare_uncomparable.go:11:14: []int{...} does not escape
iface_compare_uncomparable.go:11:19: "s" does not escape
iface_compare_uncomparable.go:12:13: ... argument does not escape
iface_compare_uncomparable.go:12:14: "different types compare without panic:" escapes to heap
iface_compare_uncomparable.go:12:58: a == b escapes to heap
iface_compare_uncomparable.go:13:14: []int{...} does not escape
iface_compare_uncomparable.go:13:14: []int{...} does not escape
iface_compare_uncomparable.go:13:24: []int{...} does not escape
iface_compare_uncomparable.go:13:24: []int{...} does not escape
iface_compare_uncomparable.go:14:13: ... argument does not escape
iface_compare_uncomparable.go:14:16: a == b escapes to heap
