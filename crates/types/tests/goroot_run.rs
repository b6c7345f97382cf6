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
    // Complex constants are f64 pairs: MaxUint + 0i loses precision.
    ("shift3.go", "exact complex constants"),
];

/// `undefined: strings.X` for a standard package: a gap in the stub
/// tables (stdlib.rs), not a checker bug. (This test checks with the stub
/// tables alone, so members written in Go, such as `time.Now` in
/// crates/gocc/std/time.go, count as gaps too.)
fn is_std_gap(msg: &str) -> bool {
    let Some(rest) = msg.strip_prefix("undefined: ") else {
        return false;
    };
    let pkg = rest.split('.').next().unwrap_or("");
    [
        "fmt", "os", "io", "errors", "runtime", "strings", "strconv", "unicode", "utf8", "math",
        "sort", "time", "sync", "atomic",
    ]
    .contains(&pkg)
}

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
                } else if ds.iter().any(|d| is_std_gap(&d.message)) {
                    // A real std name our stub tables lack.
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

#[path = "regex_lite.rs"]
mod regex_lite;

/// The `// ERROR "re" "re2"` patterns of a line, unquoted.
fn error_patterns(line: &str) -> Vec<String> {
    let Some(i) = line.find("// ERROR ") else {
        return Vec::new();
    };
    let mut rest = line[i + 9..].trim_start();
    let mut pats = Vec::new();
    loop {
        if let Some(r) = rest.strip_prefix('"') {
            let mut s = String::new();
            let mut chars = r.char_indices();
            let mut end = None;
            while let Some((j, c)) = chars.next() {
                match c {
                    '\\' => {
                        if let Some((_, d)) = chars.next() {
                            match d {
                                'n' => s.push('\n'),
                                't' => s.push('\t'),
                                d => s.push(d),
                            }
                        }
                    }
                    '"' => {
                        end = Some(j);
                        break;
                    }
                    c => s.push(c),
                }
            }
            let Some(j) = end else { break };
            // Go-unquoting `\\(` gives `\(`: keep regex escapes.
            pats.push(s);
            rest = r[j + 1..].trim_start();
        } else if let Some(r) = rest.strip_prefix('`') {
            let Some(j) = r.find('`') else { break };
            pats.push(r[..j].to_string());
            rest = r[j + 1..].trim_start();
        } else {
            break;
        }
    }
    pats
}

/// Message-text conformance on the `errorcheck` programs: for lines with
/// `// ERROR` patterns where we report an error, how often one of our
/// messages matches gc's pattern (must stay above a floor;
/// SHOW_MISMATCH=1 lists the mismatches).
#[test]
fn goroot_errorcheck_messages_match() {
    let Some(root) = goroot() else {
        eprintln!("SKIPPED: go not found; GOROOT/test not available");
        return;
    };
    let mut files = common::go_files(&root.join("test"));
    files.extend(common::go_files(&root.join("test/fixedbugs")));
    let (mut lines_seen, mut matched) = (0, 0);
    for f in files {
        let Ok(text) = std::fs::read_to_string(&f) else {
            continue;
        };
        if !text.starts_with("// errorcheck\n") {
            continue;
        }
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        let src = SourceFile::new(name.clone(), text.clone());
        let Ok(file) = syntax::parse_file(&src) else {
            continue;
        };
        let Err(ds) = types::check(&file, &src) else {
            continue;
        };
        if ds.len() > 10 {
            continue; // cut off by the error limit
        }
        for (i, line) in text.lines().enumerate() {
            let pats = error_patterns(line);
            if pats.is_empty() {
                continue;
            }
            let ours: Vec<&str> = ds
                .iter()
                .filter(|d| src.line_col(d.pos).0 == i as u32 + 1)
                .map(|d| d.message.as_str())
                .collect();
            if ours.is_empty() {
                continue;
            }
            lines_seen += 1;
            let ok = pats.iter().all(|p| {
                ours.iter()
                    .any(|m| regex_lite::is_match(p, m).unwrap_or(true))
            });
            if ok {
                matched += 1;
            } else if std::env::var_os("SHOW_MISMATCH").is_some() {
                eprintln!("MISMATCH {name}:{}: want {pats:?}\n    got {ours:?}", i + 1);
            }
        }
    }
    eprintln!("errorcheck messages: {matched} of {lines_seen} lines match gc's patterns");
    // Regression floor (674 of 729 when written; several misses are this
    // matcher's limits rather than wrong messages).
    assert!(
        matched * 100 >= lines_seen * 90,
        "only {matched} of {lines_seen}"
    );
}
