//! Robustness: the checker must never panic. Every file of
//! `$(go env GOROOT)/test/*.go` and `test/fixedbugs/*.go` that parses is type-checked (skipped, with
//! a message, when `go` is not installed).

mod common;

use std::process::Command;

use syntax::SourceFile;

fn goroot() -> Option<std::path::PathBuf> {
    let out = Command::new("go").args(["env", "GOROOT"]).output().ok()?;
    let s = String::from_utf8(out.stdout).ok()?;
    let p = std::path::PathBuf::from(s.trim());
    p.join("test").is_dir().then_some(p)
}

#[test]
fn goroot_test_files_never_panic() {
    let Some(root) = goroot() else {
        eprintln!("SKIPPED: go not found; GOROOT/test not available");
        return;
    };
    let mut files = common::go_files(&root.join("test"));
    files.extend(common::go_files(&root.join("test/fixedbugs")));
    let (mut checked, mut panics) = (0, Vec::new());
    for f in &files {
        let Ok(text) = std::fs::read_to_string(f) else {
            continue;
        };
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        if let Ok(only) = std::env::var("ONLY_FILE")
            && only != name
        {
            continue;
        }
        let src = SourceFile::new(name.clone(), text);
        let Ok(file) = std::panic::catch_unwind(|| syntax::parse_file(&src)) else {
            continue; // the parser's own robustness is tested in crates/syntax
        };
        let Ok(file) = file else { continue };
        checked += 1;
        if std::env::var_os("TRACE_FILES").is_some() {
            eprintln!("checking {name}");
        }
        let t0 = std::time::Instant::now();
        let r = std::panic::catch_unwind(|| types::check(&file, &src));
        if t0.elapsed().as_secs() >= 2 {
            eprintln!("slow: {name} took {:?}", t0.elapsed());
        }
        if r.is_err() {
            panics.push(name);
        }
    }
    eprintln!("checked {checked} files of {}", files.len());
    assert!(panics.is_empty(), "checker panicked on: {panics:?}");
}
