package main

// A comment in the file header with an invalid byte: ÿ (go/scanner words it)

func main() {
}
