chan_nil_block.go:8:14: ... argument does not escape
chan_nil_block.go:8:15: "goroutine runs" escapes to heap
chan_nil_block.go:7:5: func literal escapes to heap
