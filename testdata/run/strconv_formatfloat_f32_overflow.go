// strconv.FormatFloat with bitSize 32 rounds to float32 first: float64
// values beyond float32's range print as ±Inf with every verb and
// precision, NaN as NaN, and values just below the rounding midpoint as
// the largest float32.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{
		1e39, -1e39, math.MaxFloat64, -math.MaxFloat64, 1e300, -1e300,
		math.Inf(1), math.Inf(-1), math.NaN(), -math.NaN(),
		math.MaxFloat32, -math.MaxFloat32,
		3.4028235677973362e38, -3.4028235677973362e38, // below the midpoint: MaxFloat32
		3.4028235677973366e38, -3.4028235677973366e38, // the midpoint: ties to even, +Inf
		3.402823567797337e38, 3.5e38, -3.5e38,
		1e-46, -1e-46, 1.5e-45, 0,
	}
	for _, v := range vals {
		fmt.Printf("%v:", v)
		for _, verb := range []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X'} {
			for _, prec := range []int{-1, 0, 3, 10} {
				fmt.Printf(" %s", strconv.FormatFloat(v, verb, prec, 32))
			}
		}
		fmt.Println()
		fmt.Println(string(strconv.AppendFloat([]byte("append:"), v, 'g', -1, 32)))
	}
	var f32 float32 = math.MaxFloat32
	fmt.Println(f32, f32*2, -f32*2, strconv.FormatFloat(float64(f32*2), 'e', 3, 32))
}
