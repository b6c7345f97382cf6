methodval_iface_method_expression.go:15:10: f does not escape
methodval_iface_method_expression.go:15:29: leaking param content: shapes
methodval_iface_method_expression.go:25:13: ... argument does not escape
methodval_iface_method_expression.go:25:18: area(Sq(3)) escapes to heap
methodval_iface_method_expression.go:25:21: Sq(3) escapes to heap
methodval_iface_method_expression.go:25:31: area(Rect{...}) escapes to heap
methodval_iface_method_expression.go:25:36: Rect{...} escapes to heap
methodval_iface_method_expression.go:26:13: ... argument does not escape
methodval_iface_method_expression.go:26:17: sum(Shape.Area, ... argument...) escapes to heap
methodval_iface_method_expression.go:26:17: ... argument does not escape
methodval_iface_method_expression.go:26:32: Sq(1) escapes to heap
methodval_iface_method_expression.go:26:39: Sq(2) escapes to heap
methodval_iface_method_expression.go:26:48: Rect{...} escapes to heap
methodval_iface_method_expression.go:27:12: ... argument does not escape
