time_timers.go:131:15: new(time.Timer) escapes to heap
time_timers.go:132:15: new(time.Timer) escapes to heap
time_timers.go:133:15: new(time.Ticker) escapes to heap
time_timers.go:134:15: new(time.Ticker) escapes to heap
time_timers.go:134:43: "uninitialized Ticker.Stop is a no-op" escapes to heap
time_timers.go:137:30: ... argument does not escape
time_timers.go:137:31: "recovered:" escapes to heap
time_timers.go:61:6: moved to heap: at
time_timers.go:62:2: moved to heap: n
time_timers.go:17:13: ... argument does not escape
time_timers.go:17:14: "len/cap:" escapes to heap
time_timers.go:17:29: len(t.C) escapes to heap
time_timers.go:17:39: cap(t.C) escapes to heap
time_timers.go:19:13: ... argument does not escape
time_timers.go:19:14: "fired; stop:" escapes to heap
time_timers.go:19:36: (*time.Timer).Stop(t) escapes to heap
time_timers.go:23:13: ... argument does not escape
time_timers.go:23:14: "stop early:" escapes to heap
time_timers.go:23:35: (*time.Timer).Stop(t) escapes to heap
time_timers.go:23:39: "again:" escapes to heap
time_timers.go:23:55: (*time.Timer).Stop(t) escapes to heap
time_timers.go:26:14: ... argument does not escape
time_timers.go:26:15: "stale value" escapes to heap
time_timers.go:28:14: ... argument does not escape
time_timers.go:28:15: "no value after stop" escapes to heap
time_timers.go:34:13: ... argument does not escape
time_timers.go:34:14: "len after expiry:" escapes to heap
time_timers.go:34:38: len(t.C) escapes to heap
time_timers.go:35:13: ... argument does not escape
time_timers.go:35:14: "stop unreceived:" escapes to heap
time_timers.go:35:40: (*time.Timer).Stop(t) escapes to heap
time_timers.go:38:14: ... argument does not escape
time_timers.go:38:15: "stale value" escapes to heap
time_timers.go:40:14: ... argument does not escape
time_timers.go:40:15: "drained" escapes to heap
time_timers.go:44:13: ... argument does not escape
time_timers.go:44:14: "reset stopped:" escapes to heap
time_timers.go:44:39: (*time.Timer).Reset(t, time.Duration(10000000)) escapes to heap
time_timers.go:46:13: ... argument does not escape
time_timers.go:46:14: "fired after reset" escapes to heap
time_timers.go:49:13: ... argument does not escape
time_timers.go:49:14: "reset active:" escapes to heap
time_timers.go:49:38: (*time.Timer).Reset(t, time.Duration(15000000)) escapes to heap
time_timers.go:51:13: ... argument does not escape
time_timers.go:51:14: "fired once" escapes to heap
time_timers.go:55:38: func literal escapes to heap
time_timers.go:56:49: func literal escapes to heap
time_timers.go:57:13: ... argument does not escape
time_timers.go:57:14: "stop afterfunc:" escapes to heap
time_timers.go:57:45: (*time.Timer).Stop(stopped) escapes to heap
time_timers.go:58:13: ... argument does not escape
time_timers.go:58:14: <-done escapes to heap
time_timers.go:59:13: ... argument does not escape
time_timers.go:59:14: "C of AfterFunc timer is nil:" escapes to heap
time_timers.go:59:85: time.AfterFunc(time.Duration(3600000000000), func literal).C == nil escapes to heap
time_timers.go:59:72: func literal escapes to heap
time_timers.go:63:42: func literal escapes to heap
time_timers.go:68:21: ... argument does not escape
time_timers.go:68:22: "run " escapes to heap
time_timers.go:68:30: n escapes to heap
time_timers.go:70:13: ... argument does not escape
time_timers.go:70:14: <-done escapes to heap
time_timers.go:70:22: <-done escapes to heap
time_timers.go:70:30: <-done escapes to heap
time_timers.go:74:26: []int{...} does not escape
time_timers.go:76:54: func literal escapes to heap
time_timers.go:78:13: ... argument does not escape
time_timers.go:78:14: <-order escapes to heap
time_timers.go:78:23: <-order escapes to heap
time_timers.go:78:32: <-order escapes to heap
time_timers.go:83:13: ... argument does not escape
time_timers.go:83:14: "ticker len/cap:" escapes to heap
time_timers.go:83:36: len(tk.C) escapes to heap
time_timers.go:83:47: cap(tk.C) escapes to heap
time_timers.go:88:13: ... argument does not escape
time_timers.go:88:14: "3 ticks in >= 30ms:" escapes to heap
time_timers.go:88:55: time.Since(start) >= time.Duration(30000000) escapes to heap
time_timers.go:100:13: ... argument does not escape
time_timers.go:100:14: "ticks waiting after a slow spell:" escapes to heap
time_timers.go:100:51: got escapes to heap
time_timers.go:104:13: ... argument does not escape
time_timers.go:104:14: "reset period >= 25ms:" escapes to heap
time_timers.go:104:57: time.Since(start) >= time.Duration(25000000) escapes to heap
time_timers.go:108:14: ... argument does not escape
time_timers.go:108:15: "tick after stop" escapes to heap
time_timers.go:110:14: ... argument does not escape
time_timers.go:110:15: "no tick after stop" escapes to heap
time_timers.go:120:13: ... argument does not escape
time_timers.go:120:14: "tick survived collections" escapes to heap
time_timers.go:121:13: ... argument does not escape
time_timers.go:121:14: "Tick(0) is nil:" escapes to heap
time_timers.go:121:46: time.Tick(time.Duration(0)) == nil escapes to heap
time_timers.go:126:13: ... argument does not escape
time_timers.go:126:14: "zero timers fired" escapes to heap
time_timers.go:128:28: []func(){...} does not escape
time_timers.go:129:3: func literal does not escape
time_timers.go:130:3: func literal does not escape
time_timers.go:131:3: func literal does not escape
time_timers.go:132:3: func literal does not escape
time_timers.go:133:3: func literal does not escape
time_timers.go:134:3: func literal does not escape
time_timers.go:136:3: func literal does not escape
time_timers.go:137:10: func literal does not escape
