package main

func main() {
	s := "abc"
	t := s - "b"
	println(t)
}
