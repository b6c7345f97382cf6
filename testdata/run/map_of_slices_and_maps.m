map_of_slices_and_maps.go:17:14: leaking param: a
map_of_slices_and_maps.go:17:17: leaking param: b
map_of_slices_and_maps.go:9:31: map[string][]string{} escapes to heap
map_of_slices_and_maps.go:10:19: []string{...} does not escape
map_of_slices_and_maps.go:13:21: append escapes to heap
map_of_slices_and_maps.go:15:13: ... argument does not escape
map_of_slices_and_maps.go:16:37: map[string]map[string]int{} does not escape
map_of_slices_and_maps.go:17:9: func literal does not escape
map_of_slices_and_maps.go:20:26: map[string]int{} escapes to heap
map_of_slices_and_maps.go:29:18: []string{} does not escape
map_of_slices_and_maps.go:31:16: append does not escape
map_of_slices_and_maps.go:35:14: ... argument does not escape
map_of_slices_and_maps.go:35:15: k escapes to heap
