package main

import "fmt"

func main() {
	zero := 0.0
	nan := zero / zero
	one := 1.0
	fmt.Println(nan == nan, nan != nan, nan < one, nan > one, nan <= one, nan >= one)
	fmt.Println(!(nan < one), !(nan == nan))
	if nan < one || nan >= one {
		fmt.Println("ordered")
	} else {
		fmt.Println("unordered")
	}
	fmt.Println(nan, -nan, nan+1, min(nan, one), max(one, nan))
	inf := one / zero
	fmt.Println(inf > 1e308, -inf < -1e308, inf == inf, inf-inf == inf-inf)
	var f32 float32 = float32(nan)
	fmt.Println(f32 == f32, f32 != f32)
	fmt.Println(0.0 == -zero, 1/zero == 1/(-zero))
}
