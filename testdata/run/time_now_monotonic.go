package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	fmt.Println("zero", start.IsZero(), time.Time{}.IsZero())
	const sleep = 20 * time.Millisecond
	time.Sleep(sleep)
	t2 := time.Now()
	el := t2.Sub(start)
	fmt.Println("sub >= sleep", el >= sleep, "sub < 10s", el < 10*time.Second)
	fmt.Println("since >= sub", time.Since(start) >= el)
	fmt.Println("until < 0", time.Until(start) < 0, "until future > 0", time.Until(t2.Add(time.Hour)) > 59*time.Minute)
	fmt.Println("before/after", start.Before(t2), t2.After(start), start.After(t2), t2.Before(start))
	fmt.Println("equal", start.Equal(start), start.Equal(t2), start.Compare(t2), t2.Compare(start), start.Compare(start))

	// Add and Sub keep the monotonic reading.
	t3 := start.Add(sleep)
	fmt.Println("add", t3.Sub(start) == sleep, start.Add(-time.Second).Sub(start), t3.Before(t2) || t3.Equal(t2))

	// Unix readings agree with each other.
	u := t2.Unix()
	fmt.Println("unix plausible", u > 1600000000, u < 1<<40)
	fmt.Println("unix agree", t2.UnixNano()/1e9 == u, t2.UnixMilli()/1e3 == u, t2.UnixMicro()/1e6 == u)
	fmt.Println("unix order", t2.UnixNano() >= start.UnixNano()-int64(time.Second))

	// Times built from Unix readings have no monotonic reading.
	a := time.Unix(1700000000, 5)
	b := time.Unix(1700000001, -999999995)
	fmt.Println("unix ctor", a.Equal(b), a.Unix(), a.UnixNano(), a.Nanosecond(), b.Nanosecond())
	c := time.Unix(1700000000, 1500000000)
	fmt.Println(c.Unix(), c.Nanosecond(), c.Sub(a), a.Sub(c), a.Add(90*time.Minute).Unix())
	m := time.UnixMilli(1700000000123)
	fmt.Println(m.Unix(), m.UnixMilli(), m.UnixMicro(), m.Nanosecond())
	us := time.UnixMicro(-1500000)
	fmt.Println(us.Unix(), us.UnixMicro(), us.Nanosecond())
	fmt.Println(time.Unix(0, 0).Sub(time.Time{}), time.Time{}.Sub(time.Unix(0, 0)))

	// Mixed: a wall-only time against one with a monotonic reading.
	w := time.Unix(t2.Unix(), int64(t2.Nanosecond()))
	fmt.Println("mixed", w.Equal(t2), w.Sub(t2), t2.Sub(w))

	// A fired timer delivers the current time.
	got := <-time.After(time.Millisecond)
	fmt.Println("after", got.After(start.Add(-time.Second)), time.Since(start) >= sleep)
}
