package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

// Contest-style input: n, then n integers, then a query count and queries.
func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1024*1024), 1024*1024)
	sc.Split(bufio.ScanWords)
	next := func() int {
		sc.Scan()
		n, _ := strconv.Atoi(sc.Text())
		return n
	}
	n := next()
	prefix := make([]int, n+1)
	for i := 0; i < n; i++ {
		prefix[i+1] = prefix[i] + next()
	}
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	q := next()
	for ; q > 0; q-- {
		l, r := next(), next()
		fmt.Fprintln(w, prefix[r]-prefix[l-1])
	}
}
