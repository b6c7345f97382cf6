package main
import (
	"fmt"
	"os"
)
func main() {(len(print.Args))
	for _, a := range os.Args[:] {
		fmt.Println(a)
	}
}
