package mid

import "example.com/bad/lib/internal/secret"

const Key = secret.Key
