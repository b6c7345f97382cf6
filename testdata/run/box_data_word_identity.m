box_data_word_identity.go:31:9: leaking param: e to result ~r0 level=0
box_data_word_identity.go:33:11: leaking param: name
box_data_word_identity.go:34:13: ... argument does not escape
box_data_word_identity.go:34:14: name escapes to heap
box_data_word_identity.go:34:27: dw(s1) == dw(s2) escapes to heap
box_data_word_identity.go:97:15: BadErr{...} escapes to heap
box_data_word_identity.go:100:15: BadErr{...} escapes to heap
box_data_word_identity.go:103:11: ID(big) escapes to heap
box_data_word_identity.go:106:9: gf escapes to heap
box_data_word_identity.go:109:9: gf escapes to heap
box_data_word_identity.go:38:17: BadErr{...} escapes to heap
box_data_word_identity.go:38:36: BadErr{...} escapes to heap
box_data_word_identity.go:40:17: BadErr{...} escapes to heap
box_data_word_identity.go:40:33: BadErr{...} escapes to heap
box_data_word_identity.go:42:11: gf escapes to heap
box_data_word_identity.go:42:15: gf escapes to heap
box_data_word_identity.go:45:11: gf escapes to heap
box_data_word_identity.go:45:15: gf escapes to heap
box_data_word_identity.go:47:15: Temp(gf * 0) escapes to heap
box_data_word_identity.go:47:27: Temp(gf * 0) escapes to heap
box_data_word_identity.go:49:19: [1]int32{...} escapes to heap
box_data_word_identity.go:49:39: [1]int32{...} escapes to heap
box_data_word_identity.go:51:13: ID(g) escapes to heap
box_data_word_identity.go:51:20: ID(g) escapes to heap
box_data_word_identity.go:53:13: ID(big) escapes to heap
box_data_word_identity.go:53:22: ID(big) escapes to heap
box_data_word_identity.go:55:17: Pair32{...} escapes to heap
box_data_word_identity.go:55:31: Pair32{...} escapes to heap
box_data_word_identity.go:57:17: Pair32{...} escapes to heap
box_data_word_identity.go:57:31: Pair32{...} escapes to heap
box_data_word_identity.go:59:17: BadErr{...} escapes to heap
box_data_word_identity.go:59:31: BadErr{...} escapes to heap
box_data_word_identity.go:61:17: BadErr{} escapes to heap
box_data_word_identity.go:61:29: [2]int32{} escapes to heap
box_data_word_identity.go:63:17: BadErr{...} escapes to heap
box_data_word_identity.go:63:32: BadErr{...} escapes to heap
box_data_word_identity.go:66:11: p escapes to heap
box_data_word_identity.go:66:14: p escapes to heap
box_data_word_identity.go:69:11: b escapes to heap
box_data_word_identity.go:69:14: b escapes to heap
box_data_word_identity.go:71:16: Small{...} escapes to heap
box_data_word_identity.go:71:31: Small{...} escapes to heap
box_data_word_identity.go:73:11: gs escapes to heap
box_data_word_identity.go:73:15: gs escapes to heap
box_data_word_identity.go:75:11: gs2 escapes to heap
box_data_word_identity.go:75:16: gs2 escapes to heap
box_data_word_identity.go:77:15: Name{...} escapes to heap
box_data_word_identity.go:77:25: Name{...} escapes to heap
box_data_word_identity.go:79:11: gsl escapes to heap
box_data_word_identity.go:79:16: gsl escapes to heap
box_data_word_identity.go:81:11: gsl escapes to heap
box_data_word_identity.go:81:16: gs escapes to heap
box_data_word_identity.go:83:11: make([]int, 0) escapes to heap
box_data_word_identity.go:84:11: e escapes to heap
box_data_word_identity.go:84:14: e escapes to heap
box_data_word_identity.go:86:11: 1000 escapes to heap
box_data_word_identity.go:86:17: 1000 escapes to heap
box_data_word_identity.go:88:11: 2.5 escapes to heap
box_data_word_identity.go:88:16: 2.5 escapes to heap
box_data_word_identity.go:91:11: 1000 escapes to heap
box_data_word_identity.go:91:14: 1000 escapes to heap
box_data_word_identity.go:93:11: "" escapes to heap
box_data_word_identity.go:93:15: "" escapes to heap
box_data_word_identity.go:96:8: func literal does not escape
box_data_word_identity.go:99:8: func literal does not escape
box_data_word_identity.go:102:8: func literal does not escape
box_data_word_identity.go:105:8: func literal does not escape
box_data_word_identity.go:108:8: func literal does not escape
box_data_word_identity.go:111:14: BadErr{...} escapes to heap
