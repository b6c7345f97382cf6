package main

// recover() in methods reached through promoted-method, method-value and
// interface wrappers (gc skips WRAPPER frames).

type In struct{ v int }

func (i In) M() {
	println("In.M", i.v, recover() != nil)
}

func (i *In) P() {
	println("In.P", i.v, recover() != nil)
}

type Out struct {
	In
	w int
}

type J interface{ M() }

func q1() {
	o := Out{In{1}, 2}
	defer o.M()
	panic(1)
}

func q2() {
	o := &Out{In{2}, 2}
	defer o.P()
	panic(2)
}

func q3() {
	o := Out{In{3}, 2}
	f := o.M
	defer f()
	panic(3)
}

func q4() {
	var j J = Out{In{4}, 2}
	defer j.M()
	panic(4)
}

func q5() {
	var j J = &Out{In{5}, 2}
	defer j.M()
	panic(5)
}

func main() {
	q1()
	q2()
	q3()
	q4()
	q5()
}
