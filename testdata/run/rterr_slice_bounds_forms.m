rterr_slice_bounds_forms.go:5:10: name does not escape
rterr_slice_bounds_forms.go:5:23: f does not escape
rterr_slice_bounds_forms.go:6:8: func literal does not escape
rterr_slice_bounds_forms.go:7:14: ... argument does not escape
rterr_slice_bounds_forms.go:7:19: name + ":" escapes to heap
rterr_slice_bounds_forms.go:7:19: name + ":" escapes to heap
rterr_slice_bounds_forms.go:13:11: make([]int, 3, 5) does not escape
rterr_slice_bounds_forms.go:17:27: func literal does not escape
rterr_slice_bounds_forms.go:18:28: func literal does not escape
rterr_slice_bounds_forms.go:19:17: func literal does not escape
rterr_slice_bounds_forms.go:20:17: func literal does not escape
rterr_slice_bounds_forms.go:21:16: func literal does not escape
rterr_slice_bounds_forms.go:22:36: func literal does not escape
rterr_slice_bounds_forms.go:23:20: func literal does not escape
rterr_slice_bounds_forms.go:24:21: func literal does not escape
rterr_slice_bounds_forms.go:25:18: func literal does not escape
rterr_slice_bounds_forms.go:26:18: func literal does not escape
rterr_slice_bounds_forms.go:27:20: func literal does not escape
rterr_slice_bounds_forms.go:28:18: func literal does not escape
rterr_slice_bounds_forms.go:29:16: func literal does not escape
rterr_slice_bounds_forms.go:30:12: func literal does not escape
rterr_slice_bounds_forms.go:30:43: ... argument does not escape
rterr_slice_bounds_forms.go:30:44: "s[:5] is fine" escapes to heap
