sync_negative_wg.go:6:6: moved to heap: wg
