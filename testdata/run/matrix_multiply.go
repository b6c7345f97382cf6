package main

import "fmt"

const N = 4

type Matrix [N][N]float64

func mul(a, b Matrix) Matrix {
	var c Matrix
	for i := 0; i < N; i++ {
		for j := 0; j < N; j++ {
			var s float64
			for k := 0; k < N; k++ {
				s += a[i][k] * b[k][j]
			}
			c[i][j] = s
		}
	}
	return c
}

func main() {
	var a, id Matrix
	for i := 0; i < N; i++ {
		id[i][i] = 1
		for j := 0; j < N; j++ {
			a[i][j] = float64(i*N+j) / 2
		}
	}
	fmt.Println(mul(a, id) == a)
	sq := mul(a, a)
	for _, row := range sq {
		fmt.Println(row)
	}
}
