//! Builds a program with `go` and `gocc` (normal and `-N`, with `-d=defer`
//! when it has a defer statement), runs the binaries and compares them
//! (`compare`); runs batches of seeds on parallel jobs, minimizes each
//! mismatch (`minimize`) and saves it as a reproducer directory.

use crate::compare;
use crate::{Config, minimize, program};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

/// How a batch is run.
#[derive(Clone)]
pub struct Options {
    pub gocc: PathBuf,
    pub go: PathBuf,
    pub first_seed: u64,
    pub count: u64,
    pub jobs: usize,
    /// Where reproducers go (`seed-N-VARIANT-KIND/`).
    pub out_dir: PathBuf,
    pub cfg: Config,
    /// Predicate evaluations the minimizer may spend per mismatch (0: none).
    pub minimize_budget: usize,
    pub timeout: Duration,
    /// Also build with `-N` (and compare gc's `-N -l` defer report).
    pub with_n: bool,
    /// Print a line per program.
    pub verbose: bool,
    /// An importcfg for `go tool compile`/`link` naming the std packages'
    /// export data (`std_importcfg`). With one, the reference is built by
    /// the compiler and linker directly, a third of `go build`'s cost;
    /// `run_batch` makes one when it is `None`.
    pub importcfg: Option<PathBuf>,
}

/// The std packages generated programs may import; `std_importcfg` lists
/// them and everything they depend on.
const STD_IMPORTS: &[&str] = &[
    "errors",
    "fmt",
    "math",
    "os",
    "sort",
    "strconv",
    "strings",
    "sync",
    "time",
    "runtime",
    "unicode",
    "unicode/utf8",
    "bytes",
];

/// Writes `dir/importcfg` for `STD_IMPORTS` from `go list -export` (which
/// builds their export data into the go build cache if needed).
pub fn std_importcfg(go: &Path, dir: &Path) -> Option<PathBuf> {
    let out = Command::new(go)
        .args([
            "list",
            "-export",
            "-deps",
            "-f",
            "{{if .Export}}packagefile {{.ImportPath}}={{.Export}}{{end}}",
        ])
        .args(STD_IMPORTS)
        .env("GOTOOLCHAIN", "local")
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    let path = dir.join("importcfg");
    std::fs::create_dir_all(dir).ok()?;
    std::fs::write(&path, &out.stdout).ok()?;
    std::fs::canonicalize(path).ok()
}

/// One difference between go and gocc for one build variant.
#[derive(Clone, Debug)]
pub struct Mismatch {
    /// `default` or `-N`.
    pub variant: &'static str,
    /// `compile` (gocc failed or crashed), `defer` (report), `exit`,
    /// `stdout`, `stderr`, `timeout`.
    pub kind: &'static str,
    pub detail: String,
}

/// The result of checking one program.
pub enum Verdict {
    Same,
    /// A bug of the generator: gc rejects the program or it does not
    /// terminate under gc.
    GeneratorBug(String),
    Differs(Vec<Mismatch>),
}

/// Output of a finished process.
pub struct Ran {
    pub status: Option<ExitStatus>,
    pub stdout: String,
    pub stderr: String,
}

impl Ran {
    pub fn exit_text(&self) -> String {
        use std::os::unix::process::ExitStatusExt;
        match self.status {
            None => "timeout".into(),
            Some(s) => match (s.code(), s.signal()) {
                (Some(c), _) => c.to_string(),
                (None, Some(sig)) => format!("signal {sig}"),
                _ => s.to_string(),
            },
        }
    }
}

