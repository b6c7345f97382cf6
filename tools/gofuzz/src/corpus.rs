//! The seed corpus: every `.go` file under the given directories (Go's
//! `test/`, the project's `testdata/run/`, later a generator's output).

use std::path::{Path, PathBuf};

/// Seeds larger than this are skipped: they make slow mutants and slow
/// minimizations without exercising anything more.
const MAX_SEED_BYTES: u64 = 64 * 1024;

pub struct Corpus {
    pub files: Vec<(PathBuf, Vec<u8>)>,
}

impl Corpus {
    /// Loads the `.go` files under `dirs` (recursively), in a sorted order so
    /// that a seed picks the same files on every machine.
    pub fn load(dirs: &[PathBuf]) -> Corpus {
        let mut paths = Vec::new();
        for d in dirs {
            walk(d, &mut paths);
        }
        paths.sort();
        paths.dedup();
        let files = paths
            .into_iter()
            .filter_map(|p| {
                let meta = std::fs::metadata(&p).ok()?;
                if meta.len() > MAX_SEED_BYTES {
                    return None;
                }
                let bytes = std::fs::read(&p).ok()?;
                Some((p, bytes))
            })
            .collect();
        Corpus { files }
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    if dir.is_file() {
        if dir.extension().is_some_and(|e| e == "go") {
            out.push(dir.to_path_buf());
        }
        return;
    }
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            walk(&p, out);
        } else if p.extension().is_some_and(|e| e == "go") {
            out.push(p);
        }
    }
}
