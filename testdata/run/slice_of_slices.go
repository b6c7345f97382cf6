package main

import "fmt"

func transpose(m [][]int) [][]int {
	rows, cols := len(m), len(m[0])
	out := make([][]int, cols)
	for c := 0; c < cols; c++ {
		out[c] = make([]int, rows)
		for r := 0; r < rows; r++ {
			out[c][r] = m[r][c]
		}
	}
	return out
}

func main() {
	m := [][]int{{1, 2, 3}, {4, 5, 6}}
	fmt.Println(transpose(m))
	var tri [][]int
	for i := 0; i < 6; i++ {
		row := make([]int, i+1)
		row[0], row[i] = 1, 1
		for j := 1; j < i; j++ {
			row[j] = tri[i-1][j-1] + tri[i-1][j]
		}
		tri = append(tri, row)
	}
	for _, row := range tri {
		fmt.Println(row)
	}
	strs := [][]string{{"a"}, {}, nil, {"b", "c"}}
	fmt.Println(strs, len(strs[1]), strs[2] == nil)
}
