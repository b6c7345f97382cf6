package main

// A number is no import path.
import 42

func main() {
}
