package main

// The re-panic shapes in goroutines: each recovers in its own frames,
// results come back over a channel in order.

func work(id int) (v int) {
	defer func() {
		v = recover().(int) + 1000*id
	}()
	defer func() { panic(recover()) }()
	defer func() {
		defer func() { panic(recover().(int) + 1) }()
		panic(recover().(int) * 2)
	}()
	panic(id)
}

func main() {
	for id := 1; id <= 4; id++ {
		c := make(chan int)
		go func() {
			v := work(id)
			println("goroutine", id, "got", v)
			c <- v
		}()
		println("main got", <-c)
	}
}