/// Runs `cmd` in `dir` with an empty stdin, killing it after `timeout`
/// (`status` is then `None`).
pub fn run(cmd: &mut Command, dir: &Path, timeout: Duration) -> Ran {
    let (reader, writer) = match std::io::pipe() {
        Ok(p) => p,
        Err(e) => return failed(format!("pipe: {e}")),
    };
    drop(writer);
    cmd.current_dir(dir)
        .stdin(reader)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => return failed(format!("cannot start {cmd:?}: {e}")),
    };
    let drain = |r: Option<Box<dyn Read + Send>>| {
        thread::spawn(move || {
            let mut buf = Vec::new();
            if let Some(mut r) = r {
                let _ = r.read_to_end(&mut buf);
            }
            String::from_utf8_lossy(&buf).into_owned()
        })
    };
    let out = drain(
        child
            .stdout
            .take()
            .map(|r| Box::new(r) as Box<dyn Read + Send>),
    );
    let err = drain(
        child
            .stderr
            .take()
            .map(|r| Box::new(r) as Box<dyn Read + Send>),
    );
    let deadline = Instant::now() + timeout;
    let mut nap = Duration::from_millis(1);
    let status = loop {
        match child.try_wait() {
            Ok(Some(s)) => break Some(s),
            Ok(None) if Instant::now() < deadline => {
                thread::sleep(nap);
                nap = (nap * 2).min(Duration::from_millis(50));
            }
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
        }
    };
    Ran {
        status,
        stdout: out.join().unwrap_or_default(),
        stderr: err.join().unwrap_or_default(),
    }
}

fn failed(msg: String) -> Ran {
    Ran {
        status: None,
        stdout: String::new(),
        stderr: msg,
    }
}

fn ok(r: &Ran) -> bool {
    r.status.is_some_and(|s| s.success())
}

/// gc's reference for a program: its run and its defer reports.
pub struct Reference {
    pub ran: Ran,
    pub defer: Vec<String>,
    pub defer_n: Vec<String>,
}

/// Builds `dir/main.go` with go and runs it. `Err` is a generator bug.
pub fn reference(opts: &Options, dir: &Path, has_defer: bool) -> Result<Reference, String> {
    let built = match &opts.importcfg {
        Some(cfg) => build_with_tools(opts, cfg, dir, has_defer)?,
        None => None,
    };
    let (defer, defer_n) = match built {
        Some(reports) => reports,
        None => build_with_go_build(opts, dir, has_defer)?,
    };
    let ran = run(&mut Command::new(dir.join("go.bin")), dir, opts.timeout);
    if ran.status.is_none() {
        return Err("the go-built program timed out".into());
    }
    Ok(Reference {
        defer,
        ran,
        defer_n,
    })
}

/// The `-d=defer` reports of the default and `-N -l` builds.
type DeferReports = (Vec<String>, Vec<String>);

/// `go build` of `dir/main.go` into `go.bin` (and, for the `-N` report, a
/// second build whose binary is thrown away).
fn build_with_go_build(
    opts: &Options,
    dir: &Path,
    has_defer: bool,
) -> Result<DeferReports, String> {
    let mut cmd = Command::new(&opts.go);
    cmd.args(["build", "-o", "go.bin"]);
    if has_defer {
        cmd.arg("-gcflags=-d=defer");
    }
    cmd.arg("main.go")
        .env("GOFLAGS", "-buildvcs=false")
        .env("GOTOOLCHAIN", "local");
    let b = run(&mut cmd, dir, Duration::from_secs(120));
    if !ok(&b) {
        return Err(format!("go build failed:\n{}", b.stderr));
    }
    let mut defer_n = Vec::new();
    if has_defer && opts.with_n {
        let mut cmd = Command::new(&opts.go);
        cmd.args([
            "build",
            "-o",
            "go-N.bin",
            "-gcflags=-d=defer -N -l",
            "main.go",
        ])
        .env("GOFLAGS", "-buildvcs=false")
        .env("GOTOOLCHAIN", "local");
        let bn = run(&mut cmd, dir, Duration::from_secs(120));
        if !ok(&bn) {
            return Err(format!("go build -N failed:\n{}", bn.stderr));
        }
        defer_n = compare::defer_report(&bn.stderr);
        let _ = std::fs::remove_file(dir.join("go-N.bin"));
    }
    Ok((compare::defer_report(&b.stderr), defer_n))
}

/// The `-d=defer` lines of a `go tool compile` run (which, unlike the go
/// command, prints its diagnostics on stdout).
fn compiler_report(c: &Ran) -> Vec<String> {
    compare::defer_report(&format!("{}{}", c.stdout, c.stderr))
}

