module example.com/redecl

go 1.22
