// Differential-tester reproducer (seed 40930): a deferred call re-panics
// with a struct{int} of the same small value; gc boxes both with convT64
// into staticuint64s, so the panic report prints the value once.
package main

import (
	"errors"
	"fmt"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
)

var _ = os.Exit
var _ = sort.Strings

type Base struct {
}









type MyErr struct{ Code int }


type ValErr struct{ Msg string }


type Counter int


type Words []string




func clampIdx(i, n int) int {
	return i
}

func sub(s string, i, j int) string {
	a, b := clampIdx(i, len(s)+1), clampIdx(j, len(s)+1)
	return s[a:b]
}

func at(s string, i int) byte {
	return s[clampIdx(i, len(s))]
}



type A1 struct{ N int }


type A2 struct{ M int }




type Whoer interface{ Who() string }

type BadErr struct{ N int }


var g_int int = int(-9223372036854775808)
var g_int8 int8 = int8(127)
var g_int16 int16 = int16(-32768)
var g_int32 int32 = int32(1)
var g_uint uint = uint(120)
var g_uint8 uint8 = uint8(0)
var g_uint16 uint16 = uint16(0)
var g_uint32 uint32 = uint32(2)
var g_float64 float64 = float64(-3.0)
var g_string string = " x "
var g_bool bool = true

func f0(p0 int8, p1 int16, p2 uint16) (res string) {
	defer func() { if r := recover(); r != nil { fmt.Println("f0 recovered:", r); res = "a\tb" }; res += "~" }()
	var v1 int64 = int64(153); fmt.Printf("v1 %#x %v %v\n", v1, v1, v1)
	fn5 := func(a6 int16) uint {
		return uint(at(sub(g_string, g_int, g_int), func() int { if strings.Contains(res, "\x00z") { return int(-1) }; return int(-1) }()))
	}
	fmt.Println("closure", fn5((p1 &^ int16(-1))), fn5(int16(0)))
	err9 := fmt.Errorf("ctx %d: %w", int(at(g_string, g_int)), &MyErr{4}); var me9 *MyErr; as9 := errors.As(err9, &me9); fmt.Println(err9, as9, me9.Code, errors.Unwrap(err9), errors.Is(err9, err9))
	return strconv.FormatFloat(math.Cos(float64((g_float64 + float64(0.1)))), 'b', 5, 32)
}



func main() {
	defer func() { panic(BadErr{N: int((uint8(81) % (g_uint8 | 1))) % 2}) }()
	panic(BadErr{N: int((g_uint8 & g_uint8)) % 2})
}
