//! `difftest`: the go-vs-gocc differential tester. Generates programs for
//! a range of seeds, builds and runs each with go and gocc (and gocc -N,
//! with -d=defer reports), saves each mismatch minimized under --out, and
//! prints a summary line. Exit status 1 when anything mismatched.

use std::path::PathBuf;
use std::time::Duration;

const USAGE: &str = "usage: difftest [options]
  --seed S          first seed (1)
  -n N              number of programs (100)
  -j JOBS           parallel jobs (1)
  --gocc PATH       gocc binary (target/release/gocc)
  --go PATH         go command (go)
  --out DIR         reproducers go to DIR/seed-N-VARIANT-KIND/ (difftest-out)
  --without F1,F2   generator features to turn off (ambiguous, negzero, mathfuncs,
                    float32fmt, repanic, deadcode, panicprint, goroutines, heapresult)
  --no-N            skip the gocc -N build
  --minimize N      minimizer attempts per mismatch, 0 for none (150)
  --timeout SECS    run timeout per binary (10)
  -v                a line per program, also when it matches";

fn main() {
    let mut opts = gogen::driver::Options {
        gocc: PathBuf::from("target/release/gocc"),
        go: PathBuf::from("go"),
        first_seed: 1,
        count: 100,
        jobs: 1,
        out_dir: PathBuf::from("difftest-out"),
        cfg: gogen::Config::default(),
        minimize_budget: 150,
        timeout: Duration::from_secs(10),
        with_n: true,
        verbose: false,
        importcfg: None,
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut val = || {
            args.next().unwrap_or_else(|| {
                eprintln!("difftest: {a} needs a value\n{USAGE}");
                std::process::exit(2)
            })
        };
        let num = |v: String| -> u64 {
            v.parse().unwrap_or_else(|_| {
                eprintln!("difftest: not a number: {v}");
                std::process::exit(2)
            })
        };
        match a.as_str() {
            "--seed" => opts.first_seed = num(val()),
            "-n" => opts.count = num(val()),
            "-j" => opts.jobs = num(val()) as usize,
            "--gocc" => opts.gocc = PathBuf::from(val()),
            "--go" => opts.go = PathBuf::from(val()),
            "--out" => opts.out_dir = PathBuf::from(val()),
            "--minimize" => opts.minimize_budget = num(val()) as usize,
            "--timeout" => opts.timeout = Duration::from_secs(num(val())),
            "--no-N" => opts.with_n = false,
            "-v" => opts.verbose = true,
            "--without" => {
                if let Err(e) = opts.cfg.disable(&val()) {
                    eprintln!("difftest: {e}");
                    std::process::exit(2);
                }
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            _ => {
                eprintln!("difftest: unknown option {a}\n{USAGE}");
                std::process::exit(2);
            }
        }
    }
    // Child processes run in scratch directories: make paths absolute.
    if opts.gocc.components().count() > 1
        && let Ok(p) = std::fs::canonicalize(&opts.gocc)
    {
        opts.gocc = p;
    }
    let _ = std::fs::create_dir_all(&opts.out_dir);
    if let Ok(p) = std::fs::canonicalize(&opts.out_dir) {
        opts.out_dir = p;
    }
    let s = gogen::driver::run_batch(&opts);
    for (seed, m, dir) in &s.mismatches {
        println!(
            "mismatch: seed {seed} {} {}: {}",
            m.variant,
            m.kind,
            dir.display()
        );
    }
    for (seed, _) in &s.generator_bugs {
        println!(
            "generator bug: seed {seed}: {}",
            opts.out_dir.join(format!("genbug-seed-{seed}")).display()
        );
    }
    println!("{}", s.line());
    let bad = !s.mismatches.is_empty() || !s.generator_bugs.is_empty();
    std::process::exit(if bad { 1 } else { 0 })
}
