//! Compares the first error on broken programs with gc's, live.
//!
//! Deterministic mutations (a token deleted, duplicated, swapped with the
//! next, another token inserted, or the file truncated) of the golden
//! programs in `testdata/run` are compiled with `go tool compile`; where gc
//! reports a syntax or lexical error, ours must be the same line for most
//! of them (gc's parser is recursive descent and words some errors from
//! context an LR parser cannot see; see `src/errors.rs`). Needs the
//! reference `go`; skips visibly when it is absent.

use std::path::PathBuf;
use std::process::Command;

use syntax::{SourceFile, parse_file};

struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n.max(1) as u64) as usize
    }
}

/// Rough token spans: enough to cut programs at token boundaries.
fn token_spans(src: &str) -> Vec<(usize, usize)> {
    match syntax::lexer::tokenize(src) {
        Ok(toks) => toks
            .into_iter()
            .filter(|(l, _, r)| l < r)
            .map(|(l, _, r)| (l as usize, r as usize))
            .collect(),
        Err(_) => Vec::new(),
    }
}

const INSERTS: &[&str] = &[
    "{", "}", "(", ")", ",", ";", "=", "x", "1", "if", "else", "func", ".", ":", "]", "[", "var",
    "for", "\"s\"", "*", "<-", "...",
];

fn mutate(src: &str, rng: &mut Rng) -> Option<String> {
    let toks = token_spans(src);
    if toks.len() < 2 {
        return None;
    }
    let i = rng.below(toks.len() - 1);
    let (s, e) = toks[i];
    let (s2, e2) = toks[i + 1];
    Some(match rng.below(5) {
        0 => format!("{}{}", &src[..s], &src[e..]),
        1 => src[..e].to_string(),
        2 => format!("{}{}{}", &src[..e], &src[s..e], &src[e..]),
        3 => format!(
            "{}{} {}",
            &src[..s],
            INSERTS[rng.below(INSERTS.len())],
            &src[s..]
        ),
        _ => format!(
            "{}{}{}{}{}",
            &src[..s],
            &src[s2..e2],
            &src[e..s2],
            &src[s..e],
            &src[e2..]
        ),
    })
}

fn is_syntax_level(gc_line: &str) -> bool {
    [
        "syntax error",
        "not terminated",
        "newline in",
        "invalid character",
        "invalid digit",
        "literal",
        "index required",
        "escape",
    ]
    .iter()
    .any(|w| gc_line.contains(w))
}

