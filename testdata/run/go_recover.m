go_recover.go:8:11: leaking param: wg
go_recover.go:8:39: out does not escape
go_recover.go:10:8: func literal does not escape
go_recover.go:12:21: ... argument does not escape
go_recover.go:12:22: "recovered " escapes to heap
go_recover.go:12:36: id escapes to heap
go_recover.go:12:40: ": " escapes to heap
go_recover.go:24:6: moved to heap: wg
go_recover.go:30:14: ... argument does not escape
go_recover.go:30:15: <-out escapes to heap
