//! How a built program is judged, shared by the harnesses that run the
//! same programs in different settings: `golden.rs` and `gotest.rs` (as
//! they are) and `gcstress.rs` (under the collector's stress setting).
//!
//! - A golden program (`testdata/run/X.go`) is run from its directory with
//!   `X.stdin` (or an empty stdin) and must match `X.stdout`, `X.exit` and
//!   `X.stderr` (see [`check_stderr`] for the rule on panic reports).
//! - A program of Go's test suite is run from its directory and must exit 0
//!   with its combined stdout and stderr equal to `X.out` (or empty).

use super::{Outcome, excerpt, lines, read_text, run_captured, run_captured_stdin, run_combined};
use super::{gocc, text_diff};
// The stderr-head rule is shared with the differential tester, which
// compares go and gocc the same way.
use gogen::compare::{is_goroutine_header, mask};
use std::path::Path;
use std::process::Command;
use std::time::Duration;

/// Generous: a debug-built compiler on a loaded 2-core machine.
pub const BUILD_TIMEOUT: Duration = Duration::from_secs(120);
/// The limit a compiled program gets to run (as in the brief).
pub const RUN_TIMEOUT: Duration = Duration::from_secs(10);

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// `gocc build -o OUT FLAGS... X.go`, run from the program's directory so
/// that diagnostics and panics name the file as `X.go`.
pub fn gocc_build(file: &Path, out: &Path, flags: &[&str]) -> Result<Outcome, String> {
    let mut cmd = Command::new(gocc());
    cmd.arg("build").arg("-o").arg(out).args(flags);
    cmd.arg(file_name(file));
    if let Some(dir) = file.parent() {
        cmd.current_dir(dir);
    }
    run_captured(&mut cmd, BUILD_TIMEOUT).map_err(|e| format!("gocc build: {e}"))
}

/// [`gocc_build`], failing with gocc's stderr unless it succeeded.
pub fn gocc_build_ok(file: &Path, out: &Path, flags: &[&str]) -> Result<Outcome, String> {
    let build = gocc_build(file, out, flags)?;
    if !build.status.success() {
        return Err(format!(
            "gocc build failed (exit status {}):\n{}",
            build.status_text(),
            excerpt(&String::from_utf8_lossy(&build.stderr))
        ));
    }
    Ok(build)
}

/// Runs the golden program `file`, built as `bin`, with `env` added to
/// its environment: from the program's directory, with `X.stdin` (when it
/// exists) as its input.
pub fn run_golden(file: &Path, bin: &Path, env: &[(&str, &str)]) -> Result<Outcome, String> {
    let mut cmd = Command::new(bin);
    cmd.envs(env.iter().copied());
    if let Some(dir) = file.parent() {
        cmd.current_dir(dir);
    }
    let stdin = file.with_extension("stdin");
    let stdin = stdin.exists().then_some(stdin.as_path());
    run_captured_stdin(&mut cmd, RUN_TIMEOUT, stdin)
        .map_err(|e| format!("running the program: {e}"))
}

/// The checked-in expectations of one golden program.
pub struct Expected {
    /// Bytes, not text: output with invalid UTF-8 must match exactly too.
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    exit: i32,
    /// The program's directory: its absolute path prefixes the file names
    /// of gocc's traceback frames.
    dir: std::path::PathBuf,
}

impl Expected {
    /// The expectations of `file`; for the `-N` build (`optimize` false),
    /// `X.stdout-N` replaces `X.stdout` when it exists (gc's output differs
    /// under `-N`: it has no frame buffers for `append` and variable-size
    /// `make`, so capacities differ).
    pub fn load(file: &Path, optimize: bool) -> Result<Expected, String> {
        let missing = |e: String| format!("{e}\n(generate expectations with testdata/regen.sh)");
        let read = |ext: &str| {
            let path = file.with_extension(ext);
            std::fs::read(&path)
                .map_err(|e| missing(format!("cannot read {}: {e}", path.display())))
        };
        let stdout = if !optimize && file.with_extension("stdout-N").exists() {
            read("stdout-N")?
        } else {
            read("stdout")?
        };
        let mut stderr = read("stderr")?;
        if traceback_pending(file) {
            // Only the head up to the goroutine header is compared.
            let text = String::from_utf8_lossy(&stderr).into_owned();
            let mut head = String::new();
            for l in text.split_inclusive('\n') {
                head.push_str(l);
                if is_goroutine_header(l.trim_end_matches('\n')) {
                    break;
                }
            }
            stderr = head.into_bytes();
        }
        let exit_text = read_text(&file.with_extension("exit")).map_err(missing)?;
        let exit = exit_text.trim().parse().map_err(|_| {
            format!(
                "bad exit status {:?} in {}",
                exit_text.trim(),
                file.with_extension("exit").display()
            )
        })?;
        let dir = file.parent().unwrap_or(Path::new("."));
        let dir = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
        Ok(Expected {
            stdout,
            stderr,
            exit,
            dir,
        })
    }

