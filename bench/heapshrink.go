// A live heap that grows to about 1 GB, shrinks to about 10 MB and then
// keeps allocating short-lived objects for a while: shows whether the
// memory of the big phase is given back to the operating system (gc's
// scavenger returns it within a few collections). The peak resident set
// is about the same for both compilers; what matters is the resident set
// at the end, which bench/run.sh samples while the program runs because
// of the line below.
//
// bench: end-rss
package main

import "fmt"

type node struct {
	next    *node
	payload []byte
}

const payloadSize = 4096

// fill makes a payload whose bytes depend on i, so that every page is
// written (resident) and the checksum sees the data.
func fill(i int) []byte {
	b := make([]byte, payloadSize)
	for j := 0; j < len(b); j += 512 {
		b[j] = byte(i + j)
	}
	return b
}

func sum(l *node) int {
	s := 0
	for n := l; n != nil; n = n.next {
		s += int(n.payload[0]) + int(n.payload[len(n.payload)-512])
	}
	return s
}

func main() {
	// Grow: 262144 nodes of 4 KB, 1 GB live.
	var big *node
	for i := 0; i < 262144; i++ {
		big = &node{next: big, payload: fill(i)}
	}
	check := sum(big)

	// Shrink: keep every 128th node, about 8 MB.
	var small *node
	i := 0
	for n := big; n != nil; n = n.next {
		if i%128 == 0 {
			small = &node{next: small, payload: n.payload}
		}
		i++
	}
	big = nil
	check = check*31 + sum(small)

	// Keep allocating: 1500 rounds of a short-lived 4 MB list, and now and
	// then a survivor replaced.
	for round := 0; round < 1500; round++ {
		var tmp *node
		for k := 0; k < 1024; k++ {
			tmp = &node{next: tmp, payload: fill(round + k)}
		}
		check = (check*31 + sum(tmp)) % 1_000_000_007
		if round%16 == 0 {
			small = &node{next: small.next, payload: fill(round)}
		}
	}
	check = (check*31 + sum(small)) % 1_000_000_007
	fmt.Println(check)
}
