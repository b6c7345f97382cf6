//go:build linux && amd64 && !cgo_never

package main

const version = "v1"
