package main

type E struct{}

func find() error {
	return E{}
}

func main() {
	_ = find()
}
