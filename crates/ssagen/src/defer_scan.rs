//! What gc knows about a function's `defer` and `return` statements when
//! it picks the defer strategy (docs/defer.md), computed on the AST the
//! way gc computes it on its IR:
//!
//! - **counted**: the statements gc's front end keeps after dead-code
//!   elimination (`escape::deadcode`); its walk counts every `defer` and
//!   `return` left (`NumDefers`, `NumReturns`), reachable or not;
//! - **in a loop**: escape analysis' loop depth (`escape/stmt.go`): it
//!   rises inside a `for`/`range` body, and at a *looping* label (one
//!   that a `goto` after it targets, in source order) until the end of
//!   the enclosing block. Plain blocks `{ ... }` and statically decided
//!   `if`s do not end that rise: gc splices a block's statements into the
//!   enclosing list and turns such an `if` into a block, which escape
//!   analysis walks without restoring the depth. The bodies of `if`,
//!   `for`, `switch` and `select` clauses do restore it;
//! - **reported**: gc's ssagen prints `-d=defer` for the statements it
//!   compiles, and it skips those after a `return`, `goto`, `break`,
//!   `continue` or `panic(...)` until a label starts a new block (its
//!   statement lists are those of escape analysis, blocks and statically
//!   decided `if`s spliced in). Every other statement leaves it compiling: after a `for {}`, a
//!   `select {}` or a switch whose clauses all return, the next `defer`
//!   is printed.
//!
//! gc's inliner also splices inlined bodies into the caller, where a
//! looping label of the callee raises the caller's loop depth; gocc has
//! no such inliner (docs/defer.md, known differences).

use std::collections::HashSet;

use ssa::DeferStmt;
use syntax::SourceFile;
use syntax::ast::{self, Stmt, StmtKind};
use types::Info;

use crate::deadcode::{self, SwitchFold};

/// The facts of one function body (not its function literals).
#[derive(Clone, Debug, Default)]
pub struct DeferFacts {
    /// The `defer` statements gc counts, in source order.
    pub defers: Vec<DeferStmt>,
    /// The `return` statements gc counts.
    pub returns: u32,
}

impl DeferFacts {
    /// The counted defer statement at `pos`.
    pub fn at(&self, pos: u32) -> Option<&DeferStmt> {
        self.defers.iter().find(|d| d.pos == pos)
    }
}

/// Scans a function body. None when gc counts no defer in it.
pub fn scan(info: &Info, src: &SourceFile, body: &ast::Block) -> Option<DeferFacts> {
    let mut labels = Labels {
        info,
        seen: HashSet::new(),
        looping: HashSet::new(),
    };
    labels.list(&body.stmts);
    let mut sc = Scan {
        info,
        src,
        looping: labels.looping,
        facts: DeferFacts::default(),
        reporting: true,
    };
    let (mut depth, mut live) = (0, true);
    sc.list(&body.stmts, &mut depth, &mut live);
    (!sc.facts.defers.is_empty()).then_some(sc.facts)
}

/// The statements of an `if` gc keeps: `None` when its condition is not
/// statically known, else the branch taken (possibly nothing).
enum Taken<'a> {
    Then(&'a [Stmt]),
    Else(Option<&'a Stmt>),
}

fn taken<'a>(
    info: &Info,
    cond: &ast::Expr,
    then: &'a ast::Block,
    els: &'a Option<Box<Stmt>>,
) -> Option<Taken<'a>> {
    match deadcode::static_bool(info, cond) {
        0 => None,
        c if c > 0 => Some(Taken::Then(&then.stmts)),
        _ => Some(Taken::Else(els.as_deref())),
    }
}

/// The clause bodies of a switch gc keeps.
fn switch_bodies<'a>(
    info: &Info,
    tag: Option<&ast::Expr>,
    body: &'a [ast::CaseClause],
) -> Vec<&'a [Stmt]> {
    match deadcode::fold_switch(info, tag, body) {
        SwitchFold::No => body.iter().map(|c| c.body.as_slice()).collect(),
        SwitchFold::Empty => Vec::new(),
        SwitchFold::Clause(i) => vec![body[i].body.as_slice()],
    }
}

/// Whether a `for` keeps its body (a statically false condition drops it).
fn for_body_kept(info: &Info, cond: Option<&ast::Expr>) -> bool {
    cond.is_none_or(|c| deadcode::static_bool(info, c) >= 0)
}

/// gc's search for looping labels (`escape.walkFunc`): in source order
/// over the kept statements, a label is looping once a `goto` to it
/// follows it.
struct Labels<'a> {
    info: &'a Info,
    seen: HashSet<String>,
    looping: HashSet<String>,
}

