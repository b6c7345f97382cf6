//! Syntax and lexical errors are reported with gc's position and wording.
//! The expected messages were produced by `go tool compile` (Go 1.26).

use syntax::{SourceFile, parse_file};

include!("gc_errors.in");

#[test]
fn first_error_matches_gc() {
    let mut mismatches = Vec::new();
    for (name, src, want) in CASES {
        let file = SourceFile::new("x.go", *src);
        let got = match parse_file(&file) {
            Ok(_) => "no error".to_string(),
            Err(d) => {
                let (l, c) = file.line_col(d[0].pos);
                format!("{l}:{c}: {}", d[0].message)
            }
        };
        if got != *want {
            mismatches.push(format!("{name}:\n   gc: {want}\n  got: {got}"));
        }
    }
    for m in &mismatches {
        eprintln!("{m}");
    }
    eprintln!(
        "{} of {} match gc",
        CASES.len() - mismatches.len(),
        CASES.len()
    );
    assert!(mismatches.is_empty());
}
