// Command fmt writes runtime/src/fmt/golden.txt: the output of each case
// below under go1.26.8, hex-encoded, one per line. runtime/src/fmt/tests.rs
// lists the same cases in the same order.
//
//	go run runtime/testgen/fmt/main.go > runtime/src/fmt/golden.txt
package main

import (
	"encoding/hex"
	"fmt"
	"math"
)

type T struct {
	X int
	Y string
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%g°C", float64(c)) }

type MyErr struct{ msg string }

func (e MyErr) Error() string { return e.msg }

type W struct {
	A int
	I any
	J any
	S []string
}

type Code int

type u struct {
	c Celsius
	C Celsius
}

var out []string

func c(format string, a ...any) {
	var s string
	switch format {
	case "PRINTLN":
		s = fmt.Sprintln(a...)
	case "PRINT":
		s = fmt.Sprint(a...)
	default:
		s = fmt.Sprintf(format, a...)
	}
	out = append(out, hex.EncodeToString([]byte(s))+" # "+fmt.Sprintf("%q", s))
}

func main() {
	var nilp *int
	var nilslice []int
	var nilmap map[string]int
	c("PRINTLN", 1, "a", 2.5, true, nil)
	c("PRINT", "a", 1, 2, "b", 3.0, "c")
	c("PRINT", 1, 2, Code(3), "x", Celsius(4))
	c("%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%o|%O|%b|%#x|%#o|%c|%q|%U|%#U", 65, 65, 65, 65, 65, 65, 255, 255, 8, 8, 5, 255, 8, 65, 65, 65, 65)
	c("%.3d|%8.3d|%08.3d|%x|%d|%d|%d", 5, 5, 5, -255, uint64(math.MaxUint64), int8(-5), uint8(200))
	c("%v|%v|%v|%v|%v|%v|%v|%v|%v", 3.14, 1e6, 1e-5, 100000.0, 1e21, math.Inf(1), math.NaN(), math.Copysign(0, -1), math.Inf(-1))
	c("%f|%.2f|%8.3f|%-8.3f|%08.3f|%+.1f|%e|%.3e|%E|%g|%.3g|%G", 3.14159, 3.14159, 3.14159, 3.14159, -3.14159, 2.0, 1234.5678, 1234.5678, 1e-7, 1e-7, 1234.5678, 1e21)
	c("%#g|%#.3g|%#v|% .2f|%+v|%v|%6.2f|%06.2f|%+.3e|%10.4v|%.0f|%.0f|%.1f", 2.0, 2.0, 1.0, 2.5, float32(0.1), float32(1e10), math.NaN(), math.Inf(-1), 12345.678, 3.14159265, 0.5, 1.5, 0.05)
	c("%v|%.2f|%v|%+v", 1+2i, 1.5-2.5i, complex64(1.5+0.5i), -1-1i)
	c("%s|%10s|%-10s|%.2s|%q|%x|%X|% x|%#x|%# x|%#q|%+q|%q", "héllo", "héllo", "héllo", "héllo", "héllo", "hi", "hi", "hi", "hi", "hi", "a`b", "héllo", "tab\t")
	c("%v|%s|%x|%q|%X|%d", []byte("hi"), []byte("hi"), []byte("hi"), []byte("hi"), []byte{1, 171}, []byte("hi"))
	c("%t|%v|%5t|%d", true, false, true, true)
	c("%p|%v|%d|%#v|%s", nilp, nilp, nilp, nilp, nilp)
	c("%v|%d|%v|%#v|%#v|%x|%q|%5d|%v", []int{1, 2, 3}, []int{1, 2, 3}, nilslice, []int{1, 2}, nilslice, []int{10, 255}, []string{"a", "b"}, []int{1, 2}, [3]int{1, 2, 3})
	c("%v|%+v|%#v|%v|%+v", T{1, "x"}, T{1, "x"}, T{1, "x"}, &T{2, "y"}, &T{2, "y"})
	c("%v|%+v", W{1, nil, 5, []string{"a"}}, W{A: 2, J: "s"})
	c("%v|%s|%d|%v|%.1f|%v", Celsius(21.5), Celsius(21.5), Celsius(21.5), []Celsius{1, 2}, Celsius(3), u{1, 2})
	c("%v|%s|%q|%x|%d", MyErr{"bad"}, MyErr{"bad"}, MyErr{"bad"}, MyErr{"bad"}, MyErr{"bad"})
	c("PRINTLN", MyErr{"e"}, Celsius(1), Code(7), T{3, "z"}, &T{4, "w"})
	c("%T|%T|%T|%T|%T|%T|%T|%T|%T", 1, "s", []int{}, T{}, &T{}, nil, 1.5, []any{}, nilmap)
	c("%v|%d|%v|%v", nil, nil, nilmap, []any{1, "a", nil, 2.5})
	c("%d", "hi")
	c("%d %d", 1)
	c("%d", 1, 2)
	c("%z", 3)
	c("100%")
	c("%[2]d %[1]d", 1, 2)
	c("%[3]d", 1)
	c("%*d|%-*d|%.*f", 5, 3, 5, 3, 2, 3.14159)
	c("%*d", "x", 3)
	c("%%|%5%|%c|%q|%U|%08b|%-10v|", 'A', 0x1F600, 0x1F600, 5, "ab")
	c("%s|%s|%v", 5, []int{1, 2}, struct{}{})
	c("%d|%s", Code(5), Code(5))
	c("%x|%X|% X", "héllo", -1, []byte{1, 2})
	c("%6.2v|%-8q|%08d|%+08d|%x", "hello", "a", -42, 42, 3.0)
	c("%!|%-+ #0d|%.d|%.0d|%5.0d|", 7, 0, 0, 0)
	c("%c|%c|%q|%v|%d", 0x110000, -1, 0xD800, int32(-7), uintptr(12))
	// Second batch: Go syntax, flag interplay, float corner cases.
	c("%#v|%#v|%#v|%#v|%#v|%#v", 1, uint(1), "s", true, 1.0, []string{"a"})
	c("%#v|%#v|%#v", []any{1, "a"}, nilmap, W{A: 1})
	c("%#v|%#v|%#v", &T{1, "x"}, [2]bool{true, false}, Code(3))
	c("%5v|%-5v|%05v|%x|%X", []int{1, 2}, []int{1, 2}, []int{1, 2}, []int{-255}, []string{"hi"})
	c("%-08d|%#x|%#X|%#o|%#b|%O|%+q|%#U|%#U", 7, -255, 255, -8, 5, -8, 'é', 0x7f, 'é')
	c("%.3x|%10.3q|%# x|%#X|%.1q|%-6s|%06s", "abcdef", "héllo", "hey", "hey", "héllo", "ab", "ab")
	c("%b|%e|%g|%.0e|%#.0f|%#.0e|%#x|%.3b|%E", 1.0, float32(0.1), 1e-320, 12345.0, 2.0, 2.0, 1.0, 0.5, 123456.0)
	c("%.20g|%.17e|%.30f|%g|%g|%g|%v", 0.1, 0.1, 0.1, 1e-4, 1e-5, 123456789.0, float32(16777216))
	c("%+.2e|% .3g|%+g|%+v|%v|%.3v", -0.0, 1.0, math.Inf(1), math.NaN(), math.MaxFloat64, 1234.5678)
	c("%3c|%-3c|%q|%q|%q|%+q|%U", 'x', 'y', '\n', '\'', 0x10FFFF, 0x1F600, -1)
	c("%v|%d|%s|%v", []any{nil, []int(nil), map[string]int(nil)}, []Code{1, 2}, []MyErr{{"a"}}, [0]int{})
	c("%v|%v", u{3, 4}, []*int{nil})
	c("%08.3f|%+08.3f|%-8.3f|%8.3e|% 08.2f|%x|%X", -3.14159, 3.14159, -3.14159, 314.159, 2.5, -1.5, 1e100)
	// Maps (printed sorted by key).
	c("%v|%#v|%d", map[string]int{"b": 2, "a": 1, "c": 3}, map[string]int{"b": 2, "a": 1}, map[int]bool{3: true, -1: false, 2: true})
	c("PRINTLN", map[float64]string{2.5: "x", math.NaN(): "n", -1: "m"}, map[string][]int{"k": {1}}, map[[2]int]int{{2, 1}: 1, {1, 9}: 2})
	for _, l := range out {
		fmt.Println(l)
	}
}
