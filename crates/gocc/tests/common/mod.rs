//! Shared pieces of the custom test harnesses (`golden.rs`, `gotest.rs`):
//! a libtest-look-alike parallel runner, process execution with a timeout,
//! scratch directories and text comparison helpers.
//!
//! Only `std` is used, so the harnesses build without touching Cargo.lock.

#![allow(dead_code)] // each harness uses a different subset

use std::fmt::Write as _;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, mpsc};
use std::thread;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// One test: a name (what the filter matches and what is printed) and the
/// body, which returns `Err(details)` on failure.
pub struct Test {
    pub name: String,
    pub body: Box<dyn Fn() -> Result<(), String> + Send + Sync>,
    /// Listed in `testdata/known-failures.txt`: still run, reported as
    /// `ignored, known failure` while it fails, and a FAILURE once it
    /// passes (so the list can only shrink and is never stale).
    pub known_failure: bool,
}

/// Command-line options understood by the harnesses: the libtest subset that
/// makes sense here. Unknown `--flags` are ignored so that `cargo test`
/// passing its usual flags does not break anything.
pub struct Options {
    pub filters: Vec<String>,
    pub exact: bool,
    pub threads: usize,
    pub list: bool,
}

impl Options {
    pub fn from_args() -> Options {
        let mut opts = Options {
            filters: Vec::new(),
            exact: false,
            threads: thread::available_parallelism().map_or(1, |n| n.get()),
            list: false,
        };
        let mut args = std::env::args().skip(1);
        while let Some(arg) = args.next() {
            if arg == "--exact" {
                opts.exact = true;
            } else if arg == "--list" {
                opts.list = true;
            } else if arg == "--test-threads" {
                if let Some(n) = args.next().and_then(|v| v.parse().ok()) {
                    opts.threads = n;
                }
            } else if let Some(v) = arg.strip_prefix("--test-threads=") {
                if let Ok(n) = v.parse() {
                    opts.threads = n;
                }
            } else if arg.starts_with('-') {
                // --nocapture, --quiet, --color=..., -Z...: not applicable.
            } else {
                opts.filters.push(arg);
            }
        }
        opts.threads = opts.threads.max(1);
        opts
    }

    fn selects(&self, name: &str) -> bool {
        if self.filters.is_empty() {
            return true;
        }
        self.filters.iter().any(|f| {
            if self.exact {
                name == f
            } else {
                name.contains(f.as_str())
            }
        })
    }
}

/// Runs the selected tests on `opts.threads` worker threads, printing
/// libtest-style lines, and returns the process exit status to use (101 on
/// failure, like libtest). `ignored` is reported in the summary line only.
pub fn run_tests(tests: Vec<Test>, opts: &Options, ignored: usize) -> i32 {
    let total = tests.len();
    let tests: Vec<Test> = tests
        .into_iter()
        .filter(|t| opts.selects(&t.name))
        .collect();
    let filtered_out = total - tests.len();

    if opts.list {
        for t in &tests {
            println!("{}: test", t.name);
        }
        return 0;
    }

    let start = Instant::now();
    println!();
    println!(
        "running {} test{}",
        tests.len(),
        if tests.len() == 1 { "" } else { "s" }
    );

    let tests = Arc::new(tests);
    let next = Arc::new(AtomicUsize::new(0));
    let (tx, rx) = mpsc::channel::<(usize, Result<(), String>)>();
    let workers: Vec<_> = (0..opts.threads.min(tests.len()))
        .map(|_| {
            let (tests, next, tx) = (Arc::clone(&tests), Arc::clone(&next), tx.clone());
            thread::spawn(move || {
                loop {
                    let i = next.fetch_add(1, Ordering::SeqCst);
                    let Some(t) = tests.get(i) else { break };
                    // A bug in a test body must fail that test, not hang the run.
                    let res = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| (t.body)()))
                        .unwrap_or_else(|_| Err("harness panicked while running this test".into()));
                    if tx.send((i, res)).is_err() {
                        break;
                    }
                }
            })
        })
        .collect();
    drop(tx);

    let mut failures: Vec<(usize, String)> = Vec::new();
    let mut passed = 0;
    let mut ignored = ignored;
    for (i, res) in rx {
        let res = match (tests[i].known_failure, res) {
            (false, res) => res,
            (true, Ok(())) => Err(
                "listed as a known failure (testdata/known-failures.txt, escape-pending.txt) but passes now: remove it from the list"
                    .into(),
            ),
            (true, Err(_)) => {
                ignored += 1;
                println!("test {} ... ignored, known failure", tests[i].name);
                continue;
            }
        };
        match res {
            Ok(()) => {
                passed += 1;
                println!("test {} ... ok", tests[i].name);
            }
            Err(details) => {
                println!("test {} ... FAILED", tests[i].name);
                failures.push((i, details));
            }
        }
    }
    for w in workers {
        let _ = w.join();
    }

    if !failures.is_empty() {
        failures.sort_by_key(|(i, _)| *i);
        println!();
        println!("failures:");
        for (i, details) in &failures {
            println!();
            println!("---- {} ----", tests[*i].name);
            println!("{}", details.trim_end());
        }
        println!();
        println!("failures:");
        for (i, _) in &failures {
            println!("    {}", tests[*i].name);
        }
    }
    println!();
    println!(
        "test result: {}. {} passed; {} failed; {} ignored; 0 measured; {} filtered out; finished in {:.2}s",
        if failures.is_empty() { "ok" } else { "FAILED" },
        passed,
        failures.len(),
        ignored,
        filtered_out,
        start.elapsed().as_secs_f64()
    );
    println!();
    if failures.is_empty() { 0 } else { 101 }
}

