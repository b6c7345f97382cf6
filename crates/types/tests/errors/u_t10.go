package main
func main() { const s = "abc"; var a [len(s)]int; var b [len(s[:1])]int; _, _ = a, b }
