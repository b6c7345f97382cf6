package main

// A constant converted to an interface is read-only data that gc shares
// between equal constants, so panics with the same constant from several
// places are one value repanicked, printed once; so are string constants.

func site() { panic(1000) }

func main() {
	defer func() {
		recover()
		site()
	}()
	defer func() {
		recover()
		site()
	}()
	defer func() {
		recover()
		panic(1000)
	}()
	defer func() {
		recover()
		panic("same text")
	}()
	defer func() {
		recover()
		panic("same text")
	}()
	panic(1000)
}
