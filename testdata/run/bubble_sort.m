bubble_sort.go:9:18: sortInts ignoring self-assignment in s[j], s[j + 1] = s[j + 1], s[j]
bubble_sort.go:9:18: sortInts ignoring self-assignment in s[j], s[j + 1] = s[j + 1], s[j]
bubble_sort.go:5:15: s does not escape
bubble_sort.go:18:17: sortStrings ignoring self-assignment in s[j], s[j - 1] = s[j - 1], s[j]
bubble_sort.go:18:17: sortStrings ignoring self-assignment in s[j], s[j - 1] = s[j - 1], s[j]
bubble_sort.go:15:18: s does not escape
bubble_sort.go:24:13: []int{...} escapes to heap
bubble_sort.go:26:13: ... argument does not escape
bubble_sort.go:26:14: xs escapes to heap
bubble_sort.go:27:19: []string{...} escapes to heap
bubble_sort.go:29:13: ... argument does not escape
bubble_sort.go:29:14: words escapes to heap
bubble_sort.go:34:14: append escapes to heap
bubble_sort.go:37:13: ... argument does not escape
bubble_sort.go:37:14: rs escapes to heap
