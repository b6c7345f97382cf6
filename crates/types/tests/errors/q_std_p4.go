package main
import "runtime"
func main() { defer func() { r := recover(); if e, ok := r.(runtime.Error); ok { println(e.Error()) }; if p, ok := r.(*runtime.PanicNilError); ok { _ = p } }(); runtime.Goexit() }
