//! Diagnostics shared by every stage of the compiler.

use crate::pos::{Pos, SourceFile};

/// One error message at a position, printed as `file.go:line:col: message`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub pos: Pos,
    pub message: String,
}

impl Diagnostic {
    pub fn new(pos: Pos, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            pos,
            message: message.into(),
        }
    }

    /// The diagnostic as gc prints it.
    pub fn render(&self, file: &SourceFile) -> String {
        format!("{}: {}", file.position(self.pos), self.message)
    }
}

/// Sorts diagnostics by position and keeps at most `limit` (gc reports the
/// first 10 errors and then `too many errors`).
pub fn sorted(mut diags: Vec<Diagnostic>) -> Vec<Diagnostic> {
    diags.sort_by_key(|d| d.pos);
    diags.dedup();
    diags
}

/// gc's order for the diagnostics of a package of several files: gc sorts
/// by position, where a position's file ranks by when the compiler first
/// made a position in it (`cmd/internal/src.PosTable` registers a file's
/// base lazily, on its first reported error), so a file's errors stay
/// together, files ordered by their first diagnostic in `diags` (report
/// order), and each file's by offset. Duplicates are dropped. For one
/// file this is [`sorted`].
pub fn sorted_in(src: &SourceFile, mut diags: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let mut rank: Vec<Pos> = Vec::new();
    for d in &diags {
        let b = src.file_at(d.pos).base;
        if !rank.contains(&b) {
            rank.push(b);
        }
    }
    diags.sort_by_key(|d| {
        let b = src.file_at(d.pos).base;
        (rank.iter().position(|&r| r == b), d.pos)
    });
    diags.dedup();
    diags
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_rank_by_first_report() {
        let mut src = SourceFile::new("a.go", "package p\nvar x\n");
        let b = src.add_file("b.go", "package p\nvar y\n", false);
        let ds = vec![
            Diagnostic::new(b + 12, "b2"),
            Diagnostic::new(14, "a2"),
            Diagnostic::new(b + 1, "b1"),
            Diagnostic::new(1, "a1"),
        ];
        let got: Vec<String> = sorted_in(&src, ds).into_iter().map(|d| d.message).collect();
        assert_eq!(got, ["b1", "b2", "a1", "a2"]);
    }
}
