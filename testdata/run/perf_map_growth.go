// Map behaviour the runtime's table layout must preserve: growth, reuse of
// deleted slots, iteration while the map grows or shrinks, NaN and ±0
// keys, string keys with equal contents in different memory, and keys
// hashed through the type (structs, interfaces, arrays, small ints).
package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type point struct {
	x, y int32
	name string
}

func main() {
	// Growth and churn against a slice model.
	m := make(map[int]int)
	present := make([]bool, 5000)
	seed := uint32(7)
	for step := 0; step < 200000; step++ {
		seed = seed*1664525 + 1013904223
		k := int(seed>>8) % 5000
		if seed>>31 == 0 {
			delete(m, k)
			present[k] = false
		} else {
			m[k] += step
			present[k] = true
		}
	}
	want := 0
	for _, p := range present {
		if p {
			want++
		}
	}
	fmt.Println(len(m), want)
	bad := 0
	for k := range 5000 {
		if _, ok := m[k]; ok != present[k] {
			bad++
		}
	}
	fmt.Println("mismatches:", bad)

	// Iterating while inserting enough to grow: every old key once.
	g := map[int]bool{}
	for i := 0; i < 20; i++ {
		g[i] = true
	}
	seen := map[int]int{}
	added := 0
	for k := range g {
		seen[k]++
		if added < 1000 {
			for j := 0; j < 100; j++ {
				g[1000+added] = true
				added++
			}
		}
	}
	dups, missing := 0, 0
	for i := 0; i < 20; i++ {
		if seen[i] != 1 {
			missing++
		}
	}
	for _, n := range seen {
		if n > 1 {
			dups++
		}
	}
	fmt.Println("old keys missing:", missing, "produced twice:", dups, "len:", len(g))

	// Deleting during iteration: deleted keys are not produced.
	d := map[int]int{}
	for i := 0; i < 100; i++ {
		d[i] = i
	}
	count := 0
	for k := range d {
		count++
		delete(d, k^1)
		delete(d, k)
	}
	fmt.Println("produced:", count, "left:", len(d))

	// Values updated after a growth are seen by the iteration.
	u := map[string]int{"a": 1, "b": 2, "c": 3}
	sum := 0
	first := true
	for k, v := range u {
		if first {
			first = false
			for i := 0; i < 500; i++ {
				u[fmt.Sprint("k", i)] = 0
			}
			for _, name := range []string{"a", "b", "c"} {
				if name != k {
					u[name] *= 100
				}
			}
		}
		if len(k) == 1 {
			sum += v
		}
	}
	fmt.Println("sum:", sum == 1+200+300 || sum == 100+2+300 || sum == 100+200+3)

	// NaN keys: never found, each insert a new entry; ±0 is one key.
	f := map[float64]int{}
	f[math.NaN()] = 1
	f[math.NaN()] = 2
	f[0.0] = 3
	f[math.Copysign(0, -1)] = 4
	nans := 0
	for k, v := range f {
		if k != k {
			nans += v
		}
	}
	_, ok := f[math.NaN()]
	fmt.Println(len(f), nans, ok, f[0])
	for i := 0; i < 100; i++ {
		f[float64(i)] = i
	}
	nans = 0
	for k := range f {
		if k != k {
			nans++
		}
	}
	fmt.Println("nans after growth:", nans, len(f))

	// Equal strings in different memory are one key.
	words := strings.Fields("to be or not to be that is the question to be")
	wc := map[string]int{}
	for _, w := range words {
		wc[w]++
	}
	b := []byte("be")
	fmt.Println(wc["to"], wc[string(b)], wc["question"], wc["nothing"])

	// Keys hashed through their type.
	pm := map[point]int{}
	pm[point{1, 2, "a"}] = 1
	pm[point{1, 2, "a"}] += 10
	pm[point{2, 1, "a"}] = 5
	var im = map[any]int{1: 1, "1": 2, 1.0: 3, point{}: 4, [2]int{1, 2}: 5}
	im[1]++
	im[[2]int{1, 2}]++
	am := map[[3]byte]string{{1, 2, 3}: "x"}
	sm := map[int8]int{-1: 1, 127: 2}
	sm[-1] += 5
	fmt.Println(pm[point{1, 2, "a"}], len(pm), im[1], im["1"], im[1.0], im[point{}], im[[2]int{1, 2}], am[[3]byte{1, 2, 3}], sm[-1], sm[127])

	// clear, then reuse.
	clear(m)
	fmt.Println(len(m), m[3])
	m[3] = 9
	fmt.Println(len(m), m[3])

	// A sorted dump, through fmt.
	small := map[string]int{"z": 26, "a": 1, "m": 13}
	keys := make([]string, 0, len(small))
	for k := range small {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, small)

	// Unhashable dynamic key type still panics with gc's text.
	defer func() { fmt.Println("recovered:", recover()) }()
	im[[]int{1}] = 1
}
