package main

import "fmt"

func main() {
	fmt.Printf("[%5d] [%-5d] [%05d] [%+d] [% d]\n", 42, 42, 42, 42, 42)
	fmt.Printf("[%5d] [%-5d] [%05d]\n", -42, -42, -42)
	fmt.Printf("[%8s] [%-8s] [%.2s] [%8.3s]\n", "go", "go", "gopher", "gopher")
	fmt.Printf("[%8.3f] [%-8.3f] [%08.3f] [%+.1f]\n", 3.14159, 3.14159, -3.14159, 2.0)
	fmt.Printf("[%6q] [%-6q]\n", "a", "b")
	fmt.Printf("[%4x] [%-4X] [%04x] [%#x] [%#o]\n", 255, 255, 255, 255, 8)
	fmt.Printf("[%3c] [%-3c]\n", 'z', 'z')
	fmt.Printf("[%6t] [%-6t]\n", true, false)
	fmt.Printf("[%*d] [%-*d]\n", 6, 7, 6, 7)
	fmt.Printf("[%10v] [%-10v]\n", []int{1, 2}, "v")
	fmt.Printf("[%10.4e] [%12g]\n", 1234.5678, 1234.5678)
	for i := 1; i <= 1000; i *= 10 {
		fmt.Printf("%6d|%-6d|%06d\n", i, i, i)
	}
}
