// Package sort, compiled by gocc from this source (see src/prelude.rs):
// package-level names are spelled `Name`; `sort.Name` in a program
// resolves to them. The algorithms are pdqsort-free but Go-compatible:
// results of Sort are any valid ordering (Go's is unspecified too) while
// Stable, SliceStable and the typed helpers give Go's exact results.
package sort

type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x IntSlice) Sort()              { Ints(x) }
func (x IntSlice) Search(v int) int   { return SearchInts(x, v) }

type StringSlice []string

func (x StringSlice) Len() int            { return len(x) }
func (x StringSlice) Less(i, j int) bool  { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)       { x[i], x[j] = x[j], x[i] }
func (x StringSlice) Sort()               { Strings(x) }
func (x StringSlice) Search(v string) int { return SearchStrings(x, v) }

type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }
func (x Float64Slice) Less(i, j int) bool {
	return x[i] < x[j] || (x[i] != x[i] && x[j] == x[j])
}
func (x Float64Slice) Swap(i, j int)        { x[i], x[j] = x[j], x[i] }
func (x Float64Slice) Sort()                { Float64s(x) }
func (x Float64Slice) Search(v float64) int { return SearchFloat64s(x, v) }

// stable is a bottom-up merge sort over index-addressed data through
// less/swap only (insertion sort on blocks of 20, then in-place SymMerge,
// as Go's stable does), so any Interface can use it.
func insertion(data Interface, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

func Stable(data Interface) {
	n := data.Len()
	blockSize := 20
	a, b := 0, blockSize
	for b <= n {
		insertion(data, a, b)
		a = b
		b += blockSize
	}
	insertion(data, a, n)
	for blockSize < n {
		a, b = 0, 2*blockSize
		for b <= n {
			symMerge(data, a, a+blockSize, b)
			a = b
			b += 2 * blockSize
		}
		if m := a + blockSize; m < n {
			symMerge(data, a, m, n)
		}
		blockSize *= 2
	}
}

func symMerge(data Interface, a, m, b int) {
	if m-a == 1 {
		i := m
		j := b
		for i < j {
			h := int(uint(i+j) >> 1)
			if data.Less(h, a) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := a; k < i-1; k++ {
			data.Swap(k, k+1)
		}
		return
	}
	if b-m == 1 {
		i := a
		j := m
		for i < j {
			h := int(uint(i+j) >> 1)
			if !data.Less(m, h) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := m; k > i; k-- {
			data.Swap(k, k-1)
		}
		return
	}
	mid := int(uint(a+b) >> 1)
	n := mid + m
	var start, r int
	if m > mid {
		start = n - b
		r = mid
	} else {
		start = a
		r = m
	}
	p := n - 1
	for start < r {
		c := int(uint(start+r) >> 1)
		if !data.Less(p-c, c) {
			start = c + 1
		} else {
			r = c
		}
	}
	end := n - start
	if start < m && m < end {
		rotate(data, start, m, end)
	}
	if a < start && start < mid {
		symMerge(data, a, start, mid)
	}
	if mid < end && end < b {
		symMerge(data, mid, end, b)
	}
}

func swapRange(data Interface, a, b, n int) {
	for i := 0; i < n; i++ {
		data.Swap(a+i, b+i)
	}
}

func rotate(data Interface, a, m, b int) {
	i := m - a
	j := b - m
	for i != j {
		if i > j {
			swapRange(data, m-i, m, j)
			i -= j
		} else {
			swapRange(data, m-i, m+j-i, i)
			j -= i
		}
	}
	swapRange(data, m-i, m, i)
}

// Sort: heapsort-guarded quicksort (median of three), unstable like Go's.
func Sort(data Interface) {
	n := data.Len()
	quick(data, 0, n, 2*bitLen(n))
}

func bitLen(n int) int {
	k := 0
	for n > 0 {
		n >>= 1
		k++
	}
	return k
}

func quick(data Interface, lo, hi, depth int) {
	for hi-lo > 12 {
		if depth == 0 {
			heapSort(data, lo, hi)
			return
		}
		depth--
		m := int(uint(lo+hi) >> 1)
		// Median of three into lo.
		if data.Less(m, lo) {
			data.Swap(m, lo)
		}
		if data.Less(hi-1, lo) {
			data.Swap(hi-1, lo)
		}
		if data.Less(hi-1, m) {
			data.Swap(hi-1, m)
		}
		data.Swap(lo, m)
		// Partition around the pivot at lo.
		i, j := lo+1, hi-1
		for {
			for i <= j && data.Less(i, lo) {
				i++
			}
			for i <= j && data.Less(lo, j) {
				j--
			}
			if i >= j {
				break
			}
			data.Swap(i, j)
			i++
			j--
		}
		data.Swap(lo, j)
		if j-lo < hi-j-1 {
			quick(data, lo, j, depth)
			lo = j + 1
		} else {
			quick(data, j+1, hi, depth)
			hi = j
		}
	}
	insertion(data, lo, hi)
}

func siftDown(data Interface, lo, hi, first int) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && data.Less(first+child, first+child+1) {
			child++
		}
		if !data.Less(first+root, first+child) {
			return
		}
		data.Swap(first+root, first+child)
		root = child
	}
}

func heapSort(data Interface, a, b int) {
	first := a
	lo := 0
	hi := b - a
	for i := (hi - 1) / 2; i >= 0; i-- {
		siftDown(data, i, hi, first)
	}
	for i := hi - 1; i >= 0; i-- {
		data.Swap(first, first+i)
		siftDown(data, lo, i, first)
	}
}

func IsSorted(data Interface) bool {
	n := data.Len()
	for i := n - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

// Go's reverse embeds the Interface; explicit forwarding keeps the same
// method set.
type reverse struct {
	data Interface
}

func (r *reverse) Len() int           { return r.data.Len() }
func (r *reverse) Less(i, j int) bool { return r.data.Less(j, i) }
func (r *reverse) Swap(i, j int)      { r.data.Swap(i, j) }

func Reverse(data Interface) Interface {
	return &reverse{data}
}

// The sorts of Slice, SliceStable and the typed helpers: the same
// algorithms as Sort and Stable above on a pair of functions called
// directly, not through an Interface (gc's zsortfunc.go variants, which
// its generator writes from the same template), so that what they are
// given does not escape: the less function stays in the caller's frame.
type lessSwap struct {
	Less func(i, j int) bool
	Swap func(i, j int)
}

func insertionFunc(data lessSwap, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

func stableFunc(data lessSwap, n int) {
	blockSize := 20
	a, b := 0, blockSize
	for b <= n {
		insertionFunc(data, a, b)
		a = b
		b += blockSize
	}
	insertionFunc(data, a, n)
	for blockSize < n {
		a, b = 0, 2*blockSize
		for b <= n {
			symMergeFunc(data, a, a+blockSize, b)
			a = b
			b += 2 * blockSize
		}
		if m := a + blockSize; m < n {
			symMergeFunc(data, a, m, n)
		}
		blockSize *= 2
	}
}

func symMergeFunc(data lessSwap, a, m, b int) {
	if m-a == 1 {
		i := m
		j := b
		for i < j {
			h := int(uint(i+j) >> 1)
			if data.Less(h, a) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := a; k < i-1; k++ {
			data.Swap(k, k+1)
		}
		return
	}
	if b-m == 1 {
		i := a
		j := m
		for i < j {
			h := int(uint(i+j) >> 1)
			if !data.Less(m, h) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := m; k > i; k-- {
			data.Swap(k, k-1)
		}
		return
	}
	mid := int(uint(a+b) >> 1)
	n := mid + m
	var start, r int
	if m > mid {
		start = n - b
		r = mid
	} else {
		start = a
		r = m
	}
	p := n - 1
	for start < r {
		c := int(uint(start+r) >> 1)
		if !data.Less(p-c, c) {
			start = c + 1
		} else {
			r = c
		}
	}
	end := n - start
	if start < m && m < end {
		rotateFunc(data, start, m, end)
	}
	if a < start && start < mid {
		symMergeFunc(data, a, start, mid)
	}
	if mid < end && end < b {
		symMergeFunc(data, mid, end, b)
	}
}

func swapRangeFunc(data lessSwap, a, b, n int) {
	for i := 0; i < n; i++ {
		data.Swap(a+i, b+i)
	}
}

func rotateFunc(data lessSwap, a, m, b int) {
	i := m - a
	j := b - m
	for i != j {
		if i > j {
			swapRangeFunc(data, m-i, m, j)
			i -= j
		} else {
			swapRangeFunc(data, m-i, m+j-i, i)
			j -= i
		}
	}
	swapRangeFunc(data, m-i, m, i)
}

func quickFunc(data lessSwap, lo, hi, depth int) {
	for hi-lo > 12 {
		if depth == 0 {
			heapSortFunc(data, lo, hi)
			return
		}
		depth--
		m := int(uint(lo+hi) >> 1)
		// Median of three into lo.
		if data.Less(m, lo) {
			data.Swap(m, lo)
		}
		if data.Less(hi-1, lo) {
			data.Swap(hi-1, lo)
		}
		if data.Less(hi-1, m) {
			data.Swap(hi-1, m)
		}
		data.Swap(lo, m)
		// Partition around the pivot at lo.
		i, j := lo+1, hi-1
		for {
			for i <= j && data.Less(i, lo) {
				i++
			}
			for i <= j && data.Less(lo, j) {
				j--
			}
			if i >= j {
				break
			}
			data.Swap(i, j)
			i++
			j--
		}
		data.Swap(lo, j)
		if j-lo < hi-j-1 {
			quickFunc(data, lo, j, depth)
			lo = j + 1
		} else {
			quickFunc(data, j+1, hi, depth)
			hi = j
		}
	}
	insertionFunc(data, lo, hi)
}

func siftDownFunc(data lessSwap, lo, hi, first int) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && data.Less(first+child, first+child+1) {
			child++
		}
		if !data.Less(first+root, first+child) {
			return
		}
		data.Swap(first+root, first+child)
		root = child
	}
}

func heapSortFunc(data lessSwap, a, b int) {
	first := a
	lo := 0
	hi := b - a
	for i := (hi - 1) / 2; i >= 0; i-- {
		siftDownFunc(data, i, hi, first)
	}
	for i := hi - 1; i >= 0; i-- {
		data.Swap(first, first+i)
		siftDownFunc(data, lo, i, first)
	}
}

// Ints, Strings and Float64s leave x in the caller's frame, as gc's
// generic versions do.
func Ints(x []int) {
	quickFunc(lessSwap{func(i, j int) bool { return x[i] < x[j] }, func(i, j int) { x[i], x[j] = x[j], x[i] }}, 0, len(x), 2*bitLen(len(x)))
}

func Strings(x []string) {
	quickFunc(lessSwap{func(i, j int) bool { return x[i] < x[j] }, func(i, j int) { x[i], x[j] = x[j], x[i] }}, 0, len(x), 2*bitLen(len(x)))
}

func Float64s(x []float64) {
	quickFunc(lessSwap{func(i, j int) bool { return x[i] < x[j] || (x[i] != x[i] && x[j] == x[j]) }, func(i, j int) { x[i], x[j] = x[j], x[i] }}, 0, len(x), 2*bitLen(len(x)))
}

func IntsAreSorted(x []int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] {
			return false
		}
	}
	return true
}

func StringsAreSorted(x []string) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] {
			return false
		}
	}
	return true
}

func Float64sAreSorted(x []float64) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] || (x[i] != x[i] && x[i-1] == x[i-1]) {
			return false
		}
	}
	return true
}

func Search(n int, f func(int) bool) int {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if !f(h) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

func SearchInts(a []int, x int) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

func SearchStrings(a []string, x string) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

func SearchFloat64s(a []float64, x float64) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// Slice and SliceStable swap the elements of any slice through the
// runtime's sort.swapAny (reflect's Swapper in Go).
func Slice(x any, less func(i, j int) bool) {
	n := lenAny(x)
	quickFunc(lessSwap{less, func(i, j int) { swapAny(x, i, j) }}, 0, n, 2*bitLen(n))
}

func SliceStable(x any, less func(i, j int) bool) {
	stableFunc(lessSwap{less, func(i, j int) { swapAny(x, i, j) }}, lenAny(x))
}

func SliceIsSorted(x any, less func(i, j int) bool) bool {
	n := lenAny(x)
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

func Find(n int, cmp func(int) int) (i int, found bool) {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmp(h) > 0 {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && cmp(i) == 0
}
