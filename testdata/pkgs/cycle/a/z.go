package a

func Z() {}
