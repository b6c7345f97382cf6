// Counted loops whose bounds checks the compiler may drop (the loop
// condition proves the index in range) next to ones where it must not.
package main

import "fmt"

type body struct{ x, v float64 }

func pairs(bs []body) float64 {
	e := 0.0
	for i := range bs {
		for j := i + 1; j < len(bs); j++ {
			e += bs[i].x * bs[j].x
		}
	}
	return e
}

func sumUpTo(s []int, n int) (total int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	for i := 0; i < n; i++ {
		total += s[i]
	}
	return total
}

func fromStart(s []int, start int) (total int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	for i := start; i < len(s); i++ {
		total += s[i]
	}
	return total
}

func stepTwo(s []byte) int {
	n := 0
	for i := 0; i < len(s); i += 2 {
		n += int(s[i])
	}
	return n
}

func otherSlice(a, b []int) (total int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	for i := 0; i < len(a); i++ {
		total += b[i]
	}
	return total
}

func shrinking(s []int) int {
	total := 0
	for i := 0; i < len(s); i++ {
		total += s[i]
		if s[i] == 3 {
			s = s[:2]
		}
	}
	return total
}

func main() {
	bs := []body{{1, 0}, {2, 0}, {3, 0}, {4, 0}}
	fmt.Println(pairs(bs))
	s := []int{1, 2, 3, 4, 5}
	fmt.Println(sumUpTo(s, 5))
	fmt.Println(sumUpTo(s, 7))
	fmt.Println(fromStart(s, 2))
	fmt.Println(fromStart(s, -2))
	fmt.Println(stepTwo([]byte("abcdefg")))
	fmt.Println(otherSlice(s, s[:3]))
	fmt.Println(shrinking([]int{1, 2, 3, 4, 5}))
	var arr [4]int
	for i := 0; i < len(arr); i++ {
		arr[i] = i * i
	}
	fmt.Println(arr)
	idx := 0
	for i := 0; i < 10; i++ {
		idx = i
	}
	fmt.Println(s[idx%5])
	t := []string{"a", "b"}
	for i := 0; i <= len(t); i++ {
		fmt.Println(t[i])
	}
}
