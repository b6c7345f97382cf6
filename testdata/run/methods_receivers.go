package main

import "fmt"

type Celsius float64

func (c Celsius) Fahrenheit() float64 {
	return float64(c)*9/5 + 32
}

type Counter struct {
	n int
}

func (c *Counter) Inc() { c.n++ }

func (c Counter) Get() int { return c.n }

func (c Counter) IncCopy() { c.n += 100 }

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l *IntList) Push(v int) { *l = append(*l, v) }

func main() {
	fmt.Println(Celsius(100).Fahrenheit(), Celsius(-40).Fahrenheit())
	var c Counter
	c.Inc() // auto-address
	c.Inc()
	c.IncCopy()
	fmt.Println(c.Get())
	p := &c
	p.Inc()
	fmt.Println(p.Get()) // auto-deref
	var l IntList
	l.Push(1)
	l.Push(2)
	l.Push(3)
	fmt.Println(l, l.Sum(), len(l))
	arr := []Counter{{1}, {2}}
	arr[0].Inc()
	fmt.Println(arr[0].Get(), arr[1].Get())
}
