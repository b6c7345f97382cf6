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

// Caller reports the file and line of the call skip frames up (0: the
// caller of Caller), from gocc's line table (docs/traceback.md): pc is
// the call's return address.
func Caller(skip int) (pc uintptr, file string, line int, ok bool) {
	pc = callerPC(skip + 1)
	if pc == 0 {
		return 0, "", 0, false
	}
	return pc, funcFile(pc - 1), funcLine(pc - 1), true
}

// Callers fills pc with the return addresses of the calling frames,
// skipping skip of them (0: Callers itself), and returns how many it
// wrote.
func Callers(skip int, pc []uintptr) int {
	n := 0
	for n < len(pc) {
		p := callerPC(skip + n)
		if p == 0 {
			break
		}
		pc[n] = p
		n++
	}
	return n
}

// A Func is a function of the line table.
type Func struct {
	entry uintptr
}

// FuncForPC returns the function containing pc, or nil.
func FuncForPC(pc uintptr) *Func {
	e := funcEntry(pc)
	if e == 0 {
		return nil
	}
	return &Func{entry: e}
}

// Name returns the function's name as tracebacks print it.
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return funcName(f.entry)
}

// Entry returns the function's entry address.
func (f *Func) Entry() uintptr {
	if f == nil {
		return 0
	}
	return f.entry
}

// FileLine returns the file name and line of pc in the function.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	return funcFile(pc), funcLine(pc)
}
