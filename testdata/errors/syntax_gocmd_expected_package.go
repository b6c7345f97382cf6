// The package clause is missing: the go command's parser (go/parser)
// reports it before the compiler runs.

func main() {
}
