package main
import ("fmt"; "strings"; "strconv"; "math"; "sort"; "unicode/utf8")
func main() {
	var b strings.Builder
	b.WriteString("x"); b.WriteByte(1); b.WriteRune(0x4e16)
	n, err := strconv.Atoi("12")
	fmt.Println(b.String(), b.Len(), n, err, strings.Split("a,b", ","), strconv.Itoa(3), math.Sqrt(2), utf8.RuneCountInString("héllo"))
	xs := []int{3, 1}; sort.Ints(xs)
	var s string = strconv.Quote(1)
	_ = s
}
