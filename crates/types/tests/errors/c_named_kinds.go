package main
type S []int
type M map[string]int
type F func()
func main() { var s S; var m M; var f F; var x int = s; var y int = m; var z int = f; _, _, _ = x, y, z }
