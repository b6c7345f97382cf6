package main

// The values std functions panic with: strings, strconv, errors, sync and
// bufio panic with plain strings (not runtime.Error), sort.Slice of a
// non-slice with a *reflectlite.ValueError, the runtime with its
// runtime.Error types; make(map) with a negative hint does not panic.

import (
	"bufio"
	"errors"
	"fmt"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		_, isErr := r.(error)
		_, isStr := r.(string)
		fmt.Printf("%s: %T %v runtime.Error=%v error=%v string=%v\n", name, r, r, isRT, isErr, isStr)
	}()
	f()
}

type myErr struct{}

func (myErr) Error() string { return "x" }

func main() {
	try("Repeat", func() { _ = strings.Repeat("x", -1) })
	try("RepeatOverflow", func() { _ = strings.Repeat("xx", 1<<62) })
	try("BuilderGrow", func() { var b strings.Builder; b.Grow(-1) })
	try("BuilderCopy", func() {
		var b strings.Builder
		b.WriteString("a")
		c := b
		c.WriteString("b")
	})
	try("NewReplacer", func() { strings.NewReplacer("a") })
	try("FormatInt", func() { _ = strconv.FormatInt(5, 1) })
	try("FormatInt37", func() { _ = strconv.FormatInt(5, 37) })
	try("FormatUint", func() { _ = strconv.FormatUint(5, 40) })
	try("AppendInt", func() { _ = strconv.AppendInt(nil, 5, 0) })
	try("FormatFloat", func() { _ = strconv.FormatFloat(1.5, 'g', -1, 16) })
	try("ErrorsAsNil", func() { errors.As(errors.New("e"), nil) })
	try("ErrorsAsNonPtr", func() { var e myErr; errors.As(errors.New("e"), e) })
	try("ErrorsAsBadTarget", func() { var i int; errors.As(errors.New("e"), &i) })
	try("WaitGroup", func() { var wg sync.WaitGroup; wg.Add(-1) })
	try("SortSlice", func() { sort.Slice(5, func(i, j int) bool { return false }) })
	try("SortSliceNil", func() { sort.Slice(nil, func(i, j int) bool { return false }) })
	try("ScannerBuffer", func() {
		s := bufio.NewScanner(strings.NewReader("a\nb\n"))
		s.Scan()
		s.Buffer(make([]byte, 10), 10)
	})
	try("ScannerSplit", func() {
		s := bufio.NewScanner(strings.NewReader("a\nb\n"))
		s.Scan()
		s.Split(bufio.ScanWords)
	})
	try("ScannerNegAdvance", func() {
		s := bufio.NewScanner(strings.NewReader("a\nb\n"))
		s.Split(func(data []byte, atEOF bool) (int, []byte, error) { return -1, nil, nil })
		fmt.Println(s.Scan(), s.Err())
	})
	try("ScannerTooFar", func() {
		s := bufio.NewScanner(strings.NewReader("a\nb\n"))
		s.Split(func(data []byte, atEOF bool) (int, []byte, error) { return len(data) + 1, nil, nil })
		fmt.Println(s.Scan(), s.Err())
	})
	try("UnhashableMapKey", func() { m := map[any]int{}; m[[]int{1}] = 1 })
	try("MakeChanNeg", func() { n := -1; _ = make(chan int, n) })
	try("MakeSliceNeg", func() { n := -1; _ = make([]int, n) })
	try("MakeMapNeg", func() { n := -1; _ = make(map[int]int, n) })
	try("CloseNil", func() { var c chan int; close(c) })
	try("CloseClosed", func() { c := make(chan int); close(c); close(c) })
	try("SendClosed", func() { c := make(chan int, 1); close(c); c <- 1 })
	try("NilMap", func() { var m map[string]int; m["a"] = 1 })
	try("Compare", func() { var a, b any = []int{}, []int{}; _ = a == b })
	try("Unwrap", func() { _ = fmt.Errorf("%w", nil).Error() })
}
