package main

func main() {
	if true {
		println("a")
	}
	else {
		println("b")
	}
}
