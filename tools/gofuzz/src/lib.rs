//! gofuzz: a front-end fuzzer for gocc (issue #13, "Exactly Go, and never
//! crash"). It mutates Go sources (a seed corpus: Go's `test/`, the
//! project's `testdata/run/`, or any directory) and
//!
//! - `fuzz`: runs `gocc build --no-link` on each mutant and reports crashes
//!   (panics, stack overflows, signals, exits other than 0/1, errors that
//!   are not `file:line:col: message`) and hangs, minimized by delta
//!   debugging (`fuzz.rs`, `exec.rs`, `minimize.rs`);
//! - `compare`: for mutants that gc rejects, checks that gocc's first error
//!   line is gc's and reports the match rate by message kind (`compare.rs`).
//!
//! std only; its PRNG is seeded by a u64, so a run replays exactly.

pub mod compare;
pub mod corpus;
pub mod exec;
pub mod fuzz;
pub mod lex;
pub mod minimize;
pub mod mutate;
pub mod rng;

use std::path::{Path, PathBuf};

/// Go's test directory, `$(go env GOROOT)/test`, when `go` is installed.
pub fn go_test_dir() -> Option<PathBuf> {
    let out = std::process::Command::new("go")
        .args(["env", "GOROOT"])
        .output()
        .ok()?;
    let root = String::from_utf8(out.stdout).ok()?;
    let dir = Path::new(root.trim()).join("test");
    dir.is_dir().then_some(dir)
}

/// A fresh scratch directory under the system temp dir.
pub fn scratch_dir(tag: &str) -> PathBuf {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    let dir = std::env::temp_dir().join(format!("gofuzz-{tag}-{}-{nanos}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    dir
}

/// Runs gocc on every `.go` file under `dir` and returns the files on which
/// it crashes or hangs, with the signature (the regression check of saved
/// crash inputs).
pub fn check_dir(runner: &exec::Runner, dir: &Path) -> (usize, Vec<(PathBuf, String)>) {
    let corpus = corpus::Corpus::load(&[dir.to_path_buf()]);
    let mut bad = Vec::new();
    for (path, src) in &corpus.files {
        if let Some(sig) = runner.run(src).signature() {
            bad.push((path.clone(), sig));
        }
    }
    (corpus.len(), bad)
}
