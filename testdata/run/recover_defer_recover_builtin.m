recover_defer_recover_builtin.go:6:20: "the panic was not recovered" escapes to heap
recover_defer_recover_builtin.go:6:19: ... argument does not escape
recover_defer_recover_builtin.go:10:8: "not stopped by defer recover()" escapes to heap
