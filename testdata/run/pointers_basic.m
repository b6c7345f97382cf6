pointers_basic.go:5:10: p does not escape
pointers_basic.go:10:2: moved to heap: x
pointers_basic.go:18:13: ... argument does not escape
pointers_basic.go:18:14: x escapes to heap
pointers_basic.go:18:17: *p escapes to heap
pointers_basic.go:18:23: p == &x escapes to heap
pointers_basic.go:21:13: ... argument does not escape
pointers_basic.go:21:14: x escapes to heap
pointers_basic.go:22:10: new(int) does not escape
pointers_basic.go:23:13: ... argument does not escape
pointers_basic.go:23:14: *q escapes to heap
pointers_basic.go:25:13: ... argument does not escape
pointers_basic.go:25:14: *q escapes to heap
pointers_basic.go:28:13: ... argument does not escape
pointers_basic.go:28:17: *a == *b escapes to heap
pointers_basic.go:28:26: a == b escapes to heap
pointers_basic.go:30:13: ... argument does not escape
pointers_basic.go:30:17: np == nil escapes to heap
pointers_basic.go:31:10: new([3]string) does not escape
pointers_basic.go:33:13: ... argument does not escape
pointers_basic.go:33:14: *s escapes to heap
pointers_basic.go:33:21: 3 escapes to heap
pointers_basic.go:34:14: []int{...} escapes to heap
pointers_basic.go:37:13: ... argument does not escape
pointers_basic.go:37:14: arr escapes to heap
pointers_basic.go:38:11: new(float64) does not escape
pointers_basic.go:40:13: ... argument does not escape
pointers_basic.go:40:14: *pf escapes to heap
pointers_basic.go:42:10: new(T) does not escape
pointers_basic.go:44:13: ... argument does not escape
pointers_basic.go:44:14: *t escapes to heap
