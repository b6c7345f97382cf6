package main

type T struct{ n int }

func (t *T) Inc() { t.n++ }

func get() T { return T{} }

func main() {
	get().Inc()
}
