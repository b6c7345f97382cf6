//! The lexer and parser must never panic: every prefix of real programs,
//! random mutations of them, and random bytes all produce either an AST or
//! a diagnostic.

use std::panic;
use std::path::PathBuf;

use syntax::{SourceFile, parse_file};

/// Real programs: the repository's golden tests (always present) plus a few
/// from the Go distribution when it is installed.
fn corpus() -> Vec<String> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files: Vec<PathBuf> = std::fs::read_dir(root.join("testdata/run"))
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|x| x == "go"));
    files.sort();
    files.truncate(12);
    if let Ok(out) = std::process::Command::new("go")
        .args(["env", "GOROOT"])
        .output()
    {
        let test = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()).join("test");
        for name in [
            "235.go",
            "chan/select3.go",
            "escape2.go",
            "ken/range.go",
            "typeswitch.go",
        ] {
            files.push(test.join(name));
        }
    }
    let mut texts: Vec<String> = files
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    texts.push(
        "package p\nfunc f(a, b int) (x []map[string]chan<- *T) {\n\tswitch v := x.(type) {\n\tcase int:\n\t\tgo func() { <-c }()\n\t}\n\tfor i := range 10 { s = s[1:2:3] }\n\tm := map[K]V{{1, 2}: {'a', \"b\", `c`}}\n}\n"
            .to_string(),
    );
    texts
}

fn check(src: &str) {
    let file = SourceFile::new("fuzz.go", src);
    let result = panic::catch_unwind(|| {
        let _ = parse_file(&file);
    });
    if result.is_err() {
        panic!("parser panicked on input:\n{src:?}");
    }
}

#[test]
fn every_prefix_of_real_programs() {
    let mut n = 0;
    for text in corpus() {
        // Every prefix of small files; about 600 evenly spread prefixes
        // of larger ones (each parse is linear, so all would be quadratic).
        let step = (text.len() / 600).max(1);
        for (k, (i, _)) in text.char_indices().enumerate() {
            if k % step == 0 {
                check(&text[..i]);
                n += 1;
            }
        }
    }
    assert!(n > 1000, "corpus too small: {n} prefixes");
    eprintln!("{n} prefixes parsed without panicking");
}

/// A small deterministic generator (xorshift), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const FRAGMENTS: &[&str] = &[
    "{",
    "}",
    "(",
    ")",
    "[",
    "]",
    ";",
    "\n",
    ",",
    ".",
    "...",
    ":",
    ":=",
    "=",
    "<-",
    "*",
    "&",
    "func",
    "chan",
    "map",
    "struct",
    "interface",
    "if",
    "else",
    "for",
    "range",
    "switch",
    "case",
    "default",
    "select",
    "go",
    "defer",
    "return",
    "type",
    "var",
    "const",
    "x",
    "T",
    "0x",
    "1e",
    "'",
    "\"",
    "`",
    "/*",
    "//",
    "_",
    ".5",
    "0b2",
    "\\",
    "€",
    "\u{FEFF}",
    "@",
    "~",
    "|",
    "[...]",
    "[]",
    ".(type)",
];

#[test]
fn random_mutations_of_real_programs() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let corpus = corpus();
    for _ in 0..2000 {
        let text = &corpus[rng.below(corpus.len())];
        let mut s = text.clone();
        for _ in 0..1 + rng.below(4) {
            let mut at = rng.below(s.len() + 1);
            while !s.is_char_boundary(at) {
                at -= 1;
            }
            match rng.below(3) {
                0 => s.insert_str(at, FRAGMENTS[rng.below(FRAGMENTS.len())]),
                1 => {
                    let mut end = (at + 1 + rng.below(8)).min(s.len());
                    while !s.is_char_boundary(end) {
                        end -= 1;
                    }
                    s.replace_range(at..end, "");
                }
                _ => {
                    let mut end = (at + rng.below(3)).min(s.len());
                    while !s.is_char_boundary(end) {
                        end -= 1;
                    }
                    s.replace_range(at..end, FRAGMENTS[rng.below(FRAGMENTS.len())]);
                }
            }
        }
        check(&s);
    }
}

#[test]
fn random_bytes_and_token_soup() {
    let mut rng = Rng(12345);
    for _ in 0..2000 {
        let len = rng.below(200);
        let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        check(&String::from_utf8_lossy(&bytes));
        let soup: String = (0..rng.below(60))
            .map(|_| format!("{} ", FRAGMENTS[rng.below(FRAGMENTS.len())]))
            .collect();
        check(&format!("package p\n{soup}"));
        check(&format!("package p\nfunc f() {{\n{soup}\n}}\n"));
    }
}

#[test]
fn deep_nesting() {
    // Deeper than real programs nest; test threads have 2 MiB stacks.
    let n = 250;
    let parens = format!("package p\nvar x = {}1{}\n", "(".repeat(n), ")".repeat(n));
    let chain = format!("package p\nvar x = 1{}\n", " + 1".repeat(20 * n));
    let blocks = format!(
        "package p\nfunc f() {{\n{}{}\n}}\n",
        "{\n".repeat(n),
        "}\n".repeat(n)
    );
    let lits = format!(
        "package p\nvar x = [][]int{}1{}\n",
        "{".repeat(n),
        "}".repeat(n)
    );
    for src in [parens, chain, blocks, lits] {
        let file = SourceFile::new("deep.go", src.as_str());
        match parse_file(&file) {
            Ok(f) => {
                syntax::dump(&f);
            }
            Err(d) => panic!("{}", d[0].render(&file)),
        }
        // Unclosed versions are errors, not crashes.
        check(&src[..src.len() / 2]);
    }
}

/// Error reporting scans the tokens before the error; these inputs (many
/// blocks, deep literals, long headers before an error) once made that
/// scan exponential.
#[test]
fn errors_after_many_blocks() {
    let many_ifs = format!(
        "package p\nfunc f() {{\n{}x y\n}}\n",
        "if x {\n}\n".repeat(2000)
    );
    let deep_lit = format!(
        "package p\nvar x = [][]int{}1 2{}\n",
        "{".repeat(200),
        "}".repeat(200)
    );
    let nested_ifs = format!(
        "package p\nfunc f() {{\n{}x y\n{}}}\n",
        "if x {\n".repeat(200),
        "}\n".repeat(200)
    );
    let ranges = format!(
        "package p\nfunc f() {{\n{}for x y {{\n}}\n}}\n",
        "for _, x := range []T{{1}, {2}} {\n}\n".repeat(1000)
    );
    for src in [many_ifs, deep_lit, nested_ifs, ranges] {
        let file = SourceFile::new("many.go", src.as_str());
        let err = parse_file(&file).expect_err("has a syntax error");
        assert!(
            err[0].message.starts_with("syntax error"),
            "{}",
            err[0].message
        );
    }
}
