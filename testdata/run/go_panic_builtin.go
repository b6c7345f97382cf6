package main

// go panic(v): v is converted to an interface at the go statement; the
// new goroutine panics with it.

import "time"

type E struct{ code int }

func (e E) Error() string { return "code " + string(rune('0'+e.code)) }

func main() {
	e := E{7}
	go panic(e)
	e.code = 8
	time.Sleep(2 * time.Second)
	println("not reached")
}
