//! gc's front-end dead-code elimination (cmd/compile/internal/noder,
//! `writer.stmts`, `ifStmt`, `forStmt`, `switchStmt`, `terminates`,
//! `staticBool`): the statements gc never puts into its IR.
//!
//! gc drops, while writing its IR from the type-checked syntax:
//!
//! - the branch of an `if` whose condition is statically known
//!   (`staticBool`: a constant, or `x && false`, `x || true`, ...); the
//!   `if` becomes a block of its init, its condition (for side effects)
//!   and the branch taken;
//! - the body and post statement of a `for` whose condition is
//!   statically false;
//! - every clause but the one always taken of an expression switch
//!   whose tag and case values are all constants (not when that clause
//!   ends in `fallthrough`);
//! - in each statement list, the statements after a terminating one
//!   (`return`, `goto`, `panic(...)`, a block or statically decided `if`
//!   ending in one), unless a labeled statement follows later in the list.
//!
//! Dead code is never executed, so dropping it changes no behaviour, but
//! it changes what gc counts and reports for `defer`: a `defer` or
//! `return` that was dropped is neither counted for the open-coding
//! limits nor printed by `-d=defer` (docs/defer.md), and what it would
//! store escapes nowhere. gocc applies the same rules in escape analysis
//! (its walk and its `.autotmp_N` numbering), in ssagen (which lowers
//! only what gc's IR would hold) and in the defer scan
//! (`ssagen::defer_scan`), so all see one program; it lives here, the
//! first of those stages. Not in the type checker: like gc, the checker
//! sees everything (type errors and "declared and not used" in dead code
//! are reported).

use syntax::ast::{BinaryOp, CaseClause, Expr, ExprKind, Stmt, StmtKind, UnaryOp};
use types::{Builtin, Info, Mode};

/// gc's `staticBool`: +1 when `e` is always true, -1 when always false,
/// 0 when it depends on run-time values. Besides constants it folds
/// `x && false`, `false && x`, `x || true`, `true || x`; like gc, `!x`
/// only passes through its operand's verdict (gc's operand of `!` is a
/// constant, a parenthesized expression or a primary one, so this never
/// sees a foldable `&&`/`||` under a `!`).
pub fn static_bool(info: &Info, e: &Expr) -> i8 {
    if let Some(b) = const_bool(info, e) {
        return if b { 1 } else { -1 };
    }
    match &e.kind {
        ExprKind::Unary(UnaryOp::Not, x) => static_bool(info, x),
        ExprKind::Binary(BinaryOp::AndAnd, x, y) => {
            let sx = static_bool(info, x);
            if sx < 0 {
                return sx;
            }
            let sy = static_bool(info, y);
            if sx > 0 || sy < 0 { sy } else { 0 }
        }
        ExprKind::Binary(BinaryOp::OrOr, x, y) => {
            let sx = static_bool(info, x);
            if sx > 0 {
                return sx;
            }
            let sy = static_bool(info, y);
            if sx < 0 || sy > 0 { sy } else { 0 }
        }
        _ => 0,
    }
}

/// The value of a constant boolean expression.
fn const_bool(info: &Info, e: &Expr) -> Option<bool> {
    info.expr_types
        .get(&e.id)
        .and_then(|tv| tv.value.as_ref())
        .and_then(|v| v.as_bool())
}

/// A call of the builtin `panic` (possibly parenthesized).
fn is_panic_call(info: &Info, e: &Expr) -> bool {
    let mut e = e;
    while let ExprKind::Paren(x) = &e.kind {
        e = x;
    }
    let ExprKind::Call { fun, .. } = &e.kind else {
        return false;
    };
    let mut f: &Expr = fun;
    while let ExprKind::Paren(x) = &f.kind {
        f = x;
    }
    matches!(
        info.expr_types.get(&f.id).map(|tv| tv.mode),
        Some(Mode::Builtin(Builtin::Panic))
    )
}

