package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"unsafe"
)

type config struct {
	name    string
	version int
}

var current unsafe.Pointer // *config

func load() *config { return (*config)(atomic.LoadPointer(&current)) }

func main() {
	fmt.Println(load() == nil)
	atomic.StorePointer(&current, unsafe.Pointer(&config{"first", 1}))
	fmt.Println(*load())
	old := atomic.SwapPointer(&current, unsafe.Pointer(&config{"second", 2}))
	fmt.Println((*config)(old).name, load().name)
	c := load()
	fmt.Println(atomic.CompareAndSwapPointer(&current, unsafe.Pointer(c), unsafe.Pointer(&config{"third", 3})))
	fmt.Println(atomic.CompareAndSwapPointer(&current, unsafe.Pointer(c), nil))
	fmt.Println(*load())

	var wg sync.WaitGroup
	var counter unsafe.Pointer = unsafe.Pointer(new(int))
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				p := atomic.LoadPointer(&counter)
				n := new(int)
				*n = *(*int)(p) + 1
				if atomic.CompareAndSwapPointer(&counter, p, unsafe.Pointer(n)) {
					return
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println(*(*int)(atomic.LoadPointer(&counter)))
}
