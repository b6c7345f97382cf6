iface_struct_field_and_slice.go:9:7: p does not escape
iface_struct_field_and_slice.go:9:21: s does not escape
iface_struct_field_and_slice.go:9:44: ... argument does not escape
iface_struct_field_and_slice.go:9:49: p.p + s escapes to heap
iface_struct_field_and_slice.go:9:49: p.p + s escapes to heap
iface_struct_field_and_slice.go:16:7: leaking param content: s
iface_struct_field_and_slice.go:18:14: ... argument does not escape
iface_struct_field_and_slice.go:18:15: "no logger for" escapes to heap
iface_struct_field_and_slice.go:18:33: s.name escapes to heap
iface_struct_field_and_slice.go:21:23: "running " + s.name escapes to heap
iface_struct_field_and_slice.go:25:24: []*Service{...} does not escape
iface_struct_field_and_slice.go:26:3: &Service{...} does not escape
iface_struct_field_and_slice.go:26:15: Prefix{...} escapes to heap
iface_struct_field_and_slice.go:27:3: &Service{...} does not escape
iface_struct_field_and_slice.go:28:3: &Service{...} does not escape
iface_struct_field_and_slice.go:28:15: Prefix{...} escapes to heap
