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
