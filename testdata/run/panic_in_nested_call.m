panic_in_nested_call.go:5:13: leaking param: s to result ~r0 level=1
panic_in_nested_call.go:6:13: s does not escape
panic_in_nested_call.go:6:51: level3(s) + "!" escapes to heap
panic_in_nested_call.go:7:56: []string{...} does not escape
panic_in_nested_call.go:10:13: ... argument does not escape
panic_in_nested_call.go:10:14: "start" escapes to heap
panic_in_nested_call.go:11:13: ... argument does not escape
panic_in_nested_call.go:11:20: level1() escapes to heap
