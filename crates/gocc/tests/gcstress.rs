//! The collector under stress: a chosen subset of the golden programs and
//! of Go's test-suite programs (`testdata/gcstress.txt`), built once by
//! gocc and run collecting every few KB of allocation (`GOCC_GCSTRESS`,
//! default 4), judged exactly as
//! `golden.rs` and `gotest.rs` judge them (`common::expect`). A missing
//! root (a Go pointer held where the collector does not look) frees a
//! live object; under stress that object is soon zeroed and reused, and
//! the output or the exit status shows it.
//!
//! `cargo test -p gocc --test gcstress -- map` runs the entries whose name
//! contains "map". `GOCC_GCSTRESS=N` in the environment changes the
//! setting. Without Go's test directory the `gotest/` entries are counted
//! as ignored.

mod common;

use common::expect::{Expected, gocc_build_ok, run_golden, run_gotest};
use common::{Options, TempDir, Test};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Collect every this many KB allocated, unless `GOCC_GCSTRESS` says.
const DEFAULT_STRESS_KB: &str = "4";

fn main() {
    let opts = Options::from_args();
    let testdata = common::testdata_dir();
    let list = match common::read_text(&testdata.join("gcstress.txt")) {
        Ok(text) => common::parse_list(&text),
        Err(e) => {
            // A missing list is a broken checkout, not a reason to skip.
            println!("error: {e}");
            std::process::exit(101);
        }
    };
    let kb = std::env::var("GOCC_GCSTRESS").unwrap_or_else(|_| DEFAULT_STRESS_KB.into());
    let env = Arc::new(vec![("GOCC_GCSTRESS".to_string(), kb)]);
    let go_tests = common::go_test_dir();
    let scratch = Arc::new(TempDir::new("gocc-gcstress"));
    let mut tests = Vec::new();
    let mut ignored = 0;
    for entry in &list {
        if let Some(rel) = entry.strip_prefix("gotest/") {
            match &go_tests {
                Ok(dir) => tests.push(stress_test(entry, dir.join(rel), false, &env, &scratch)),
                Err(_) => ignored += 1,
            }
        } else {
            let file = testdata.join(entry);
            tests.push(stress_test(entry, file, true, &env, &scratch));
        }
    }
    if let (Err(why), true) = (&go_tests, ignored > 0) {
        println!("skipped {ignored} gotest/ entries: {why}");
    }
    let status = common::run_tests(tests, &opts, ignored);
    drop(scratch); // remove the binaries before exiting
    std::process::exit(status);
}

/// Builds `file` (optimized, as `go build` does by default) and runs it
/// under the stress setting `env`; `golden` chooses the judge.
fn stress_test(
    name: &str,
    file: PathBuf,
    golden: bool,
    env: &Arc<Vec<(String, String)>>,
    scratch: &Arc<TempDir>,
) -> Test {
    let (env, scratch) = (Arc::clone(env), Arc::clone(scratch));
    let bin = scratch.path().join(common::sanitize(name));
    Test {
        name: name.to_string(),
        known_failure: false,
        body: Box::new(move || {
            let _keep = &scratch;
            let env: Vec<(&str, &str)> =
                env.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            let res = run(&file, &bin, golden, &env);
            let _ = std::fs::remove_file(&bin);
            res
        }),
    }
}

fn run(file: &Path, bin: &Path, golden: bool, env: &[(&str, &str)]) -> Result<(), String> {
    if !file.is_file() {
        return Err(format!("{} does not exist", file.display()));
    }
    if golden {
        let expected = Expected::load(file, true)?;
        gocc_build_ok(file, bin, &[])?;
        expected.check(&run_golden(file, bin, env)?)
    } else {
        gocc_build_ok(file, bin, &[])?;
        run_gotest(file, bin, env)
    }
}
