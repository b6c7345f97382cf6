int_widths_wrap.go:8:13: ... argument does not escape
int_widths_wrap.go:8:14: i8 escapes to heap
int_widths_wrap.go:11:13: ... argument does not escape
int_widths_wrap.go:11:14: i8 escapes to heap
int_widths_wrap.go:14:13: ... argument does not escape
int_widths_wrap.go:14:14: u8 escapes to heap
int_widths_wrap.go:17:13: ... argument does not escape
int_widths_wrap.go:17:14: u8 escapes to heap
int_widths_wrap.go:20:13: ... argument does not escape
int_widths_wrap.go:20:14: i16 escapes to heap
int_widths_wrap.go:23:13: ... argument does not escape
int_widths_wrap.go:23:14: u16 escapes to heap
int_widths_wrap.go:26:13: ... argument does not escape
int_widths_wrap.go:26:14: i32 escapes to heap
int_widths_wrap.go:29:13: ... argument does not escape
int_widths_wrap.go:29:14: u32 escapes to heap
int_widths_wrap.go:32:13: ... argument does not escape
int_widths_wrap.go:32:14: i64 escapes to heap
int_widths_wrap.go:35:13: ... argument does not escape
int_widths_wrap.go:35:14: u64 escapes to heap
int_widths_wrap.go:38:13: ... argument does not escape
int_widths_wrap.go:38:14: ui escapes to heap
int_widths_wrap.go:41:13: ... argument does not escape
int_widths_wrap.go:41:14: up escapes to heap
int_widths_wrap.go:44:13: ... argument does not escape
int_widths_wrap.go:44:14: i escapes to heap
