package main

import (
	"fmt"
	"os"
	"strings"
)

// os.Environ returns a copy: changing it changes nothing.
func main() {
	env := os.Environ()
	path, all := false, true
	for _, kv := range env {
		if strings.HasPrefix(kv, "PATH=") {
			path = os.Getenv("PATH") == kv[len("PATH="):]
		}
		all = all && strings.Contains(kv, "=")
	}
	if len(env) > 0 {
		env[0] = "changed"
	}
	fmt.Println(len(env) > 0, path, all, os.Environ()[0] != "changed")
}
