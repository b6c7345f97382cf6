shifts.go:8:13: ... argument does not escape
shifts.go:8:15: x << n escapes to heap
shifts.go:8:21: x << uint(63) escapes to heap
shifts.go:8:28: x << uint(64) escapes to heap
shifts.go:8:35: x << uint(100) escapes to heap
shifts.go:10:13: ... argument does not escape
shifts.go:10:15: s >> uint(2) escapes to heap
shifts.go:10:21: s >> uint(31) escapes to heap
shifts.go:10:28: s >> uint(32) escapes to heap
shifts.go:10:35: s >> uint(200) escapes to heap
shifts.go:12:13: ... argument does not escape
shifts.go:12:15: u >> uint(31) escapes to heap
shifts.go:12:22: u >> uint(32) escapes to heap
shifts.go:12:29: u << uint(1) escapes to heap
shifts.go:12:35: u >> n escapes to heap
shifts.go:15:12: ... argument does not escape
shifts.go:15:14: b << i escapes to heap
shifts.go:15:19: " " escapes to heap
shifts.go:20:12: ... argument does not escape
shifts.go:20:15: ub >> i escapes to heap
shifts.go:20:20: " " escapes to heap
shifts.go:24:26: []uint{...} does not escape
shifts.go:25:12: ... argument does not escape
shifts.go:25:16: neg >> c escapes to heap
shifts.go:25:21: " " escapes to heap
shifts.go:25:29: neg << c escapes to heap
shifts.go:25:34: " " escapes to heap
shifts.go:30:13: ... argument does not escape
shifts.go:30:15: 1 << sc escapes to heap
shifts.go:30:25: 1024 >> sc escapes to heap
shifts.go:33:13: ... argument does not escape
shifts.go:33:17: u64 << cnt escapes to heap
shifts.go:33:27: u64 << (cnt - uint8(137)) escapes to heap
