package main

import "fmt"

type Logger struct {
	prefix string
	lines  int
}

func (l *Logger) Log(s string) {
	l.lines++
	fmt.Println(l.prefix + s)
}

type Server struct {
	*Logger
	port int
}

func main() {
	shared := &Logger{prefix: "[srv] "}
	a := Server{shared, 80}
	b := Server{shared, 443}
	a.Log("a up")
	b.Log("b up")
	fmt.Println(shared.lines, a.lines, b.prefix)
	var nilEmbed Server
	fmt.Println(nilEmbed.Logger == nil)
}
