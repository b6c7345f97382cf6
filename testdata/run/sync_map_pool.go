// sync.Map (every method), sync.Pool (New, Put, Get order, nil not
// kept) and sync.OnceFunc (runs its function once).
package main

import (
	"fmt"
	"sort"
	"sync"
)

func maps() {
	var m sync.Map
	v, ok := m.Load("a")
	fmt.Println("empty load:", v, ok)
	m.Store("a", 1)
	m.Store("b", 2)
	act, loaded := m.LoadOrStore("a", 100)
	fmt.Println("LoadOrStore a:", act, loaded)
	act, loaded = m.LoadOrStore("c", 3)
	fmt.Println("LoadOrStore c:", act, loaded)
	prev, loaded := m.Swap("b", 20)
	fmt.Println("Swap b:", prev, loaded)
	prev, loaded = m.Swap("d", 4)
	fmt.Println("Swap d:", prev, loaded)
	fmt.Println("CAS a 1->11:", m.CompareAndSwap("a", 1, 11), "CAS a 1->12:", m.CompareAndSwap("a", 1, 12))
	fmt.Println("CAS missing:", m.CompareAndSwap("zz", nil, 1))
	fmt.Println("CAD c 9:", m.CompareAndDelete("c", 9), "CAD c 3:", m.CompareAndDelete("c", 3))
	v, loaded = m.LoadAndDelete("d")
	fmt.Println("LoadAndDelete d:", v, loaded)
	m.Delete("nope")
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprint(k, "=", v))
		return true
	})
	sort.Strings(keys)
	fmt.Println("range:", keys)
	n := 0
	m.Range(func(k, v any) bool { n++; return false })
	fmt.Println("range stopped after", n)
	m.Store(struct{ x, y int }{1, 2}, "struct key")
	v, _ = m.Load(struct{ x, y int }{1, 2})
	fmt.Println(v)
	m.Clear()
	v, ok = m.Load("a")
	fmt.Println("after Clear:", v, ok)
}

func pools() {
	made := 0
	p := sync.Pool{New: func() any { made++; return fmt.Sprint("new", made) }}
	fmt.Println(p.Get(), p.Get())
	p.Put("x")
	fmt.Println(p.Get(), p.Get())
	var q sync.Pool
	fmt.Println("no New:", q.Get())
	q.Put(nil)
	fmt.Println("nil not kept:", q.Get())
}

func once() {
	calls := 0
	f := sync.OnceFunc(func() { calls++; fmt.Println("once body") })
	f()
	f()
	fmt.Println("calls:", calls)
}

func main() {
	maps()
	pools()
	once()
}
