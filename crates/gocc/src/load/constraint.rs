//! Which files of a directory belong to the package, as go/build decides
//! for GOOS=linux, GOARCH=amd64: not `_test.go` files, not names starting
//! with `_` or `.`, not files whose name ends in another system's
//! `_GOOS`, `_GOARCH` or `_GOOS_GOARCH`, and not files whose `//go:build`
//! line is false for gocc's tags ([`TAGS`], docs/ARCHITECTURE.md).

/// Build tags that are true for gocc: the target (linux, amd64, and unix,
/// which go/build sets for Unix systems), `gc` (gocc compiles what gc
/// compiles, and files for gccgo are not), `gocc` itself, and the release
/// tags `go1.1` to `go1.26` of the Go version gocc follows. `cgo` is false:
/// gocc has no cgo.
pub const TAGS: &[&str] = &["linux", "amd64", "unix", "gc", "gocc"];

/// The newest `go1.N` release tag that is true.
const GO_MINOR: u32 = 26;

/// go/build's known operating systems (`syslist.go`), for file names.
const KNOWN_OS: &[&str] = &[
    "aix",
    "android",
    "darwin",
    "dragonfly",
    "freebsd",
    "hurd",
    "illumos",
    "ios",
    "js",
    "linux",
    "nacl",
    "netbsd",
    "openbsd",
    "plan9",
    "solaris",
    "wasip1",
    "windows",
    "zos",
];

/// go/build's known architectures, for file names.
const KNOWN_ARCH: &[&str] = &[
    "386",
    "amd64",
    "amd64p32",
    "arm",
    "armbe",
    "arm64",
    "arm64be",
    "loong64",
    "mips",
    "mipsle",
    "mips64",
    "mips64le",
    "mips64p32",
    "mips64p32le",
    "ppc",
    "ppc64",
    "ppc64le",
    "riscv",
    "riscv64",
    "s390",
    "s390x",
    "sparc",
    "sparc64",
    "wasm",
];

/// Whether build tag `tag` is satisfied.
pub fn tag_true(tag: &str) -> bool {
    if TAGS.contains(&tag) {
        return true;
    }
    match tag.strip_prefix("go1.") {
        Some(minor) => minor
            .parse::<u32>()
            .is_ok_and(|m| (1..=GO_MINOR).contains(&m)),
        None => false,
    }
}

/// Whether a `.go` file's name keeps it in the package (go/build's
/// `goodOSArchFile` and the `_test.go`, `_`, `.` rules).
pub fn name_ok(name: &str) -> bool {
    let Some(stem) = name.strip_suffix(".go") else {
        return false;
    };
    if name.starts_with('_') || name.starts_with('.') || stem.ends_with("_test") {
        return false;
    }
    // The first element is the name proper: `linux.go` has no suffix.
    let parts: Vec<&str> = stem.split('_').collect();
    let n = parts.len();
    if n >= 3 && KNOWN_OS.contains(&parts[n - 2]) && KNOWN_ARCH.contains(&parts[n - 1]) {
        return tag_true(parts[n - 2]) && tag_true(parts[n - 1]);
    }
    if n >= 2 && (KNOWN_OS.contains(&parts[n - 1]) || KNOWN_ARCH.contains(&parts[n - 1])) {
        return tag_true(parts[n - 1]);
    }
    true
}

/// The `//go:build` expression of a file's header, if any: a line comment
/// in the leading run of blank lines and `//` comments before the package
/// clause. A malformed expression is an error, worded as go/build's.
pub fn build_line(text: &str) -> Option<&str> {
    for line in text.lines() {
        let l = line.trim();
        if l.is_empty() {
            continue;
        }
        let comment = l.strip_prefix("//")?;
        if let Some(expr) = comment.strip_prefix("go:build")
            && (expr.is_empty() || expr.starts_with([' ', '\t']))
        {
            return Some(expr.trim());
        }
    }
    None
}

/// Whether a file's header keeps it in the package; `Err` for a
/// `//go:build` line that does not parse. Without a `//go:build` line,
/// the older `// +build` lines decide, as go/build still lets them.
pub fn header_ok(text: &str) -> Result<bool, String> {
    match build_line(text) {
        None => Ok(plus_build_ok(text)),
        Some(expr) => eval(expr),
    }
}

/// `// +build` lines of the leading comments, each true: a line is true
/// when one of its space-separated options is, an option when all its
/// comma-separated terms are, a term `!tag` when `tag` is false. Only
/// lines followed by a blank line count (go/build: the others may be
/// package documentation).
fn plus_build_ok(text: &str) -> bool {
    let mut pending: Vec<&str> = Vec::new();
    let mut ok = true;
    for line in text.lines() {
        let l = line.trim();
        if l.is_empty() {
            // The lines so far are followed by a blank line: they count.
            for expr in pending.drain(..) {
                ok &= expr.split_whitespace().any(|option| {
                    option.split(',').all(|term| match term.strip_prefix('!') {
                        Some(tag) => !tag_true(tag),
                        None => tag_true(term),
                    })
                });
            }
            continue;
        }
        let Some(comment) = l.strip_prefix("//") else {
            break;
        };
        if let Some(expr) = comment.trim_start().strip_prefix("+build")
            && (expr.is_empty() || expr.starts_with([' ', '\t']))
        {
            pending.push(expr);
        }
    }
    ok
}

