sync_unlock_unlocked.go:6:6: moved to heap: mu
