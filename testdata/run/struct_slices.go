package main

import "fmt"

type Employee struct {
	Name   string
	Salary int
	Tags   []string
}

func raise(es []Employee, pct int) {
	for i := range es {
		es[i].Salary += es[i].Salary * pct / 100
	}
}

func raiseCopy(es []Employee, pct int) {
	for _, e := range es {
		e.Salary *= 1000 // modifies the copy only
		_ = pct
	}
}

func main() {
	staff := []Employee{
		{"ann", 1000, nil},
		{"bob", 2000, []string{"x"}},
	}
	staff = append(staff, Employee{Name: "cy", Salary: 1500})
	raise(staff, 10)
	raiseCopy(staff, 10)
	for _, e := range staff {
		fmt.Println(e.Name, e.Salary, len(e.Tags))
	}
	p := &staff[1]
	p.Tags = append(p.Tags, "y")
	fmt.Println(staff[1])
	var ptrs []*Employee
	for i := range staff {
		ptrs = append(ptrs, &staff[i])
	}
	ptrs[2].Name = "cyrus"
	fmt.Println(staff[2].Name)
}