/// Evaluates a `//go:build` expression (`linux && (amd64 || arm64)`,
/// `!windows`, `go1.21`): go/build/constraint's grammar.
pub fn eval(expr: &str) -> Result<bool, String> {
    let tokens = tokenize(expr)?;
    let mut p = Parser { tokens, at: 0 };
    let v = p.or()?;
    if p.at != p.tokens.len() {
        return Err(format!("unexpected token {}", p.tokens[p.at]));
    }
    Ok(v)
}

fn tokenize(expr: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let b = expr.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b' ' || c == b'\t' {
            i += 1;
        } else if c == b'(' || c == b')' || c == b'!' {
            out.push((c as char).to_string());
            i += 1;
        } else if (c == b'&' || c == b'|') && b.get(i + 1) == Some(&c) {
            out.push(expr[i..i + 2].to_string());
            i += 2;
        } else if c.is_ascii_alphanumeric() || c == b'_' || c == b'.' {
            let start = i;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] == b'.') {
                i += 1;
            }
            out.push(expr[start..i].to_string());
        } else {
            return Err(format!("invalid syntax at {}", &expr[i..]));
        }
    }
    if out.is_empty() {
        return Err("unexpected end of expression".into());
    }
    Ok(out)
}

struct Parser {
    tokens: Vec<String>,
    at: usize,
}

impl Parser {
    fn peek(&self) -> Option<&str> {
        self.tokens.get(self.at).map(String::as_str)
    }

    fn or(&mut self) -> Result<bool, String> {
        let mut v = self.and()?;
        while self.peek() == Some("||") {
            self.at += 1;
            v |= self.and()?;
        }
        Ok(v)
    }

    fn and(&mut self) -> Result<bool, String> {
        let mut v = self.not()?;
        while self.peek() == Some("&&") {
            self.at += 1;
            v &= self.not()?;
        }
        Ok(v)
    }

    fn not(&mut self) -> Result<bool, String> {
        match self.peek() {
            Some("!") => {
                self.at += 1;
                Ok(!self.not()?)
            }
            Some("(") => {
                self.at += 1;
                let v = self.or()?;
                if self.peek() != Some(")") {
                    return Err("missing )".into());
                }
                self.at += 1;
                Ok(v)
            }
            Some(t) if t != ")" && t != "&&" && t != "||" => {
                let v = tag_true(t);
                self.at += 1;
                Ok(v)
            }
            Some(t) => Err(format!("unexpected token {t}")),
            None => Err("unexpected end of expression".into()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names() {
        assert!(name_ok("a.go") && name_ok("linux.go") && name_ok("x_linux.go"));
        assert!(name_ok("x_amd64.go") && name_ok("x_linux_amd64.go"));
        assert!(!name_ok("x_windows.go") && !name_ok("x_arm64.go"));
        assert!(!name_ok("x_linux_arm64.go") && !name_ok("x_darwin_amd64.go"));
        assert!(!name_ok("a_test.go") && !name_ok("_a.go") && !name_ok(".a.go"));
        assert!(!name_ok("a.txt"));
    }

    #[test]
    fn expressions() {
        assert_eq!(eval("linux && amd64"), Ok(true));
        assert_eq!(eval("!linux || windows"), Ok(false));
        assert_eq!(eval("(darwin || linux) && !cgo"), Ok(true));
        assert_eq!(eval("go1.21 && !go1.27"), Ok(true));
        assert_eq!(eval("ignore"), Ok(false));
        assert!(eval("linux &&").is_err() && eval("(linux").is_err());
    }

    #[test]
    fn header_lines() {
        assert_eq!(
            build_line("//go:build ignore\n\npackage main\n"),
            Some("ignore")
        );
        assert_eq!(
            build_line("// doc\n//go:build linux\npackage p\n"),
            Some("linux")
        );
        assert_eq!(build_line("package p\n//go:build ignore\n"), None);
        assert_eq!(header_ok("//go:build !linux\n\npackage p\n"), Ok(false));
        // `// +build`: lines AND, spaces OR, commas AND; `//go:build` wins.
        assert_eq!(header_ok("// +build ignore\n\npackage p\n"), Ok(false));
        assert_eq!(
            header_ok("// +build windows linux,amd64\n\npackage p\n"),
            Ok(true)
        );
        assert_eq!(
            header_ok("// +build linux\n// +build !amd64\n\npackage p\n"),
            Ok(false)
        );
        assert_eq!(header_ok("// +build ignore\npackage p\n"), Ok(true));
        assert_eq!(
            header_ok("//go:build linux\n// +build ignore\n\npackage p\n"),
            Ok(true)
        );
    }
}
