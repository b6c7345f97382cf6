print_to_stderr_mixed.go:6:13: ... argument does not escape
print_to_stderr_mixed.go:6:14: "stdout line 1" escapes to heap
print_to_stderr_mixed.go:8:11: ... argument does not escape
print_to_stderr_mixed.go:8:12: "stdout line 2\n" escapes to heap
print_to_stderr_mixed.go:12:14: ... argument does not escape
print_to_stderr_mixed.go:12:15: "out" escapes to heap
print_to_stderr_mixed.go:12:22: i escapes to heap
