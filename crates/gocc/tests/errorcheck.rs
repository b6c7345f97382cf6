//! Go's `// errorcheck` tests (`$(go env GOROOT)/test`), run with `gocc tool
//! compile` and judged exactly as Go's own harness judges them (the
//! `errorcheck` crate: every `// ERROR "regexp"` annotation matched by a
//! message at its line, no other message about the file, compilation
//! failing unless the recipe says `-0`).
//!
//! By default every program in `testdata/gotest/errorcheck-passing.txt`
//! (sorted, only grows) is a test that must keep passing. The opt-in sweep
//! runs every single-file `// errorcheck` program of Go's test directories
//! and prints pass/fail counts and, for the `-m` (escape analysis) tests,
//! how many annotations gocc's output matched:
//!
//! ```text
//! GOCC_ERRORCHECK=all    cargo test -p gocc --test errorcheck   # sweep
//! GOCC_ERRORCHECK=update cargo test -p gocc --test errorcheck   # ... and add new passes to the list
//! ```
//!
//! The sweep fails only if a listed program fails. Without `go` or its test
//! directory everything is reported as ignored with a `skipped:` line.

mod common;

use common::{Options, Test, excerpt, read_text, run_combined};
use errorcheck::{Header, Tags};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const COMPILE_TIMEOUT: Duration = Duration::from_secs(60);

/// The directories Go's harness takes tests from (`testdir_test.go`'s
/// `dirs`).
const DIRS: &[&str] = &[
    ".",
    "ken",
    "chan",
    "interface",
    "internal/runtime/sys",
    "syntax",
    "dwarf",
    "fixedbugs",
    "codegen",
    "abi",
    "typeparam",
    "typeparam/mdempsky",
    "arenas",
    "simd",
];

/// The compiler flags `gocc tool compile` has. Go's harness also adds
/// `-d=ssa/check/on` (gc's internal SSA consistency checks, which print
/// nothing for a correct compiler): gocc has no such checker and it is left
/// out. A recipe with any other flag (`-live`, `-d=ssa/prove/debug=1`,
/// `-lang=go1.17`, `-m=2`, ...) asks for output gocc does not produce.
const SUPPORTED_FLAGS: &[&str] = &["-m", "-l", "-N", "-d=defer", "-e", "-C"];

/// Flags Go's harness passes to every errorcheck compilation anyway
/// (`-d=panic`: crash at the first error instead of going on, which
/// changes no output the test judges): left out when a recipe repeats them.
const HARNESS_FLAGS: &[&str] = &["-d=panic"];

const LIST: &str = "gotest/errorcheck-passing.txt";

fn main() {
    let opts = Options::from_args();
    let list_path = common::testdata_dir().join(LIST);
    let list_text = match read_text(&list_path) {
        Ok(t) => t,
        Err(e) => {
            println!("error: {e}");
            std::process::exit(101);
        }
    };
    let listed = common::parse_list(&list_text);
    if let Some(w) = listed.windows(2).find(|w| w[0] >= w[1]) {
        println!(
            "error: {LIST} must be sorted and without repeats: {:?} before {:?}",
            w[0], w[1]
        );
        std::process::exit(101);
    }
    let dir = match common::go_test_dir() {
        Ok(dir) => dir,
        Err(why) => common::skip_all(&why, listed.len()),
    };
    let tags = Arc::new(go_tags());
    let mode = std::env::var("GOCC_ERRORCHECK").unwrap_or_default();
    match mode.as_str() {
        "" => {
            let tests = listed
                .iter()
                .map(|rel| listed_test(&dir, rel, &tags))
                .collect();
            std::process::exit(common::run_tests(tests, &opts, 0));
        }
        "all" | "update" => {
            let status = sweep(&dir, &listed, &tags, &opts, mode == "update", &list_text);
            std::process::exit(status);
        }
        other => {
            println!("error: GOCC_ERRORCHECK={other:?}: use `all` or `update`");
            std::process::exit(101);
        }
    }
}

