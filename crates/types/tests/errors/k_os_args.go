package main
import "os"
func main() { os.Exit("a"); os.Args = 1 }