#[test]
fn first_error_matches_gc_on_mutated_programs() {
    if Command::new("go").arg("version").output().is_err() {
        eprintln!("SKIPPED: no `go` on PATH");
        return;
    }
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../testdata/run");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&root)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|x| x == "go"));
    files.sort();
    files.truncate(40);
    let dir = std::env::temp_dir().join(format!("syntax-gc-mutations-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let mut rng = Rng(0x5EED_1234_ABCD_0001);
    let (mut compared, mut matched) = (0, 0);
    let mut mismatches = Vec::new();
    for path in &files {
        let Ok(src) = std::fs::read_to_string(path) else {
            continue;
        };
        for _ in 0..3 {
            let Some(broken) = mutate(&src, &mut rng) else {
                continue;
            };
            let go_file = dir.join("main.go");
            std::fs::write(&go_file, &broken).expect("write temp file");
            let out = match Command::new("go")
                // Never `-o /dev/null`: gc removes its output file on
                // error, and as root that deletes /dev/null.
                .args(["tool", "compile", "-o", "out.o", "main.go"])
                .current_dir(&dir)
                .output()
            {
                Ok(out) => out,
                Err(e) => {
                    eprintln!("go tool compile: {e}");
                    continue;
                }
            };
            // gc prints its diagnostics on standard output.
            let gc = String::from_utf8_lossy(&out.stdout)
                .lines()
                .next()
                .unwrap_or("")
                .to_string();
            if !is_syntax_level(&gc) {
                continue;
            }
            compared += 1;
            let file = SourceFile::new("main.go", broken.as_str());
            let ours = match parse_file(&file) {
                Ok(_) => "no error".to_string(),
                Err(d) => d[0].render(&file),
            };
            if ours == gc {
                matched += 1;
            } else {
                let line = gc
                    .split(':')
                    .nth(1)
                    .and_then(|l| l.parse::<usize>().ok())
                    .and_then(|l| broken.lines().nth(l.saturating_sub(1)))
                    .unwrap_or("");
                mismatches.push(format!("  gc:  {gc}\n  our: {ours}\n  line: {line:?}"));
            }
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    eprintln!("{matched} of {compared} syntax errors worded exactly as gc");
    for m in &mismatches {
        eprintln!("{m}");
    }
    assert!(compared >= 20, "too few comparisons ({compared})");
    // Measured at about 95% when written; keep a margin for new files.
    assert!(
        matched * 100 >= compared * 85,
        "only {matched} of {compared} match gc"
    );
}

/// `$(go env GOROOT)/test/syntax`: Go's own syntax-error tests. Our first
/// diagnostic must be gc's, exactly.
#[test]
fn goroot_syntax_error_tests_match_gc() {
    let Some(root) = Command::new("go")
        .args(["env", "GOROOT"])
        .output()
        .ok()
        .map(|o| PathBuf::from(String::from_utf8_lossy(&o.stdout).trim()).join("test/syntax"))
        .filter(|d| d.is_dir())
    else {
        eprintln!("SKIPPED: no `go` or no $(go env GOROOT)/test/syntax");
        return;
    };
    let dir = std::env::temp_dir().join(format!("syntax-gc-dir-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&root)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|x| x == "go"));
    files.sort();
    let mut mismatches = Vec::new();
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let Ok(src) = std::fs::read_to_string(path) else {
            continue;
        };
        std::fs::write(dir.join(&name), &src).expect("write temp file");
        let Ok(out) = Command::new("go")
            .args(["tool", "compile", "-o", "out.o", &name])
            .current_dir(&dir)
            .output()
        else {
            continue;
        };
        let gc = String::from_utf8_lossy(&out.stdout)
            .lines()
            .next()
            .unwrap_or("")
            .to_string();
        let file = SourceFile::new(name.as_str(), src.as_str());
        let ours = match parse_file(&file) {
            Ok(_) => "no error".to_string(),
            Err(d) => d[0].render(&file),
        };
        if ours != gc {
            mismatches.push(format!("  gc:  {gc}\n  our: {ours}"));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    eprintln!(
        "{} of {} files match gc",
        files.len() - mismatches.len(),
        files.len()
    );
    for m in &mismatches {
        eprintln!("{m}");
    }
    assert!(mismatches.is_empty());
}

/// Go's errorcheck tests whose first gc diagnostic is a syntax error.
const ERRORCHECK_SYNTAX: &[&str] = &[
    "fixedbugs/bug050.go",
    "fixedbugs/bug121.go",
    "fixedbugs/bug228.go",
    "fixedbugs/bug274.go",
    "fixedbugs/bug298.go",
    "fixedbugs/bug300.go",
    "fixedbugs/bug349.go",
    "fixedbugs/bug388.go",
    "fixedbugs/bug394.go",
    "fixedbugs/bug435.go",
    "func3.go",
    "import5.go",
    "fixedbugs/issue13248.go",
    "fixedbugs/issue13266.go",
    "fixedbugs/issue13274.go",
    "fixedbugs/issue13319.go",
    "fixedbugs/issue14006.go",
    "fixedbugs/issue17328.go",
    "fixedbugs/issue18092.go",
    "fixedbugs/issue18747.go",
    "fixedbugs/issue18915.go",
    "fixedbugs/issue19056.go",
    "fixedbugs/issue19610.go",
    "fixedbugs/issue19667.go",
    "fixedbugs/issue20789.go",
    "fixedbugs/issue22164.go",
    "fixedbugs/issue22581.go",
    "fixedbugs/issue23664.go",
    "fixedbugs/issue33386.go",
    "fixedbugs/issue4776.go",
    "switch2.go",
    "fixedbugs/bug299.go",
    "fixedbugs/issue13273.go",
    // Not matched: positions after a //line directive (issue14520,
    // issue18393), `~` terms (issue23587).
];

/// The first diagnostic of each of [`ERRORCHECK_SYNTAX`] is gc's.
#[test]
fn goroot_errorcheck_syntax_errors_match_gc() {
    let Some(root) = Command::new("go")
        .args(["env", "GOROOT"])
        .output()
        .ok()
        .map(|o| PathBuf::from(String::from_utf8_lossy(&o.stdout).trim()).join("test"))
        .filter(|d| d.is_dir())
    else {
        eprintln!("SKIPPED: no `go` or no $(go env GOROOT)/test");
        return;
    };
    let dir = std::env::temp_dir().join(format!("syntax-gc-errorcheck-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let (mut compared, mut mismatches) = (0, Vec::new());
    for rel in ERRORCHECK_SYNTAX {
        let Ok(src) = std::fs::read_to_string(root.join(rel)) else {
            continue;
        };
        let name = rel.rsplit('/').next().unwrap_or(rel);
        std::fs::write(dir.join(name), &src).expect("write temp file");
        let Ok(out) = Command::new("go")
            .args(["tool", "compile", "-o", "out.o", name])
            .current_dir(&dir)
            .output()
        else {
            continue;
        };
        let gc = String::from_utf8_lossy(&out.stdout)
            .lines()
            .next()
            .unwrap_or("")
            .to_string();
        compared += 1;
        let file = SourceFile::new(name, src.as_str());
        let ours = match parse_file(&file) {
            Ok(_) => "no error".to_string(),
            Err(d) => d[0].render(&file),
        };
        if ours != gc {
            mismatches.push(format!("  gc:  {gc}\n  our: {ours}"));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    eprintln!(
        "{} of {compared} errorcheck files match gc",
        compared - mismatches.len()
    );
    for m in &mismatches {
        eprintln!("{m}");
    }
    assert!(mismatches.is_empty());
}
