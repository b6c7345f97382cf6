package main

// %T and %v of types declared by std packages compiled from Go source,
// and of their values inside other values.
import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

func main() {
	_, err := strconv.Atoi("12x")
	fmt.Printf("%T\n%v\n", err, err)
	ne := err.(*strconv.NumError)
	fmt.Printf("%T %q %q %v\n", ne, ne.Func, ne.Num, ne.Err)
	fmt.Printf("%T %v\n", sort.IntSlice{3, 1}, sort.StringSlice{"b", "a"})
	fmt.Printf("%T %T\n", strings.NewReader("x"), strings.NewReplacer("a", "b"))
	fmt.Printf("%T %T\n", bufio.NewScanner(os.Stdin), bufio.NewWriter(os.Stdout))
	fmt.Printf("%T %T\n", errors.New("a"), errors.Join(errors.New("a"), errors.New("b")))
	fmt.Printf("%T\n", fmt.Errorf("x %w", err))
	fmt.Printf("%v\n", []error{err, errors.New("b")})
	fmt.Printf("%T\n", []*strconv.NumError{ne})
	var si sort.Interface = sort.IntSlice{2, 1}
	fmt.Printf("%T %v\n", si, si.Len())
}
