rterr_nil_method_unrecovered.go:7:7: t does not escape
rterr_nil_method_unrecovered.go:11:20: "deferred before the crash report" escapes to heap
rterr_nil_method_unrecovered.go:11:19: ... argument does not escape
rterr_nil_method_unrecovered.go:12:13: ... argument does not escape
rterr_nil_method_unrecovered.go:12:17: (*T).X(t) escapes to heap
