package store

import "fmt"

type Store struct {
	items map[string]int
	order []string
}

var registry = []string{first}

func New() *Store { return &Store{items: map[string]int{}} }

func (s *Store) Add(name string, n int) {
	s.items[name] += n
	s.order = append(s.order, name)
}

func (s *Store) Total() int {
	t := 0
	for _, n := range s.items {
		t += n
	}
	return t
}

func Len() int { return len(registry) }

func init() {
	fmt.Println("store: init, registry =", registry)
}
