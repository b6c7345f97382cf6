defer_method_value.go:10:7: leaking param: c
defer_method_value.go:11:13: ... argument does not escape
defer_method_value.go:11:14: "value receiver:" escapes to heap
defer_method_value.go:11:34: c.name escapes to heap
defer_method_value.go:11:42: c.n escapes to heap
defer_method_value.go:19:8: c.Show does not escape
defer_method_value.go:23:13: ... argument does not escape
defer_method_value.go:23:14: "body:" escapes to heap
defer_method_value.go:23:24: c.name escapes to heap
defer_method_value.go:23:32: c.n escapes to heap
