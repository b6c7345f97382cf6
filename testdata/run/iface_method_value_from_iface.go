package main

import "fmt"

type Greeter interface{ Greet(string) string }

type English struct{}
type French struct{ formal bool }

func (English) Greet(n string) string { return "Hello, " + n }
func (f French) Greet(n string) string {
	if f.formal {
		return "Bonjour, " + n
	}
	return "Salut, " + n
}

func main() {
	var g Greeter = French{true}
	greet := g.Greet // binds the current dynamic value
	g = English{}
	fmt.Println(greet("Ana"), "/", g.Greet("Ana"))
	fs := []func(string) string{English{}.Greet, French{}.Greet, greet}
	for _, f := range fs {
		fmt.Println(f("Bo"))
	}
	viaExpr := Greeter.Greet
	fmt.Println(viaExpr(French{false}, "Cy"))
}
