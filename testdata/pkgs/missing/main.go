package main

import (
	"example.com/elsewhere/pkg"
	"notstd/thing"
)

func main() { pkg.F(); thing.G() }
