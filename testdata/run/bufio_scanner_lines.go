package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	lines, sum := 0, 0
	for sc.Scan() {
		line := sc.Text()
		lines++
		for _, f := range strings.Fields(line) {
			if n, err := strconv.Atoi(f); err == nil {
				sum += n
			}
		}
		fmt.Printf("%d: %q\n", lines, line)
	}
	if err := sc.Err(); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println("lines", lines, "sum", sum)
}
