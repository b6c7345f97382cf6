package main

// A package variable whose initializer depends only on a constant (through
// a function) is initialized in declaration order, before later variables
// without dependencies (go.dev/issue/66575: constants are initialized
// first).

var (
	v0 = initv0()
	v1 = initv1()
	v2 = initv2()
)

const c = "c"

func initv0() string {
	println("initv0")
	if c != "" {
		return "a"
	}
	return ""
}

func initv1() string {
	println("initv1")
	return "b" + v2
}

func initv2() string {
	println("initv2")
	return "z"
}

func main() {
	println(v0, v1, v2)
}
