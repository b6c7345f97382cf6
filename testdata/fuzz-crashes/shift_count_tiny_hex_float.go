package main
func main() {
}
func splitContractIndex(ce uint64) (index uint32, offset uint64) {
	h := uint32(ce)
	return h >> 0x1p-1080, ce
}
