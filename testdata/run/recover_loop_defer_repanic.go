package main

// Defers in a loop (heap records) that recover and re-panic, interleaved
// with a plain defer (stack or open-coded), run in a loop themselves.

func round(i int) (out []int) {
	defer func() {
		r := recover()
		out = append(out, r.(int))
	}()
	for j := 0; j < 3; j++ {
		defer func() {
			r := recover()
			out = append(out, r.(int))
			panic(r.(int)*10 + j)
		}()
	}
	defer func() { panic(recover()) }()
	panic(i)
}

func main() {
	for i := 1; i <= 3; i++ {
		println(len(round(i)))
		for _, v := range round(i) {
			print(v, " ")
		}
		println()
	}
}
