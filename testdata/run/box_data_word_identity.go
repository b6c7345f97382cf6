// The interface data words gc shares between equal boxed values (and the
// panic report that prints a re-panicked value once when they are shared).
package main

import (
	"fmt"
	"unsafe"
)

type BadErr struct{ N int }
type ID uint16
type Temp float64
type Pair32 struct{ A, B int32 }
type Bytes2 struct{ A, B uint8 }
type Name struct{ S string }
type Small struct{ B bool }
type F struct{ F float64 }
type Quad struct{ A, B, C, D int64 }

const x0 = 700

var (
	g    uint8 = 5
	big        = 300
	gf   float64
	gs   string
	gs2        = "x"
	gsl  []int
	s1   any
	s2   any
)

func dw(e any) unsafe.Pointer { return (*[2]unsafe.Pointer)(unsafe.Pointer(&e))[1] }

func same(name string) {
	fmt.Println(name, dw(s1) == dw(s2))
}

func main() {
	s1, s2 = BadErr{N: int(g)}, BadErr{N: int(g)}
	same("struct{int} small")
	s1, s2 = BadErr{N: big}, BadErr{N: big}
	same("struct{int} big")
	s1, s2 = gf, gf
	same("float64 zero")
	gf = 1.5
	s1, s2 = gf, gf
	same("float64 1.5")
	s1, s2 = Temp(gf*0), Temp(gf*0)
	same("named float zero")
	s1, s2 = [1]int32{int32(g)}, [1]int32{int32(g)}
	same("[1]int32 small")
	s1, s2 = ID(g), ID(g)
	same("named uint16 small")
	s1, s2 = ID(big), ID(big)
	same("named uint16 big")
	s1, s2 = Pair32{1, 2}, Pair32{1, 2}
	same("struct{int32,int32} literal")
	s1, s2 = Pair32{1, 2}, Pair32{1, 3}
	same("struct{int32,int32} different literals")
	s1, s2 = BadErr{1000}, BadErr{N: 1000}
	same("struct{int} literal 1000")
	s1, s2 = BadErr{}, [2]int32{}
	same("zero literals")
	s1, s2 = BadErr{N: x0}, BadErr{N: x0}
	same("struct{int} literal of a constant")
	p := Pair32{int32(g), 0}
	s1, s2 = p, p
	same("struct{int32,int32} variable")
	b := Bytes2{g, g}
	s1, s2 = b, b
	same("struct{uint8,uint8} variable")
	s1, s2 = Small{g == 5}, Small{g == 5}
	same("struct{bool}")
	s1, s2 = gs, gs
	same("empty string variable")
	s1, s2 = gs2, gs2
	same("string variable")
	s1, s2 = Name{gs}, Name{gs}
	same("struct{string} empty")
	s1, s2 = gsl, gsl
	same("nil slice")
	s1, s2 = gsl, gs
	same("nil slice vs empty string")
	e := make([]int, 0)
	s1, s2 = e, e
	same("empty non-nil slice")
	s1, s2 = 1000, 1000
	same("constant 1000")
	s1, s2 = 2.5, 2.5
	same("constant 2.5")
	x := 1000
	s1, s2 = x, x
	same("int variable 1000")
	s1, s2 = "", ""
	same("constant empty string")
	s1, s2 = complex(1, 2), complex(1, 2)
	same("constant complex128")
	s1, s2 = F{1.5}, F{1.5}
	same("struct{float64} literal")
	s1, s2 = Quad{1, 2, 3, 4}, Quad{1, 2, 3, 4}
	same("32-byte literal")
	s1, s2 = Quad{}, [32]byte{}
	same("32-byte zero literals")
	s1, s2 = Quad{A: int64(g)}, Quad{A: int64(g)}
	same("32-byte non-constant literal")
	s1, s2 = [2]int{1: 8, 0: 7}, [2]int{7, 8}
	same("keyed array literal")

	defer func() {
		panic(BadErr{N: int(g)}) // shared with the panic below: printed once
	}()
	defer func() {
		panic(BadErr{N: big}) // a fresh box: printed
	}()
	defer func() {
		panic(ID(big))
	}()
	defer func() {
		panic(gf) // float64 1.5: a fresh box each time
	}()
	defer func() {
		panic(gf)
	}()
	panic(BadErr{N: int(g)})
}
