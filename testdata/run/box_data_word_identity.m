box_data_word_identity.go:33:9: leaking param: e to result ~r0 level=0
box_data_word_identity.go:35:11: leaking param: name
box_data_word_identity.go:36:13: ... argument does not escape
box_data_word_identity.go:36:14: name escapes to heap
box_data_word_identity.go:36:27: dw(s1) == dw(s2) escapes to heap
box_data_word_identity.go:111:15: BadErr{...} escapes to heap
box_data_word_identity.go:114:15: BadErr{...} escapes to heap
box_data_word_identity.go:117:11: ID(big) escapes to heap
box_data_word_identity.go:120:9: gf escapes to heap
box_data_word_identity.go:123:9: gf escapes to heap
box_data_word_identity.go:40:17: BadErr{...} escapes to heap
box_data_word_identity.go:40:36: BadErr{...} escapes to heap
box_data_word_identity.go:42:17: BadErr{...} escapes to heap
box_data_word_identity.go:42:33: BadErr{...} escapes to heap
box_data_word_identity.go:44:11: gf escapes to heap
box_data_word_identity.go:44:15: gf escapes to heap
box_data_word_identity.go:47:11: gf escapes to heap
box_data_word_identity.go:47:15: gf escapes to heap
box_data_word_identity.go:49:15: Temp(gf * 0) escapes to heap
box_data_word_identity.go:49:27: Temp(gf * 0) escapes to heap
box_data_word_identity.go:51:19: [1]int32{...} escapes to heap
box_data_word_identity.go:51:39: [1]int32{...} escapes to heap
box_data_word_identity.go:53:13: ID(g) escapes to heap
box_data_word_identity.go:53:20: ID(g) escapes to heap
box_data_word_identity.go:55:13: ID(big) escapes to heap
box_data_word_identity.go:55:22: ID(big) escapes to heap
box_data_word_identity.go:57:17: Pair32{...} escapes to heap
box_data_word_identity.go:57:31: Pair32{...} escapes to heap
box_data_word_identity.go:59:17: Pair32{...} escapes to heap
box_data_word_identity.go:59:31: Pair32{...} escapes to heap
box_data_word_identity.go:61:17: BadErr{...} escapes to heap
box_data_word_identity.go:61:31: BadErr{...} escapes to heap
box_data_word_identity.go:63:17: BadErr{} escapes to heap
box_data_word_identity.go:63:29: [2]int32{} escapes to heap
box_data_word_identity.go:65:17: BadErr{...} escapes to heap
box_data_word_identity.go:65:32: BadErr{...} escapes to heap
box_data_word_identity.go:68:11: p escapes to heap
box_data_word_identity.go:68:14: p escapes to heap
box_data_word_identity.go:71:11: b escapes to heap
box_data_word_identity.go:71:14: b escapes to heap
box_data_word_identity.go:73:16: Small{...} escapes to heap
box_data_word_identity.go:73:31: Small{...} escapes to heap
box_data_word_identity.go:75:11: gs escapes to heap
box_data_word_identity.go:75:15: gs escapes to heap
box_data_word_identity.go:77:11: gs2 escapes to heap
box_data_word_identity.go:77:16: gs2 escapes to heap
box_data_word_identity.go:79:15: Name{...} escapes to heap
box_data_word_identity.go:79:25: Name{...} escapes to heap
box_data_word_identity.go:81:11: gsl escapes to heap
box_data_word_identity.go:81:16: gsl escapes to heap
box_data_word_identity.go:83:11: gsl escapes to heap
box_data_word_identity.go:83:16: gs escapes to heap
box_data_word_identity.go:85:11: make([]int, 0) escapes to heap
box_data_word_identity.go:86:11: e escapes to heap
box_data_word_identity.go:86:14: e escapes to heap
box_data_word_identity.go:88:11: 1000 escapes to heap
box_data_word_identity.go:88:17: 1000 escapes to heap
box_data_word_identity.go:90:11: 2.5 escapes to heap
box_data_word_identity.go:90:16: 2.5 escapes to heap
box_data_word_identity.go:93:11: 1000 escapes to heap
box_data_word_identity.go:93:14: 1000 escapes to heap
box_data_word_identity.go:95:11: "" escapes to heap
box_data_word_identity.go:95:15: "" escapes to heap
box_data_word_identity.go:97:18: (1 + 2i) escapes to heap
box_data_word_identity.go:97:33: (1 + 2i) escapes to heap
box_data_word_identity.go:99:12: F{...} escapes to heap
box_data_word_identity.go:99:20: F{...} escapes to heap
box_data_word_identity.go:101:15: Quad{...} escapes to heap
box_data_word_identity.go:101:33: Quad{...} escapes to heap
box_data_word_identity.go:103:15: Quad{} escapes to heap
box_data_word_identity.go:103:27: [32]byte{} escapes to heap
box_data_word_identity.go:105:15: Quad{...} escapes to heap
box_data_word_identity.go:105:34: Quad{...} escapes to heap
box_data_word_identity.go:107:17: [2]int{...} escapes to heap
box_data_word_identity.go:107:37: [2]int{...} escapes to heap
box_data_word_identity.go:110:8: func literal does not escape
box_data_word_identity.go:113:8: func literal does not escape
box_data_word_identity.go:116:8: func literal does not escape
box_data_word_identity.go:119:8: func literal does not escape
box_data_word_identity.go:122:8: func literal does not escape
box_data_word_identity.go:125:14: BadErr{...} escapes to heap
