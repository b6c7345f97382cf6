package main

import (
	"errors"
	"fmt"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Both struct{}

func (Both) String() string { return "as stringer" }
func (Both) Error() string  { return "as error" }

type PtrStringer struct{ n int }

func (p *PtrStringer) String() string { return fmt.Sprint("ptr#", p.n) }

func main() {
	t := Temp(21.55)
	fmt.Println(t)
	fmt.Printf("%v %s %d %.2f\n", t, t, 3, t)
	fmt.Println(Both{})
	fmt.Println([]Temp{1, 2})
	v := PtrStringer{3}
	fmt.Println(v, &v)
	err := errors.New("plain")
	fmt.Printf("%v|%s|%q\n", err, err, err)
	fmt.Println(struct{ T Temp }{5})
}
