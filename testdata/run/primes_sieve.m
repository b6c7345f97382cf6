primes_sieve.go:13:18: append escapes to heap
primes_sieve.go:18:13: ... argument does not escape
primes_sieve.go:18:17: len(primes) escapes to heap
primes_sieve.go:18:27: primes escapes to heap