impl Labels<'_> {
    fn list(&mut self, stmts: &[Stmt]) {
        for s in deadcode::live_stmts(self.info, stmts) {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        syntax::stack::guard();
        let info = self.info;
        match &s.kind {
            StmtKind::Labeled(l, inner) => {
                self.seen.insert(l.name.clone());
                self.stmt(inner);
            }
            StmtKind::Goto(l) if self.seen.contains(&l.name) => {
                self.looping.insert(l.name.clone());
            }
            StmtKind::Block(b) => self.list(&b.stmts),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                match taken(info, cond, then, els) {
                    None => {
                        self.list(&then.stmts);
                        if let Some(e) = els {
                            self.list(std::slice::from_ref(e));
                        }
                    }
                    Some(Taken::Then(ss)) => self.list(ss),
                    Some(Taken::Else(e)) => self.list(e.map(std::slice::from_ref).unwrap_or(&[])),
                }
            }
            StmtKind::For {
                init, cond, body, ..
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                if for_body_kept(info, cond.as_ref()) {
                    self.list(&body.stmts);
                }
            }
            StmtKind::Range { body, .. } => self.list(&body.stmts),
            StmtKind::Switch {
                init, tag, body, ..
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                for b in switch_bodies(info, tag.as_ref(), body) {
                    self.list(b);
                }
            }
            StmtKind::TypeSwitch { init, body, .. } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                for c in body {
                    self.list(&c.body);
                }
            }
            StmtKind::Select { body, .. } => {
                for c in body {
                    self.list(&c.body);
                }
            }
            _ => {}
        }
    }
}

struct Scan<'a> {
    info: &'a Info,
    src: &'a SourceFile,
    looping: HashSet<String>,
    facts: DeferFacts,
    /// False inside a statement gc's ssagen skips as a whole.
    reporting: bool,
}

impl Scan<'_> {
    /// A statement list as gc's IR holds it (nested plain blocks are
    /// spliced in): `depth` is escape analysis' loop depth (0: not in a
    /// loop), `live` whether gc's ssagen is compiling (has a current
    /// block) at this point.
    fn list(&mut self, stmts: &[Stmt], depth: &mut u32, live: &mut bool) {
        for s in deadcode::live_stmts(self.info, stmts) {
            self.stmt(s, depth, live);
        }
    }

    /// A body whose loop depth escape analysis restores afterwards (the
    /// body of an `if`, `for` or clause); gc's ssagen starts it compiling.
    fn body(&mut self, stmts: &[Stmt], depth: u32) {
        let (mut d, mut live) = (depth, true);
        self.list(stmts, &mut d, &mut live);
    }

    fn stmt(&mut self, s: &Stmt, depth: &mut u32, live: &mut bool) {
        syntax::stack::guard();
        match &s.kind {
            // Spliced into the enclosing list.
            StmtKind::Block(b) => self.list(&b.stmts, depth, live),
            // A statically decided `if` is a block of its init, its
            // condition and the branch taken, which gc's order pass
            // splices into the enclosing list too (walk/order.go, OBLOCK).
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } if deadcode::static_bool(self.info, cond) != 0 => {
                if let Some(i) = init {
                    self.stmt(i, depth, live);
                }
                match taken(self.info, cond, then, els) {
                    Some(Taken::Then(ss)) => self.list(ss, depth, live),
                    Some(Taken::Else(e)) => {
                        self.list(e.map(std::slice::from_ref).unwrap_or(&[]), depth, live)
                    }
                    None => {}
                }
            }
            // A label starts a block: ssagen compiles again.
            StmtKind::Labeled(l, inner) => {
                *live = true;
                if self.looping.contains(&l.name) {
                    *depth += 1;
                }
                self.stmt(inner, depth, live);
            }
            _ if !*live => {
                // Skipped by ssagen, but counted and escape-analysed.
                let saved = self.reporting;
                self.reporting = false;
                self.compiled(s, depth, &mut true);
                self.reporting = saved;
            }
            _ => self.compiled(s, depth, live),
        }
    }

    /// A statement other than a block or a label.
    fn compiled(&mut self, s: &Stmt, depth: &mut u32, live: &mut bool) {
        let info = self.info;
        match &s.kind {
            StmtKind::Defer(_) => {
                let (line, col) = self.src.line_col(s.pos);
                self.facts.defers.push(DeferStmt {
                    pos: s.pos,
                    line,
                    col,
                    in_loop: *depth > 0,
                    reported: self.reporting,
                });
            }
            StmtKind::Return(_) => {
                self.facts.returns += 1;
                *live = false;
            }
            StmtKind::Goto(_) | StmtKind::Break(_) | StmtKind::Continue(_) => *live = false,
            StmtKind::Expr(_) if deadcode::terminates(info, s) => *live = false,
            // Not statically decided (see `stmt`).
            StmtKind::If {
                init, then, els, ..
            } => {
                if let Some(i) = init {
                    self.stmt(i, depth, live);
                }
                self.body(&then.stmts, *depth);
                if let Some(e) = els {
                    self.body(std::slice::from_ref(e), *depth);
                }
                *live = true;
            }
            StmtKind::For {
                init, cond, body, ..
            } => {
                if let Some(i) = init {
                    self.stmt(i, depth, live);
                }
                if for_body_kept(info, cond.as_ref()) {
                    self.body(&body.stmts, *depth + 1);
                }
                *live = true;
            }
            StmtKind::Range { body, .. } => {
                self.body(&body.stmts, *depth + 1);
                *live = true;
            }
            StmtKind::Switch {
                init, tag, body, ..
            } => {
                if let Some(i) = init {
                    self.stmt(i, depth, live);
                }
                for b in switch_bodies(info, tag.as_ref(), body) {
                    self.body(b, *depth);
                }
                *live = true;
            }
            StmtKind::TypeSwitch { init, body, .. } => {
                if let Some(i) = init {
                    self.stmt(i, depth, live);
                }
                for c in body {
                    self.body(&c.body, *depth);
                }
                *live = true;
            }
            StmtKind::Select { body, .. } => {
                for c in body {
                    self.body(&c.body, *depth);
                }
                *live = true;
            }
            _ => {}
        }
    }
}
