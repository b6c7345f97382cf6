embed_multidim_arrays.go:12:13: ... argument does not escape
embed_multidim_arrays.go:12:14: grid escapes to heap
embed_multidim_arrays.go:15:13: ... argument does not escape
embed_multidim_arrays.go:15:21: grid[1][1] escapes to heap
embed_multidim_arrays.go:15:31: g2[1][1] escapes to heap
embed_multidim_arrays.go:15:41: grid == g2 escapes to heap
embed_multidim_arrays.go:16:13: make([][]string, 3) escapes to heap
embed_multidim_arrays.go:18:16: make([]string, i + 1) escapes to heap
embed_multidim_arrays.go:20:26: ... argument does not escape
embed_multidim_arrays.go:20:27: i escapes to heap
embed_multidim_arrays.go:20:30: j escapes to heap
embed_multidim_arrays.go:23:13: ... argument does not escape
embed_multidim_arrays.go:23:14: jag escapes to heap
embed_multidim_arrays.go:23:22: len(jag[2]) escapes to heap
embed_multidim_arrays.go:25:13: ... argument does not escape
embed_multidim_arrays.go:25:14: cube escapes to heap
embed_multidim_arrays.go:29:12: ... argument does not escape
embed_multidim_arrays.go:29:25: board escapes to heap
embed_multidim_arrays.go:29:37: board[1] escapes to heap
