package main

import "fmt"

func main() {
	// three-clause
	for i := 0; i < 3; i++ {
		fmt.Print(i, " ")
	}
	fmt.Println()
	// condition only
	n := 1
	for n < 100 {
		n *= 3
	}
	fmt.Println(n)
	// infinite with break
	k := 0
	for {
		k++
		if k == 5 {
			break
		}
	}
	fmt.Println(k)
	// empty init and post
	j := 10
	for ; j > 0; j -= 4 {
		fmt.Print(j, " ")
	}
	fmt.Println()
	// multiple variables
	for a, b := 0, 10; a < b; a, b = a+1, b-1 {
		fmt.Print(a, ":", b, " ")
	}
	fmt.Println()
	// continue
	sum := 0
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		sum += i
	}
	fmt.Println(sum)
	// init only with no post
	for i := 0; i < 3; {
		fmt.Print(i)
		i++
	}
	fmt.Println()
}
