//! The fixed part of every generated program: imports (each kept used by
//! a `var _ =` line), the named types with methods that the embedding,
//! method-set, Stringer/error and panic-value scenarios use, and small
//! helpers that keep random expressions in bounds (safe indexing, a
//! float-to-int conversion with a defined result for NaN and overflow,
//! printing interface-keyed maps in a deterministic order).

use crate::Config;

pub fn prelude(cfg: &Config) -> String {
    let mut s = String::from(
        r#"package main

import (
	"errors"
	"fmt"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
)

var _ = errors.New
var _ = math.Sqrt
var _ = os.Exit
var _ = sort.Strings
var _ = strconv.Itoa
var _ = strings.Repeat

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return "base:" + b.Name + ":" + strconv.Itoa(b.ID) }
func (b Base) Print()           { fmt.Println("Base.Print", b.ID, b.Name) }
func (b *Base) PPrint()         { fmt.Println("Base.PPrint", b.ID, b.Name) }
func (b *Base) Bump(n int) int  { b.ID += n; return b.ID }

type Describer interface{ Describe() string }
type Bumper interface{ Bump(int) int }

type Derived struct {
	Base
	Extra float64
}

func (d Derived) String() string { return fmt.Sprintf("D<%d,%s,%g>", d.ID, d.Name, d.Extra) }

type Deep struct {
	*Derived
	Tag string
}

type Point struct{ X, Y int }

type Celsius float64

func (c Celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 2, 64) + "C" }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return "myerr " + strconv.Itoa(e.Code) }

type ValErr struct{ Msg string }

func (e ValErr) Error() string { return "valerr: " + e.Msg }

type Counter int

func (c *Counter) Inc() int { *c++; return int(*c) }

type Words []string

func (w Words) Len() int           { return len(w) }
func (w Words) Less(i, j int) bool { return w[i] < w[j] }
func (w Words) Swap(i, j int)      { w[i], w[j] = w[j], w[i] }

func f2i(f float64) int64 {
	if f != f {
		return -7
	}
	if f > 1e18 {
		return 1e18
	}
	if f < -1e18 {
		return -1e18
	}
	return int64(f)
}

// nonan keeps NaN out of map keys that are printed: fmt sorts NaN keys
// as equal, so two of them would print in map iteration order.
func nonan(f float64) float64 {
	if f != f {
		return 42
	}
	return f
}

func clampIdx(i, n int) int {
	if n <= 0 {
		return 0
	}
	i %= n
	if i < 0 {
		i += n
	}
	return i
}

func sub(s string, i, j int) string {
	a, b := clampIdx(i, len(s)+1), clampIdx(j, len(s)+1)
	if a > b {
		a, b = b, a
	}
	return s[a:b]
}

func at(s string, i int) byte {
	if len(s) == 0 {
		return '?'
	}
	return s[clampIdx(i, len(s))]
}

func dumpIface(m map[interface{}]int) string {
	var parts []string
	for k, v := range m {
		parts = append(parts, fmt.Sprintf("%T=%v:%d", k, k, v))
	}
	sort.Strings(parts)
	return strings.Join(parts, " ")
}

func rec(n int, tag string) (out int) {
	defer func() { out += n }()
	if n <= 0 {
		return len(tag)
	}
	return rec(n-1, tag) * 2
}
"#,
    );
    if cfg.ambiguous {
        s.push_str(
            r#"
type A1 struct{ N int }

func (A1) Who() string      { return "A1" }
func (a A1) String() string { return "A1#" + strconv.Itoa(a.N) }

type A2 struct{ M int }

func (A2) Who() string      { return "A2" }
func (a A2) String() string { return "A2#" + strconv.Itoa(a.M) }

type Amb struct {
	A1
	A2
}

type AmbDeep struct {
	Amb
	A1
}

type Whoer interface{ Who() string }
"#,
        );
    }
    if cfg.panicprint {
        s.push_str(
            r#"
type BadErr struct{ N int }

func (e BadErr) Error() string {
	if e.N > 0 {
		panic("error method panics " + strconv.Itoa(e.N))
	}
	return "bad"
}
"#,
        );
    }
    s
}
