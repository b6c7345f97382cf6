package main

// recover() in deferred functions reached through wrappers: targets with
// results (deferwrap without a tail call), interface adapters, many and
// large arguments, heap records, a helper (nil).

type T struct{ a, b, c, d, e int }

func (t T) M(x int) int {
	r := recover()
	println("T.M", x, r != nil, t.e)
	return x
}

type I interface{ M(int) int }

func many(a, b, c, d, e, f, g, h, i, j, k, l int) {
	r := recover()
	println("many", a+b+c+d+e+f+g+h+i+j+k+l, r != nil)
}

type Big struct{ x [10]int }

func big(b Big, s string) {
	r := recover()
	println("big", b.x[9], s, r != nil)
}

func p1() {
	defer T{e: 5}.M(1)
	panic(1)
}

func p2() {
	var i I = T{e: 6}
	defer i.M(2)
	panic(2)
}

func p3() {
	fv := func(x int) (int, string) {
		r := recover()
		println("fv", x, r != nil)
		return x, "s"
	}
	defer fv(3)
	panic(3)
}

func p4() {
	defer many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)
	panic(4)
}

func p5() {
	var b Big
	b.x[9] = 9
	defer big(b, "str")
	panic(5)
}

func p6() {
	for i := 0; i < 2; i++ {
		defer T{e: i}.M(i)
	}
	defer many(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1)
	panic(6)
}

func p7() {
	defer func() {
		println("p7 outer", recover() != nil)
	}()
	defer func() {
		func() { println("p7 nested helper", recover() != nil) }()
	}()
	panic(7)
}

func main() {
	p1()
	p2()
	p3()
	p4()
	p5()
	p6()
	p7()
}
