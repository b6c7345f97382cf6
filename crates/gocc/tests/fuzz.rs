//! Never crash (issue #13): a time-boxed, fixed-seed run of the gofuzz
//! front-end fuzzer over Go's test directory (or testdata/run without it),
//! and a regression check that gocc exits 0 or 1 on every input a fuzzer
//! run once crashed on (testdata/fuzz-crashes/). See testdata/README.md,
//! "Fuzzing".
//!
//! The run is a fixed number of executions (`GOCC_FUZZ_EXECS`, default
//! 6000: about 80 s on two free cores) so that a given seed
//! (`GOCC_FUZZ_SEED`, default 13) always tries the same inputs and CI does
//! not depend on the machine's speed; `GOCC_FUZZ_SECONDS` (default 300)
//! caps the time on a slow machine. `GOCC_TEST_BIN` picks another gocc
//! binary.

mod common;

use std::path::PathBuf;
use std::time::Duration;

use gofuzz::corpus::Corpus;
use gofuzz::exec::Runner;
use gofuzz::minimize::Budget;
use gofuzz::{fuzz, mutate};

fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn runner(tag: &str) -> (Runner, PathBuf) {
    let work = gofuzz::scratch_dir(tag);
    (Runner::new(common::gocc(), work.clone()), work)
}

#[test]
fn fuzz_front_end_time_boxed() {
    let dirs = match gofuzz::go_test_dir() {
        Some(d) => vec![d],
        None => vec![common::testdata_dir().join("run")],
    };
    let corpus = Corpus::load(&dirs);
    assert!(!corpus.is_empty(), "no seed files under {dirs:?}");
    let (runner, work) = runner("test");
    let cfg = fuzz::Config {
        seed: env_u64("GOCC_FUZZ_SEED", 13),
        duration: Duration::from_secs(env_u64("GOCC_FUZZ_SECONDS", 300)),
        max_execs: Some(env_u64("GOCC_FUZZ_EXECS", 6000)),
        out_dir: None,
        minimize: true,
        budget: Budget {
            max_tests: 1000,
            max_time: Duration::from_secs(60),
        },
        mutate: mutate::Config::default(),
        progress: None,
    };
    let report = fuzz::run(&corpus, &runner, &cfg);
    let _ = std::fs::remove_dir_all(&work);
    eprintln!(
        "fuzz: {} execs in {:.0?} ({} accepted, {} rejected)",
        report.execs, report.elapsed, report.accepted, report.rejected
    );
    if !report.findings.is_empty() {
        let mut msg = String::new();
        for f in report.findings.values() {
            msg += &format!(
                "\n[{}] x{} from {} after {:?}; minimized input:\n{}\n--- stderr:\n{}\n",
                f.signature,
                f.count,
                f.seed_file.display(),
                f.mutations,
                String::from_utf8_lossy(&f.minimized),
                f.stderr.lines().take(8).collect::<Vec<_>>().join("\n")
            );
        }
        panic!(
            "gocc crashed or hung on {} kinds of input:{msg}",
            report.findings.len()
        );
    }
}

#[test]
fn saved_crash_inputs_no_longer_crash() {
    let dir = common::testdata_dir().join("fuzz-crashes");
    let (runner, work) = runner("regress");
    let (n, bad) = gofuzz::check_dir(&runner, &dir);
    let _ = std::fs::remove_dir_all(&work);
    eprintln!("fuzz-crashes: {n} inputs");
    assert!(
        bad.is_empty(),
        "gocc still crashes or hangs on: {}",
        bad.iter()
            .map(|(p, s)| format!("{} [{s}]", p.display()))
            .collect::<Vec<_>>()
            .join(", ")
    );
}
