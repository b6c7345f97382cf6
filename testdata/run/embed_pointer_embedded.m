embed_pointer_embedded.go:10:7: l does not escape
embed_pointer_embedded.go:10:22: s does not escape
embed_pointer_embedded.go:12:13: ... argument does not escape
embed_pointer_embedded.go:12:23: l.prefix + s escapes to heap
embed_pointer_embedded.go:12:23: l.prefix + s escapes to heap
embed_pointer_embedded.go:21:12: &Logger{...} does not escape
embed_pointer_embedded.go:26:13: ... argument does not escape
embed_pointer_embedded.go:26:20: shared.lines escapes to heap
embed_pointer_embedded.go:26:29: a.Logger.lines escapes to heap
embed_pointer_embedded.go:26:38: b.Logger.prefix escapes to heap
embed_pointer_embedded.go:28:13: ... argument does not escape
embed_pointer_embedded.go:28:30: nilEmbed.Logger == nil escapes to heap
