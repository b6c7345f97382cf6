package main

func main() {
	m := map[string]int{"a": 1}
	m["b"] += 2
	v, ok := m["a"]
	for k, x := range m {
		println(k, x)
	}
	delete(m, "a")
	println(v, ok, len(m))
}
