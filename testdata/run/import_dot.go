package main

// Dot imports: the exported names of fmt, strings and sort join the
// file scope, next to a qualified import of the same package.
import (
	. "fmt"
	"sort"
	. "sort"
	. "strings"
)

type celsius float64

func (c celsius) String() string { return Sprintf("%.1f°C", float64(c)) }

func main() {
	xs := []string{"pear", "fig", "apple"}
	Strings(xs)
	Println(xs, Join(xs, "+"), SearchStrings(xs, "fig"), sort.StringsAreSorted(xs))
	var s Stringer = celsius(21.5)
	Println(s, ToUpper(s.String()), Repeat("=", 3))
	var b Builder
	Fprintf(&b, "%d-%d", 1, 2)
	Println(b.String(), Errorf("e%d", 1))
}
