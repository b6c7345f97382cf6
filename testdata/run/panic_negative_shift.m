panic_negative_shift.go:8:13: ... argument does not escape
panic_negative_shift.go:8:17: shl(1, 4) escapes to heap
panic_negative_shift.go:9:13: ... argument does not escape
panic_negative_shift.go:9:17: shl(1, -1) escapes to heap
