package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

type Counter struct {
	N    int
	Name string
}

func bump(c *Counter) {
	c.N++
}

func main() {
	var head *Node
	for i := 5; i > 0; i-- {
		head = &Node{Val: i, Next: head}
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	c := Counter{Name: "c"}
	bump(&c)
	bump(&c)
	fmt.Println(c.N, c)
	pc := &c
	pc.N = 10
	(*pc).Name = "renamed"
	fmt.Println(c.N, c.Name, pc.N)
	pp := &pc
	(*pp).N++
	fmt.Println(c.N)
	fmt.Println(head.Next.Next.Val)
	head.Next.Next = head.Next.Next.Next
	sum := 0
	for n := head; n != nil; n = n.Next {
		sum += n.Val
	}
	fmt.Println(sum)
}
