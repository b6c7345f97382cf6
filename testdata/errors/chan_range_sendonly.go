package main

func main() {
	ch := make(chan<- string)
	for s := range ch {
		_ = s
	}
}