    /// Compares everything and reports every mismatch, not just the first.
    pub fn check(&self, ran: &Outcome) -> Result<(), String> {
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
        if let Err(e) = check_stderr(&self.stderr, &ran.stderr, &self.dir) {
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
///
/// When the expectation goes on after the goroutine header with that
/// goroutine's frames (regen.sh's `first_trace`: `main.f(...)` /
/// `\tX.go:12`, file names relative to the program's directory `dir`,
/// others under `$GOROOT/`), gocc's first goroutine block must show the
/// same frames, compared by [`trace_frames`]: function names and
/// `FILE:LINE` of the frames in the program's own files, in order, with
/// gc's `panic(...)` frames (a deferred call running during a panic) by
/// name, and the `created by F in goroutine N` line; frames of the runtime
/// and of the standard library (files outside `dir`) are left out, as is
/// everything after 100 frames.
pub fn check_stderr(expected: &[u8], actual: &[u8], dir: &Path) -> Result<(), String> {
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
    let want_frames = &want[header + 1..];
    let want = &want[..=header];
    let got = lines(&actual);
    let matches = got.len() >= want.len() && want.iter().zip(&got).all(|(w, g)| mask(w) == mask(g));
    if matches {
        if want_frames.is_empty() {
            return Ok(());
        }
        let got_block: Vec<&str> = got[want.len()..]
            .iter()
            .take_while(|l| !l.is_empty())
            .copied()
            .collect();
        let (w, g) = (
            trace_frames(want_frames, None),
            trace_frames(&got_block, Some(dir)),
        );
        if w == g {
            return Ok(());
        }
        return Err(format!(
            "the traceback's frames differ (compared: {})\n{}",
            "names and FILE:LINE in the program's files",
            text_diff("frames", &w.join("\n"), &g.join("\n"))
        ));
    }
    let head: Vec<&str> = got.iter().take(want.len()).copied().collect();
    Err(format!(
        "stderr does not start with the expected panic report\n{}",
        text_diff("stderr head", &want.join("\n"), &head.join("\n"))
    ))
}

/// Is `file` (`run/X.go`) listed in `testdata/traceback-pending.txt`: a
/// program whose traceback frames do not match gc's yet (only the head up
/// to the goroutine header is compared)?
fn traceback_pending(file: &Path) -> bool {
    let Some(run) = file.parent() else {
        return false;
    };
    let name = format!("run/{}", file_name(file));
    std::fs::read_to_string(run.join("../traceback-pending.txt"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .any(|l| l == name)
}

/// The frames of a goroutine block that the golden tests compare, one
/// string each: `NAME FILE:LINE` for a frame in the program's own files
/// (`FILE` relative to its directory), `panic` for gc's frame of a
/// deferred call running during a panic, `created by F in goroutine N
/// FILE:LINE` (N masked unless 1); other frames (runtime, standard
/// library) and gc's `deferwrapN`/`gowrapN` wrapper frames are left out. `dir`: gocc's output, whose file names are
/// absolute (`dir/X.go`), with arguments and `+0x..` offsets still in.
pub fn trace_frames(block: &[&str], dir: Option<&Path>) -> Vec<String> {
    let prefix = dir.map(|d| format!("{}/", d.display()));
    let location = |l: &str| -> Option<String> {
        let l = l.strip_prefix('\t')?;
        let l = match l.rfind(" +0x") {
            Some(i) => &l[..i],
            None => l,
        };
        let l = match &prefix {
            Some(p) => l.strip_prefix(p.as_str())?,
            None => l,
        };
        // Outside: absolute (another directory), `$GOROOT/`, unknown
        // (`?:0`), and gc's `<autogenerated>:1` wrappers.
        (!l.starts_with(['/', '$', '?', '<'])).then(|| l.to_string())
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < block.len() && out.len() < 100 {
        let (head, loc) = (block[i], block.get(i + 1).copied().unwrap_or(""));
        if !loc.starts_with('\t') {
            i += 1;
            continue;
        }
        i += 2;
        if let Some(rest) = head.strip_prefix("created by ") {
            let (f, g) = rest.rsplit_once(" in goroutine ").unwrap_or((rest, ""));
            let g = if g == "1" { "1" } else { "?" };
            let at = location(loc).unwrap_or_default();
            out.push(format!("created by {f} in goroutine {g} {at}"));
            continue;
        }
        let name = match head.rfind('(') {
            Some(p) if head.ends_with(')') => &head[..p],
            _ => head,
        };
        // gc shows a deferwrap or gowrap wrapper as the frame that called
        // a nil func value; gocc inlines deferwraps into open-coded exits
        // and hides wrappers (as gc hides them everywhere else).
        let last = name.rsplit('.').next().unwrap_or("");
        let wrapper = ["deferwrap", "gowrap"].iter().any(|w| {
            last.strip_prefix(w)
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        });
        if wrapper {
            continue;
        }
        if name == "panic" {
            out.push("panic".to_string());
        } else if let Some(at) = location(loc) {
            out.push(format!("{name} {at}"));
        }
    }
    out
}

/// Runs the Go test-suite program `file`, built as `bin`, with `env` added
/// to its environment, and judges it as Go's `test/run.go` judges a
/// `// run` test: exit status 0 and combined output equal to `X.out`.
pub fn run_gotest(file: &Path, bin: &Path, env: &[(&str, &str)]) -> Result<(), String> {
    let expected = match file.with_extension("out") {
        out if out.exists() => read_text(&out)?,
        _ => String::new(),
    };
    let mut cmd = Command::new(bin);
    cmd.envs(env.iter().copied());
    if let Some(dir) = file.parent() {
        cmd.current_dir(dir);
    }
    let ran =
        run_combined(&mut cmd, RUN_TIMEOUT).map_err(|e| format!("running the program: {e}"))?;
    let output = String::from_utf8_lossy(&ran.stdout);
    let mut problems = Vec::new();
    if !ran.status.success() {
        problems.push(format!("exit status {} (want 0)", ran.status_text()));
    }
    if output != expected {
        problems.push(text_diff("output", &expected, &output));
    } else if !ran.status.success() {
        problems.push(format!("output:\n{}", excerpt(&output)));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}
