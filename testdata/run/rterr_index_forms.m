rterr_index_forms.go:8:10: name does not escape
rterr_index_forms.go:8:23: f does not escape
rterr_index_forms.go:9:8: func literal does not escape
rterr_index_forms.go:12:14: ... argument does not escape
rterr_index_forms.go:12:19: name + ":" escapes to heap
rterr_index_forms.go:12:19: name + ":" escapes to heap
rterr_index_forms.go:12:25: ok escapes to heap
rterr_index_forms.go:18:12: []int{...} does not escape
rterr_index_forms.go:24:15: func literal does not escape
rterr_index_forms.go:25:24: func literal does not escape
rterr_index_forms.go:26:15: func literal does not escape
rterr_index_forms.go:27:24: func literal does not escape
rterr_index_forms.go:28:16: func literal does not escape
rterr_index_forms.go:29:21: func literal does not escape
rterr_index_forms.go:30:21: func literal does not escape
rterr_index_forms.go:31:15: func literal does not escape
rterr_index_forms.go:32:15: func literal does not escape
