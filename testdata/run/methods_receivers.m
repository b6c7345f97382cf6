methods_receivers.go:15:7: c does not escape
methods_receivers.go:23:7: l does not escape
methods_receivers.go:31:7: leaking param content: l
methods_receivers.go:31:44: append escapes to heap
methods_receivers.go:34:13: ... argument does not escape
methods_receivers.go:34:37: Celsius.Fahrenheit(Celsius(100)) escapes to heap
methods_receivers.go:34:64: Celsius.Fahrenheit(Celsius(-40)) escapes to heap
methods_receivers.go:39:13: ... argument does not escape
methods_receivers.go:39:19: Counter.Get(c) escapes to heap
methods_receivers.go:42:13: ... argument does not escape
methods_receivers.go:42:19: Counter.Get(p) escapes to heap
methods_receivers.go:47:13: ... argument does not escape
methods_receivers.go:47:14: l escapes to heap
methods_receivers.go:47:22: IntList.Sum(l) escapes to heap
methods_receivers.go:47:29: len(l) escapes to heap
methods_receivers.go:48:18: []Counter{...} does not escape
methods_receivers.go:50:13: ... argument does not escape
methods_receivers.go:50:24: Counter.Get(arr[0]) escapes to heap
methods_receivers.go:50:38: Counter.Get(arr[1]) escapes to heap
