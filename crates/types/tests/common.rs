//! Helpers shared by the checker's integration tests.

use std::path::{Path, PathBuf};

use syntax::SourceFile;

/// Parses and checks `text` as file `name` (with the Go-source std
/// packages it reaches); `Err` holds the rendered diagnostics (syntax or
/// type errors), one per line.
#[allow(dead_code)]
pub fn check_src(name: &str, text: &str) -> Result<types::Info, String> {
    check_program(name, text)
}

#[allow(dead_code)]
pub fn render(src: &SourceFile, ds: &[syntax::Diagnostic]) -> String {
    ds.iter()
        .map(|d| d.render(src))
        .collect::<Vec<_>>()
        .join("\n")
}

#[allow(dead_code)]
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Sorted `*.go` files in `dir`.
#[allow(dead_code)]
pub fn go_files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    v.retain(|p| p.extension().is_some_and(|e| e == "go"));
    v.sort();
    v
}

/// Parses and checks `text` as file `name` together with the Go-source std
/// packages it reaches (crates/gocc/std), as the gocc driver does.
#[allow(dead_code)] // not every test binary uses it
pub fn check_program(name: &str, text: &str) -> Result<types::Info, String> {
    let src = SourceFile::new(name, text);
    let file = syntax::parse_file(&src).map_err(|ds| render(&src, &ds))?;
    let sources = std_sources();
    let source_of = |path: &str| sources.get(path).map(String::as_str);
    let prog =
        types::program::Program::load(&src, file, &source_of).map_err(|ds| render(&src, &ds))?;
    prog.check().map_err(|ds| render(&prog.src, &ds))
}

/// The std package sources by import path: `{last element}.go`.
fn std_sources() -> std::collections::HashMap<String, String> {
    let mut m: std::collections::HashMap<String, String> = std::collections::HashMap::new();
    for f in go_files(&repo_root().join("crates/gocc/std")) {
        let text = std::fs::read_to_string(&f).unwrap_or_default();
        let stem = f.file_stem().unwrap().to_string_lossy().to_string();
        // `time_format.go` continues `time.go` (a fragment without package
        // clause, appended as crates/gocc/src/stdpkgs.rs does); sorted
        // order puts it after the file it continues.
        if let Some(head) = stem.split_once('_').and_then(|(p, _)| m.get_mut(p)) {
            head.push_str(&text);
            continue;
        }
        let path = if stem == "utf8" {
            "unicode/utf8".to_string()
        } else {
            stem
        };
        m.insert(path, text);
    }
    m
}
