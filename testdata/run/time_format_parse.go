package main

import (
	"errors"
	"fmt"
	"time"
)

func try(layout, value string) {
	t, err := time.Parse(layout, value)
	if err != nil {
		var pe *time.ParseError
		fmt.Printf("%q: error %v (ParseError %v)\n", value, err, errors.As(err, &pe))
		return
	}
	name, off := t.Zone()
	fmt.Printf("%q: %v | %s %d %v %d\n", value, t, name, off, t.Location(), t.Unix())
}

func main() {
	try(time.RFC3339, "2009-11-10T23:00:00Z")
	try(time.RFC3339, "2009-11-10T23:00:00+05:30")
	try(time.RFC3339Nano, "2009-11-10T23:00:00.123456789-07:00")
	try(time.RFC3339, "2009-11-10T23:00:00.5Z")
	try(time.RFC1123, "Tue, 10 Nov 2009 23:00:00 UTC")
	try(time.RFC1123, "Tue, 10 Nov 2009 23:00:00 PST")
	try(time.RFC1123, "Tue, 10 Nov 2009 23:00:00 GMT+3")
	try(time.RFC1123Z, "Tue, 10 Nov 2009 23:00:00 -0800")
	try(time.RFC822, "10 Nov 09 23:00 MST")
	try(time.ANSIC, "Tue Nov 10 23:00:00 2009")
	try(time.ANSIC, "Tue Nov  1 23:00:00 2009")
	try(time.UnixDate, "Tue Nov 10 23:00:00 CEST 2009")
	try(time.Kitchen, "3:04PM")
	try(time.Kitchen, "12:00AM")
	try(time.Kitchen, "12:30PM")
	try(time.DateTime, "2024-02-29 12:34:56")
	try(time.DateTime, "2024-02-29 12:34:56.789")
	try(time.DateOnly, "1999-12-31")
	try(time.TimeOnly, "23:59:59")
	try(time.StampMilli, "Jan  2 15:04:05.123")
	try("January 2, 2006", "february 3, 2013")
	try("2006-002", "2024-060")
	try("2006-002", "2023-365")
	try("2006 __2", "2020 366")
	try("06-01-02", "68-01-02")
	try("06-01-02", "69-01-02")
	try("2006-01-02T15:04:05Z07:00:00", "2000-01-01T00:00:00+01:02:03")
	try("2006-01-02 -07", "2000-01-01 -03")
	try("2006,000", "2000,123")
	// Errors.
	try(time.RFC3339, "2009-11-10")
	try(time.RFC3339, "2009-11-10T23:00:00")
	try(time.RFC3339, "2009-13-10T23:00:00Z")
	try(time.RFC3339, "2009-02-30T23:00:00Z")
	try(time.RFC3339, "2009-11-10T25:00:00Z")
	try(time.RFC3339, "2009-11-10T23:61:00Z")
	try(time.RFC3339, "2009-11-10T23:00:61Z")
	try(time.RFC3339, "2009-11-10T23:00:00Zjunk")
	try(time.DateOnly, "2009-1-10")
	try(time.Kitchen, "3:04XM")
	try(time.Kitchen, "13:04PM")
	try("2006-002", "2023-366")
	try("2006-01-002", "2024-03-060")
	try("Jan 2 2006", "Foo 2 2006")
	try("Mon Jan 2 2006", "Xyz Jan 2 2006")
	try("2006-01-02 -0700", "2000-01-01 +2500")
	try("2006-01-02 MST", "2000-01-01 ab")
	try("2006-01-02 .000", "2000-01-01 .12")
	try("", "x")
	try("2006", "\xff2006")
	t, err := time.ParseInLocation(time.DateTime, "2020-05-06 07:08:09", time.FixedZone("CET", 3600))
	fmt.Println(t, err, t.UTC())
	t, err = time.ParseInLocation(time.RFC3339, "2020-05-06T07:08:09+01:00", time.FixedZone("CET", 3600))
	fmt.Println(t, err, t.Location())
	t, err = time.ParseInLocation("2006-01-02 MST", "2020-05-06 CET", time.FixedZone("CET", 3600))
	fmt.Println(t, err, t.Location())
	// Round trip through every layout.
	ref := time.Date(2021, time.July, 4, 16, 5, 7, 123456789, time.FixedZone("ABC", -4*3600))
	for _, l := range []string{time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822Z, time.RFC850, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.StampNano} {
		p, err := time.Parse(l, ref.Format(l))
		fmt.Println(l, "|", p, err)
	}
}
