package main

// go of builtins: the operands are evaluated at the go statement and the
// builtin runs in the new goroutine (each given time to run).

import (
	"fmt"
	"time"
)

func pause() { time.Sleep(50 * time.Millisecond) }

func main() {
	c := make(chan int)
	go close(c)
	_, ok := <-c
	fmt.Println("closed:", !ok)

	x := 1
	go println("println", x, "two", 3.5, true)
	x = 2
	pause()
	go print("print ", x, "\n")
	pause()

	dst := make([]int, 3)
	src := []int{7, 8, 9, 10}
	go copy(dst, src)
	src = nil
	pause()
	fmt.Println("copied:", dst, src == nil)

	m := map[string]int{"a": 1, "b": 2, "c": 3}
	key := "b"
	go delete(m, key)
	key = "c"
	pause()
	fmt.Println("deleted:", len(m), m["a"], m["c"])

	go clear(m)
	m = map[string]int{"z": 26}
	pause()
	fmt.Println("cleared the old map:", len(m))

	s := []string{"p", "q"}
	go clear(s)
	pause()
	fmt.Printf("cleared slice: %q\n", s)

	go recover()
	pause()
	fmt.Println("done")
}
