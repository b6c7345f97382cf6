package main

// go/scanner reports a malformed number in the header before go/parser
// gets to say that it is no import path.
import 1e+

func main() {
}
