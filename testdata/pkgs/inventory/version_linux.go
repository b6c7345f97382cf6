package main

const platform = "linux"
