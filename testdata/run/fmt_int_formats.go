package main

import "fmt"

func main() {
	fmt.Printf("%d %d %d %d\n", int8(-128), int16(-32768), int32(-2147483648), int64(-9223372036854775808))
	fmt.Printf("%d %d %d %d\n", uint8(255), uint16(65535), uint32(4294967295), uint64(18446744073709551615))
	fmt.Printf("%x %X %o %b\n", -255, 3054, -8, -5)
	fmt.Printf("%#x %#X %#o %#b\n", 255, 255, 8, 5)
	fmt.Printf("%x %x\n", int8(-1), uint8(255))
	fmt.Printf("[%8b] [%-8o] [%08x] [%+08d] [% 8d]\n", 5, 64, 0xbeef, 42, 42)
	fmt.Printf("[%+d] [%+d] [% d] [% d]\n", 0, -3, 0, -3)
	fmt.Printf("%c%c%c %c\n", 'G', 'o', '!', 0x1F600)
	fmt.Printf("%q %q %q %q\n", 'a', '\n', '\'', 0x7f)
	fmt.Printf("%U %#U\n", 'x', '⌘')
	fmt.Printf("%v %v\n", 'a', byte('a'))
	fmt.Printf("%5.3d|%-5.3d|%.0d|%.0d\n", 7, 7, 0, 1)
	fmt.Printf("%x|%X|% x|%#x\n", "hello", "hello", "hi", "hi")
	fmt.Printf("%s|%10s|%-10s|%.3s|%q|%+q|%#q\n", "héllo", "ab", "ab", "héllo", "tab\t", "é", "raw")
	fmt.Printf("%t|%6t|%-6t|\n", false, true, false)
	fmt.Printf("%v|%d|%x\n", []int8{-1, 2}, []uint16{1, 65535}, []int{10, 255})
	fmt.Printf("%3d|%-3d|%03d\n", []int{1, 22}, []int{1, 22}, []int{1, 22})
}
