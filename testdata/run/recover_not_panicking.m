recover_not_panicking.go:7:14: ... argument does not escape
recover_not_panicking.go:7:15: "deferred recover without a panic:" escapes to heap
recover_not_panicking.go:6:8: func literal does not escape
recover_not_panicking.go:9:13: ... argument does not escape
recover_not_panicking.go:9:14: "direct recover:" escapes to heap
recover_not_panicking.go:14:13: ... argument does not escape
recover_not_panicking.go:14:24: (recover()) == nil escapes to heap
