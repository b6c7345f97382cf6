assign_forms.go:8:13: ... argument does not escape
assign_forms.go:8:14: a escapes to heap
assign_forms.go:8:17: b escapes to heap
assign_forms.go:8:20: c escapes to heap
assign_forms.go:9:12: []int{...} escapes to heap
assign_forms.go:12:13: ... argument does not escape
assign_forms.go:12:14: i escapes to heap
assign_forms.go:12:17: s escapes to heap
assign_forms.go:25:13: ... argument does not escape
assign_forms.go:25:14: x escapes to heap
assign_forms.go:29:13: ... argument does not escape
assign_forms.go:29:14: x escapes to heap
assign_forms.go:32:13: ... argument does not escape
assign_forms.go:32:14: 6 escapes to heap
assign_forms.go:38:13: ... argument does not escape
assign_forms.go:38:14: 1 escapes to heap
assign_forms.go:38:17: 2 escapes to heap
assign_forms.go:38:20: "three" escapes to heap
assign_forms.go:41:13: ... argument does not escape
assign_forms.go:41:14: arr escapes to heap
