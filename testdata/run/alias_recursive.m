alias_recursive.go:17:7: leaking param: b to result ~r0 level=0
alias_recursive.go:20:7: p does not escape
alias_recursive.go:40:7: leaking param content: l
alias_recursive.go:40:21: leaking param: v
alias_recursive.go:41:11: &Node{...} escapes to heap
alias_recursive.go:45:7: l does not escape
alias_recursive.go:53:11: s + "]" escapes to heap
alias_recursive.go:68:7: t does not escape
alias_recursive.go:112:20: e does not escape
alias_recursive.go:86:7: &B{...} does not escape
alias_recursive.go:87:8: &B{...} escapes to heap
alias_recursive.go:88:10: &B{...} escapes to heap
alias_recursive.go:89:13: ... argument does not escape
alias_recursive.go:89:17: b.a.n escapes to heap
alias_recursive.go:89:26: b.a.a.n escapes to heap
alias_recursive.go:89:38: b.a.a.a == nil escapes to heap
alias_recursive.go:90:13: ... argument does not escape
alias_recursive.go:90:22: B.Next(b).n escapes to heap
alias_recursive.go:90:41: B.Next(B.Next(b)).n escapes to heap
alias_recursive.go:91:13: ... argument does not escape
alias_recursive.go:91:19: (*B).Sum(b) escapes to heap
alias_recursive.go:91:33: (*B).Sum((*B)(nil)) escapes to heap
alias_recursive.go:92:12: ... argument does not escape
alias_recursive.go:95:13: ... argument does not escape
alias_recursive.go:95:17: c.a.n escapes to heap
alias_recursive.go:95:26: (*B).Sum(c) escapes to heap
alias_recursive.go:97:13: ... argument does not escape
alias_recursive.go:97:16: p == b escapes to heap
alias_recursive.go:100:28: []string{...} does not escape
alias_recursive.go:103:13: ... argument does not escape
alias_recursive.go:103:22: (*List).String(l) escapes to heap
alias_recursive.go:103:27: l.size escapes to heap
alias_recursive.go:104:12: ... argument does not escape
alias_recursive.go:106:7: &Tree{...} does not escape
alias_recursive.go:106:42: []*Tree{...} escapes to heap
alias_recursive.go:106:43: &Tree{...} escapes to heap
alias_recursive.go:106:56: &Tree{...} escapes to heap
alias_recursive.go:106:81: []*Tree{...} escapes to heap
alias_recursive.go:106:82: &Tree{...} escapes to heap
alias_recursive.go:107:13: ... argument does not escape
alias_recursive.go:107:21: (*Tree).Count(t) escapes to heap
alias_recursive.go:107:42: t.kids[1].kids[0].name escapes to heap
alias_recursive.go:108:12: ... argument does not escape
alias_recursive.go:108:25: t.kids escapes to heap
alias_recursive.go:110:10: &Env{...} escapes to heap
alias_recursive.go:110:38: map[string]*Env{} escapes to heap
alias_recursive.go:111:11: &Env{...} escapes to heap
alias_recursive.go:111:53: map[string]*Env{...} escapes to heap
alias_recursive.go:112:15: func literal escapes to heap
alias_recursive.go:113:13: ... argument does not escape
alias_recursive.go:113:27: child.parent == root escapes to heap
alias_recursive.go:113:53: child.vars["up"] == root escapes to heap
alias_recursive.go:113:72: child.hook(child) escapes to heap
alias_recursive.go:113:91: child.hook(root) escapes to heap
alias_recursive.go:114:12: ... argument does not escape
