package main

import "fmt"

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var buf [20]byte
	i := len(buf)
	for n > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

func join(parts []string, sep string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func main() {
	var parts []string
	for _, n := range []int{0, 7, -42, 1000000, -9223372036854775807} {
		parts = append(parts, itoa(n))
	}
	fmt.Println(join(parts, ", "))
	fmt.Println(len(join(nil, "x")))
}
