defer_method_value_auto_addr.go:7:7: t does not escape
defer_method_value_auto_addr.go:8:7: t does not escape
defer_method_value_auto_addr.go:8:37: ... argument does not escape
defer_method_value_auto_addr.go:8:38: "ptr show" escapes to heap
defer_method_value_auto_addr.go:8:51: t.v escapes to heap
defer_method_value_auto_addr.go:9:37: ... argument does not escape
defer_method_value_auto_addr.go:9:38: "value show" escapes to heap
defer_method_value_auto_addr.go:9:53: t.v escapes to heap
defer_method_value_auto_addr.go:19:13: ... argument does not escape
defer_method_value_auto_addr.go:19:14: "body" escapes to heap
defer_method_value_auto_addr.go:19:28: arr[0].v escapes to heap
defer_method_value_auto_addr.go:19:38: arr[1].v escapes to heap
