labeled_break_continue.go:15:13: ... argument does not escape
labeled_break_continue.go:15:14: i escapes to heap
labeled_break_continue.go:15:17: j escapes to heap
labeled_break_continue.go:15:20: " " escapes to heap
labeled_break_continue.go:28:12: ... argument does not escape
labeled_break_continue.go:28:13: i escapes to heap
labeled_break_continue.go:28:16: " " escapes to heap
labeled_break_continue.go:32:17: [][]int{...} does not escape
labeled_break_continue.go:32:18: []int{...} does not escape
labeled_break_continue.go:32:29: []int{...} does not escape
labeled_break_continue.go:32:41: []int{...} does not escape
labeled_break_continue.go:38:16: ... argument does not escape
labeled_break_continue.go:38:17: "negative at" escapes to heap
labeled_break_continue.go:38:32: r escapes to heap
labeled_break_continue.go:38:35: c escapes to heap
labeled_break_continue.go:44:13: ... argument does not escape
labeled_break_continue.go:44:14: found escapes to heap
