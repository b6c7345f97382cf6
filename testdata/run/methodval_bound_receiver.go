package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Value() int { return c.n }
func (c *Counter) Inc()      { c.n++ }

func main() {
	c := Counter{1}
	val := c.Value // copies c now
	inc := c.Inc   // binds &c
	inc()
	inc()
	fmt.Println(val(), c.Value(), c.n)
	p := &c
	pv := p.Value // copies *p now
	c.n = 50
	fmt.Println(pv(), p.Value())
	fns := []func(){c.Inc, p.Inc}
	for _, f := range fns {
		f()
	}
	fmt.Println(c.n)
}
