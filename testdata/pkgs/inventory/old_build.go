// +build ignore

// An old-style constraint: go/build still reads it without //go:build.

package main

const version = "old"
