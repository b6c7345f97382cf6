package main

import "fmt"

func main() {
	var grid [3][4]int
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)
	g2 := grid // arrays copy
	g2[1][1] = 100
	fmt.Println(grid[1][1], g2[1][1], grid == g2)
	jag := make([][]string, 3)
	for i := range jag {
		jag[i] = make([]string, i+1)
		for j := range jag[i] {
			jag[i][j] = fmt.Sprint(i, j)
		}
	}
	fmt.Println(jag, len(jag[2]))
	cube := [2][2][2]bool{{{true}, {false, true}}}
	fmt.Println(cube)
	type Cell struct{ v int }
	board := [2][3]Cell{}
	board[1][2].v = 5
	fmt.Printf("%v %+v\n", board, board[1])
}
