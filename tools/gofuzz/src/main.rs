//! The `gofuzz` command line: `fuzz`, `compare`, `minimize`, `check`
//! (see testdata/README.md, "Fuzzing").

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use gofuzz::corpus::Corpus;
use gofuzz::exec::Runner;
use gofuzz::minimize::Budget;
use gofuzz::{compare, fuzz, mutate};

const USAGE: &str = "\
usage:
  gofuzz fuzz     [common] [--seconds N] [--execs N] [--out DIR] [--no-minimize] [--no-deep]
  gofuzz compare  [common] [--count N] [--seconds N] [--out DIR] [--go PATH] [--top N]
  gofuzz minimize [common] FILE [--out FILE]
  gofuzz check    [common] DIR...        gocc must not crash or hang on any .go file
common:
  --gocc PATH     gocc binary (default target/release/gocc, else target/debug/gocc)
  --corpus DIR    seed directory, repeatable (default: $(go env GOROOT)/test and testdata/run)
  --seed N        PRNG seed (default 1)
  --timeout S     per-run timeout in seconds (default 10)
";

fn main() -> ExitCode {
    match real_main() {
        Ok(code) => code,
        Err(e) => {
            eprintln!("gofuzz: {e}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn real_main() -> Result<ExitCode, String> {
    let mut args = std::env::args().skip(1);
    let cmd = args.next().ok_or("no command")?;
    let mut gocc: Option<PathBuf> = None;
    let mut corpus_dirs: Vec<PathBuf> = Vec::new();
    let mut seed = 1u64;
    let mut timeout = 10u64;
    let mut seconds: Option<u64> = None;
    let mut execs: Option<u64> = None;
    let mut out: Option<PathBuf> = None;
    let mut minimize = true;
    let mut deep = true;
    let mut go = PathBuf::from("go");
    let mut top = 25usize;
    let mut rest: Vec<PathBuf> = Vec::new();
    while let Some(a) = args.next() {
        let mut val = || args.next().ok_or(format!("{a} needs a value"));
        let num = |v: String| v.parse::<u64>().map_err(|e| format!("{v}: {e}"));
        match a.as_str() {
            "--gocc" => gocc = Some(val()?.into()),
            "--corpus" => corpus_dirs.push(val()?.into()),
            "--seed" => seed = num(val()?)?,
            "--timeout" => timeout = num(val()?)?,
            "--seconds" => seconds = Some(num(val()?)?),
            "--execs" | "--count" => execs = Some(num(val()?)?),
            "--out" => out = Some(val()?.into()),
            "--go" => go = val()?.into(),
            "--top" => top = num(val()?)? as usize,
            "--no-minimize" => minimize = false,
            "--no-deep" => deep = false,
            s if s.starts_with('-') => return Err(format!("unknown flag {s}")),
            s => rest.push(s.into()),
        }
    }
    let gocc = gocc
        .or_else(|| {
            ["target/release/gocc", "target/debug/gocc"]
                .iter()
                .map(PathBuf::from)
                .find(|p| p.is_file())
        })
        .ok_or("no gocc binary: build it or pass --gocc")?;
    let gocc = std::fs::canonicalize(&gocc).map_err(|e| format!("{}: {e}", gocc.display()))?;
    let work = gofuzz::scratch_dir(&cmd);
    let mut runner = Runner::new(gocc, work.clone());
    runner.timeout = Duration::from_secs(timeout);
    if corpus_dirs.is_empty() {
        corpus_dirs.extend(gofuzz::go_test_dir());
        corpus_dirs.push("testdata/run".into());
    }
    let budget = Budget {
        max_tests: 3000,
        max_time: Duration::from_secs(120),
    };
    let code = match cmd.as_str() {
        "fuzz" => {
            let corpus = Corpus::load(&corpus_dirs);
            eprintln!(
                "gofuzz: {} seed files, gocc {}",
                corpus.len(),
                runner.gocc.display()
            );
            let cfg = fuzz::Config {
                seed,
                duration: Duration::from_secs(seconds.unwrap_or(60)),
                max_execs: execs,
                out_dir: out.or(Some("fuzz-crashes".into())),
                minimize,
                budget,
                mutate: mutate::Config { deep, bytes: true },
                progress: Some(Duration::from_secs(60)),
            };
            let r = fuzz::run(&corpus, &runner, &cfg);
            println!(
                "fuzz: seed {seed}: {} execs in {:.0?} ({} accepted, {} rejected), {} failure signatures",
                r.execs,
                r.elapsed,
                r.accepted,
                r.rejected,
                r.findings.len()
            );
            for f in r.findings.values() {
                println!(
                    "  [{}] x{} (from {}; saved as {}.go)",
                    f.signature,
                    f.count,
                    f.seed_file.display(),
                    fuzz::slug(&f.signature)
                );
            }
            if r.findings.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
        "compare" => {
            let corpus = Corpus::load(&corpus_dirs);
            let cfg = compare::Config {
                seed,
                count: execs.unwrap_or(u64::MAX),
                duration: Duration::from_secs(seconds.unwrap_or(if execs.is_some() {
                    u64::MAX / 4
                } else {
                    300
                })),
                out_dir: out,
                go,
            };
            let r = compare::run(&corpus, &runner, &cfg);
            r.print(top);
            ExitCode::SUCCESS
        }
        "minimize" => {
            let file = rest.first().ok_or("minimize: no FILE")?;
            let src = std::fs::read(file).map_err(|e| format!("{}: {e}", file.display()))?;
            let sig = runner
                .run(&src)
                .signature()
                .ok_or("gocc neither crashes nor hangs on this file")?;
            let min = fuzz::minimize_failure(&runner, &src, &sig, budget);
            eprintln!("gofuzz: [{sig}] {} -> {} bytes", src.len(), min.len());
            match out {
                Some(o) => std::fs::write(&o, &min).map_err(|e| format!("{}: {e}", o.display()))?,
                None => print!("{}", String::from_utf8_lossy(&min)),
            }
            ExitCode::SUCCESS
        }
        "check" => {
            let mut failed = false;
            for d in &rest {
                let (n, bad) = gofuzz::check_dir(&runner, d);
                println!("check: {}: {n} files, {} failing", d.display(), bad.len());
                for (p, sig) in bad {
                    println!("  {}: [{sig}]", p.display());
                    failed = true;
                }
            }
            if failed {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
        other => return Err(format!("unknown command {other}")),
    };
    let _ = std::fs::remove_dir_all(&work);
    Ok(code)
}
