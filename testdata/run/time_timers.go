// Timers, tickers and AfterFunc with Go 1.23 semantics: Stop and Reset
// results, no stale values after Stop/Reset, unbuffered-looking timer
// channels, AfterFunc goroutines, ticker stop and reset, Tick(0), panics.
// Every printed line holds whatever the machine's load: durations only
// order events with wide margins or bound elapsed time from below.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	// A timer fires once; Stop after receiving reports false.
	t := time.NewTimer(20 * time.Millisecond)
	fmt.Println("len/cap:", len(t.C), cap(t.C))
	<-t.C
	fmt.Println("fired; stop:", t.Stop())

	// Stop before it fires: true, and nothing arrives later.
	t = time.NewTimer(30 * time.Millisecond)
	fmt.Println("stop early:", t.Stop(), "again:", t.Stop())
	select {
	case <-t.C:
		fmt.Println("stale value")
	case <-time.After(60 * time.Millisecond):
		fmt.Println("no value after stop")
	}

	// Fired but not received: Stop takes the value back and reports true.
	t = time.NewTimer(5 * time.Millisecond)
	time.Sleep(30 * time.Millisecond)
	fmt.Println("len after expiry:", len(t.C))
	fmt.Println("stop unreceived:", t.Stop())
	select {
	case <-t.C:
		fmt.Println("stale value")
	default:
		fmt.Println("drained")
	}

	// Reset of a stopped timer: false, then it fires again.
	fmt.Println("reset stopped:", t.Reset(10*time.Millisecond))
	<-t.C
	fmt.Println("fired after reset")
	// Reset of an active timer: true; it fires at the new time only.
	t.Reset(time.Hour)
	fmt.Println("reset active:", t.Reset(15*time.Millisecond))
	<-t.C
	fmt.Println("fired once")

	// AfterFunc runs f in its own goroutine; Stop prevents it.
	done := make(chan string)
	time.AfterFunc(10*time.Millisecond, func() { done <- "afterfunc ran" })
	stopped := time.AfterFunc(50*time.Millisecond, func() { done <- "must not run" })
	fmt.Println("stop afterfunc:", stopped.Stop())
	fmt.Println(<-done)
	fmt.Println("C of AfterFunc timer is nil:", time.AfterFunc(time.Hour, func() {}).C == nil)
	// Reset re-arms an AfterFunc that already ran.
	var at *time.Timer
	n := 0
	at = time.AfterFunc(5*time.Millisecond, func() {
		n++
		if n < 3 {
			at.Reset(5 * time.Millisecond)
		}
		done <- fmt.Sprint("run ", n)
	})
	fmt.Println(<-done, <-done, <-done)

	// Events in time order whatever the order of creation.
	order := make(chan int, 3)
	for _, ms := range []int{60, 20, 40} {
		ms := ms
		time.AfterFunc(time.Duration(ms)*time.Millisecond, func() { order <- ms })
	}
	fmt.Println(<-order, <-order, <-order)

	// A ticker ticks until stopped; a slow receiver misses ticks, never
	// receives more than one stale tick.
	tk := time.NewTicker(10 * time.Millisecond)
	fmt.Println("ticker len/cap:", len(tk.C), cap(tk.C))
	start := time.Now()
	for i := 0; i < 3; i++ {
		<-tk.C
	}
	fmt.Println("3 ticks in >= 30ms:", time.Since(start) >= 30*time.Millisecond)
	time.Sleep(55 * time.Millisecond)
	got := 0
	for {
		select {
		case <-tk.C:
			got++
			continue
		default:
		}
		break
	}
	fmt.Println("ticks waiting after a slow spell:", got)
	tk.Reset(25 * time.Millisecond)
	start = time.Now()
	<-tk.C
	fmt.Println("reset period >= 25ms:", time.Since(start) >= 25*time.Millisecond)
	tk.Stop()
	select {
	case <-tk.C:
		fmt.Println("tick after stop")
	case <-time.After(40 * time.Millisecond):
		fmt.Println("no tick after stop")
	}

	// Tick and the collector: a ticker nobody else references keeps
	// ticking through collections.
	c := time.Tick(5 * time.Millisecond)
	for i := 0; i < 3; i++ {
		runtime.GC()
		<-c
	}
	fmt.Println("tick survived collections")
	fmt.Println("Tick(0) is nil:", time.Tick(0) == nil)

	// Zero and negative durations fire at once.
	<-time.NewTimer(-time.Second).C
	<-time.After(0)
	fmt.Println("zero timers fired")

	for _, f := range []func(){
		func() { time.NewTicker(0) },
		func() { time.NewTicker(time.Second).Reset(-1) },
		func() { new(time.Timer).Reset(time.Second) },
		func() { new(time.Timer).Stop() },
		func() { new(time.Ticker).Reset(time.Second) },
		func() { new(time.Ticker).Stop(); panic("uninitialized Ticker.Stop is a no-op") },
	} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			f()
		}()
	}
}
