package main

func run(n int) {
	defer println("println deferred with n =", n)
	defer print("print deferred ", n, "\n")
	n = 99
	println("body n =", n)
}

func main() {
	run(7)
	println("done")
}
