switch_fallthrough.go:8:12: ... argument does not escape
switch_fallthrough.go:8:13: "zero " escapes to heap
switch_fallthrough.go:11:12: ... argument does not escape
switch_fallthrough.go:11:13: "one " escapes to heap
switch_fallthrough.go:14:12: ... argument does not escape
switch_fallthrough.go:14:13: "two " escapes to heap
switch_fallthrough.go:16:12: ... argument does not escape
switch_fallthrough.go:16:13: "three " escapes to heap
switch_fallthrough.go:19:12: ... argument does not escape
switch_fallthrough.go:19:13: "default " escapes to heap
switch_fallthrough.go:30:14: ... argument does not escape
switch_fallthrough.go:30:15: "first" escapes to heap
switch_fallthrough.go:33:14: ... argument does not escape
switch_fallthrough.go:33:15: "second (false case reached by fallthrough)" escapes to heap
