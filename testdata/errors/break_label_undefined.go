package main

func main() {
	for {
		break L
	}
	goto M
}
