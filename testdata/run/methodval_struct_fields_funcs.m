methodval_struct_fields_funcs.go:12:7: m does not escape
methodval_struct_fields_funcs.go:14:19: ... argument does not escape
methodval_struct_fields_funcs.go:14:20: "clicked " escapes to heap
methodval_struct_fields_funcs.go:14:33: m.clicks escapes to heap
methodval_struct_fields_funcs.go:18:7: &Model{} escapes to heap
methodval_struct_fields_funcs.go:19:21: []Button{...} does not escape
methodval_struct_fields_funcs.go:20:11: m.Click escapes to heap
methodval_struct_fields_funcs.go:21:13: func literal escapes to heap
methodval_struct_fields_funcs.go:26:15: ... argument does not escape
methodval_struct_fields_funcs.go:26:17: b.Label escapes to heap
methodval_struct_fields_funcs.go:26:25: "has no handler" escapes to heap
methodval_struct_fields_funcs.go:29:14: ... argument does not escape
methodval_struct_fields_funcs.go:29:16: b.Label escapes to heap
methodval_struct_fields_funcs.go:29:33: b.OnClick() escapes to heap
methodval_struct_fields_funcs.go:31:13: ... argument does not escape
methodval_struct_fields_funcs.go:31:32: buttons[0].OnClick() escapes to heap
methodval_struct_fields_funcs.go:31:37: m.clicks escapes to heap
