// Loops that set every element to zero (compiled to one memory clear)
// and near-misses that must stay loops.
package main

import "fmt"

type pair struct{ a, b int }

func main() {
	bs := []bool{true, true, false, true}
	for i := range bs {
		bs[i] = false
	}
	fmt.Println(bs)
	is := []int{1, 2, 3, 4, 5}
	for i := range is[1:4] {
		is[1:4][i] = 0
	}
	fmt.Println(is)
	fs := []float64{1.5, -2, 3}
	for i := range fs {
		fs[i] = 0
	}
	fmt.Println(fs)
	var arr [6]int32
	for i := range arr {
		arr[i] = int32(i + 1)
	}
	for i := range arr {
		arr[i] = 0
	}
	fmt.Println(arr)
	ps := []pair{{1, 2}, {3, 4}}
	for i := range ps {
		ps[i] = pair{}
	}
	fmt.Println(ps)
	var empty []int
	for i := range empty {
		empty[i] = 0
	}
	fmt.Println(len(empty), empty == nil)
	ones := []int{7, 7, 7}
	for i := range ones {
		ones[i] = 1
	}
	fmt.Println(ones)
	big := make([]byte, 1<<20)
	for i := range big {
		big[i] = byte(i)
	}
	for i := range big {
		big[i] = 0
	}
	sum := 0
	for _, b := range big {
		sum += int(b)
	}
	fmt.Println(sum)
	ptrs := []*int{new(int), new(int)}
	for i := range ptrs {
		ptrs[i] = nil
	}
	fmt.Println(ptrs[0] == nil, ptrs[1] == nil)
	n := 0
	for n = 0; n < len(is); n++ {
		is[n] = 0
	}
	fmt.Println(is, n)
}
