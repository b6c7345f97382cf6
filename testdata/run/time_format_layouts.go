package main

import (
	"fmt"
	"time"
)

func main() {
	times := []time.Time{
		time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC),
		time.Date(2024, time.February, 29, 0, 5, 9, 120000000, time.UTC),
		time.Date(2006, time.January, 2, 15, 4, 5, 999999999, time.FixedZone("MST", -7*3600)),
		time.Date(1999, time.December, 31, 12, 30, 0, 5, time.FixedZone("", 5*3600+30*60+15)),
		time.Date(-44, time.March, 15, 9, 0, 0, 0, time.UTC),
		time.Date(10000, time.January, 1, 0, 0, 0, 0, time.UTC),
		time.Unix(1700000000, 123456789).UTC(),
		time.Unix(-1, 0).UTC(),
		time.Unix(0, 0).In(time.FixedZone("X", -90*60)),
		{},
	}
	layouts := []string{
		time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z,
		time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano,
		time.Kitchen, time.Stamp, time.StampMilli, time.StampMicro, time.StampNano,
		time.DateTime, time.DateOnly, time.TimeOnly,
		"Monday January 2 2006 _2 __2 002 3 03 15 4 04 5 05 PM pm",
		"06 2006 _2006 -07 -0700 -07:00 -070000 -07:00:00 Z07 Z0700 Z07:00 Z070000 Z07:00:00 MST",
		"15:04:05.0 .00 .000000 .9 .99 .999999 ,000 ,999999999 .0000000000",
		"Janet Monty Mondays 1x2 .05 .9a 2006.01",
		"", "no elements here",
	}
	for _, t := range times {
		fmt.Println(t)
		fmt.Printf("%v|%s|%#v\n", t, t, t)
		for _, l := range layouts {
			fmt.Printf("%q\n", t.Format(l))
		}
		fmt.Println(string(t.AppendFormat([]byte("x:"), time.RFC3339)))
		name, off := t.Zone()
		fmt.Println(name, off, t.Location(), t.Location().String(), t.IsDST())
	}
	fmt.Println(time.UTC, time.Local, time.FixedZone("ABC", 60))
	loc, err := time.LoadLocation("UTC")
	fmt.Println(loc, err)
	_, err = time.LoadLocation("Nowhere/Atlantis")
	fmt.Println(err)
	u := time.Unix(1e9, 0)
	fmt.Println(u.Location(), u.UTC().Location(), u.Local().Location(), u == u.UTC(), u.Equal(u.UTC()))
}
