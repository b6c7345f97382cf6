package main

this file is not Go: _test.go files are not part of the package
