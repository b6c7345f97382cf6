// Package runtime's Go-written part (see src/stdpkgs.rs): gc's MemStats,
// field for field, filled by the runtime's readMemStats
// (runtime/src/gc.rs, whose Rust MemStats has the same layout).
package runtime

// Compiler is the name of the compiler toolchain that built the running
// binary. gocc's programs behave as gc's do (layouts, panics, defer
// strategies), and programs ask to tell gc from gccgo, so it answers "gc".
const Compiler = "gc"

// GOOS and GOARCH: gocc targets linux/amd64 only.
const GOOS string = "linux"
const GOARCH string = "amd64"

type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

// ReadMemStats populates m with memory allocator statistics.
func ReadMemStats(m *MemStats) {
	readMemStats(&m.Alloc)
}
