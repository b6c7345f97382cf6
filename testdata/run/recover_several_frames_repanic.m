recover_several_frames_repanic.go:8:8: func literal does not escape
recover_several_frames_repanic.go:12:19: r.(int) + depth escapes to heap
recover_several_frames_repanic.go:17:8: func literal does not escape
recover_several_frames_repanic.go:19:9: 1000 escapes to heap
