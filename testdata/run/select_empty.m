select_empty.go:6:13: ... argument does not escape
select_empty.go:6:14: "blocking forever" escapes to heap
