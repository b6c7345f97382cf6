// Package sort, compiled by gocc from this source (see src/prelude.rs):
// package-level names are spelled `sort__Name`; `sort.Name` in a program
// resolves to them. The algorithms are pdqsort-free but Go-compatible:
// results of Sort are any valid ordering (Go's is unspecified too) while
// Stable, SliceStable and the typed helpers give Go's exact results.

type sort__Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

type sort__IntSlice []int

func (x sort__IntSlice) Len() int           { return len(x) }
func (x sort__IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x sort__IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x sort__IntSlice) Sort()              { sort__Ints(x) }
func (x sort__IntSlice) Search(v int) int   { return sort__SearchInts(x, v) }

type sort__StringSlice []string

func (x sort__StringSlice) Len() int            { return len(x) }
func (x sort__StringSlice) Less(i, j int) bool  { return x[i] < x[j] }
func (x sort__StringSlice) Swap(i, j int)       { x[i], x[j] = x[j], x[i] }
func (x sort__StringSlice) Sort()               { sort__Strings(x) }
func (x sort__StringSlice) Search(v string) int { return sort__SearchStrings(x, v) }

type sort__Float64Slice []float64

func (x sort__Float64Slice) Len() int { return len(x) }
func (x sort__Float64Slice) Less(i, j int) bool {
	return x[i] < x[j] || (x[i] != x[i] && x[j] == x[j])
}
func (x sort__Float64Slice) Swap(i, j int)        { x[i], x[j] = x[j], x[i] }
func (x sort__Float64Slice) Sort()                { sort__Float64s(x) }
func (x sort__Float64Slice) Search(v float64) int { return sort__SearchFloat64s(x, v) }

// sort__stable is a bottom-up merge sort over index-addressed data through
// less/swap only (insertion sort on blocks of 20, then in-place SymMerge,
// as Go's stable does), so any Interface can use it.
func sort__insertion(data sort__Interface, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

func sort__Stable(data sort__Interface) {
	n := data.Len()
	blockSize := 20
	a, b := 0, blockSize
	for b <= n {
		sort__insertion(data, a, b)
		a = b
		b += blockSize
	}
	sort__insertion(data, a, n)
	for blockSize < n {
		a, b = 0, 2*blockSize
		for b <= n {
			sort__symMerge(data, a, a+blockSize, b)
			a = b
			b += 2 * blockSize
		}
		if m := a + blockSize; m < n {
			sort__symMerge(data, a, m, n)
		}
		blockSize *= 2
	}
}

func sort__symMerge(data sort__Interface, a, m, b int) {
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
		sort__rotate(data, start, m, end)
	}
	if a < start && start < mid {
		sort__symMerge(data, a, start, mid)
	}
	if mid < end && end < b {
		sort__symMerge(data, mid, end, b)
	}
}

func sort__swapRange(data sort__Interface, a, b, n int) {
	for i := 0; i < n; i++ {
		data.Swap(a+i, b+i)
	}
}

func sort__rotate(data sort__Interface, a, m, b int) {
	i := m - a
	j := b - m
	for i != j {
		if i > j {
			sort__swapRange(data, m-i, m, j)
			i -= j
		} else {
			sort__swapRange(data, m-i, m+j-i, i)
			j -= i
		}
	}
	sort__swapRange(data, m-i, m, i)
}

// Sort: heapsort-guarded quicksort (median of three), unstable like Go's.
func sort__Sort(data sort__Interface) {
	n := data.Len()
	sort__quick(data, 0, n, 2*sort__bitLen(n))
}

func sort__bitLen(n int) int {
	k := 0
	for n > 0 {
		n >>= 1
		k++
	}
	return k
}

func sort__quick(data sort__Interface, lo, hi, depth int) {
	for hi-lo > 12 {
		if depth == 0 {
			sort__heapSort(data, lo, hi)
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
			sort__quick(data, lo, j, depth)
			lo = j + 1
		} else {
			sort__quick(data, j+1, hi, depth)
			hi = j
		}
	}
	sort__insertion(data, lo, hi)
}

func sort__siftDown(data sort__Interface, lo, hi, first int) {
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

func sort__heapSort(data sort__Interface, a, b int) {
	first := a
	lo := 0
	hi := b - a
	for i := (hi - 1) / 2; i >= 0; i-- {
		sort__siftDown(data, i, hi, first)
	}
	for i := hi - 1; i >= 0; i-- {
		data.Swap(first, first+i)
		sort__siftDown(data, lo, i, first)
	}
}

func sort__IsSorted(data sort__Interface) bool {
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
type sort__reverse struct {
	data sort__Interface
}

func (r *sort__reverse) Len() int           { return r.data.Len() }
func (r *sort__reverse) Less(i, j int) bool { return r.data.Less(j, i) }
func (r *sort__reverse) Swap(i, j int)      { r.data.Swap(i, j) }

func sort__Reverse(data sort__Interface) sort__Interface {
	return &sort__reverse{data}
}

// Closure-based sorting over any slice: the slice is swapped through a
// generic swapper built from the interface value's dynamic type is not
// available without reflect, so Slice/SliceStable take the less function
// and swap through sort__anySwap (see below).
type sort__lessSwap struct {
	less func(i, j int) bool
	swap func(i, j int)
	n    int
}

func (x *sort__lessSwap) Len() int           { return x.n }
func (x *sort__lessSwap) Less(i, j int) bool { return x.less(i, j) }
func (x *sort__lessSwap) Swap(i, j int)      { x.swap(i, j) }

func sort__Ints(x []int)         { sort__Sort(sort__IntSlice(x)) }
func sort__Strings(x []string)   { sort__Sort(sort__StringSlice(x)) }
func sort__Float64s(x []float64) { sort__Sort(sort__Float64Slice(x)) }

func sort__IntsAreSorted(x []int) bool         { return sort__IsSorted(sort__IntSlice(x)) }
func sort__StringsAreSorted(x []string) bool   { return sort__IsSorted(sort__StringSlice(x)) }
func sort__Float64sAreSorted(x []float64) bool { return sort__IsSorted(sort__Float64Slice(x)) }

func sort__Search(n int, f func(int) bool) int {
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

func sort__SearchInts(a []int, x int) int {
	return sort__Search(len(a), func(i int) bool { return a[i] >= x })
}

func sort__SearchStrings(a []string, x string) int {
	return sort__Search(len(a), func(i int) bool { return a[i] >= x })
}

func sort__SearchFloat64s(a []float64, x float64) int {
	return sort__Search(len(a), func(i int) bool { return a[i] >= x })
}

// Slice and SliceStable swap the elements of any slice through the
// runtime's sort.swapAny (reflect's Swapper in Go).
func sort__Slice(x any, less func(i, j int) bool) {
	n := sort.lenAny(x)
	sort__Sort(&sort__lessSwap{less, func(i, j int) { sort.swapAny(x, i, j) }, n})
}

func sort__SliceStable(x any, less func(i, j int) bool) {
	n := sort.lenAny(x)
	sort__Stable(&sort__lessSwap{less, func(i, j int) { sort.swapAny(x, i, j) }, n})
}

func sort__SliceIsSorted(x any, less func(i, j int) bool) bool {
	n := sort.lenAny(x)
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

func sort__Find(n int, cmp func(int) int) (i int, found bool) {
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
