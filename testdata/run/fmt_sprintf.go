package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	s := fmt.Sprintf("%d-%s-%v", 1, "two", 3.0)
	fmt.Println(s, len(s))
	t := fmt.Sprint("a", 1, 2, "b", "c", 3.5, true)
	fmt.Println(t)
	u := fmt.Sprint(1, 2)
	fmt.Println(u)
	v := fmt.Sprintln("x", 1)
	fmt.Print(v)
	fmt.Println(len(v))
	p := Point{3, 4}
	fmt.Println(fmt.Sprintf("%v|%+v|%T", p, p, p))
	pp := &p
	fmt.Println(fmt.Sprintf("%v %+v", pp, pp))
	var line string
	for i := 0; i < 3; i++ {
		line += fmt.Sprintf("[%02d]", i)
	}
	fmt.Println(line)
	fmt.Println(fmt.Sprintf("%5.1f%%", 99.5))
	fmt.Println(fmt.Sprint(), fmt.Sprint(nil), fmt.Sprintf("%v", nil))
}
