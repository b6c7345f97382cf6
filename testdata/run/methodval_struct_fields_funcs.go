package main

import "fmt"

type Button struct {
	Label   string
	OnClick func() string
}

type Model struct{ clicks int }

func (m *Model) Click() string {
	m.clicks++
	return fmt.Sprint("clicked ", m.clicks)
}

func main() {
	m := &Model{}
	buttons := []Button{
		{"ok", m.Click},
		{"hello", func() string { return "hi" }},
		{"none", nil},
	}
	for _, b := range buttons {
		if b.OnClick == nil {
			fmt.Println(b.Label, "has no handler")
			continue
		}
		fmt.Println(b.Label, b.OnClick())
	}
	fmt.Println(buttons[0].OnClick(), m.clicks)
}
