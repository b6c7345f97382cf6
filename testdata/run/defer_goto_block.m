defer_goto_block.go:12:11: leaking param: s
defer_goto_block.go:12:35: append escapes to heap
