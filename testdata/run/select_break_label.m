select_break_label.go:25:13: ... argument does not escape
select_break_label.go:25:14: n escapes to heap
select_break_label.go:35:13: ... argument does not escape
select_break_label.go:35:14: count escapes to heap
