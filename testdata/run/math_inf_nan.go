package main

import (
	"fmt"
	"math"
)

func main() {
	pinf, ninf, nan := math.Inf(1), math.Inf(-1), math.NaN()
	fmt.Println(pinf, ninf, nan)
	fmt.Println(math.IsInf(pinf, 1), math.IsInf(pinf, -1), math.IsInf(ninf, 0), math.IsNaN(nan), math.IsNaN(pinf))
	fmt.Println(pinf+ninf, pinf*0, pinf-pinf, 1/pinf, -1/pinf)
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1, pinf > math.MaxFloat64)
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero)
	fmt.Printf("%f %e %g %v %5.1f|\n", pinf, ninf, nan, -pinf, nan)
	fmt.Println(math.Sqrt(ninf), math.Log(0), math.Log(-1), math.Exp(1000))
}
