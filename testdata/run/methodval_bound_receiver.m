methodval_bound_receiver.go:8:7: c does not escape
methodval_bound_receiver.go:12:10: c.Value does not escape
methodval_bound_receiver.go:13:10: c.Inc does not escape
methodval_bound_receiver.go:16:13: ... argument does not escape
methodval_bound_receiver.go:16:17: val() escapes to heap
methodval_bound_receiver.go:16:28: Counter.Value(c) escapes to heap
methodval_bound_receiver.go:16:33: c.n escapes to heap
methodval_bound_receiver.go:18:9: p.Value does not escape
methodval_bound_receiver.go:20:13: ... argument does not escape
methodval_bound_receiver.go:20:16: pv() escapes to heap
methodval_bound_receiver.go:20:27: Counter.Value(p) escapes to heap
methodval_bound_receiver.go:21:17: []func(){...} does not escape
methodval_bound_receiver.go:21:19: c.Inc does not escape
methodval_bound_receiver.go:21:26: p.Inc does not escape
methodval_bound_receiver.go:25:13: ... argument does not escape
methodval_bound_receiver.go:25:15: c.n escapes to heap