/// Prints a visible skip notice and a passing summary with every test
/// counted as ignored, then exits 0.
pub fn skip_all(reason: &str, count: usize) -> ! {
    println!();
    println!("skipped: {reason}");
    println!();
    println!(
        "test result: ok. 0 passed; 0 failed; {count} ignored; 0 measured; 0 filtered out; finished in 0.00s"
    );
    println!();
    std::process::exit(0)
}

/// How a child process ended.
pub struct Outcome {
    pub status: ExitStatus,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
}

impl Outcome {
    /// The exit status as Go's tests see it: the code, or a description of
    /// the signal that killed the process.
    pub fn status_text(&self) -> String {
        describe_status(self.status)
    }
}

pub fn describe_status(status: ExitStatus) -> String {
    use std::os::unix::process::ExitStatusExt;
    match (status.code(), status.signal()) {
        (Some(c), _) => c.to_string(),
        (None, Some(s)) => format!(
            "killed by signal {s}{}",
            if status.core_dumped() {
                " (core dumped)"
            } else {
                ""
            }
        ),
        _ => format!("{status}"),
    }
}

/// An stdin that is at end-of-file from the start: the read end of a pipe
/// whose write end is already closed. (Not `Stdio::null()`: on the shared
/// development machines /dev/null has been seen deleted or replaced by a
/// regular file, which must not make tests fail.)
fn empty_stdin() -> Result<Stdio, String> {
    let (reader, _writer) = std::io::pipe().map_err(|e| format!("pipe: {e}"))?;
    Ok(reader.into())
}

/// Runs `cmd` with an empty stdin, capturing stdout and stderr separately,
/// killing it after `timeout`.
pub fn run_captured(cmd: &mut Command, timeout: Duration) -> Result<Outcome, String> {
    run_captured_stdin(cmd, timeout, None)
}

/// Like `run_captured`, but with the file `stdin` (when given) as the
/// child's standard input instead of an empty pipe.
pub fn run_captured_stdin(
    cmd: &mut Command,
    timeout: Duration,
    stdin: Option<&Path>,
) -> Result<Outcome, String> {
    let input = match stdin {
        Some(path) => std::fs::File::open(path)
            .map(Stdio::from)
            .map_err(|e| format!("cannot open {}: {e}", path.display()))?,
        None => empty_stdin()?,
    };
    cmd.stdin(input)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot start {cmd:?}: {e}"))?;
    let out = drain(child.stdout.take());
    let err = drain(child.stderr.take());
    let status = wait_timeout(&mut child, timeout).map_err(|e| format!("{cmd:?}: {e}"))?;
    Ok(Outcome {
        status,
        stdout: join_drain(out),
        stderr: join_drain(err),
    })
}

/// Runs `cmd` with stdout and stderr going to one pipe, so the bytes come
/// back interleaved in write order (Go's `CombinedOutput`). The combined
/// bytes are returned in `stdout`; `stderr` is empty.
pub fn run_combined(cmd: &mut Command, timeout: Duration) -> Result<Outcome, String> {
    let (reader, writer) = std::io::pipe().map_err(|e| format!("pipe: {e}"))?;
    let writer2 = writer.try_clone().map_err(|e| format!("pipe: {e}"))?;
    cmd.stdin(empty_stdin()?).stdout(writer).stderr(writer2);
    let spawned = cmd.spawn();
    // Drop our copies of the write end (inside `cmd`) so that the reader sees
    // end-of-file once the child exits.
    cmd.stdin(Stdio::inherit())
        .stdout(Stdio::inherit())
        .stderr(Stdio::inherit());
    let mut child = spawned.map_err(|e| format!("cannot start {cmd:?}: {e}"))?;
    let out = drain(Some(reader));
    let status = wait_timeout(&mut child, timeout).map_err(|e| format!("{cmd:?}: {e}"))?;
    Ok(Outcome {
        status,
        stdout: join_drain(out),
        stderr: Vec::new(),
    })
}

fn drain<R: Read + Send + 'static>(r: Option<R>) -> Option<thread::JoinHandle<Vec<u8>>> {
    r.map(|mut r| {
        thread::spawn(move || {
            let mut buf = Vec::new();
            let _ = r.read_to_end(&mut buf);
            buf
        })
    })
}

