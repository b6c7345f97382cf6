package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	n := 0
	for sc.Scan() {
		n++
	}
	fmt.Println("lines:", n, "err:", sc.Err())
	rd := bufio.NewReader(os.Stdin)
	_, err := rd.ReadString('\n')
	fmt.Println(err)
}
