package main

import "fmt"

func main() {
	p := struct {
		Name string
		Age  int
	}{"ann", 30}
	fmt.Println(p, p.Name)
	fmt.Printf("%+v %T\n", p, p)
	people := []struct {
		Name string
		Tags []string
	}{
		{"a", []string{"x"}},
		{"b", nil},
	}
	for _, q := range people {
		fmt.Println(q.Name, len(q.Tags))
	}
	var cfg struct {
		Debug bool
		Level struct{ N int }
	}
	cfg.Level.N = 3
	fmt.Printf("%+v\n", cfg)
	type named struct {
		Name string
		Age  int
	}
	n := named(p) // identical underlying types convert
	fmt.Println(n == named{"ann", 30})
}
