package main

func eq(a, b string) bool {
	return a == b
}

func main() {
	s := "héllo"
	for i, r := range s {
		println(i, r)
	}
	println(eq(s, "x"+s), s[1:3])
}
