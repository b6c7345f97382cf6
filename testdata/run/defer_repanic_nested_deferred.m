defer_repanic_nested_deferred.go:16:19: append escapes to heap
defer_repanic_nested_deferred.go:17:19: r.(int) + 100 escapes to heap
defer_repanic_nested_deferred.go:10:8: func literal does not escape
defer_repanic_nested_deferred.go:12:17: append escapes to heap
defer_repanic_nested_deferred.go:14:10: func literal does not escape
defer_repanic_nested_deferred.go:21:17: r.(int) + 1 escapes to heap
defer_repanic_nested_deferred.go:23:10: n * 10 escapes to heap
defer_repanic_nested_deferred.go:27:8: func literal does not escape
