strconv_shortest_ties.go:20:9: func literal does not escape
strconv_shortest_ties.go:34:16: ... argument does not escape
strconv_shortest_ties.go:34:39: strconv.FormatFloat(float64(x), byte(103), -1, 32) escapes to heap
strconv_shortest_ties.go:34:66: x escapes to heap
strconv_shortest_ties.go:34:88: strconv.FormatFloat(float64(x), byte(101), -1, 32) escapes to heap
strconv_shortest_ties.go:44:16: ... argument does not escape
strconv_shortest_ties.go:44:39: strconv.FormatFloat(x, byte(103), -1, 64) escapes to heap
strconv_shortest_ties.go:44:57: x escapes to heap
strconv_shortest_ties.go:44:79: strconv.FormatFloat(x, byte(102), -1, 64) escapes to heap
strconv_shortest_ties.go:48:14: ... argument does not escape
strconv_shortest_ties.go:48:18: n escapes to heap