/// What `go build` does for a one-file main package, without the go
/// command: `go tool compile` then `go tool link` with the std packages'
/// export data from `cfg`; the `-N -l` report comes from a compile alone.
/// `Ok(None)`: the program imports a package `cfg` lacks (use `go build`).
fn build_with_tools(
    opts: &Options,
    cfg: &Path,
    dir: &Path,
    has_defer: bool,
) -> Result<Option<DeferReports>, String> {
    let compile = |extra: &[&str], out: &str| {
        let mut cmd = Command::new(&opts.go);
        cmd.args(["tool", "compile", "-p", "main", "-importcfg"])
            .arg(cfg)
            .args(extra)
            .args(["-o", out, "main.go"])
            .env("GOTOOLCHAIN", "local");
        run(&mut cmd, dir, Duration::from_secs(120))
    };
    let defer_flag: &[&str] = if has_defer { &["-d=defer"] } else { &[] };
    let c = compile(defer_flag, "go.o");
    if !ok(&c) {
        if c.stderr.contains("could not import") {
            return Ok(None);
        }
        return Err(format!("go tool compile failed:\n{}", c.stderr));
    }
    let mut link = Command::new(&opts.go);
    link.args(["tool", "link", "-importcfg"])
        .arg(cfg)
        .args(["-o", "go.bin", "go.o"])
        .env("GOTOOLCHAIN", "local");
    let l = run(&mut link, dir, Duration::from_secs(120));
    let _ = std::fs::remove_file(dir.join("go.o"));
    if !ok(&l) {
        return Err(format!("go tool link failed:\n{}", l.stderr));
    }
    let mut defer_n = Vec::new();
    if has_defer && opts.with_n {
        let cn = compile(&["-d=defer", "-N", "-l"], "go-N.o");
        let _ = std::fs::remove_file(dir.join("go-N.o"));
        if !ok(&cn) {
            return Err(format!("go tool compile -N failed:\n{}", cn.stderr));
        }
        defer_n = compiler_report(&cn);
    }
    Ok(Some((compiler_report(&c), defer_n)))
}

/// Builds `dir/main.go` with gocc (`-N` when `variant` is `-N`) and
/// compares it with the reference.
pub fn check_variant(
    opts: &Options,
    dir: &Path,
    variant: &'static str,
    has_defer: bool,
    reference: &Reference,
) -> Vec<Mismatch> {
    let mut found = Vec::new();
    let mut add = |kind: &'static str, detail: String| {
        found.push(Mismatch {
            variant,
            kind,
            detail,
        })
    };
    let bin = if variant == "-N" {
        "gocc-N.bin"
    } else {
        "gocc.bin"
    };
    let mut cmd = Command::new(&opts.gocc);
    cmd.args(["build", "-o", bin]);
    if variant == "-N" {
        cmd.arg("-N");
    }
    if has_defer {
        cmd.arg("-d=defer");
    }
    cmd.arg("main.go");
    let b = run(&mut cmd, dir, Duration::from_secs(300));
    if !ok(&b) {
        let head: String = b.stderr.lines().take(8).collect::<Vec<_>>().join("\n");
        add(
            "compile",
            format!("gocc build exit {}: {head}", b.exit_text()),
        );
        return found;
    }
    if has_defer {
        let want = if variant == "-N" {
            &reference.defer_n
        } else {
            &reference.defer
        };
        if variant == "default" || opts.with_n {
            let got = compare::defer_report(&b.stderr);
            if &got != want {
                add(
                    "defer",
                    compare::first_diff(&want.join("\n"), &got.join("\n")),
                );
            }
        }
    }
    let ran = run(&mut Command::new(dir.join(bin)), dir, opts.timeout);
    let _ = std::fs::remove_file(dir.join(bin));
    let r = &reference.ran;
    if ran.status.is_none() {
        add(
            "timeout",
            format!("gocc binary timed out after {:?}", opts.timeout),
        );
        return found;
    }
    if ran.exit_text() != r.exit_text() {
        add(
            "exit",
            format!("go exit {} gocc exit {}", r.exit_text(), ran.exit_text()),
        );
    }
    if ran.stdout != r.stdout {
        add("stdout", compare::first_diff(&r.stdout, &ran.stdout));
    }
    if let Err(e) = compare::check_stderr(&r.stderr, &ran.stderr) {
        add("stderr", e);
    }
    found
}

