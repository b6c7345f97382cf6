// A function whose named result escape analysis moves to the heap gets
// stack-allocated defer records, not open-coded defers (gc's rule): the
// result's address stored in a global, captured by a goroutine's closure,
// passed to fmt.Sscanf. -d=defer must say what gc says.
package main

import (
	"errors"
	"fmt"
)

var global *int

// The named result's address is stored in a global: it moves to the
// heap, so gc gives the function stack-allocated defer records.
func stored() (n int) {
	defer func() { n *= 2 }()
	global = &n
	n = 21
	return n
}

// Captured by a goroutine's closure: moved to heap.
func captured() (err error) {
	done := make(chan bool)
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrapped: %w", err)
		}
	}()
	go func() {
		err = errors.New("from goroutine")
		done <- true
	}()
	<-done
	return err
}

// Scanned into: fmt.Sscanf's arguments leak.
func scanned(s string) (x, y int) {
	defer func() { x += 100 }()
	fmt.Sscanf(s, "%d %d", &x, &y)
	return
}

// The result stays on the stack: open-coded.
func local() (n int) {
	defer func() { n++ }()
	n = 41
	return
}

// Two defers, one result on the heap.
func two() (s string) {
	defer func() { s += "!" }()
	defer func() { s += "?" }()
	p := &s
	global2 = p
	s = "hi"
	return
}

var global2 *string

func main() {
	fmt.Println(stored(), *global)
	fmt.Println(captured())
	fmt.Println(scanned("3 4"))
	fmt.Println(local())
	fmt.Println(two(), *global2)
}

// A function literal's named result moved to the heap.
var lit = func() (r []int) {
	defer func() { r = append(r, 3) }()
	keep = &r
	r = []int{1, 2}
	return r
}

var keep *[]int

func init() {
	fmt.Println(lit(), *keep)
}
