package main
const b26 = 0x022fdd63cc95386d
var bitPos []int
func init() {
	for p :=(0); p < 64; {
		bitPos[b26<<p>>1.0] =(p)
	}
}
func main() {
}
