package main

// Renamed and blank imports of std packages that gocc compiles from Go
// source (fmt, sort, strings, errors) and of runtime-provided ones (os).
import (
	e "errors"
	f "fmt"
	o "os"
	s "sort"
	_ "strconv"
	str "strings"
	"unicode/utf8"
	u8 "unicode/utf8"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	xs := []int{5, 2, 8, 1}
	s.Ints(xs)
	f.Println(xs, s.SearchInts(xs, 5))
	words := byLen{"ccc", "a", "bb"}
	s.Sort(words)
	f.Println(words, s.IsSorted(words))
	f.Println(str.ToUpper("héllo"), str.Fields(" a b  c "), str.Repeat("ab", 3))
	var b str.Builder
	b.WriteString("built")
	f.Fprintln(o.Stdout, b.String(), utf8.RuneLen('é'), u8.RuneCountInString("héllo"))
	err := f.Errorf("wrap: %w", e.New("inner"))
	f.Println(err, e.Unwrap(err))
	f.Printf("%T %T\n", err, e.Unwrap(err))
}
