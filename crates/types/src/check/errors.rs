//! Error collection with gc's reporting policy.
//!
//! gc reports errors as the checker finds them and exits after the 10th,
//! printing `too many errors` at that error's position; what it printed is
//! sorted by position. We collect in checking order and apply the same cut,
//! and the same filters: types2 drops follow-on errors (a message that
//! mentions "invalid operand" or "invalid type" after its start, once an
//! error was reported), gc drops repeated lines.

use syntax::{Diagnostic, Pos};

use super::Checker;

/// gc's limit (`-e` not given).
const MAX_ERRORS: usize = 10;

impl Checker<'_> {
    pub(crate) fn error(&mut self, pos: Pos, msg: impl Into<String>) {
        let msg = msg.into();
        let pos = self.errpos.unwrap_or(pos);
        // gc drops an error equal to the previous one on the same line.
        if let Some(last) = self.errors.last()
            && last.message == msg
            && self.src.line_col(last.pos).0 == self.src.line_col(pos).0
        {
            return;
        }
        // gc prints the sorted diagnostics without repeating a line equal
        // to the previous one (base.FlushErrors), so the same message at
        // the same position appears once (an alias's right-hand side may
        // be evaluated twice, see decl.rs's alias_in_cycle).
        if self.errors.iter().any(|d| d.pos == pos && d.message == msg) {
            return;
        }
        // types2's "cheap trick": once an error is reported, one whose
        // first line mentions "invalid operand" or "invalid type" after
        // its start is a follow-on error (an operand of a recursive type
        // is a "variable of invalid type type T") and is dropped.
        let first = msg.lines().next().unwrap_or("");
        if !self.errors.is_empty()
            && (first.find("invalid operand").is_some_and(|i| i > 0)
                || first.find("invalid type").is_some_and(|i| i > 0))
        {
            return;
        }
        if self.errors.len() >= MAX_ERRORS {
            self.too_many = true;
            return;
        }
        self.errors.push(Diagnostic::new(pos, msg));
    }

    /// `unsupported: ...` for Go features gocc does not implement.
    pub(crate) fn unsupported(&mut self, pos: Pos, what: &str) {
        self.error(pos, format!("unsupported: {what}"));
    }

    pub(crate) fn take_errors(&mut self) -> Vec<Diagnostic> {
        let errs = std::mem::take(&mut self.errors);
        let last = errs.last().map(|d| d.pos);
        let cut = errs.len() >= MAX_ERRORS;
        let mut errs = syntax::diag::sorted_in(self.src, errs);
        if cut && let Some(pos) = last {
            // The final diagnostic must also sort last (drivers may sort
            // again): when the 10th error is not the last by position,
            // gc's placement cannot be kept anyway.
            let max = errs.last().map_or(pos, |d| d.pos);
            errs.push(Diagnostic::new(pos.max(max), "too many errors"));
        }
        errs
    }
}
