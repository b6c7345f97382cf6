package main

// An import needs a quoted path; go/parser words the error.
import fmt

func main() {
	fmt.Println("hi")
}
