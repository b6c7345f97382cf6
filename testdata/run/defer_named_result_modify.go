package main

import "fmt"

func double(x int) (r int) {
	defer func() {
		r *= 2
	}()
	return x + 1
}

func withErr(fail bool) (n int, err error) {
	defer func() {
		if err != nil {
			n = -1
			err = fmt.Errorf("wrapped: %w", err)
		}
	}()
	if fail {
		return 5, fmt.Errorf("failed")
	}
	return 5, nil
}

func main() {
	fmt.Println(double(3))
	fmt.Println(withErr(false))
	fmt.Println(withErr(true))
}
