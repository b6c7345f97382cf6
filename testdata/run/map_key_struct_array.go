package main

import "fmt"

type Point struct{ X, Y int }
type Key struct {
	name string
	p    Point
	f    float64
}

func main() {
	grid := map[Point]string{{0, 0}: "origin", {1, 2}: "a"}
	grid[Point{3, 4}] = "b"
	fmt.Println(grid[Point{1, 2}], grid[Point{0, 0}], len(grid), grid)
	k := map[Key]int{}
	k[Key{"a", Point{1, 1}, 0.5}] = 1
	k[Key{"a", Point{1, 1}, 0.5}] += 1
	k[Key{"b", Point{1, 1}, 0.5}] = 5
	fmt.Println(len(k), k[Key{"a", Point{1, 1}, 0.5}])
	arr := map[[3]int]string{{1, 2, 3}: "x"}
	arr[[3]int{3, 2, 1}] = "y"
	fmt.Println(arr[[3]int{1, 2, 3}], arr[[3]int{3, 2, 1}], len(arr))
	strs := map[[2]string]bool{{"a", "b"}: true}
	fmt.Println(strs[[2]string{"a", "b"}], strs[[2]string{"ab", ""}])
}
