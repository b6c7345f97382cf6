package main

import "fmt"

// Sscanf: verbs (%d %x %o %b %v %s %f %t %c %%), literal text, spaces and
// newlines in the format, and gc's error texts.

func main() {
	var (
		a, b, c int
		u       uint
		s       string
		f       float64
		t       bool
		r       rune
	)
	n, err := fmt.Sscanf("12 ff 17 101", "%d %x %o %b", &a, &b, &c, &u)
	fmt.Println(n, err, a, b, c, u)
	n, err = fmt.Sscanf("017 0x1F", "%v %v", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("017", "%d", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf("name=gopher age=13 h=1.75 ok=true", "name=%s age=%d h=%f ok=%t", &s, &a, &f, &t)
	fmt.Println(n, err, s, a, f, t)
	n, err = fmt.Sscanf("(3,4)", "(%d,%d)", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("x:Z", "x:%c", &r)
	fmt.Println(n, err, string(r))
	n, err = fmt.Sscanf("50%", "%d%%", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf("1\n2", "%d %d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1\n2", "%d\n%d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("1 2", "%d,%d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1", "%d %d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1 2", "%d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1 2", "%d %d %d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("abc", "%d", &s)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("12abc", "%dabc", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf("", "%d", &a)
	fmt.Println(n, err)
}
