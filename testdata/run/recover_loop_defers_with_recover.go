package main

import "fmt"

func run(n int) (got []any) {
	for i := 0; i < n; i++ {
		defer func() {
			got = append(got, recover())
		}()
	}
	panic("boom")
}

func main() {
	fmt.Println(run(3))
}
