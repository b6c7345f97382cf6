iface_compare_uncomparable_unrecovered.go:11:13: ... argument does not escape
iface_compare_uncomparable_unrecovered.go:11:14: "comparing" escapes to heap
iface_compare_uncomparable_unrecovered.go:12:13: ... argument does not escape
iface_compare_uncomparable_unrecovered.go:12:16: a == b escapes to heap
