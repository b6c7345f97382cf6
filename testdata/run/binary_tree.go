package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Key         int
	Count       int
}

func insert(t *Tree, k int) *Tree {
	if t == nil {
		return &Tree{Key: k, Count: 1}
	}
	switch {
	case k < t.Key:
		t.Left = insert(t.Left, k)
	case k > t.Key:
		t.Right = insert(t.Right, k)
	default:
		t.Count++
	}
	return t
}

func walk(t *Tree, visit func(*Tree)) {
	if t == nil {
		return
	}
	walk(t.Left, visit)
	visit(t)
	walk(t.Right, visit)
}

func height(t *Tree) int {
	if t == nil {
		return 0
	}
	return 1 + max(height(t.Left), height(t.Right))
}

func main() {
	var root *Tree
	seed := uint32(7)
	for i := 0; i < 1000; i++ {
		seed = seed*1103515245 + 12345
		root = insert(root, int(seed>>16)%200)
	}
	n, total, keys := 0, 0, []int{}
	walk(root, func(t *Tree) {
		n++
		total += t.Count
		if t.Key%25 == 0 {
			keys = append(keys, t.Key)
		}
	})
	fmt.Println(n, total, height(root), keys)
}
