package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
)

// Reads words from stdin, prints the three most frequent with counts.
func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Split(bufio.ScanWords)
	freq := map[string]int{}
	for sc.Scan() {
		freq[strings.ToLower(strings.Trim(sc.Text(), ".,!?"))]++
	}
	keys := make([]string, 0, len(freq))
	for k := range freq {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if freq[keys[i]] != freq[keys[j]] {
			return freq[keys[i]] > freq[keys[j]]
		}
		return keys[i] < keys[j]
	})
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	fmt.Fprintln(out, len(keys), "distinct")
	for _, k := range keys[:3] {
		fmt.Fprintf(out, "%s %d\n", k, freq[k])
	}
}
