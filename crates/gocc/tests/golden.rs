//! Golden end-to-end tests: every `testdata/run/*.go` is compiled by gocc
//! (once normally and once with `-N`), run, and its stdout, stderr head and
//! exit status compared with the expectations that `testdata/regen.sh`
//! generated with the real `go`; programs with `defer` also compare gocc's
//! `-d=defer` report with gc's. Every `testdata/errors/*.go` must be
//! rejected with gc's first diagnostic. Programs with an `X.m` also compare
//! `gocc build -m` with gc's `-m -l` report (golden_m/mod.rs).
//!
//! `cargo test -p gocc --test golden -- closure` runs the tests whose name
//! contains "closure". See testdata/README.md for the layout.

mod common;
mod golden_m;

use common::expect::{Expected, run_golden};
use common::{Options, TempDir, Test, excerpt, lines, read_text, text_diff};
use std::path::{Path, PathBuf};
use std::sync::Arc;

fn main() {
    let opts = Options::from_args();
    let scratch = Arc::new(TempDir::new("gocc-golden"));
    let testdata = common::testdata_dir();
    let mut tests = Vec::new();
    for file in go_files(&testdata.join("run")) {
        for optimize in [true, false] {
            tests.push(run_test(&file, optimize, &scratch));
        }
    }
    for file in go_files(&testdata.join("errors")) {
        tests.push(error_test(&file, &scratch));
    }
    let known = known_failures(&testdata);
    for t in &mut tests {
        let program = t.name.trim_end_matches(" -N");
        t.known_failure = known.iter().any(|k| k == program);
    }
    // After the loop above: these mark their own known failures.
    tests.extend(golden_m::tests(&testdata));
    let status = common::run_tests(tests, &opts, 0);
    drop(scratch); // remove the binaries before exiting
    std::process::exit(status);
}

/// Programs (`run/X.go`, `errors/X.go`) listed in
/// `testdata/known-failures.txt`, one per line, `#` comments.
fn known_failures(testdata: &Path) -> Vec<String> {
    std::fs::read_to_string(testdata.join("known-failures.txt"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

/// The `.go` files directly inside `dir`, sorted by name.
fn go_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "go"));
    files.sort();
    files
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// `gocc build -o OUT [-N] [-d=defer] X.go` (see `common::expect`).
fn gocc_build(
    file: &Path,
    out: &Path,
    optimize: bool,
    defer_report: bool,
) -> Result<common::Outcome, String> {
    let mut flags = Vec::new();
    if !optimize {
        flags.push("-N");
    }
    if defer_report {
        flags.push("-d=defer");
    }
    common::expect::gocc_build(file, out, &flags)
}

fn run_test(file: &Path, optimize: bool, scratch: &Arc<TempDir>) -> Test {
    let base = file_name(file);
    let name = if optimize {
        format!("run/{base}")
    } else {
        format!("run/{base} -N")
    };
    let (file, scratch) = (file.to_path_buf(), Arc::clone(scratch));
    let bin = scratch.path().join(common::sanitize(&name));
    Test {
        name,
        known_failure: false,
        body: Box::new(move || {
            let _keep = &scratch;
            let expected = Expected::load(&file, optimize)?;
            // Programs with `defer` also check gocc's -d=defer report
            // against gc's (X.defer, or X.defer-N for the -N build).
            let defer_file = file.with_extension(if optimize { "defer" } else { "defer-N" });
            let defer_report = match defer_file.exists() {
                true => Some(read_text(&defer_file)?),
                false => None,
            };
            let build = gocc_build(&file, &bin, optimize, defer_report.is_some())?;
            if !build.status.success() {
                return Err(format!(
                    "gocc build failed (exit status {}):\n{}",
                    build.status_text(),
                    excerpt(&String::from_utf8_lossy(&build.stderr))
                ));
            }
            let mut problems = Vec::new();
            if let Some(want) = defer_report {
                let got = String::from_utf8_lossy(&build.stderr);
                if got != want {
                    problems.push(text_diff("-d=defer report", &want, &got));
                }
            }
            // An optional X.stdin is the program's input (else stdin is empty).
            let ran = run_golden(&file, &bin, &[]);
            let _ = std::fs::remove_file(&bin);
            let ran = ran?;
            if let Err(e) = expected.check(&ran) {
                problems.push(e);
            }
            if problems.is_empty() {
                Ok(())
            } else {
                Err(problems.join("\n"))
            }
        }),
    }
}

fn error_test(file: &Path, scratch: &Arc<TempDir>) -> Test {
    let name = format!("errors/{}", file_name(file));
    let (file, scratch) = (file.to_path_buf(), Arc::clone(scratch));
    let bin = scratch.path().join(common::sanitize(&name));
    Test {
        name,
        known_failure: false,
        body: Box::new(move || {
            let _keep = &scratch;
            let expected = read_text(&file.with_extension("errors"))
                .map_err(|e| format!("{e}\n(generate expectations with testdata/regen.sh)"))?;
            let build = gocc_build(&file, &bin, true, false)?;
            let _ = std::fs::remove_file(&bin);
            let stderr = String::from_utf8_lossy(&build.stderr);
            if build.status.code() != Some(1) {
                return Err(format!(
                    "gocc build must exit 1 on a compile error, got {}; expected diagnostics:\n{}stderr:\n{}",
                    build.status_text(),
                    excerpt(&expected),
                    excerpt(&stderr)
                ));
            }
            check_diagnostics(&expected, &stderr)
        }),
    }
}

/// gocc's first diagnostic must be gc's first; when both report the same
/// number of lines, all of them must agree.
fn check_diagnostics(expected: &str, actual: &str) -> Result<(), String> {
    let (want, got) = (lines(expected), lines(actual));
    let first_ok = want.first() == got.first();
    let all_ok = want.len() != got.len() || want == got;
    if first_ok && all_ok {
        Ok(())
    } else {
        Err(text_diff("diagnostics", expected, actual))
    }
}
