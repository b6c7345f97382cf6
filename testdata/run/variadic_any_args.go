package main

import "fmt"

func logf(format string, args ...any) {
	fmt.Printf("[log] "+format+"\n", args...)
}

func count(args ...any) int { return len(args) }

func main() {
	logf("%d items, %s", 3, "ok")
	logf("no args")
	vals := []any{1, "two", 3.0}
	logf("%v %v %v", vals...)
	fmt.Println(count(), count(nil), count(vals...), count(vals), count(nil...))
	strs := []string{"a", "b"}
	fmt.Println(strs, len(strs))
	fmt.Println(append([]any{"x"}, vals...)...)
}
