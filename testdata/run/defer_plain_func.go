package main

func say(s string) {
	println("deferred:", s)
}

func run() {
	defer say("first")
	defer say("second")
	defer say("third")
	println("body")
}

func main() {
	run()
	println("after run")
}
