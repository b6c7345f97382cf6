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

use common::{
    Options, TempDir, Test, excerpt, lines, read_text, run_captured, run_captured_stdin, text_diff,
};
// The stderr-head rule is shared with the differential tester, which
// compares go and gocc the same way.
use gogen::compare::{is_goroutine_header, mask};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::time::Duration;

/// Generous: a debug-built compiler on a loaded 2-core machine.
const BUILD_TIMEOUT: Duration = Duration::from_secs(120);
/// The limit a compiled program gets to run (as in the brief).
const RUN_TIMEOUT: Duration = Duration::from_secs(10);

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

/// `gocc build -o OUT [-N] [-d=defer] X.go`, run from the program's
/// directory so that diagnostics and panics name the file as `X.go`.
fn gocc_build(
    file: &Path,
    out: &Path,
    optimize: bool,
    defer_report: bool,
) -> Result<common::Outcome, String> {
    let mut cmd = Command::new(common::gocc());
    cmd.arg("build").arg("-o").arg(out);
    if !optimize {
        cmd.arg("-N");
    }
    if defer_report {
        cmd.arg("-d=defer");
    }
    cmd.arg(file_name(file));
    if let Some(dir) = file.parent() {
        cmd.current_dir(dir);
    }
    run_captured(&mut cmd, BUILD_TIMEOUT).map_err(|e| format!("gocc build: {e}"))
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
            let mut cmd = Command::new(&bin);
            if let Some(dir) = file.parent() {
                cmd.current_dir(dir);
            }
            // An optional X.stdin is the program's input (else stdin is empty).
            let stdin = file.with_extension("stdin");
            let stdin = stdin.exists().then_some(stdin.as_path());
            let ran = run_captured_stdin(&mut cmd, RUN_TIMEOUT, stdin);
            let _ = std::fs::remove_file(&bin);
            let ran = ran.map_err(|e| format!("running the program: {e}"))?;
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

/// The checked-in expectations of one run program.
struct Expected {
    /// Bytes, not text: output with invalid UTF-8 must match exactly too.
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    exit: i32,
}

impl Expected {
    /// The expectations of `file`; for the `-N` build, `X.stdout-N`
    /// replaces `X.stdout` when it exists (gc's output differs under
    /// `-N`: it has no frame buffers for `append` and variable-size
    /// `make`, so capacities differ).
    fn load(file: &Path, optimize: bool) -> Result<Expected, String> {
        let missing = |e: String| format!("{e}\n(generate expectations with testdata/regen.sh)");
        let read = |ext: &str| {
            let path = file.with_extension(ext);
            std::fs::read(&path)
                .map_err(|e| missing(format!("cannot read {}: {e}", path.display())))
        };
        let stdout_n = file.with_extension("stdout-N");
        let stdout = if !optimize && stdout_n.exists() {
            read("stdout-N")?
        } else {
            read("stdout")?
        };
        let stderr = read("stderr")?;
        let exit_text = read_text(&file.with_extension("exit")).map_err(missing)?;
        let exit = exit_text.trim().parse().map_err(|_| {
            format!(
                "bad exit status {:?} in {}",
                exit_text.trim(),
                file.with_extension("exit").display()
            )
        })?;
        Ok(Expected {
            stdout,
            stderr,
            exit,
        })
    }

    /// Compares everything and reports every mismatch, not just the first.
    fn check(&self, ran: &common::Outcome) -> Result<(), String> {
        let mut problems = Vec::new();
        if ran.status.code() != Some(self.exit) {
            problems.push(format!(
                "exit status: expected {}, got {}",
                self.exit,
                ran.status_text()
            ));
        }
        if ran.stdout != self.stdout {
            problems.push(text_diff(
                "stdout",
                &String::from_utf8_lossy(&self.stdout),
                &String::from_utf8_lossy(&ran.stdout),
            ));
        }
        if let Err(e) = check_stderr(&self.stderr, &ran.stderr) {
            problems.push(e);
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems.join("\n"))
        }
    }
}

/// The stderr check. When the expectation ends with a goroutine header
/// (`goroutine 1 [running]:`, or `goroutine 1 gp=0x.. m=0 mp=0x.. [running]:`
/// after a fatal error) or with the `runtime stack:` line that a fatal error
/// on the system stack (`fatal error: stack overflow`) prints before the
/// goroutine trace, it is a prefix: the actual stderr must start with those
/// lines and may continue with any trace. Otherwise the whole stderr must
/// match exactly. Addresses are not compared (see `mask`): the numbers on a
/// `[signal SIGSEGV: ... addr=0x8 pc=0x47a750]` line (the pc is machine-code
/// specific, and even gc reports a different addr for the same program with
/// and without `-N`: explicit nil check vs fault), on the
/// `runtime: sp=0x.. stack=[0x.., 0x..]` line of a stack overflow, and the
/// pointer printed for a panic value of a non-basic type (`panic: (*main.T)
/// 0xc000012345`).
fn check_stderr(expected: &[u8], actual: &[u8]) -> Result<(), String> {
    let (expected_bytes, actual_bytes) = (expected, actual);
    let expected = String::from_utf8_lossy(expected_bytes);
    let actual = String::from_utf8_lossy(actual_bytes);
    let want = lines(&expected);
    let Some(header) = want.iter().position(|l| is_goroutine_header(l)) else {
        return if expected_bytes == actual_bytes {
            Ok(())
        } else {
            Err(text_diff("stderr", &expected, &actual))
        };
    };
    let want = &want[..=header];
    let got = lines(&actual);
    let matches = got.len() >= want.len() && want.iter().zip(&got).all(|(w, g)| mask(w) == mask(g));
    if matches {
        return Ok(());
    }
    let head: Vec<&str> = got.iter().take(want.len()).copied().collect();
    Err(format!(
        "stderr does not start with the expected panic report\n{}",
        text_diff("stderr head", &want.join("\n"), &head.join("\n"))
    ))
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
