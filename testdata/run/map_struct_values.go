package main

import "fmt"

type Acct struct {
	Owner   string
	Balance int
}

func main() {
	byVal := map[string]Acct{"a": {"ann", 10}}
	acct := byVal["a"]
	acct.Balance += 5 // a copy
	fmt.Println(byVal["a"].Balance, acct.Balance)
	byVal["a"] = acct
	fmt.Println(byVal["a"])
	byPtr := map[string]*Acct{"b": {"bob", 1}}
	byPtr["b"].Balance *= 100
	fmt.Println(*byPtr["b"])
	fmt.Printf("%v %+v\n", byVal, byVal)
}
