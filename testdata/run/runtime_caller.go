package main

import (
	"fmt"
	"runtime"
	"strings"
)

type T struct{}

func base(file string) string {
	return file[strings.LastIndex(file, "/")+1:]
}

func (T) where() {
	_, file, line, ok := runtime.Caller(0)
	fmt.Println(base(file), line, ok)
	_, file, line, ok = runtime.Caller(1)
	fmt.Println(base(file), line, ok)
}

func names() {
	pcs := make([]uintptr, 10)
	n := runtime.Callers(1, pcs)
	for _, pc := range pcs[:n] {
		f := runtime.FuncForPC(pc - 1)
		if f == nil {
			continue
		}
		file, line := f.FileLine(pc - 1)
		fmt.Println(f.Name(), base(file), line)
		if f.Name() == "main.main" {
			break
		}
	}
}

func main() {
	T{}.where()
	func() {
		names()
	}()
	_, _, _, ok := runtime.Caller(100)
	fmt.Println(ok)
	fmt.Println(runtime.FuncForPC(0) == nil)
}
