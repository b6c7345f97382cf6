package main

// Re-panics from deferred calls nested in deferred calls, each level
// recovering the value, adding to it and panicking again; main recovers
// the last one.

var trace []int

func level(n int) {
	defer func() {
		r := recover()
		trace = append(trace, r.(int))
		if n > 0 {
			defer func() {
				r := recover()
				trace = append(trace, -r.(int))
				panic(r.(int) + 100)
			}()
			level(n - 1)
		}
		panic(r.(int) + 1)
	}()
	panic(n * 10)
}

func main() {
	defer func() {
		println("main recovered", recover().(int))
		for _, v := range trace {
			print(v, " ")
		}
		println()
	}()
	level(3)
}
