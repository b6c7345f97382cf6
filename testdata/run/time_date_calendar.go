package main

import (
	"fmt"
	"time"
)

func show(t time.Time) {
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	iy, iw := t.ISOWeek()
	fmt.Println(t, "|", y, m, d, h, mi, s, t.Year(), int(t.Month()), t.Day(), t.Weekday(),
		t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.YearDay(), iy, iw, t.Unix())
}

func main() {
	for _, y := range []int{1, 4, 100, 400, 1600, 1900, 1969, 1970, 2000, 2023, 2024, 2100, 9999, 10000, 0, -1, -4, -100, -400, -401} {
		show(time.Date(y, time.January, 1, 0, 0, 0, 0, time.UTC))
		show(time.Date(y, time.February, 29, 12, 0, 0, 0, time.UTC))
		show(time.Date(y, time.December, 31, 23, 59, 59, 999999999, time.UTC))
	}
	// Normalization in Date.
	show(time.Date(2023, 13, 1, 0, 0, 0, 0, time.UTC))
	show(time.Date(2023, 0, 0, 0, 0, 0, 0, time.UTC))
	show(time.Date(2023, time.October, 32, 0, 0, 0, 0, time.UTC))
	show(time.Date(2023, time.March, 1, -1, 0, 0, 0, time.UTC))
	show(time.Date(2023, time.March, 1, 0, -1, -1, -1, time.UTC))
	show(time.Date(2023, time.March, 1, 48, 120, 3600, 3e9, time.UTC))
	show(time.Date(2023, -25, 400, 0, 0, 0, 0, time.UTC))
	show(time.Date(2023, time.June, 1, 0, 0, 0, 0, time.FixedZone("Z", 14*3600)))
	show(time.Date(2023, time.June, 1, 0, 0, 0, 0, time.FixedZone("Z", -12*3600)))
	show(time.Time{})
	show(time.Unix(-62135596800-1, 0).UTC())
	// Month and Weekday names, in and out of range.
	for m := time.Month(0); m <= 13; m++ {
		fmt.Print(m, " ")
	}
	fmt.Println()
	for d := time.Weekday(-1); d <= 7; d++ {
		fmt.Print(d, " ")
	}
	fmt.Println()
	fmt.Printf("%v %d %s %v\n", time.March, time.March, time.Saturday, []time.Weekday{time.Monday, time.Sunday})
	// AddDate.
	base := time.Date(2024, time.January, 31, 10, 0, 0, 0, time.UTC)
	fmt.Println(base.AddDate(0, 1, 0), base.AddDate(1, 1, 0), base.AddDate(0, 0, -31), base.AddDate(-2025, 0, 0))
	// Truncate and Round.
	t := time.Date(2012, time.December, 7, 12, 15, 30, 918273645, time.UTC)
	ds := []time.Duration{0, -1, time.Nanosecond, 250 * time.Millisecond, time.Second, 2 * time.Second,
		time.Minute, 10 * time.Minute, time.Hour, 7 * time.Hour, 24 * time.Hour, 1234567 * time.Microsecond, 3*time.Second + 7}
	for _, d := range ds {
		fmt.Println(d, t.Truncate(d), t.Round(d))
	}
	neg := time.Date(-3, time.May, 5, 5, 5, 5, 500000000, time.UTC)
	for _, d := range ds {
		fmt.Println(d, neg.Truncate(d), neg.Round(d))
	}
	h := time.Date(2020, 1, 1, 0, 0, 0, 500000000, time.UTC)
	fmt.Println(h.Round(time.Second), h.Add(-time.Nanosecond).Round(time.Second))
	// In keeps the instant; equal instants in other zones.
	z := time.FixedZone("PLUS", 3*3600+1800)
	a := t.In(z)
	fmt.Println(a, a.Equal(t), a == t, a.UTC() == t, a.Hour(), a.YearDay())
	defer func() { fmt.Println("recovered:", recover()) }()
	time.Date(2000, 1, 1, 0, 0, 0, 0, nil)
}
