package main

var sink interface{}

type M2 struct{ x *int }

func commaOk() {
	i := 0
	v := &M2{&i}
	var x interface{} = v
	v1, ok := x.(*M2)
	sink = *v1
	_ = ok
}

type Buf struct {
	arr [4]byte
	s   []byte
}

func (b *Buf) reslice() {
	b.s = b.arr[1:2]
}

func (b *Buf) shrink() {
	b.s = b.s[1:]
}

func deferLoop(n int) {
	x := 0
	for i := 0; i < n; i++ {
		defer func(p *int) {
			*p = i
		}(&x)
	}
}

func byValue() int {
	k := 7
	f := func() int { return k }
	return f()
}

func main() {
	commaOk()
	var b Buf
	b.reslice()
	b.shrink()
	deferLoop(2)
	println(byValue())
}
