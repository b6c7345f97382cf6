chan_pipeline.go:7:5: func literal escapes to heap
chan_pipeline.go:16:9: leaking param: in
chan_pipeline.go:18:5: func literal escapes to heap
chan_pipeline.go:30:14: ... argument does not escape
chan_pipeline.go:30:15: v escapes to heap
chan_pipeline.go:33:13: ... argument does not escape
chan_pipeline.go:33:14: "sum" escapes to heap
chan_pipeline.go:33:21: sum escapes to heap
