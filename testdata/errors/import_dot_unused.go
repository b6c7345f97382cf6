package main

import (
	. "fmt"
	. "sort"
	. "strings"
)

func main() { Println() }
