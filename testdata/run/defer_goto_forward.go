package main

import "fmt"

// A forward goto does not form a loop: the defer is open-coded.
func f(skip bool) {
	defer fmt.Println("deferred, skip =", skip)
	if skip {
		goto end
	}
	fmt.Println("not skipped")
end:
	fmt.Println("end label")
}

func main() {
	f(false)
	f(true)
}
