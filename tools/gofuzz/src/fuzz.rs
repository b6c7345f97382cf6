//! The crash/hang fuzzing loop: mutate a random seed, run gocc, and on a new
//! failure signature minimize the input and save it.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use crate::corpus::Corpus;
use crate::exec::{Outcome, Runner};
use crate::minimize::{self, Budget};
use crate::mutate::{self, Config as MutateConfig};
use crate::rng::Rng;

#[derive(Clone, Debug)]
pub struct Config {
    pub seed: u64,
    pub duration: Duration,
    /// Stop after this many executions (whichever of time and count comes first).
    pub max_execs: Option<u64>,
    /// Where minimized failing inputs are written (`SIGNATURE.go` + `.txt`).
    pub out_dir: Option<PathBuf>,
    pub minimize: bool,
    pub budget: Budget,
    pub mutate: MutateConfig,
    /// Print a progress line this often (None: quiet).
    pub progress: Option<Duration>,
}

/// One failure signature found during a run.
#[derive(Clone, Debug)]
pub struct Finding {
    pub signature: String,
    /// How many mutants failed with this signature.
    pub count: u64,
    pub seed_file: PathBuf,
    pub mutations: Vec<&'static str>,
    pub input: Vec<u8>,
    pub minimized: Vec<u8>,
    pub stderr: String,
}

#[derive(Debug, Default)]
pub struct Report {
    pub execs: u64,
    pub accepted: u64,
    pub rejected: u64,
    pub elapsed: Duration,
    pub findings: BTreeMap<String, Finding>,
}

/// A file-name-safe form of a signature.
pub fn slug(signature: &str) -> String {
    let mut s: String = signature
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    while s.contains("--") {
        s = s.replace("--", "-");
    }
    s.trim_matches('-').chars().take(80).collect()
}

pub fn run(corpus: &Corpus, runner: &Runner, cfg: &Config) -> Report {
    let mut rng = Rng::new(cfg.seed);
    let mut report = Report::default();
    let start = Instant::now();
    let mut last_progress = Instant::now();
    if corpus.is_empty() {
        return report;
    }
    let others = |r: &mut Rng| corpus.files[r.below(corpus.len())].1.clone();
    while start.elapsed() < cfg.duration && cfg.max_execs.is_none_or(|m| report.execs < m) {
        let (path, seed) = &corpus.files[rng.below(corpus.len())];
        let (mutant, names) = mutate::mutate(seed, &others, &mut rng, cfg.mutate);
        let outcome = runner.run(&mutant);
        report.execs += 1;
        match &outcome {
            Outcome::Accepted => report.accepted += 1,
            Outcome::Rejected(_) => report.rejected += 1,
            Outcome::Crash { .. } | Outcome::Hang => {
                let sig = outcome.signature().unwrap_or_default();
                if let Some(f) = report.findings.get_mut(&sig) {
                    f.count += 1;
                } else {
                    let stderr = match &outcome {
                        Outcome::Crash { stderr, .. } => stderr.clone(),
                        _ => String::new(),
                    };
                    eprintln!(
                        "gofuzz: new failure [{sig}] from {} after {names:?} (exec {})",
                        path.display(),
                        report.execs
                    );
                    let minimized = if cfg.minimize {
                        minimize_failure(runner, &mutant, &sig, cfg.budget)
                    } else {
                        mutant.clone()
                    };
                    let f = Finding {
                        signature: sig.clone(),
                        count: 1,
                        seed_file: path.clone(),
                        mutations: names.clone(),
                        input: mutant.clone(),
                        minimized,
                        stderr,
                    };
                    if let Some(dir) = &cfg.out_dir {
                        save(dir, &f);
                    }
                    report.findings.insert(sig, f);
                }
            }
        }
        if let Some(every) = cfg.progress
            && last_progress.elapsed() >= every
        {
            last_progress = Instant::now();
            eprintln!(
                "gofuzz: {} execs in {:.0?} ({:.1}/s), {} accepted, {} rejected, {} failure signatures",
                report.execs,
                start.elapsed(),
                report.execs as f64 / start.elapsed().as_secs_f64(),
                report.accepted,
                report.rejected,
                report.findings.len()
            );
        }
    }
    report.elapsed = start.elapsed();
    report
}

/// Shrinks a failing input, keeping its signature. Hangs are retried with
/// the runner's timeout, so they get a small test budget.
pub fn minimize_failure(runner: &Runner, input: &[u8], sig: &str, budget: Budget) -> Vec<u8> {
    let budget = if sig == "hang" {
        Budget {
            max_tests: budget.max_tests.min(20),
            ..budget
        }
    } else {
        budget
    };
    minimize::minimize(input, budget, &mut |cand: &[u8]| {
        runner.run(cand).signature().as_deref() == Some(sig)
    })
}

fn save(dir: &std::path::Path, f: &Finding) {
    let _ = std::fs::create_dir_all(dir);
    let stem = slug(&f.signature);
    let _ = std::fs::write(dir.join(format!("{stem}.go")), &f.minimized);
    let head: String = f.stderr.lines().take(12).collect::<Vec<_>>().join("\n");
    let note = format!(
        "signature: {}\nseed: {}\nmutations: {:?}\nstderr:\n{}\n",
        f.signature,
        f.seed_file.display(),
        f.mutations,
        head
    );
    let _ = std::fs::write(dir.join(format!("{stem}.txt")), note);
}