fn listed_test(dir: &Path, rel: &str, tags: &Arc<Tags>) -> Test {
    let (dir, rel_s, tags) = (dir.to_path_buf(), rel.to_string(), Arc::clone(tags));
    Test {
        name: rel.to_string(),
        known_failure: false,
        body: Box::new(move || match run_one(&dir, &rel_s, &tags) {
            Judged::Passed { .. } => Ok(()),
            Judged::Skipped(why) => Err(format!("skipped by a build constraint: {why}")),
            Judged::Unsupported(why) => Err(why),
            Judged::Failed { details, .. } => Err(details),
        }),
    }
}

/// How one program fared.
enum Judged {
    /// `matched` of `total` annotations.
    Passed { total: usize },
    Failed {
        details: String,
        matched: usize,
        total: usize,
    },
    /// A build constraint excludes it on linux/amd64.
    Skipped(String),
    /// Its recipe asks for a flag gocc does not have.
    Unsupported(String),
}

/// Compiles `rel` with `gocc tool compile -C -e FLAGS` and judges the output
/// as Go's harness does.
fn run_one(dir: &Path, rel: &str, tags: &Tags) -> Judged {
    let file = dir.join(rel);
    let src = match read_text(&file) {
        Ok(s) => s,
        Err(e) => {
            return Judged::Failed {
                details: e,
                matched: 0,
                total: 0,
            };
        }
    };
    let fail = |details: String| Judged::Failed {
        details,
        matched: 0,
        total: 0,
    };
    let Some(h) = errorcheck::header(&src) else {
        return fail("no test recipe".into());
    };
    if h.action != "errorcheck" && h.action != "errorcheckwithauto" {
        return fail(format!("not an errorcheck test: {}", h.action));
    }
    // Go's harness checks the constraints up to the package clause.
    let head = src.split("\npackage").next().unwrap_or(&src);
    if let Err(line) = errorcheck::should_test(head, tags) {
        return Judged::Skipped(line);
    }
    let flags: Vec<&String> = h
        .flags
        .iter()
        .filter(|f| !HARNESS_FLAGS.contains(&f.as_str()))
        .collect();
    if let Some(f) = flags
        .iter()
        .find(|f| !SUPPORTED_FLAGS.contains(&f.as_str()))
    {
        return Judged::Unsupported(format!("unsupported compiler flag {f}"));
    }
    if let Some(e) = h.env_flags.first() {
        return Judged::Unsupported(format!("unsupported harness option {e}"));
    }
    let full = file.display().to_string();
    let short = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut cmd = Command::new(common::gocc());
    cmd.args(["tool", "compile", "-C", "-e"])
        .args(&flags)
        .arg(&file)
        .current_dir(file.parent().unwrap_or(dir));
    let out = match run_combined(&mut cmd, COMPILE_TIMEOUT) {
        Ok(o) => o,
        Err(e) => return fail(format!("gocc tool compile: {e}")),
    };
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let code = out.status.code();
    if !matches!(code, Some(0) | Some(2)) || text.contains("panicked at") {
        return fail(format!(
            "gocc crashed (exit status {}):\n{}",
            out.status_text(),
            excerpt(&text)
        ));
    }
    let failed = code == Some(2);
    let verdict = errorcheck::check(&text, h.want_auto, &src, &full, &short);
    let mut problems = Vec::new();
    if h.want_error && !failed {
        problems.push("compilation succeeded unexpectedly".to_string());
    } else if !h.want_error && failed {
        problems.push("compilation failed (exit status 2), want success".to_string());
    }
    problems.extend(verdict.problems.iter().cloned());
    if problems.is_empty() {
        Judged::Passed {
            total: verdict.total,
        }
    } else {
        Judged::Failed {
            details: format!(
                "{}\n--- gocc tool compile -C -e {} {rel}:\n{}",
                problems.join("\n"),
                flags
                    .iter()
                    .map(|f| f.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
                excerpt(&text)
            ),
            matched: verdict.matched,
            total: verdict.total,
        }
    }
}

/// The reference toolchain's build tags (its release and tool tags,
/// whether cgo is on), for the build constraints of the tests.
fn go_tags() -> Tags {
    let fallback = Tags {
        release: (1..=26).map(|n| format!("go1.{n}")).collect(),
        tool: Vec::new(),
        cgo: true,
    };
    let out = Command::new("go")
        .args([
            "list",
            "-f",
            "{{context.ReleaseTags}}|{{context.ToolTags}}|{{context.CgoEnabled}}",
            "runtime",
        ])
        .env("GOTOOLCHAIN", "local")
        .output();
    let Ok(out) = out else { return fallback };
    let text = String::from_utf8_lossy(&out.stdout);
    let parts: Vec<&str> = text.trim().split('|').collect();
    let list = |s: &str| -> Vec<String> {
        s.trim_matches(|c| c == '[' || c == ']')
            .split_whitespace()
            .map(str::to_string)
            .collect()
    };
    match parts.as_slice() {
        [release, tool, cgo] if out.status.success() => Tags {
            release: list(release),
            tool: list(tool),
            cgo: *cgo == "true",
        },
        _ => fallback,
    }
}

/// Every single-file `// errorcheck` (or `errorcheckwithauto`) program of
/// Go's test directories, as paths relative to `dir`, sorted.
fn all_errorcheck(dir: &Path) -> Vec<(String, Header)> {
    let mut out = Vec::new();
    for d in DIRS {
        let Ok(entries) = std::fs::read_dir(dir.join(d)) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.extension().is_none_or(|x| x != "go") || !p.is_file() {
                continue;
            }
            let Ok(src) = read_text(&p) else { continue };
            let Some(h) = errorcheck::header(&src) else {
                continue;
            };
            if h.action == "errorcheck" || h.action == "errorcheckwithauto" {
                let name = e.file_name().to_string_lossy().into_owned();
                let rel = if *d == "." {
                    name
                } else {
                    format!("{d}/{name}")
                };
                out.push((rel, h));
            }
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// Counts for one group of programs.
#[derive(Default)]
struct Tally {
    programs: usize,
    passed: usize,
    failed: usize,
    skipped: usize,
    unsupported: usize,
    matched: usize,
    annotations: usize,
}

impl Tally {
    fn add(&mut self, r: &Judged) {
        self.programs += 1;
        match r {
            Judged::Passed { total } => {
                self.passed += 1;
                self.matched += total;
                self.annotations += total;
            }
            Judged::Failed { matched, total, .. } => {
                self.failed += 1;
                self.matched += matched;
                self.annotations += total;
            }
            Judged::Skipped(_) => self.skipped += 1,
            Judged::Unsupported(_) => self.unsupported += 1,
        }
    }

    fn line(&self, what: &str) -> String {
        format!(
            "{what}: {} programs: {} passed, {} failed, {} skipped (build constraints), {} unsupported flags; annotations matched {}/{}",
            self.programs,
            self.passed,
            self.failed,
            self.skipped,
            self.unsupported,
            self.matched,
            self.annotations
        )
    }
}

fn sweep(
    dir: &Path,
    listed: &[String],
    tags: &Arc<Tags>,
    opts: &Options,
    update: bool,
    list_text: &str,
) -> i32 {
    let start = Instant::now();
    let programs: Vec<(String, Header)> = all_errorcheck(dir)
        .into_iter()
        .filter(|(rel, _)| {
            opts.filters.is_empty() || opts.filters.iter().any(|f| rel.contains(f.as_str()))
        })
        .collect();
    println!();
    println!("sweeping {} errorcheck programs", programs.len());
    let results: Arc<Mutex<Vec<Option<Judged>>>> =
        Arc::new(Mutex::new((0..programs.len()).map(|_| None).collect()));
    let next = Arc::new(Mutex::new(0usize));
    let programs = Arc::new(programs);
    let dir: PathBuf = dir.to_path_buf();
    let workers: Vec<_> = (0..opts.threads)
        .map(|_| {
            let (programs, results, next, tags, dir) = (
                Arc::clone(&programs),
                Arc::clone(&results),
                Arc::clone(&next),
                Arc::clone(tags),
                dir.clone(),
            );
            std::thread::spawn(move || {
                loop {
                    let i = {
                        let mut n = next.lock().unwrap();
                        *n += 1;
                        *n - 1
                    };
                    let Some((rel, _)) = programs.get(i) else {
                        break;
                    };
                    let r = run_one(&dir, rel, &tags);
                    results.lock().unwrap()[i] = Some(r);
                }
            })
        })
        .collect();
    for w in workers {
        let _ = w.join();
    }
    let results: Vec<Judged> = std::mem::take(&mut *results.lock().unwrap())
        .into_iter()
        .map(|r| r.unwrap_or(Judged::Unsupported("not run".into())))
        .collect();

    let mut all = Tally::default();
    let mut plain = Tally::default();
    let mut escape = Tally::default();
    let mut with_m = Tally::default();
    let mut regressions = Vec::new();
    let mut passing = Vec::new();
    for ((rel, h), r) in programs.iter().zip(&results) {
        all.add(r);
        if h.action == "errorcheck" && h.flags.is_empty() && h.want_error {
            plain.add(r);
        }
        let flags = h.flags.join(" ");
        if flags == "-m -l" && !h.want_error {
            escape.add(r);
        }
        if h.flags.iter().any(|f| f == "-m") {
            with_m.add(r);
        }
        let listed = listed.binary_search(rel).is_ok();
        let (tag, note) = match r {
            Judged::Passed { total } => {
                passing.push(rel.clone());
                ("ok", format!("{total}/{total}"))
            }
            Judged::Failed {
                details,
                matched,
                total,
            } => {
                if listed {
                    regressions.push((rel.clone(), details.clone()));
                }
                let first = details.lines().next().unwrap_or("");
                let first: String = first.chars().take(150).collect();
                ("FAILED", format!("{matched}/{total} {first}"))
            }
            Judged::Skipped(why) => ("skipped", why.clone()),
            Judged::Unsupported(why) => ("unsupported", why.clone()),
        };
        let m = if h.flags.iter().any(|f| f == "-m") {
            " [-m]"
        } else {
            ""
        };
        println!("{tag:11} {rel}{m}: {note}");
    }
    println!();
    println!("{}", all.line("all errorcheck"));
    println!("{}", plain.line("plain `// errorcheck`"));
    println!("{}", escape.line("`// errorcheck -0 -m -l`"));
    println!("{}", with_m.line("every recipe with -m"));
    for (rel, details) in &regressions {
        println!();
        println!("---- {rel} (listed in {LIST}) ----");
        println!("{}", details.trim_end());
    }
    if update {
        let mut new: Vec<String> = listed.to_vec();
        new.extend(passing.iter().cloned());
        new.sort();
        new.dedup();
        let added = new.len() - listed.len();
        let comments: String = list_text
            .lines()
            .take_while(|l| l.starts_with('#') || l.trim().is_empty())
            .map(|l| format!("{l}\n"))
            .collect();
        let body: String = new.iter().map(|l| format!("{l}\n")).collect();
        let path = common::testdata_dir().join(LIST);
        match std::fs::write(&path, format!("{comments}{body}")) {
            Ok(()) => println!("{LIST}: {added} added, {} in all", new.len()),
            Err(e) => println!("error: writing {}: {e}", path.display()),
        }
    }
    println!();
    // Only a listed program that fails fails the sweep; the others are
    // counted as ignored.
    println!(
        "test result: {}. {} passed; {} failed; {} ignored; 0 measured; 0 filtered out; finished in {:.2}s",
        if regressions.is_empty() {
            "ok"
        } else {
            "FAILED"
        },
        all.passed,
        regressions.len(),
        all.programs - all.passed - regressions.len(),
        start.elapsed().as_secs_f64()
    );
    if regressions.is_empty() { 0 } else { 101 }
}