/// Checks the program `src` in the scratch directory `dir`.
pub fn check(opts: &Options, dir: &Path, src: &str) -> Verdict {
    let _ = std::fs::create_dir_all(dir);
    if let Err(e) = std::fs::write(dir.join("main.go"), src) {
        return Verdict::GeneratorBug(format!("cannot write main.go: {e}"));
    }
    let has_defer = src.contains("defer ");
    let reference = match reference(opts, dir, has_defer) {
        Ok(r) => r,
        Err(e) => return Verdict::GeneratorBug(e),
    };
    let mut all = check_variant(opts, dir, "default", has_defer, &reference);
    if opts.with_n {
        all.extend(check_variant(opts, dir, "-N", has_defer, &reference));
    }
    let _ = std::fs::remove_file(dir.join("go.bin"));
    if all.is_empty() {
        Verdict::Same
    } else {
        Verdict::Differs(all)
    }
}

/// What a batch found.
#[derive(Default)]
pub struct Summary {
    pub programs: u64,
    pub mismatching_programs: u64,
    /// (seed, mismatch, reproducer directory)
    pub mismatches: Vec<(u64, Mismatch, PathBuf)>,
    pub generator_bugs: Vec<(u64, String)>,
    pub seconds: f64,
}

impl Summary {
    /// `difftest: N programs, M mismatching (by kind: ...), G generator bugs, T s`.
    pub fn line(&self) -> String {
        let mut kinds: Vec<(String, usize)> = Vec::new();
        for (_, m, _) in &self.mismatches {
            let k = format!("{} {}", m.variant, m.kind);
            match kinds.iter_mut().find(|(n, _)| *n == k) {
                Some((_, c)) => *c += 1,
                None => kinds.push((k, 1)),
            }
        }
        kinds.sort();
        let by: Vec<String> = kinds.iter().map(|(k, c)| format!("{k}: {c}")).collect();
        format!(
            "difftest: {} programs, {} mismatching ({}), {} generator bugs, {:.0}s",
            self.programs,
            self.mismatching_programs,
            if by.is_empty() {
                "none".into()
            } else {
                by.join(", ")
            },
            self.generator_bugs.len(),
            self.seconds
        )
    }
}

/// Runs seeds `first_seed..first_seed+count` on `jobs` threads.
pub fn run_batch(opts: &Options) -> Summary {
    let start = Instant::now();
    let mut opts = opts.clone();
    if opts.importcfg.is_none() {
        opts.importcfg = std_importcfg(&opts.go, &opts.out_dir);
    }
    let opts = &opts;
    let next = Arc::new(AtomicU64::new(opts.first_seed));
    let summary = Arc::new(Mutex::new(Summary::default()));
    let end = opts.first_seed + opts.count;
    let _ = std::fs::create_dir_all(&opts.out_dir);
    let workers: Vec<_> = (0..opts.jobs.max(1))
        .map(|w| {
            let (next, summary, opts) = (Arc::clone(&next), Arc::clone(&summary), opts.clone());
            thread::spawn(move || {
                let scratch = opts.out_dir.join(format!("tmp-{}-{w}", std::process::id()));
                loop {
                    let seed = next.fetch_add(1, Ordering::SeqCst);
                    if seed >= end {
                        break;
                    }
                    let src = program::generate(seed, &opts.cfg);
                    let verdict = check(&opts, &scratch, &src);
                    let mut found = Vec::new();
                    match verdict {
                        Verdict::Same => {
                            if opts.verbose {
                                println!("seed {seed}: ok");
                            }
                        }
                        Verdict::GeneratorBug(e) => {
                            println!(
                                "seed {seed}: GENERATOR BUG: {}",
                                e.lines().take(3).collect::<Vec<_>>().join(" | ")
                            );
                            let dir = opts.out_dir.join(format!("genbug-seed-{seed}"));
                            let _ = std::fs::create_dir_all(&dir);
                            let _ = std::fs::write(dir.join("main.go"), &src);
                            let _ = std::fs::write(dir.join("report.txt"), &e);
                            summary.lock().unwrap().generator_bugs.push((seed, e));
                        }
                        Verdict::Differs(ms) => {
                            for m in &ms {
                                println!(
                                    "seed {seed}: MISMATCH {} {}: {}",
                                    m.variant,
                                    m.kind,
                                    m.detail.lines().next().unwrap_or("")
                                );
                            }
                            // One reproducer per distinct (variant, kind).
                            let mut seen: Vec<(&str, &str)> = Vec::new();
                            for m in ms {
                                if seen.contains(&(m.variant, m.kind)) {
                                    continue;
                                }
                                seen.push((m.variant, m.kind));
                                let dir = save_reproducer(&opts, &scratch, seed, &src, &m);
                                found.push((seed, m, dir));
                            }
                        }
                    }
                    let mut s = summary.lock().unwrap();
                    s.programs += 1;
                    if !found.is_empty() {
                        s.mismatching_programs += 1;
                    }
                    s.mismatches.extend(found);
                }
                let _ = std::fs::remove_dir_all(&scratch);
            })
        })
        .collect();
    for w in workers {
        let _ = w.join();
    }
    let mut s = Arc::try_unwrap(summary)
        .ok()
        .map(|m| m.into_inner().unwrap())
        .unwrap_or_default();
    s.mismatches
        .sort_by_key(|(seed, m, _)| (*seed, m.variant, m.kind));
    s.generator_bugs.sort();
    s.seconds = start.elapsed().as_secs_f64();
    s
}

