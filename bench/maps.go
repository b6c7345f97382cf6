// Word counting: map[string]int inserts and lookups, map[int]int churn
// and a sorted report of the most frequent words.
package main

import (
	"fmt"
	"sort"
	"strings"
)

// words builds a deterministic text of n words drawn from a vocabulary of
// size vocab with a skewed distribution (a linear congruential generator).
func words(n, vocab int) []string {
	syll := []string{"ka", "lo", "mi", "ne", "ru", "ta", "vo", "zi", "be", "do"}
	names := make([]string, vocab)
	for i := range names {
		var b strings.Builder
		for x := i + 1; x > 0; x /= 10 {
			b.WriteString(syll[x%10])
		}
		names[i] = b.String()
	}
	out := make([]string, n)
	seed := uint32(12345)
	for i := range out {
		seed = seed*1664525 + 1013904223
		r := int(seed>>8) % vocab
		seed = seed*1664525 + 1013904223
		if seed>>31 == 0 {
			r = r % (vocab/16 + 1) // skew toward frequent words
		}
		out[i] = names[r]
	}
	return out
}

func main() {
	text := words(2_000_000, 50_000)
	counts := make(map[string]int)
	for round := 0; round < 3; round++ {
		for _, w := range text {
			counts[w]++
		}
	}
	// Integer-keyed churn: insert, look up, delete.
	m := make(map[int]int)
	sum := 0
	for i := 0; i < 1_000_000; i++ {
		k := (i * 7919) % 200_003
		m[k] += i
		if v, ok := m[k/2]; ok {
			sum += v & 0xff
		}
		if i%3 == 0 {
			delete(m, k/3)
		}
	}
	type wc struct {
		w string
		n int
	}
	list := make([]wc, 0, len(counts))
	for w, n := range counts {
		list = append(list, wc{w, n})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].n != list[j].n {
			return list[i].n > list[j].n
		}
		return list[i].w < list[j].w
	})
	check := 0
	for i, e := range list {
		check = (check*31 + e.n*(i+1) + len(e.w)) % 1_000_000_007
	}
	fmt.Println(len(counts), list[0].w, list[0].n, len(m), sum, check)
}
