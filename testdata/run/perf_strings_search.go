// strings search and rewriting functions around the edges of their fast
// paths: matches at the ends, across 8-byte words, overlapping patterns,
// bytes above 0x7f, empty separators, Replace limits, no-op results.
package main

import (
	"fmt"
	"strings"
)

func main() {
	long := strings.Repeat("abcdefgh", 5) + "xyz\xffé"
	for _, sep := range []string{"a", "h", "z", "\xff", "é", "ha", "gha", "xyz\xff", "abcdefgha", "q", "hab", "é!"} {
		fmt.Println(sep, strings.Index(long, sep), strings.Count(long, sep), len(strings.Split(long, sep)), strings.Contains(long, sep))
	}
	fmt.Println(strings.Count("aaaa", "aa"), strings.Count("aaa", "aa"), strings.Count("", "a"), strings.Count("abc", ""))
	fmt.Printf("%q\n", strings.Split("a,b,,c,", ","))
	fmt.Printf("%q\n", strings.Split(",", ","))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.Split("héllo", ""))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 0))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 9))
	fmt.Printf("%q\n", strings.Split("a--b--c", "--"))
	fmt.Println(strings.Join([]string{"x", "", "y"}, "--"), strings.Join(nil, ","), strings.Join([]string{"solo"}, ","))
	fmt.Println(strings.ReplaceAll("item1,item2,item", "item", "it"))
	fmt.Println(strings.Replace("aaaa", "a", "bb", 2), strings.Replace("aaaa", "aa", "b", -1), strings.Replace("abc", "x", "y", -1))
	fmt.Println(strings.Replace("abc", "", "-", -1), strings.Replace("abc", "", "-", 2), strings.Replace("abc", "b", "", -1))
	fmt.Println(strings.ToUpper("hello, wörld"), strings.ToUpper("ALREADY"), strings.ToLower("MiXeD"), strings.ToLower("lower"))
	fmt.Println(strings.IndexByte(long, 'x'), strings.IndexByte(long, 0xff), strings.IndexByte("", 'a'), strings.IndexByte("abc", 'd'))
	fmt.Println(strings.Index("", ""), strings.Index("abc", ""), strings.Index("ab", "abc"), strings.Index("xxabcabc", "abc"))
	fmt.Println(strings.LastIndex("go gopher go", "go"), strings.HasPrefix(long, "abcd"), strings.HasSuffix(long, "é"))
	var b strings.Builder
	for i := 0; i < 300; i++ {
		b.WriteString("ab")
		b.WriteByte(byte('0' + i%10))
	}
	s := b.String()
	fmt.Println(len(s), strings.Count(s, "ab"), strings.Count(s, "b9a"), strings.Index(s, "b9ab0"), len(strings.Split(s, "9")))
}
