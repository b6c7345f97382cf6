sync_mutex_deadlock.go:6:6: moved to heap: mu
