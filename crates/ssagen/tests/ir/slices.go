package main

func main() {
	var s []int
	for i := range 3 {
		s = append(s, i*i)
	}
	t := s[1:]
	sum := 0
	for _, v := range t {
		sum += v
	}
	println(len(s), cap(s), sum, s[2])
}
