package main

// A type switch: concrete cases compare the dynamic type word with the
// descriptor address, interface cases look the itab up in the registry.

type Stringer interface{ String() string }

type N int

func (N) String() string { return "n" }

func kind(x any) int {
	switch v := x.(type) {
	case nil:
		return 0
	case int, int64:
		return 1
	case Stringer:
		return len(v.String())
	case string:
		return len(v)
	default:
		return -1
	}
}

func main() {
	println(kind(nil), kind(1), kind(N(2)), kind("abc"), kind(2.5))
}
