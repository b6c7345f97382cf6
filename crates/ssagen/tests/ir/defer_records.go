package main

// A defer in a loop: heap records for it, stack records for the others;
// recover in the deferred closure.
func g(n int) (err any) {
	defer func() { err = recover() }()
	for i := 0; i < n; i++ {
		defer println(i)
	}
	panic("boom")
}

func main() {
	println(g(2) != nil)
}
