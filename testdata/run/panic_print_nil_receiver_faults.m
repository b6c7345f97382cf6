panic_print_nil_receiver_faults.go:9:7: leaking param: e to result ~r0 level=1
