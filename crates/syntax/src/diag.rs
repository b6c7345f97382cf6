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
