package main

// A program may declare names that std packages use internally
// (unexported helpers and types of sort, errors, fmt, strconv, strings):
// each package has its own scope.
import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type errorString struct{ s string }

func (e *errorString) Error() string { return "mine: " + e.s }

type wrapError struct{ n int }

type lessSwap int

func insertionSort(xs []int) int { return len(xs) }

func unhex(b byte) string { return string(b) + "!" }

func quickSort() string { return "user quickSort" }

var writer = "user writer"

func main() {
	xs := []int{3, 1, 2}
	sort.Ints(xs)
	fmt.Println(xs, insertionSort(xs), unhex('a'), quickSort(), writer)
	var e error = &errorString{"x"}
	fmt.Println(e, errors.New("std"))
	fmt.Printf("%T %T %v %T\n", e, errors.New("std"), wrapError{1}, lessSwap(2))
	v, err := strconv.Unquote(`"a\x41"`)
	fmt.Println(v, err, strings.Contains("abc", "b"))
}
