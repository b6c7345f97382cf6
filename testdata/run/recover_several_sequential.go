package main

import "fmt"

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func main() {
	for _, b := range []int{1, 0, 2, 0, 3, 0} {
		q, err := safeDiv(12, b)
		fmt.Println(q, err)
	}
}
