package main

type Celsius float64

func main() {
	c := Celsius(10)
	println(c.Fahrenheit())
}
