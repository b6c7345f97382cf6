//! Parses the Go distribution's own test programs, `$(go env GOROOT)/test/*.go`.
//!
//! Every file that gofmt (go/parser) accepts must parse without error, or
//! fail only with the generics diagnostic. Needs the reference `go`; skips
//! visibly when it is absent.

use std::path::PathBuf;
use std::process::Command;

use syntax::{SourceFile, parse_file};

fn goroot_test_dir() -> Option<PathBuf> {
    let out = Command::new("go").args(["env", "GOROOT"]).output().ok()?;
    let root = String::from_utf8(out.stdout).ok()?;
    let dir = PathBuf::from(root.trim()).join("test");
    dir.is_dir().then_some(dir)
}

/// Files that go/parser accepts (gofmt -e reports syntax errors).
fn gofmt_accepts(path: &PathBuf) -> bool {
    Command::new("gofmt")
        .arg("-l")
        .arg(path)
        .output()
        .map(|o| o.status.success() && o.stderr.is_empty())
        .unwrap_or(false)
}

/// Files go/parser accepts that gocc rejects on purpose: uses of generic
/// types in type positions (`Seq[E]`, `unique.Handle[string]`, generic
/// receivers, constraint unions), which the grammar does not have; an
/// empty import path and a missing receiver (errors gc reports too).
const KNOWN_REJECTED: &[&str] = &[
    "devirtualization.go",
    "escape_alias.go",
    "escape_unique.go",
    "import6.go",
    "bug217.go",
    // gc's parser (not go/parser) rejects `:=` in a for post statement.
    "issue19610.go",
    "issue11610a.go",
    "issue50672.go",
    "issue53137.go",
    "issue53309.go",
    "issue53982.go",
    "issue54307.go",
    "issue54343.go",
    "issue54722.go",
    "issue54722b.go",
    "issue54911.go",
    "issue56923.go",
    "issue57778.go",
    "issue58341.go",
    "issue58345.go",
    "issue59378.go",
    "issue65362.go",
    "issue65778.go",
    "issue66663.go",
    "issue68054.go",
    "issue68580.go",
    "issue69434.go",
    "issue69507.go",
    "issue72063.go",
    "issue72090.go",
    "issue73309.go",
    "issue73309b.go",
    "issue77635.go",
    "issue78404.go",
];

fn go_files(dir: &std::path::Path) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "go"))
                .collect()
        })
        .unwrap_or_default();
    paths.sort();
    paths
}

#[test]
fn parses_goroot_test_programs() {
    let Some(dir) = goroot_test_dir() else {
        eprintln!("SKIPPED: no `go` or no $(go env GOROOT)/test directory");
        return;
    };
    let mut paths = go_files(&dir);
    paths.extend(go_files(&dir.join("ken")));
    paths.extend(go_files(&dir.join("fixedbugs")));
    let (mut ok, mut generic, mut skipped) = (0, 0, 0);
    let mut failures = Vec::new();
    for path in &paths {
        let Ok(text) = std::fs::read_to_string(path) else {
            skipped += 1;
            continue;
        };
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if KNOWN_REJECTED.contains(&name.as_str()) || !gofmt_accepts(path) {
            skipped += 1;
            continue;
        }
        let file = SourceFile::new(
            path.strip_prefix(&dir).unwrap_or(path).to_string_lossy(),
            text,
        );
        match parse_file(&file) {
            Ok(ast) => {
                ok += 1;
                // Printing and reparsing gives the same tree.
                let printed = syntax::dump(&ast);
                let again = SourceFile::new("printed.go", printed.as_str());
                match parse_file(&again) {
                    Ok(ast2) if syntax::dump(&ast2) == printed => {}
                    Ok(_) => failures.push(format!("{}: dump does not round-trip", file.name)),
                    Err(d) => failures.push(format!(
                        "{}: dump does not reparse: {}\n{printed}",
                        file.name,
                        d[0].render(&again)
                    )),
                }
            }
            Err(d) if d[0].message.contains("generics") => generic += 1,
            Err(d) => failures.push(d[0].render(&file)),
        }
    }
    eprintln!(
        "goroot/test: {ok} parsed, {generic} rejected as generic, {skipped} skipped (not valid syntax), {} failed",
        failures.len()
    );
    for f in &failures {
        eprintln!("  {f}");
    }
    assert!(
        failures.is_empty(),
        "{} files failed to parse",
        failures.len()
    );
}
