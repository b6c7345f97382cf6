embed_shadowing_depth.go:27:13: ... argument does not escape
embed_shadowing_depth.go:27:15: o.Middle.Inner.ID escapes to heap
embed_shadowing_depth.go:27:21: o.Middle.Name escapes to heap
embed_shadowing_depth.go:27:36: o.Middle.Name escapes to heap
embed_shadowing_depth.go:27:50: o.Middle.Inner.Name escapes to heap
embed_shadowing_depth.go:27:71: o.Middle.Inner.Name escapes to heap
embed_shadowing_depth.go:28:13: ... argument does not escape
embed_shadowing_depth.go:28:20: Middle.Kind(o.Middle) escapes to heap
embed_shadowing_depth.go:28:36: Inner.Kind(o.Middle.Inner) escapes to heap
embed_shadowing_depth.go:28:46: Inner.Only(o.Middle.Inner) escapes to heap
embed_shadowing_depth.go:30:13: ... argument does not escape
embed_shadowing_depth.go:30:28: o.Middle.Inner.ID escapes to heap
