package main

// gc reports invalid UTF-8 where its scanner meets it and still type-checks
// the file: the earlier type error comes first.

func main() {
	x := 1
}

// an invalid byte: ÿ
