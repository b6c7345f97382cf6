defer_recursive_levels.go:6:20: "leaving level" escapes to heap
defer_recursive_levels.go:6:37: n escapes to heap
defer_recursive_levels.go:6:19: ... argument does not escape
defer_recursive_levels.go:14:13: ... argument does not escape
defer_recursive_levels.go:14:14: "sum" escapes to heap
defer_recursive_levels.go:14:25: down(5) escapes to heap
