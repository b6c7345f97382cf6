rterr_type_assertion_unrecovered.go:6:14: "a string" does not escape
rterr_type_assertion_unrecovered.go:7:13: ... argument does not escape
rterr_type_assertion_unrecovered.go:7:14: "asserting" escapes to heap
rterr_type_assertion_unrecovered.go:9:13: ... argument does not escape
rterr_type_assertion_unrecovered.go:9:14: n escapes to heap
