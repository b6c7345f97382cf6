package main

import "fmt"

func main() {
outer:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j == 3 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()

loop:
	for i := 0; ; i++ {
		switch {
		case i == 2:
			continue loop
		case i > 4:
			break loop
		}
		fmt.Print(i, " ")
	}
	fmt.Println()

	grid := [][]int{{1, 2, 3}, {4, -1, 6}, {7, 8, 9}}
	found := false
search:
	for r, row := range grid {
		for c, v := range row {
			if v < 0 {
				fmt.Println("negative at", r, c)
				found = true
				break search
			}
		}
	}
	fmt.Println(found)
}
