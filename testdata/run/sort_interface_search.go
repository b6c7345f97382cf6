package main

import (
	"fmt"
	"sort"
)

type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	words := byLen{"banana", "kiwi", "fig", "cherry", "apple"}
	sort.Stable(words)
	fmt.Println(words, sort.IsSorted(words))
	sort.Sort(sort.Reverse(words))
	fmt.Println(words[0], words[len(words)-1])
	xs := []int{1, 4, 9, 16, 25, 36}
	i := sort.Search(len(xs), func(i int) bool { return xs[i] >= 10 })
	fmt.Println(i, xs[i])
	j := sort.Search(len(xs), func(i int) bool { return xs[i] > 100 })
	fmt.Println(j)
	k, found := sort.Find(len(xs), func(i int) int { return 25 - xs[i] })
	fmt.Println(k, found)
}
