package main

const platform = "windows"
