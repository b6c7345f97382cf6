package main

import "fmt"

type Logger interface{ Log(string) }

type Prefix struct{ p string }

func (p Prefix) Log(s string) { fmt.Println(p.p + s) }

type Service struct {
	name string
	log  Logger
}

func (s *Service) Run() {
	if s.log == nil {
		fmt.Println("no logger for", s.name)
		return
	}
	s.log.Log("running " + s.name)
}

func main() {
	services := []*Service{
		{"a", Prefix{"[a] "}},
		{"b", nil},
		{"c", Prefix{">> "}},
	}
	for _, s := range services {
		s.Run()
	}
	services[1].log = services[0].log
	services[1].Run()
}
