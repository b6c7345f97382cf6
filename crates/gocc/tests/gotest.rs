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

use common::expect::{gocc_build_ok, run_gotest};
use common::{Options, TempDir, Test, read_text};
use std::path::Path;
use std::sync::Arc;

fn main() {
    let opts = Options::from_args();
    let list = common::testdata_dir().join("gotest/passing.txt");
    let entries = match read_text(&list) {
        Ok(text) => common::parse_list(&text),
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

fn go_test(dir: &Path, rel: &str, scratch: &Arc<TempDir>) -> Test {
    let file = dir.join(rel);
    let scratch = Arc::clone(scratch);
    let bin = scratch.path().join(common::sanitize(rel));
    Test {
        name: rel.to_string(),
        known_failure: false,
        body: Box::new(move || {
            let _keep = &scratch;
            if !file.is_file() {
                return Err(format!("{} does not exist", file.display()));
            }
            gocc_build_ok(&file, &bin, &[])?;
            let res = run_gotest(&file, &bin, &[]);
            let _ = std::fs::remove_file(&bin);
            res
        }),
    }
}
