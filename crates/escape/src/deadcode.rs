//! The code gc never analyses: its front end (noder's writer, `stmts`
//! and `ifStmt`) leaves out, before escape analysis and before naming
//! temporaries, the branch of an `if` a constant condition never takes
//! and the statements of a list after one that terminates (`return`,
//! `goto`, `panic(...)`, an `if` whose taken branches all terminate, a
//! block ending so), unless a label follows. What dead code would store
//! never escapes, since it never runs.

use syntax::ast::{BinaryOp, Expr, ExprKind, Stmt, StmtKind, UnaryOp};
use types::{Builtin, Info, Mode};

use crate::util::unparen;

/// The statements of `stmts` gc keeps: all up to the last label, then
/// up to and including the first that terminates.
pub(crate) fn live<'s>(info: &Info, stmts: &'s [Stmt]) -> &'s [Stmt] {
    let last_label = stmts
        .iter()
        .rposition(|s| matches!(s.kind, StmtKind::Labeled(..)));
    let start = last_label.map_or(0, |i| i);
    for (i, s) in stmts.iter().enumerate().skip(start) {
        if terminates(info, s) {
            return &stmts[..=i];
        }
    }
    stmts
}

/// gc's `staticBool`: +1 if `cond` is known true, -1 if known false, 0
/// if it depends on the run (`false && f()` is known, `f() && false`
/// is not: f must run).
pub(crate) fn static_bool(info: &Info, cond: &Expr) -> i32 {
    if let Some(b) = info
        .expr_types
        .get(&cond.id)
        .and_then(|tv| tv.value.as_ref())
        .and_then(|v| v.as_bool())
    {
        return if b { 1 } else { -1 };
    }
    match &unparen(cond).kind {
        // As gc has it: a non-constant `!x` whose operand is known can
        // only be `!(false && f())` and the like.
        ExprKind::Unary(UnaryOp::Not, x) => static_bool(info, x),
        ExprKind::Binary(BinaryOp::AndAnd, x, y) => {
            let x = static_bool(info, x);
            if x < 0 {
                return x;
            }
            let y = static_bool(info, y);
            if x > 0 || y < 0 { y } else { 0 }
        }
        ExprKind::Binary(BinaryOp::OrOr, x, y) => {
            let x = static_bool(info, x);
            if x > 0 {
                return x;
            }
            let y = static_bool(info, y);
            if x < 0 || y > 0 { y } else { 0 }
        }
        _ => 0,
    }
}

/// gc's `terminates` (not the spec's terminating statements: a `for`
/// without condition or a `switch` does not count).
fn terminates(info: &Info, s: &Stmt) -> bool {
    match &s.kind {
        StmtKind::Goto(_) | StmtKind::Return(_) => true,
        StmtKind::Expr(e) => match &unparen(e).kind {
            ExprKind::Call { fun, .. } => matches!(
                info.expr_types.get(&unparen(fun).id).map(|tv| tv.mode),
                Some(Mode::Builtin(Builtin::Panic))
            ),
            _ => false,
        },
        StmtKind::If {
            cond, then, els, ..
        } => {
            let c = static_bool(info, cond);
            let then_ends = last_non_empty(&then.stmts).is_some_and(|s| terminates(info, s));
            let else_ends = els.as_deref().is_some_and(|s| terminates(info, s));
            (c < 0 || then_ends) && (c > 0 || else_ends)
        }
        StmtKind::Block(b) => last_non_empty(&b.stmts).is_some_and(|s| terminates(info, s)),
        _ => false,
    }
}

fn last_non_empty(stmts: &[Stmt]) -> Option<&Stmt> {
    stmts
        .iter()
        .rev()
        .find(|s| !matches!(s.kind, StmtKind::Empty))
}
