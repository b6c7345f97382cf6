package main
type P struct{ x int }
type Q P
func main() { var p P; var q Q = p; var r Q = Q(p); _, _ = q, r }
