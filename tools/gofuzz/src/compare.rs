//! The error-comparison oracle: for mutants that gc rejects, gocc's first
//! diagnostic line must be gc's first line, as `go build` prints it with the
//! `# command-line-arguments` header and `./` prefixes removed (the
//! normalization of testdata/regen.sh, which makes the errors/ goldens).

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use crate::corpus::Corpus;
use crate::exec::{self, INPUT_NAME, Outcome, Runner};
use crate::mutate::{self, Config as MutateConfig};
use crate::rng::Rng;

/// What gc (through `go build`) said about an input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GcOutcome {
    Accepted,
    /// First normalized diagnostic line.
    Rejected(String),
    /// Timed out or could not run.
    Failed(String),
}

/// Runs `go build -o /dev/null ./prog.go` on `src` in `workdir`.
pub fn run_gc(go: &Path, workdir: &Path, src: &[u8], timeout: Duration) -> GcOutcome {
    if let Err(e) =
        std::fs::create_dir_all(workdir).and_then(|_| std::fs::write(workdir.join(INPUT_NAME), src))
    {
        return GcOutcome::Failed(e.to_string());
    }
    let mut cmd = Command::new(go);
    cmd.args(["build", "-o", "/dev/null"])
        .arg(format!("./{INPUT_NAME}"))
        .current_dir(workdir)
        .env("GOTOOLCHAIN", "local")
        .env("GOFLAGS", "-buildvcs=false");
    let raw = exec::run_with_timeout(cmd, &workdir.join("gc.stderr"), timeout);
    if raw.timed_out {
        return GcOutcome::Failed("timeout".into());
    }
    match raw.status {
        Some(s) if s.success() => GcOutcome::Accepted,
        Some(_) => GcOutcome::Rejected(first_gc_line(&raw.stderr)),
        None => GcOutcome::Failed(raw.stderr),
    }
}

/// gc's first diagnostic, normalized like regen.sh.
pub fn first_gc_line(out: &str) -> String {
    out.lines()
        .find(|l| *l != "# command-line-arguments")
        .map(|l| l.strip_prefix("./").unwrap_or(l).to_string())
        .unwrap_or_default()
}

/// A mismatch class: gc's message with names, numbers and quoted text
/// abstracted, so `undefined: x` and `undefined: y` count together.
pub fn message_kind(line: &str) -> String {
    const LEAD: &[&str] = &[
        "unexpected",
        "missing",
        "non-declaration",
        "cannot",
        "invalid",
        "expected",
        "no",
        "mismatched",
        "not",
        "too",
    ];
    let msg = line.splitn(4, ':').nth(3).unwrap_or(line).trim();
    let words: Vec<&str> = msg.split_whitespace().collect();
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate() {
        if i == 6 {
            out.push("...");
            break;
        }
        let after_colon = i > 0 && words[i - 1].ends_with(':') && !LEAD.contains(w);
        let before_decl = words
            .get(i + 1)
            .is_some_and(|n| matches!(*n, "redeclared" | "declared" | "(variable" | "(type"));
        let abstract_word = after_colon
            || before_decl
            || w.chars()
                .any(|c| c.is_ascii_digit() || matches!(c, '"' | '\'' | '`'))
            || (i > 0 && w.chars().any(|c| c.is_ascii_uppercase()));
        out.push(if abstract_word { "_" } else { w });
    }
    out.join(" ")
}

#[derive(Clone, Debug)]
pub struct Config {
    pub seed: u64,
    pub count: u64,
    pub duration: Duration,
    pub out_dir: Option<PathBuf>,
    pub go: PathBuf,
}

#[derive(Debug, Default)]
pub struct Report {
    pub mutants: u64,
    /// Mutants gc rejects: the denominator of the match rate.
    pub gc_rejected: u64,
    pub matched: u64,
    pub gc_accepted: u64,
    /// gc accepts, gocc rejects (a feature gocc lacks, or a wrong error).
    pub gocc_rejects_valid: u64,
    /// gc rejects, gocc accepts.
    pub gocc_accepts_invalid: u64,
    pub gocc_failures: u64,
    pub same_message_other_position: u64,
    /// By gc message kind: count and one example (gc line, gocc line, file).
    pub kinds: BTreeMap<String, (u64, String, String, String)>,
    pub valid_rejections: BTreeMap<String, (u64, String, String)>,
    pub elapsed: Duration,
}

impl Report {
    pub fn rate(&self) -> f64 {
        if self.gc_rejected == 0 {
            0.0
        } else {
            100.0 * self.matched as f64 / self.gc_rejected as f64
        }
    }

