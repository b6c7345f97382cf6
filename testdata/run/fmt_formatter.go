package main

import (
	"fmt"
	"strings"
)

// A value with a Format(fmt.State, rune) method formats itself for every
// verb, seeing the flags, width and precision.

type Temp float64

func (t Temp) Format(f fmt.State, verb rune) {
	var flags []string
	for _, c := range "+-# 0" {
		if f.Flag(int(c)) {
			flags = append(flags, string(c))
		}
	}
	w, wok := f.Width()
	p, pok := f.Precision()
	fmt.Fprintf(f, "<%c %s w=%d,%v p=%d,%v %.1f°>", verb, strings.Join(flags, ""), w, wok, p, pok, float64(t))
}

type Hex []byte

func (h Hex) Format(f fmt.State, verb rune) {
	for i, b := range h {
		if i > 0 && f.Flag('#') {
			f.Write([]byte(":"))
		}
		fmt.Fprintf(f, "%02x", b)
	}
}

type Bad struct{}

func (Bad) Format(f fmt.State, verb rune) {
	f.Write([]byte("partial"))
	panic("format failed")
}

func main() {
	t := Temp(21.5)
	fmt.Printf("%v|%d|%+8.2f|%-#x|% 05s\n", t, t, t, t, t)
	fmt.Println(t, "and", Temp(-3))
	fmt.Printf("%#v\n", t)
	fmt.Printf("%v %#v\n", Hex{1, 0xab, 0x10}, Hex{1, 0xab, 0x10})
	fmt.Println([]Temp{1, 2})
	fmt.Printf("%v\n", struct{ T Temp }{4})
	fmt.Println(Bad{})
	fmt.Println(fmt.Sprintf("%6.2v", t))
}
