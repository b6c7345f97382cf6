package main

import "fmt"

type ValidationError struct {
	Field string
	Rule  string
}

func (v ValidationError) Error() string {
	return fmt.Sprintf("field %s violates %s", v.Field, v.Rule)
}

func validate(age int) {
	if age < 0 {
		panic(ValidationError{"age", "non-negative"})
	}
}

func main() {
	defer fmt.Println("deferred in main")
	validate(3)
	fmt.Println("3 is valid")
	validate(-1)
}
