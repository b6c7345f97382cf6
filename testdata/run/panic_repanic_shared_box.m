panic_repanic_shared_box.go:48:10: leaking param: s to result ~r0 level=0
panic_repanic_shared_box.go:53:9: s does not escape
panic_repanic_shared_box.go:91:77: moved to heap: me9
panic_repanic_shared_box.go:85:8: func literal does not escape
panic_repanic_shared_box.go:85:58: ... argument does not escape
panic_repanic_shared_box.go:85:59: "f0 recovered:" escapes to heap
panic_repanic_shared_box.go:86:39: ... argument does not escape
panic_repanic_shared_box.go:86:58: int64(153) escapes to heap
panic_repanic_shared_box.go:86:62: int64(153) escapes to heap
panic_repanic_shared_box.go:86:66: int64(153) escapes to heap
panic_repanic_shared_box.go:87:9: func literal does not escape
panic_repanic_shared_box.go:88:47: func literal does not escape
panic_repanic_shared_box.go:90:13: ... argument does not escape
panic_repanic_shared_box.go:90:14: "closure" escapes to heap
panic_repanic_shared_box.go:90:28: fn5(p1 &^ int16(-1)) escapes to heap
panic_repanic_shared_box.go:90:52: fn5(int16(0)) escapes to heap
panic_repanic_shared_box.go:91:20: ... argument does not escape
panic_repanic_shared_box.go:91:38: int(at(g_string, g_int)) escapes to heap
panic_repanic_shared_box.go:91:61: &MyErr{...} escapes to heap
panic_repanic_shared_box.go:91:130: ... argument does not escape
panic_repanic_shared_box.go:91:137: as9 escapes to heap
panic_repanic_shared_box.go:91:145: me9.Code escapes to heap
panic_repanic_shared_box.go:91:182: errors.Is(err9, err9) escapes to heap
panic_repanic_shared_box.go:98:29: BadErr{...} escapes to heap
panic_repanic_shared_box.go:98:8: func literal does not escape
panic_repanic_shared_box.go:99:14: BadErr{...} escapes to heap
