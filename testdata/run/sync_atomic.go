// sync/atomic: the functions on every integer type, the typed values
// (Bool, Int32, Int64, Uint32, Uint64, Uintptr) with wraparound, And/Or,
// Value's consistency panics, and a counter shared by goroutines.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func funcs() {
	var i32 int32 = 5
	fmt.Println(atomic.AddInt32(&i32, -7), atomic.SwapInt32(&i32, 9), i32)
	fmt.Println(atomic.CompareAndSwapInt32(&i32, 8, 1), atomic.CompareAndSwapInt32(&i32, 9, 1), atomic.LoadInt32(&i32))
	var i64 int64
	atomic.StoreInt64(&i64, 1<<62)
	fmt.Println(atomic.AddInt64(&i64, 1<<62), atomic.OrInt64(&i64, 3), atomic.AndInt64(&i64, 6), i64)
	var u32 uint32
	fmt.Println(atomic.AddUint32(&u32, ^uint32(0)), atomic.AddUint32(&u32, 2))
	var u64 uint64 = 10
	fmt.Println(atomic.AddUint64(&u64, ^uint64(3-1)), atomic.LoadUint64(&u64), atomic.SwapUint64(&u64, 1), u64)
	var up uintptr = 8
	fmt.Println(atomic.OrUintptr(&up, 1), atomic.AndUintptr(&up, 1), atomic.CompareAndSwapUintptr(&up, 1, 2), up)
	fmt.Println(atomic.OrInt32(&i32, 6), atomic.AndUint32(&u32, 0), atomic.OrUint64(&u64, 4), u64)
}

func typed() {
	var b atomic.Bool
	fmt.Println(b.Load(), b.Swap(true), b.Load(), b.CompareAndSwap(false, true), b.CompareAndSwap(true, false), b.Load())
	var i atomic.Int32
	i.Store(1 << 30)
	fmt.Println(i.Add(1<<30), i.Add(1<<30), i.Load())
	fmt.Println(i.Or(0x0f), i.And(0x3), i.Swap(-1), i.CompareAndSwap(-1, 7), i.Load())
	var i64 atomic.Int64
	fmt.Println(i64.Add(-1), i64.Swap(42), i64.CompareAndSwap(41, 0), i64.Load())
	var u atomic.Uint32
	fmt.Println(u.Add(^uint32(0)), u.Or(0xf0), u.And(0xff), u.Load())
	var u64 atomic.Uint64
	u64.Store(3)
	fmt.Println(u64.Add(4), u64.Swap(0), u64.CompareAndSwap(0, 9), u64.Load())
	var up atomic.Uintptr
	fmt.Println(up.Add(16), up.Or(1), up.And(0x10), up.Load())
	fmt.Printf("%v %+v\n", i, b)
}

func values() {
	var v atomic.Value
	fmt.Println("empty:", v.Load())
	v.Store("a")
	fmt.Println(v.Load(), v.Swap("b"), v.Load())
	fmt.Println(v.CompareAndSwap("x", "c"), v.CompareAndSwap("b", "c"), v.Load())
	var w atomic.Value
	fmt.Println("CAS into empty:", w.CompareAndSwap(nil, 1), w.Load(), w.CompareAndSwap(1, 2), w.Load())
	for _, f := range []func(){
		func() { v.Store(nil) },
		func() { v.Store(1) },
		func() { v.Swap(nil) },
		func() { v.Swap(2.5) },
		func() { v.CompareAndSwap("c", nil) },
		func() { v.CompareAndSwap(1, "d") },
		func() { v.CompareAndSwap(1, 2) },
		func() { var e atomic.Value; e.CompareAndSwap(nil, []int{1}); e.CompareAndSwap([]int{1}, []int{2}) },
	} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			f()
		}()
	}
}

func counter() {
	var n atomic.Int64
	var hits int32
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 1000; k++ {
				n.Add(1)
				atomic.AddInt32(&hits, 2)
			}
		}()
	}
	wg.Wait()
	fmt.Println("counter:", n.Load(), atomic.LoadInt32(&hits))
}

func main() {
	funcs()
	typed()
	values()
	counter()
}
