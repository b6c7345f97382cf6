//! Regression gate over Go's own test suite (`$(go env GOROOT)/test`).
//!
//! `testdata/gotest/passing.txt` lists `// run` programs (paths relative to
//! the test directory) that gocc is known to pass; each must keep passing:
//! gocc builds it, the binary exits 0 within 10 s, and its combined stdout
//! and stderr equal the sibling `X.out` file (or are empty when there is no
//! `.out`), which is how Go's own `test/run.go` judges a `// run` test.
//!
//! Without `go` or its test directory every test is reported as ignored,
//! with a visible `skipped:` line. `GOCC_GOTEST_DIR` overrides the test
//! directory. `tools/gotest-scan.sh` finds newly passing programs.

mod common;

use common::{Options, TempDir, Test, excerpt, read_text, run_captured, run_combined, text_diff};
use std::path::Path;
use std::process::Command;
use std::sync::Arc;
use std::time::Duration;

const BUILD_TIMEOUT: Duration = Duration::from_secs(120);
const RUN_TIMEOUT: Duration = Duration::from_secs(10);

fn main() {
    let opts = Options::from_args();
    let list = common::testdata_dir().join("gotest/passing.txt");
    let entries = match read_text(&list) {
        Ok(text) => parse_list(&text),
        Err(e) => {
            // A missing list is a broken checkout, not a reason to skip.
            println!("error: {e}");
            std::process::exit(101);
        }
    };
    let dir = match common::go_test_dir() {
        Ok(dir) => dir,
        Err(why) => common::skip_all(&why, entries.len()),
    };
    let scratch = Arc::new(TempDir::new("gocc-gotest"));
    let tests = entries
        .iter()
        .map(|rel| go_test(&dir, rel, &scratch))
        .collect();
    let status = common::run_tests(tests, &opts, 0);
    drop(scratch);
    std::process::exit(status);
}

/// Non-empty lines of the list, without `#` comments.
fn parse_list(text: &str) -> Vec<String> {
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

fn go_test(dir: &Path, rel: &str, scratch: &Arc<TempDir>) -> Test {
    let file = dir.join(rel);
    let scratch = Arc::clone(scratch);
    let bin = scratch.path().join(common::sanitize(rel));
    Test {
        name: rel.to_string(),
        known_failure: false,
        body: Box::new(move || {
            let _keep = &scratch;
            let expected = match file.with_extension("out") {
                out if out.exists() => read_text(&out)?,
                _ => String::new(),
            };
            let (Some(parent), Some(base)) = (file.parent(), file.file_name()) else {
                return Err(format!("bad path {}", file.display()));
            };
            if !file.is_file() {
                return Err(format!("{} does not exist", file.display()));
            }
            let mut build = Command::new(common::gocc());
            build
                .arg("build")
                .arg("-o")
                .arg(&bin)
                .arg(base)
                .current_dir(parent);
            let built =
                run_captured(&mut build, BUILD_TIMEOUT).map_err(|e| format!("gocc build: {e}"))?;
            if !built.status.success() {
                return Err(format!(
                    "gocc build failed (exit status {}):\n{}",
                    built.status_text(),
                    excerpt(&String::from_utf8_lossy(&built.stderr))
                ));
            }
            let mut cmd = Command::new(&bin);
            cmd.current_dir(parent);
            let ran = run_combined(&mut cmd, RUN_TIMEOUT);
            let _ = std::fs::remove_file(&bin);
            let ran = ran.map_err(|e| format!("running the program: {e}"))?;
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
        }),
    }
}