/// gc's `terminates`: whether `s` ends normal control flow for the
/// purpose of dropping the statements after it. Deliberately gc's
/// approximation: `for {}`, `select {}`, a switch, a labeled statement
/// do not terminate; an `if` does when both its (statically possible)
/// branches do.
pub fn terminates(info: &Info, s: &Stmt) -> bool {
    match &s.kind {
        StmtKind::Goto(_) | StmtKind::Return(_) => true,
        StmtKind::Expr(e) => is_panic_call(info, e),
        StmtKind::If {
            cond, then, els, ..
        } => {
            let c = static_bool(info, cond);
            (c < 0 || block_terminates(info, &then.stmts))
                && (c > 0 || els.as_deref().is_some_and(|e| terminates(info, e)))
        }
        StmtKind::Block(b) => block_terminates(info, &b.stmts),
        _ => false,
    }
}

/// A block terminates when its last non-empty statement does.
fn block_terminates(info: &Info, stmts: &[Stmt]) -> bool {
    stmts
        .iter()
        .rev()
        .find(|s| !matches!(s.kind, StmtKind::Empty))
        .is_some_and(|s| terminates(info, s))
}

/// gc's `writer.stmts`: the statements of a list that reach its IR.
/// After a terminating statement the rest is dropped, except that
/// nothing before the list's last labeled statement is (code after the
/// label may use declarations between, Go issue 65593).
pub fn live_stmts<'a>(info: &Info, stmts: &'a [Stmt]) -> Vec<&'a Stmt> {
    let last_label = stmts
        .iter()
        .rposition(|s| matches!(s.kind, StmtKind::Labeled(..)));
    let mut out = Vec::with_capacity(stmts.len());
    let mut dead = false;
    for (i, s) in stmts.iter().enumerate() {
        if dead && last_label.is_none_or(|l| i > l) {
            continue;
        }
        out.push(s);
        // Only a statement with followers needs the answer: asking the
        // last one too would walk a chain of nested blocks once per
        // level (quadratic in the nesting depth).
        if i + 1 < stmts.len() {
            dead = terminates(info, s);
        }
    }
    out
}

/// What gc keeps of an expression switch whose tag (or implicit `true`)
/// and case values are constants.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SwitchFold {
    /// Not folded: a case value is not constant, or the clause taken
    /// ends in `fallthrough`.
    No,
    /// No clause is ever taken: the switch runs only its init.
    Empty,
    /// Only this clause (index into the clauses) runs, unconditionally.
    Clause(usize),
}

/// gc's constant-switch folding (`writer.switchStmt`): the clauses are
/// searched in order; a non-constant case value gives up, the first
/// equal case wins, else the `default` clause (wherever it is) or none.
pub fn fold_switch(info: &Info, tag: Option<&Expr>, body: &[CaseClause]) -> SwitchFold {
    let tag_value = match tag {
        Some(t) => match info.expr_types.get(&t.id).and_then(|tv| tv.value.clone()) {
            Some(v) => v,
            None => return SwitchFold::No,
        },
        None => types::ConstValue::Bool(true),
    };
    let mut target = None;
    'outer: for (i, c) in body.iter().enumerate() {
        if c.is_default {
            target = Some(i);
        }
        for e in &c.exprs {
            let Some(v) = info.expr_types.get(&e.id).and_then(|tv| tv.value.as_ref()) else {
                return SwitchFold::No;
            };
            if tag_value.exact_eq(v) {
                target = Some(i);
                break 'outer;
            }
        }
    }
    match target {
        Some(i) if has_fallthrough(&body[i].body) => SwitchFold::No,
        Some(i) => SwitchFold::Clause(i),
        None => SwitchFold::Empty,
    }
}

/// Whether a clause ends in a (possibly labeled) `fallthrough`.
fn has_fallthrough(stmts: &[Stmt]) -> bool {
    let mut last = stmts
        .iter()
        .rev()
        .find(|s| !matches!(s.kind, StmtKind::Empty));
    while let Some(Stmt {
        kind: StmtKind::Labeled(_, inner),
        ..
    }) = last
    {
        last = Some(inner);
    }
    matches!(
        last,
        Some(Stmt {
            kind: StmtKind::Fallthrough,
            ..
        })
    )
}
