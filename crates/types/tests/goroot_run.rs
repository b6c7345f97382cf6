//! False-positive detector: the `// run` programs of `$(go env
//! GOROOT)/test` compile with gc, so the checker must accept every one
//! that parses, apart from `unsupported:` diagnostics (generics, imports
//! of packages gocc does not provide). Skipped when `go` is absent.

mod common;

use std::process::Command;

use syntax::SourceFile;

fn goroot() -> Option<std::path::PathBuf> {
    let out = Command::new("go").args(["env", "GOROOT"]).output().ok()?;
    let s = String::from_utf8(out.stdout).ok()?;
    let p = std::path::PathBuf::from(s.trim());
    p.join("test").is_dir().then_some(p)
}

/// Accepted by gc, rejected here, with the reason.
const KNOWN: &[(&str, &str)] = &[
    // Untyped float constants beyond the exact-rational size limit fall
    // back to f64 (1e600/1e600 is NaN).
    ("issue11326b.go", "huge float constants"),
];

#[test]
fn goroot_run_programs_check() {
    let Some(root) = goroot() else {
        eprintln!("SKIPPED: go not found; GOROOT/test not available");
        return;
    };
    let (mut checked, mut accepted, mut unsupported) = (0, 0, 0);
    let mut wrong = Vec::new();
    let mut files = common::go_files(&root.join("test"));
    for sub in ["ken", "chan", "interface", "fixedbugs"] {
        files.extend(common::go_files(&root.join("test").join(sub)));
    }
    for f in files {
        let Ok(text) = std::fs::read_to_string(&f) else {
            continue;
        };
        if !text.starts_with("// run\n") {
            continue;
        }
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        let src = SourceFile::new(name.clone(), text);
        let Ok(file) = syntax::parse_file(&src) else {
            continue;
        };
        checked += 1;
        match types::check(&file, &src) {
            Ok(_) => accepted += 1,
            Err(ds) => {
                if let Some(d) = ds.iter().find(|d| d.message.starts_with("unsupported:")) {
                    if std::env::var_os("SHOW_UNSUPPORTED").is_some() {
                        eprintln!("UNSUPPORTED {name}: {}", d.message);
                    }
                    unsupported += 1;
                } else if !KNOWN.iter().any(|(k, _)| *k == name) {
                    wrong.push(common::render(&src, &ds[..1]));
                }
            }
        }
    }
    eprintln!(
        "{checked} run programs parsed: {accepted} accepted, {unsupported} unsupported, {} rejected",
        wrong.len()
    );
    assert!(wrong.is_empty(), "wrongly rejected:\n{}", wrong.join("\n"));
}

/// False-negative metric: `// errorcheck` programs expect gc errors on
/// lines marked `// ERROR`; count the files where we report an error on
/// at least one of those lines (must stay above a floor; prints misses
/// with SHOW_MISSES=1).
#[test]
fn goroot_errorcheck_programs_report_errors() {
    let Some(root) = goroot() else {
        eprintln!("SKIPPED: go not found; GOROOT/test not available");
        return;
    };
    let (mut files, mut hit) = (0, 0);
    let mut dirs = common::go_files(&root.join("test"));
    dirs.extend(common::go_files(&root.join("test/fixedbugs")));
    for f in dirs {
        let Ok(text) = std::fs::read_to_string(&f) else {
            continue;
        };
        if !text.starts_with("// errorcheck\n") || text.contains("GC_ERROR") {
            continue;
        }
        let lines: Vec<u32> = text
            .lines()
            .enumerate()
            .filter(|(_, l)| l.contains("// ERROR"))
            .map(|(i, _)| i as u32 + 1)
            .collect();
        if lines.is_empty() {
            continue;
        }
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        let src = SourceFile::new(name.clone(), text);
        let Ok(file) = syntax::parse_file(&src) else {
            continue;
        };
        files += 1;
        let ok = match types::check(&file, &src) {
            Ok(_) => false,
            Err(ds) => ds.iter().any(|d| lines.contains(&src.line_col(d.pos).0)),
        };
        if ok {
            hit += 1;
        } else if std::env::var_os("SHOW_MISSES").is_some() {
            eprintln!("MISS {name}");
        }
    }
    eprintln!("errorcheck programs: {hit} of {files} get an error on an ERROR line");
    // Regression floor (374 of 410 with go 1.26 when this was written;
    // misses are mostly uses of packages gocc does not provide).
    assert!(hit * 100 >= files * 90, "only {hit} of {files}");
}
