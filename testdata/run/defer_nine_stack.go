package main

func run(n int) int {
	sum := 0
	defer println("d1", n)
	defer println("d2", n+1)
	defer println("d3", n+2)
	defer println("d4", n+3)
	defer println("d5", n+4)
	defer println("d6", n+5)
	defer println("d7", n+6)
	defer println("d8", n+7)
	defer func() { println("d9 closure", sum) }()
	for i := 0; i < n; i++ {
		sum += i
	}
	return sum
}

func main() {
	println("result", run(10))
	println("result", run(3))
}
