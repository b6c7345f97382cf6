package main

// Several re-panics interleaved with new panics: every value repanicked
// is printed once, and the panics after it still follow.

func main() {
	defer func() {
		panic(recover().(int) + 1)
	}()
	defer func() {
		defer func() { panic(recover()) }()
		panic(13)
	}()
	defer func() { panic(recover()) }()
	defer func() { panic(recover()) }()
	panic(10)
}
