bool_ops.go:7:8: leaking param: name
bool_ops.go:9:11: ... argument does not escape
bool_ops.go:9:12: name escapes to heap
bool_ops.go:9:18: " " escapes to heap
bool_ops.go:13:8: leaking param: name
bool_ops.go:15:11: ... argument does not escape
bool_ops.go:15:12: name escapes to heap
bool_ops.go:15:18: " " escapes to heap
bool_ops.go:20:13: ... argument does not escape
bool_ops.go:20:21: f("a") && t("b") escapes to heap
bool_ops.go:21:13: ... argument does not escape
bool_ops.go:21:21: t("a") || f("b") escapes to heap
bool_ops.go:22:13: ... argument does not escape
bool_ops.go:22:31: t("a") && f("b") || t("c") escapes to heap
bool_ops.go:23:13: ... argument does not escape
bool_ops.go:23:14: !t("x") escapes to heap
bool_ops.go:23:23: calls escapes to heap
bool_ops.go:25:13: ... argument does not escape
bool_ops.go:25:14: b escapes to heap
bool_ops.go:25:17: !b escapes to heap
bool_ops.go:25:23: b == false escapes to heap
bool_ops.go:25:35: b != true escapes to heap
bool_ops.go:28:13: ... argument does not escape
bool_ops.go:28:14: true escapes to heap
bool_ops.go:28:17: y escapes to heap
bool_ops.go:28:22: x != y escapes to heap
bool_ops.go:29:12: ... argument does not escape
bool_ops.go:29:24: true escapes to heap
bool_ops.go:29:27: y escapes to heap
