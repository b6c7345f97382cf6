package main

import (
	"fmt"
	"strings"
	"time"
)

type event struct {
	Name string
	At   time.Time
}

func main() {
	t := time.Date(2009, time.November, 10, 23, 0, 0, 1, time.UTC)
	fmt.Println(t, &t)
	fmt.Printf("%v %s %q %+v\n", t, t, t, t)
	fmt.Println(event{"launch", t})
	fmt.Printf("%v %+v\n", event{"x", t}, []time.Time{t, t.Add(time.Hour)})
	var s fmt.Stringer = t
	fmt.Println(s.String())
	// Now carries a monotonic reading: String ends with " m=+<secs>";
	// the rest is the clock, so only the shape is printed.
	now := time.Now()
	str := now.String()
	i := strings.Index(str, " m=+")
	fmt.Println(i > 0, len(str[i+4:]) >= len("0.000000000"), str[i+4:][len(str[i+4:])-10] == '.')
	fmt.Println(strings.Contains(now.Round(0).String(), " m="), strings.Contains(now.UTC().String(), " m="),
		strings.Contains(now.Truncate(time.Second).String(), " m="))
	fmt.Println(now.Location(), now.UTC().Location(), now.Round(0).Equal(now))
	zone, off := now.Zone()
	fmt.Println(zone, off)
}
