package main

// A panic raised in a callback called by a std package (sort.Slice)
// unwinds through the std package's frames; the error value of a std
// type is printed with its Error method.
import (
	"fmt"
	"sort"
	"strconv"
)

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		_, err := strconv.ParseInt("999999999999999999999", 10, 64)
		panic(err)
	}()
	xs := []int{3, 1, 2}
	sort.Slice(xs, func(i, j int) bool {
		if xs[i] == 2 || xs[j] == 2 {
			panic("less saw 2")
		}
		return xs[i] < xs[j]
	})
	fmt.Println("not reached")
}