    pub fn print(&self, top: usize) {
        println!(
            "error comparison: {} mutants in {:.0?}; gc rejected {}, gocc's first line matched {} ({:.1}%)",
            self.mutants,
            self.elapsed,
            self.gc_rejected,
            self.matched,
            self.rate()
        );
        println!(
            "  of the mismatches: {} same message at another position, {} accepted by gocc, {} gocc crashes/hangs",
            self.same_message_other_position, self.gocc_accepts_invalid, self.gocc_failures
        );
        println!(
            "  gc accepted {}; gocc rejected {} of those",
            self.gc_accepted, self.gocc_rejects_valid
        );
        let mut kinds: Vec<_> = self.kinds.iter().collect();
        kinds.sort_by(|a, b| b.1.0.cmp(&a.1.0).then(a.0.cmp(b.0)));
        println!("  mismatches by gc message kind:");
        for (k, (n, gc, gocc, file)) in kinds.iter().take(top) {
            println!(
                "  {n:5}  {k}\n           gc:   {gc}\n           gocc: {gocc}\n           ({file})"
            );
        }
        let mut valid: Vec<_> = self.valid_rejections.iter().collect();
        valid.sort_by(|a, b| b.1.0.cmp(&a.1.0).then(a.0.cmp(b.0)));
        if !valid.is_empty() {
            println!("  valid mutants gocc rejects, by gocc message kind:");
        }
        for (k, (n, gocc, file)) in valid.iter().take(top) {
            println!("  {n:5}  {k}\n           gocc: {gocc}\n           ({file})");
        }
    }
}

/// Mutates seeds that both compilers accept (checked once per seed) and
/// compares the first error lines of the mutants.
pub fn run(corpus: &Corpus, runner: &Runner, cfg: &Config) -> Report {
    let mut rng = Rng::new(cfg.seed);
    let mut report = Report::default();
    let start = Instant::now();
    let gc_dir = runner.workdir.join("gc");
    let gc_timeout = Duration::from_secs(60);
    let mut qualified: HashMap<usize, bool> = HashMap::new();
    let mutate_cfg = MutateConfig {
        deep: false,
        bytes: true,
    };
    if corpus.is_empty() {
        return report;
    }
    let others = |r: &mut Rng| corpus.files[r.below(corpus.len())].1.clone();
    let mut saved = 0u64;
    while report.mutants < cfg.count && start.elapsed() < cfg.duration {
        let idx = rng.below(corpus.len());
        let (path, seed) = &corpus.files[idx];
        let ok = *qualified.entry(idx).or_insert_with(|| {
            runner.run(seed) == Outcome::Accepted
                && run_gc(&cfg.go, &gc_dir, seed, gc_timeout) == GcOutcome::Accepted
        });
        if !ok {
            // Keep the random sequence independent of qualification results.
            let _ = mutate::mutate(seed, &others, &mut rng, mutate_cfg);
            continue;
        }
        let (mutant, _names) = mutate::mutate(seed, &others, &mut rng, mutate_cfg);
        let gc = run_gc(&cfg.go, &gc_dir, &mutant, gc_timeout);
        let gocc = runner.run(&mutant);
        report.mutants += 1;
        let file = path.display().to_string();
        match gc {
            GcOutcome::Failed(_) => {}
            GcOutcome::Accepted => {
                report.gc_accepted += 1;
                if let Outcome::Rejected(l) = &gocc {
                    report.gocc_rejects_valid += 1;
                    let e = report.valid_rejections.entry(message_kind(l)).or_insert((
                        0,
                        l.clone(),
                        file.clone(),
                    ));
                    e.0 += 1;
                    saved += 1;
                    save(cfg, saved, "valid", &mutant, "(accepted)", l);
                }
            }
            GcOutcome::Rejected(gc_line) => {
                report.gc_rejected += 1;
                let gocc_line = match &gocc {
                    Outcome::Rejected(l) => l.clone(),
                    Outcome::Accepted => {
                        report.gocc_accepts_invalid += 1;
                        "(accepted)".into()
                    }
                    other => {
                        report.gocc_failures += 1;
                        format!("({})", other.signature().unwrap_or_default())
                    }
                };
                if gocc_line == gc_line {
                    report.matched += 1;
                } else {
                    let msg = |l: &str| l.splitn(4, ':').nth(3).map(str::to_string);
                    if msg(&gocc_line).is_some() && msg(&gocc_line) == msg(&gc_line) {
                        report.same_message_other_position += 1;
                    }
                    let e = report.kinds.entry(message_kind(&gc_line)).or_insert((
                        0,
                        gc_line.clone(),
                        gocc_line.clone(),
                        file.clone(),
                    ));
                    e.0 += 1;
                    saved += 1;
                    save(cfg, saved, "mismatch", &mutant, &gc_line, &gocc_line);
                }
            }
        }
    }
    report.elapsed = start.elapsed();
    report
}

fn save(cfg: &Config, n: u64, what: &str, src: &[u8], gc: &str, gocc: &str) {
    let Some(dir) = &cfg.out_dir else { return };
    let _ = std::fs::create_dir_all(dir);
    let _ = std::fs::write(dir.join(format!("{what}-{n:05}.go")), src);
    let _ = std::fs::write(
        dir.join(format!("{what}-{n:05}.txt")),
        format!("gc:   {gc}\ngocc: {gocc}\n"),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds() {
        assert_eq!(message_kind("prog.go:3:4: undefined: x"), "undefined: _");
        assert_eq!(
            message_kind("prog.go:3:4: cannot use \"s\" (untyped string constant) as int value"),
            "cannot use _ (untyped string constant) ..."
        );
        assert_eq!(
            first_gc_line("# command-line-arguments\n./prog.go:1:2: x\n"),
            "prog.go:1:2: x"
        );
    }
}
