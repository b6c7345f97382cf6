package main

import "fmt"

type Shape interface{ Area() int }
type Sq struct{ s int }
type Ci struct{ r int }

func (s Sq) Area() int { return s.s * s.s }
func (c Ci) Area() int { return 3 * c.r * c.r }

func main() {
	var sh Shape = Sq{2}
	fmt.Println(sh.Area())
	c := sh.(Ci)
	fmt.Println(c)
}
