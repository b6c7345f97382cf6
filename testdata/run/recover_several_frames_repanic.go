package main

// Recover in several frames of one call chain: each frame recovers what
// the deeper one panicked with and panics again with a larger value;
// stack records in every frame (and main's) are popped in order.

func frame(depth int) (res int) {
	defer func() {
		if r := recover(); r != nil {
			println("frame", depth, "recovered", r.(int))
			if depth > 0 {
				panic(r.(int) + depth)
			}
			res = r.(int)
		}
	}()
	defer func() { println("frame", depth, "first defer") }()
	if depth == 4 {
		panic(1000)
	}
	return frame(depth+1) + 1
}

func main() {
	defer println("main done")
	println("result", frame(0))
}
