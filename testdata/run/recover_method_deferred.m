recover_method_deferred.go:7:7: leaking param content: g
recover_method_deferred.go:9:14: ... argument does not escape
recover_method_deferred.go:9:16: g.name escapes to heap
recover_method_deferred.go:9:23: "caught:" escapes to heap
recover_method_deferred.go:14:7: &Guard{...} does not escape
recover_method_deferred.go:16:8: "in run" escapes to heap
recover_method_deferred.go:21:13: ... argument does not escape
recover_method_deferred.go:21:14: "after run" escapes to heap