/// Minimizes the program for `m` and writes `seed-N-VARIANT-KIND/` with
/// `main.go` (minimized), `original.go` and `report.txt`.
fn save_reproducer(opts: &Options, scratch: &Path, seed: u64, src: &str, m: &Mismatch) -> PathBuf {
    let variant = if m.variant == "-N" { "N" } else { "default" };
    let dir = opts
        .out_dir
        .join(format!("seed-{seed}-{variant}-{}", m.kind));
    let _ = std::fs::create_dir_all(&dir);
    let _ = std::fs::write(dir.join("original.go"), src);
    let small = if opts.minimize_budget > 0 {
        minimize::minimize(src, opts.minimize_budget, |cand| {
            let has_defer = cand.contains("defer ");
            let _ = std::fs::write(scratch.join("main.go"), cand);
            let Ok(r) = reference(opts, scratch, has_defer) else {
                return false;
            };
            let found = check_variant(opts, scratch, m.variant, has_defer, &r);
            found.iter().any(|f| f.kind == m.kind)
        })
    } else {
        src.to_string()
    };
    let _ = std::fs::write(dir.join("main.go"), &small);
    // The report shows both outputs of the minimized program.
    let has_defer = small.contains("defer ");
    let _ = std::fs::write(scratch.join("main.go"), &small);
    let mut report = format!(
        "seed {seed}, variant {}, kind {}\n{}\n\nreproduce: gocc build -o x {}{}main.go && ./x   vs   go build -o y {}main.go && ./y\n",
        m.variant,
        m.kind,
        m.detail,
        if m.variant == "-N" { "-N " } else { "" },
        if has_defer { "-d=defer " } else { "" },
        if has_defer { "-gcflags=-d=defer " } else { "" },
    );
    if let Ok(r) = reference(opts, scratch, has_defer) {
        let bin = if m.variant == "-N" {
            "gocc-N.bin"
        } else {
            "gocc.bin"
        };
        let mut cmd = Command::new(&opts.gocc);
        cmd.args(["build", "-o", bin]);
        if m.variant == "-N" {
            cmd.arg("-N");
        }
        if has_defer {
            cmd.arg("-d=defer");
        }
        let b = run(cmd.arg("main.go"), scratch, Duration::from_secs(300));
        let g = run(&mut Command::new(scratch.join(bin)), scratch, opts.timeout);
        report.push_str(&format!(
            "\n--- go: exit {}\n--- go stdout\n{}--- go stderr\n{}--- go defer report\n{}\n",
            r.ran.exit_text(),
            r.ran.stdout,
            compare::stderr_head(&r.ran.stderr),
            if m.variant == "-N" {
                r.defer_n.join("\n")
            } else {
                r.defer.join("\n")
            }
        ));
        report.push_str(&format!(
            "\n--- gocc build: exit {}\n{}--- gocc: exit {}\n--- gocc stdout\n{}--- gocc stderr\n{}",
            b.exit_text(),
            b.stderr,
            g.exit_text(),
            g.stdout,
            g.stderr.lines().take(30).collect::<Vec<_>>().join("\n")
        ));
        let _ = std::fs::remove_file(scratch.join(bin));
    }
    let _ = std::fs::write(dir.join("report.txt"), report);
    dir
}
