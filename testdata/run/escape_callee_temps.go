// Callee expressions that call or receive are evaluated into a temporary
// before the call (gc's typecheck: RewriteNonNameCall), which -m names.
package main

import "fmt"

type T struct{ n int }

func (t T) S() string { return fmt.Sprint("T", t.n) }

type I interface{ S() string }

func get() T  { return T{1} }
func geti() I { return T{2} }
func gf(k int) func() int { return func() int { return k } }

func pair() (int, int) { return 4, 5 }

func add(a, b int) func() int { return func() int { return a + b } }

func main() {
	fmt.Println(get().S())
	fmt.Println(geti().S())
	fmt.Println(gf(3)())
	fs := []func() int{gf(6), gf(7)}
	fmt.Println(fs[len(fs)-1]())
	ch := make(chan func() int, 1)
	ch <- gf(8)
	fmt.Println((<-ch)())
	fmt.Println(add(pair())())
	fmt.Println(func() int { return gf(9)() }())
	fmt.Println(new(T).S())
}