fn join_drain(h: Option<thread::JoinHandle<Vec<u8>>>) -> Vec<u8> {
    h.and_then(|h| h.join().ok()).unwrap_or_default()
}

fn wait_timeout(child: &mut Child, timeout: Duration) -> Result<ExitStatus, String> {
    let deadline = Instant::now() + timeout;
    let mut nap = Duration::from_millis(1);
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return Ok(status),
            Ok(None) => {}
            Err(e) => return Err(format!("wait: {e}")),
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("timed out after {}s (killed)", timeout.as_secs()));
        }
        thread::sleep(nap);
        nap = (nap * 2).min(Duration::from_millis(50));
    }
}

/// A scratch directory under the system temp dir, removed on drop.
pub struct TempDir(PathBuf);

impl TempDir {
    pub fn new(prefix: &str) -> TempDir {
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let base = std::env::temp_dir();
        let mut attempt = 0u32;
        loop {
            let p = base.join(format!("{prefix}-{}-{nanos}-{attempt}", std::process::id()));
            match std::fs::create_dir(&p) {
                Ok(()) => return TempDir(p),
                Err(e) if attempt > 100 => {
                    panic!(
                        "cannot create a temporary directory under {}: {e}",
                        base.display()
                    )
                }
                Err(_) => attempt += 1,
            }
        }
    }

    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A file name usable inside a scratch directory, derived from a test name.
pub fn sanitize(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// Lines of `text`, without their terminators.
pub fn lines(text: &str) -> Vec<&str> {
    text.lines().collect()
}

/// A readable account of how `actual` differs from `expected`: the first
/// differing line, then both texts (each cut to a few dozen lines).
pub fn text_diff(what: &str, expected: &str, actual: &str) -> String {
    let (e, a) = (lines(expected), lines(actual));
    let first = e
        .iter()
        .zip(&a)
        .position(|(x, y)| x != y)
        .unwrap_or(e.len().min(a.len()));
    let mut s = String::new();
    let _ = writeln!(s, "{what} differs at line {}:", first + 1);
    let _ = writeln!(
        s,
        "  expected: {}",
        e.get(first)
            .map_or("<end of output>".to_string(), |l| format!("{l:?}"))
    );
    let _ = writeln!(
        s,
        "  actual:   {}",
        a.get(first)
            .map_or("<end of output>".to_string(), |l| format!("{l:?}"))
    );
    if e.len() == a.len() && expected != actual && first == e.len() {
        let _ = writeln!(s, "  (the texts differ only in a trailing newline)");
    }
    let _ = writeln!(s, "--- expected {what} ({} lines)", e.len());
    s.push_str(&excerpt(expected));
    let _ = writeln!(s, "--- actual {what} ({} lines)", a.len());
    s.push_str(&excerpt(actual));
    s
}

/// At most 40 lines of `text`, each indented, with a note when cut.
pub fn excerpt(text: &str) -> String {
    const MAX: usize = 40;
    let all = lines(text);
    let mut s = String::new();
    for l in all.iter().take(MAX) {
        let _ = writeln!(s, "  | {l}");
    }
    if all.len() > MAX {
        let _ = writeln!(s, "  | ... ({} more lines)", all.len() - MAX);
    }
    s
}

/// Reads a file that the test needs, as text.
pub fn read_text(path: &Path) -> Result<String, String> {
    std::fs::read(path)
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .map_err(|e| format!("cannot read {}: {e}", path.display()))
}

/// The repository's `testdata/` directory.
pub fn testdata_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testdata")
}

/// The `gocc` binary under test: the one cargo built for this test run, or
/// `$GOCC_TEST_BIN` when set (to check a release build, or the harness
/// itself against a stand-in).
pub fn gocc() -> PathBuf {
    std::env::var_os("GOCC_TEST_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_gocc")))
}

/// Non-empty lines of a list file, without `#` comments.
pub fn parse_list(text: &str) -> Vec<String> {
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

/// Go's test directory: `$GOCC_GOTEST_DIR`, or `$(go env GOROOT)/test`;
/// the reason to skip when there is none.
pub fn go_test_dir() -> Result<PathBuf, String> {
    if let Some(d) = std::env::var_os("GOCC_GOTEST_DIR") {
        let d = PathBuf::from(d);
        return if d.is_dir() {
            Ok(d)
        } else {
            Err(format!(
                "GOCC_GOTEST_DIR={} is not a directory",
                d.display()
            ))
        };
    }
    let out = Command::new("go")
        .args(["env", "GOROOT"])
        .env("GOTOOLCHAIN", "local")
        .output()
        .map_err(|e| {
            format!("the reference `go` is not available ({e}); Go's test suite not run")
        })?;
    if !out.status.success() {
        return Err("`go env GOROOT` failed; Go's test suite not run".into());
    }
    let goroot = String::from_utf8_lossy(&out.stdout).trim().to_string();
    let dir = Path::new(&goroot).join("test");
    if dir.is_dir() {
        Ok(dir)
    } else {
        Err(format!(
            "{} does not exist; Go's test suite not run",
            dir.display()
        ))
    }
}
