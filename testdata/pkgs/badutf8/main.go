package main

import "example.com/badutf8/u"

func main() { u.F() }
