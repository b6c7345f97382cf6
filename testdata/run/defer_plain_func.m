defer_plain_func.go:3:10: s does not escape
