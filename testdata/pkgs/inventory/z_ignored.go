//go:build ignore

package main

const version = "ignored"
