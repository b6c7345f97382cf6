//! The `-m` half of the golden tests: for every `testdata/run/X.go` with an
//! `X.m` (what `go build -gcflags='-m -l'` prints, written by
//! `testdata/regen.sh`), `gocc build -m` must print exactly those lines.
//! Test names are `run/X.go -m`.
//!
//! Programs listed in `testdata/escape-pending.txt` are known to differ:
//! they still run, are reported as ignored while they differ, and fail
//! once they match (the list only shrinks, and stays honest).

use crate::common::{self, Test, excerpt, read_text, run_captured, text_diff};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

const PENDING: &str = "escape-pending.txt";

/// Generous: a debug-built compiler on a loaded 2-core machine.
const BUILD_TIMEOUT: Duration = Duration::from_secs(120);

/// One test per `run/*.m`, plus a failing one per entry of the pending
/// list that names no such program (a stale entry would otherwise hide).
pub fn tests(testdata: &Path) -> Vec<Test> {
    let pending = match read_text(&testdata.join(PENDING)) {
        Ok(text) => common::parse_list(&text),
        Err(e) => return vec![failing(PENDING.to_string(), e)],
    };
    let reports = m_files(&testdata.join("run"));
    let mut tests = Vec::new();
    for report in &reports {
        let program = report.with_extension("go");
        let name = format!("run/{}", file_name(&program));
        let listed = pending.contains(&name);
        tests.push(Test {
            name: format!("{name} -m"),
            known_failure: listed,
            body: Box::new(move || compare(&program)),
        });
    }
    for entry in pending {
        let known = reports
            .iter()
            .any(|r| format!("run/{}", file_name(&r.with_extension("go"))) == entry);
        if !known {
            tests.push(failing(
                format!("{PENDING}: {entry}"),
                format!("{PENDING} lists {entry}, which has no run/*.m report: remove it"),
            ));
        }
    }
    tests
}

fn failing(name: String, why: String) -> Test {
    Test {
        name,
        known_failure: false,
        body: Box::new(move || Err(why.clone())),
    }
}

/// `gocc build --no-link -m X.go` from the program's directory (so lines
/// name the file `X.go`, as in `X.m`); its stderr must equal `X.m`.
fn compare(program: &Path) -> Result<(), String> {
    let want = read_text(&program.with_extension("m"))?;
    let mut cmd = Command::new(common::gocc());
    cmd.args(["build", "--no-link", "-m"])
        .arg(file_name(program));
    if let Some(dir) = program.parent() {
        cmd.current_dir(dir);
    }
    let build = run_captured(&mut cmd, BUILD_TIMEOUT).map_err(|e| format!("gocc build: {e}"))?;
    let got = String::from_utf8_lossy(&build.stderr);
    if !build.status.success() {
        return Err(format!(
            "gocc build -m failed (exit status {}):\n{}",
            build.status_text(),
            excerpt(&got)
        ));
    }
    if got == want {
        Ok(())
    } else {
        Err(text_diff("-m report", &want, &got))
    }
}

/// The `.m` files directly inside `dir`, sorted by name.
fn m_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "m"));
    files.sort();
    files
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}
