package main

func main() {
	var p *int
	defer func() {
		println(*p)
	}()
	panic("user panic")
}
