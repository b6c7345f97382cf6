for_forms.go:8:12: ... argument does not escape
for_forms.go:8:13: i escapes to heap
for_forms.go:8:16: " " escapes to heap
for_forms.go:16:13: ... argument does not escape
for_forms.go:16:14: n escapes to heap
for_forms.go:25:13: ... argument does not escape
for_forms.go:25:14: k escapes to heap
for_forms.go:29:12: ... argument does not escape
for_forms.go:29:13: j escapes to heap
for_forms.go:29:16: " " escapes to heap
for_forms.go:34:12: ... argument does not escape
for_forms.go:34:13: a escapes to heap
for_forms.go:34:16: ":" escapes to heap
for_forms.go:34:21: b escapes to heap
for_forms.go:34:24: " " escapes to heap
for_forms.go:45:13: ... argument does not escape
for_forms.go:45:14: sum escapes to heap
for_forms.go:48:12: ... argument does not escape
for_forms.go:48:13: i escapes to heap
