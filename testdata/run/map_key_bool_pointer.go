package main

import "fmt"

type Node struct{ id int }

func main() {
	b := map[bool]string{true: "yes", false: "no"}
	fmt.Println(b[1 < 2], b[1 > 2], len(b))
	n1, n2 := &Node{1}, &Node{1}
	seen := map[*Node]int{}
	seen[n1]++
	seen[n1]++
	seen[n2]++
	fmt.Println(len(seen), seen[n1], seen[n2], seen[&Node{1}])
	var nilp *Node
	seen[nilp] = 9
	fmt.Println(seen[nil], len(seen))
}
