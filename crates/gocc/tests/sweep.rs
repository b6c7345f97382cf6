//! "Never crash, never hang" over Go's own test suite: `gocc build --no-link` on
//! `.go` files of `$(go env GOROOT)/test` (valid programs or not, any
//! package, files of multi-file tests alone) must exit with status 0 or 1,
//! within a time limit, with no Rust panic, stack overflow or allocation
//! failure on stderr. What the compiler says is not judged here (the
//! golden and gotest harnesses do that); only that it answers.
//!
//! By default it runs a deterministic sample (every `SAMPLE_STEP`th file
//! in path order) plus every file listed in `testdata/gotest/crashed.txt`
//! (each file that ever crashed or hung gocc). `GOCC_SWEEP=all` runs all
//! 3,339 files (16 s with a release gocc on 2 idle cores:
//! `GOCC_TEST_BIN=target/release/gocc`). Without `go` or its test
//! directory every test is reported as ignored.

mod common;

use common::{Options, Test, excerpt, read_text, run_captured};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

/// A file taking longer than this is a hang (debug gocc on a busy
/// machine compiles the largest test files in a few seconds).
const TIMEOUT: Duration = Duration::from_secs(120);

/// The default run takes every `SAMPLE_STEP`th file.
const SAMPLE_STEP: usize = 40;

/// Text that only a crash of gocc itself prints.
const CRASH_MARKS: &[&str] = &[
    "panicked at",
    "has overflowed its stack",
    "memory allocation of",
    "fatal runtime error",
    "RUST_BACKTRACE",
];

fn main() {
    let opts = Options::from_args();
    let list = common::testdata_dir().join("gotest/crashed.txt");
    let crashed = match read_text(&list) {
        Ok(text) => common::parse_list(&text),
        Err(e) => {
            println!("error: {e}");
            std::process::exit(101);
        }
    };
    let dir = match common::go_test_dir() {
        Ok(dir) => dir,
        Err(why) => common::skip_all(&why, crashed.len()),
    };
    let mut all = Vec::new();
    collect(&dir, &dir, &mut all);
    all.sort();
    let full = std::env::var("GOCC_SWEEP").is_ok_and(|v| v == "all");
    let mut chosen: Vec<String> = if full {
        all.clone()
    } else {
        all.iter().step_by(SAMPLE_STEP).cloned().collect()
    };
    for c in crashed {
        if !chosen.contains(&c) {
            chosen.push(c);
        }
    }
    let ignored = all.len().saturating_sub(chosen.len());
    let tests = chosen.iter().map(|rel| sweep_test(&dir, rel)).collect();
    std::process::exit(common::run_tests(tests, &opts, ignored));
}

/// Every `.go` file under `dir`, as paths relative to `root`.
fn collect(root: &Path, dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect(root, &p, out);
        } else if p.extension().is_some_and(|x| x == "go")
            && let Ok(rel) = p.strip_prefix(root)
        {
            out.push(rel.to_string_lossy().into_owned());
        }
    }
}

fn sweep_test(dir: &Path, rel: &str) -> Test {
    let file: PathBuf = dir.join(rel);
    Test {
        name: rel.to_string(),
        known_failure: false,
        body: Box::new(move || {
            let (Some(parent), Some(base)) = (file.parent(), file.file_name()) else {
                return Err(format!("bad path {}", file.display()));
            };
            if !file.is_file() {
                return Err(format!("{} does not exist", file.display()));
            }
            let mut build = Command::new(common::gocc());
            build
                .arg("build")
                .arg("--no-link")
                .arg(base)
                .current_dir(parent);
            let out = run_captured(&mut build, TIMEOUT).map_err(|e| format!("gocc build: {e}"))?;
            let stderr = String::from_utf8_lossy(&out.stderr);
            let code = out.status.code();
            let crash = CRASH_MARKS.iter().find(|m| stderr.contains(*m));
            if matches!(code, Some(0 | 1)) && crash.is_none() {
                return Ok(());
            }
            Err(format!(
                "gocc build --no-link: exit status {}{}:\n{}",
                out.status_text(),
                crash
                    .map(|m| format!(", stderr says {m:?}"))
                    .unwrap_or_default(),
                excerpt(&stderr)
            ))
        }),
    }
}
