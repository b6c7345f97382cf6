// fannkuch-redux from the Computer Language Benchmarks Game: permutations
// of a small int slice, flips by in-place reversal.
package main

import "fmt"

func fannkuch(n int) (int, int) {
	perm1 := make([]int, n)
	for i := range perm1 {
		perm1[i] = i
	}
	perm := make([]int, n)
	count := make([]int, n)
	maxFlips, checksum, permCount := 0, 0, 0
	r := n
	for {
		for ; r != 1; r-- {
			count[r-1] = r
		}
		copy(perm, perm1)
		flips := 0
		for k := perm[0]; k != 0; k = perm[0] {
			for i, j := 0, k; i < j; i, j = i+1, j-1 {
				perm[i], perm[j] = perm[j], perm[i]
			}
			flips++
		}
		maxFlips = max(maxFlips, flips)
		if permCount%2 == 0 {
			checksum += flips
		} else {
			checksum -= flips
		}
		// Next permutation in the counting order.
		for {
			if r == n {
				return checksum, maxFlips
			}
			p0 := perm1[0]
			for i := 0; i < r; i++ {
				perm1[i] = perm1[i+1]
			}
			perm1[r] = p0
			count[r]--
			if count[r] > 0 {
				break
			}
			r++
		}
		permCount++
	}
}

func main() {
	const n = 10
	checksum, flips := 0, 0
	for rep := 0; rep < 2; rep++ {
		c, f := fannkuch(n)
		checksum += c
		flips = max(flips, f)
	}
	fmt.Println(checksum)
	fmt.Println("Pfannkuchen(", n, ") =", flips)
}
