package u

var s = "ok"

// a comment with an invalid byte: ÿ
func g() {}
