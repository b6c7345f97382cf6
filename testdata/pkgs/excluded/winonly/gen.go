//go:build ignore

package winonly

const X = 2
