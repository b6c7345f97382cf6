package main

import "fmt"

type T struct{ n int }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("some int %v (%T)", x, x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case []int:
		return fmt.Sprint("slice sum ", x[0]+x[len(x)-1])
	case error:
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case T, *T:
		return fmt.Sprintf("a T: %v", x)
	case func() int:
		return fmt.Sprint("func returning ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []any{nil, 1, int64(2), "abc", []int{1, 2, 3}, fmt.Errorf("e"), T{1}, &T{2},
		func() int { return 7 }, 3.5, int8(1), struct{}{}}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
}
