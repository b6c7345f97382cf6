// Allocation-heavy strings and maps: many short documents, each split
// into words built from bytes (fresh short strings), counted in a fresh
// map[string]int, the counts merged into a per-batch map of bigrams
// (string concatenation for every key) and reported through a sorted
// slice. Almost everything dies young: this measures the allocator and
// the collector on small string and map objects, not the algorithms.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

var syllables = []string{"an", "be", "co", "du", "el", "fa", "gi", "ho", "ir", "ju", "ka", "lo"}

// document returns a text of n words from a deterministic generator.
func document(seed uint32, n int) (string, uint32) {
	var b strings.Builder
	for i := 0; i < n; i++ {
		seed = seed*1664525 + 1013904223
		k := 1 + int(seed>>29)%3
		for j := 0; j < k; j++ {
			seed = seed*1664525 + 1013904223
			b.WriteString(syllables[int(seed>>24)%len(syllables)])
		}
		if i+1 < n {
			b.WriteByte(' ')
		}
	}
	return b.String(), seed
}

type pair struct {
	key   string
	count int
}

func main() {
	seed := uint32(42)
	check := 0
	for batch := 0; batch < 16; batch++ {
		bigrams := make(map[string]int)
		for d := 0; d < 500; d++ {
			var text string
			text, seed = document(seed, 200)
			words := strings.Fields(text)
			counts := make(map[string]int)
			for _, w := range words {
				counts[strings.ToUpper(w[:1])+w[1:]]++
			}
			for i := 1; i < len(words); i++ {
				bigrams[words[i-1]+"+"+words[i]]++
			}
			keys := make([]string, 0, len(counts))
			for k := range counts {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			line := ""
			for _, k := range keys[:3] {
				line += k + "=" + strconv.Itoa(counts[k]) + ";"
			}
			check = (check*31 + len(line) + len(counts)) % 1_000_000_007
		}
		top := make([]pair, 0, len(bigrams))
		for k, c := range bigrams {
			top = append(top, pair{k, c})
		}
		sort.Slice(top, func(i, j int) bool {
			if top[i].count != top[j].count {
				return top[i].count > top[j].count
			}
			return top[i].key < top[j].key
		})
		if batch%4 == 0 {
			fmt.Println(batch, len(bigrams), top[0].key, top[0].count)
		}
		check = (check*31 + len(top) + top[0].count) % 1_000_000_007
	}
	fmt.Println(check)
}
