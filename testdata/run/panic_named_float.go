package main

type Celsius float64

func main() {
	panic(Celsius(-40.25))
}
