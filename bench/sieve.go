// Sieve of Eratosthenes, repeated: slice indexing with bounds checks,
// tight loops over a []bool.
package main

import "fmt"

func sieve(n int, composite []bool) int {
	for i := range composite {
		composite[i] = false
	}
	count := 0
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		count++
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return count
}

func main() {
	const n = 10000000
	composite := make([]bool, n+1)
	total := 0
	for rep := 0; rep < 20; rep++ {
		total += sieve(n-rep*1000, composite)
	}
	fmt.Println(total)
}
