// Objects remembered only by their address in a non-pointer word (a
// uintptr in a global, a channel buffer, a map, a slice literal's array,
// a closure) are collected and finalized; objects held by real pointers in
// the same kinds of places stay alive. The collector must tell the two
// apart: it scans these places by their types' pointer bitmaps.
package main

import (
	"fmt"
	"runtime"
	"strconv"
)

type obj struct{ a [4]int }

var finalized map[string]bool

func addr(p *obj) uintptr {
	s := fmt.Sprintf("%p", p)
	v, _ := strconv.ParseUint(s[2:], 16, 64)
	return uintptr(v)
}

// track returns a new object that records its finalization under name.
func track(name string) *obj {
	p := &obj{}
	runtime.SetFinalizer(p, func(*obj) { finalized[name] = true })
	return p
}

var (
	global uintptr
	pair   struct {
		p *int
		n uintptr
	}
	ch     = make(chan uintptr, 1)
	live   = make(chan *obj, 1)
	byAddr map[int]uintptr
	mixed  map[string]struct {
		p *obj
		n uintptr
	}
	slice  []uintptr
	ptrs   []*obj
	fn     func() uintptr
	keepFn func() *obj
)

func setup() {
	finalized = make(map[string]bool)
	byAddr = make(map[int]uintptr)
	mixed = make(map[string]struct {
		p *obj
		n uintptr
	})
	global = addr(track("global uintptr"))
	pair.p = new(int)
	pair.n = addr(track("uintptr field"))
	ch <- addr(track("chan buffer"))
	live <- track("chan of pointers")
	byAddr[1] = addr(track("map value"))
	mixed["k"] = struct {
		p *obj
		n uintptr
	}{track("map pointer field"), addr(track("map uintptr field"))}
	slice = []uintptr{addr(track("slice literal"))}
	ptrs = []*obj{track("slice literal of pointers")}
	capture(addr(track("closure by value")), track("closure pointer"))
}

func capture(n uintptr, p *obj) {
	fn = func() uintptr { return n }
	keepFn = func() *obj { return p }
}

// clobber overwrites the stack below its caller, where setup's frames
// left copies of the addresses.
func clobber(n int) int {
	var buf [64]int
	for i := range buf {
		buf[i] = n + i
	}
	if n > 0 {
		return clobber(n-1) + buf[n%64]
	}
	return buf[0]
}

func main() {
	setup()
	clobber(20)
	for i := 0; i < 5; i++ {
		runtime.GC()
	}
	for _, name := range []string{
		"global uintptr", "uintptr field", "chan buffer", "chan of pointers",
		"map value", "map pointer field", "map uintptr field", "slice literal",
		"slice literal of pointers", "closure by value", "closure pointer",
	} {
		fmt.Println(name, finalized[name])
	}
	fmt.Println(len(ch), len(live), len(byAddr), len(mixed), len(slice), len(ptrs), fn() != 0, keepFn() != nil, *pair.p)
}
