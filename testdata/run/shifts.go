package main

import "fmt"

func main() {
	var x int = 1
	var n uint = 3
	fmt.Println(x<<n, x<<63, x<<64, x<<100)
	var s int32 = -16
	fmt.Println(s>>2, s>>31, s>>32, s>>200)
	var u uint32 = 0x80000000
	fmt.Println(u>>31, u>>32, u<<1, u>>n)
	var b int8 = 1
	for i := 0; i < 10; i++ {
		fmt.Print(b<<i, " ")
	}
	fmt.Println()
	var ub uint8 = 0xff
	for i := 0; i < 10; i++ {
		fmt.Print(ub>>i, " ")
	}
	fmt.Println()
	var neg int64 = -1
	for _, c := range []uint{0, 1, 62, 63, 64, 65} {
		fmt.Print(neg>>c, " ", neg<<c, " ")
	}
	fmt.Println()
	// signed shift count
	var sc int = 5
	fmt.Println(1<<sc, 1024>>sc)
	var u64 uint64 = 1
	var cnt uint8 = 200
	fmt.Println(u64<<cnt, u64<<(cnt-137))
}
