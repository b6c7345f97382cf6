rterr_slice_to_array.go:5:10: name does not escape
rterr_slice_to_array.go:5:23: f does not escape
rterr_slice_to_array.go:6:8: func literal does not escape
rterr_slice_to_array.go:7:14: ... argument does not escape
rterr_slice_to_array.go:7:19: name + ":" escapes to heap
rterr_slice_to_array.go:7:19: name + ":" escapes to heap
rterr_slice_to_array.go:13:12: []int{...} escapes to heap
rterr_slice_to_array.go:14:15: func literal does not escape
rterr_slice_to_array.go:14:51: ... argument does not escape
rterr_slice_to_array.go:14:52: a escapes to heap
rterr_slice_to_array.go:15:17: func literal does not escape
rterr_slice_to_array.go:15:56: ... argument does not escape
rterr_slice_to_array.go:16:12: func literal does not escape
rterr_slice_to_array.go:16:48: ... argument does not escape
rterr_slice_to_array.go:16:49: a escapes to heap
