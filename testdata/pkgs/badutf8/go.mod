module example.com/badutf8

go 1.22
