package main

func main() {
	panic(complex(1.5, -2))
}
