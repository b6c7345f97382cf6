//! Helpers shared by the checker's integration tests.

use std::path::{Path, PathBuf};

use syntax::SourceFile;

/// Parses and checks `text` as file `name`; `Err` holds the rendered
/// diagnostics (syntax or type errors), one per line.
#[allow(dead_code)]
pub fn check_src(name: &str, text: &str) -> Result<types::Info, String> {
    let src = SourceFile::new(name, text);
    let file = syntax::parse_file(&src).map_err(|ds| render(&src, &ds))?;
    types::check(&file, &src).map_err(|ds| render(&src, &ds))
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

/// As the gocc driver does (crates/gocc/src/prelude.rs): the sources of
/// imported std packages written in Go (crates/gocc/std) are appended.
#[allow(dead_code)] // not every test binary uses it
pub fn with_go_std(mut text: String) -> String {
    let files = go_files(&repo_root().join("crates/gocc/std"));
    let mut added: Vec<String> = Vec::new();
    // Imported packages and, transitively, those the appended sources use
    // (`utf8__DecodeRuneInString` in strings.go).
    loop {
        let before = added.len();
        for f in &files {
            let pkg = f.file_stem().unwrap().to_string_lossy().to_string();
            if added.contains(&pkg) {
                continue;
            }
            let needed = text.contains(&format!("\"{pkg}\""))
                || text.contains(&format!("/{pkg}\""))
                || text.contains(&format!("{pkg}__"));
            if needed {
                if added.is_empty() {
                    // As prelude.rs: the marker separates the user's file
                    // from appended package code.
                    text.push_str(types::stdlib::PRELUDE_MARK);
                }
                text.push_str(&std::fs::read_to_string(f).unwrap_or_default());
                added.push(pkg);
            }
        }
        if added.len() == before {
            return text;
        }
    }
}
