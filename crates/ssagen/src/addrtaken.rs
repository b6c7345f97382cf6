//! Which local variables have their address taken (gc's `Addrtaken`):
//! `&x`, `x[:]` of an array, a pointer-method call or method value on
//! `x`. Escape analysis may leave such a variable in the frame (not
//! `moved_to_heap`); it then needs memory (a stack slot), not SSA
//! variables, so that the pointer and the variable stay one. What takes
//! an address is [`escape::addr_taken_var`], the rule escape analysis'
//! capture pass uses too.
//!
//! The same walk finds the variables assigned after their declaration
//! (gc's `Reassigned`), which a closure must never capture by value: ssagen
//! checks escape analysis's `captured_by_value` against them, since a copy
//! of a variable that changes later is a silent miscompilation.

use std::collections::HashSet;

use syntax::ast::{self, AssignOp, Decl, Expr, ExprKind, NodeId, Stmt, StmtKind};
use syntax::visit::{Visitor, walk_expr, walk_stmt, walk_stmts};
use types::{Info, ObjId};

/// The address-taken local variables of every function of `file`, and the
/// variables assigned after their declaration.
pub(crate) fn scan(file: &ast::File, info: &Info) -> (HashSet<ObjId>, HashSet<ObjId>) {
    let mut s = Scan {
        info,
        out: HashSet::new(),
        names: None,
        assigned: HashSet::new(),
        results: Vec::new(),
    };
    for d in &file.decls {
        match d {
            Decl::Func(fd) => {
                if let Some(body) = &fd.body {
                    s.func_body(fd.name.id, &body.stmts);
                }
            }
            Decl::Var(specs) => specs
                .iter()
                .flat_map(|sp| &sp.values)
                .for_each(|e| s.visit_expr(e)),
            _ => {}
        }
    }
    (s.out, s.assigned)
}

/// The ids of every name used in `stmts` (nested literals included).
pub(crate) fn names_in(info: &Info, stmts: &[Stmt]) -> Vec<NodeId> {
    let mut s = Scan {
        info,
        out: HashSet::new(),
        names: Some(Vec::new()),
        assigned: HashSet::new(),
        results: Vec::new(),
    };
    walk_stmts(&mut s, stmts);
    s.names.unwrap_or_default()
}

struct Scan<'i> {
    info: &'i Info,
    out: HashSet<ObjId>,
    /// Collects every name's id when set (`names_in`).
    names: Option<Vec<NodeId>>,
    /// Variables assigned other than by their declaration.
    assigned: HashSet<ObjId>,
    /// The results of the functions being walked, innermost last (a
    /// `return` with operands assigns them).
    results: Vec<Vec<ObjId>>,
}

impl Scan<'_> {
    /// `e` is assigned (wholly or a field or element of it).
    fn assigns(&mut self, e: &Expr) {
        if let Some(v) = escape::base_var(self.info, e) {
            self.assigned.insert(v);
        }
    }

    /// The body of the function declared or written at `key`.
    fn func_body(&mut self, key: NodeId, stmts: &[Stmt]) {
        let results = self
            .info
            .func_results
            .get(&key)
            .cloned()
            .unwrap_or_default();
        self.results.push(results);
        walk_stmts(self, stmts);
        self.results.pop();
    }
}

/// Every statement and expression, function literal bodies included.
impl<'a> Visitor<'a> for Scan<'_> {
    fn visit_stmt(&mut self, s: &'a Stmt) {
        match &s.kind {
            StmtKind::IncDec(e, _) => self.assigns(e),
            StmtKind::Assign { lhs, op, .. } => {
                for l in lhs {
                    // `:=` assigns the names it does not declare.
                    let declares = *op == AssignOp::Define
                        && matches!(&l.kind, ExprKind::Name(id) if self.info.defs.contains_key(&id.id));
                    if !declares {
                        self.assigns(l);
                    }
                }
            }
            StmtKind::Return(es) => {
                if !es.is_empty()
                    && let Some(rs) = self.results.last()
                {
                    self.assigned.extend(rs.iter().copied());
                }
            }
            StmtKind::Range {
                key,
                value,
                define: false,
                ..
            } => [key, value]
                .into_iter()
                .flatten()
                .for_each(|e| self.assigns(e)),
            _ => {}
        }
        walk_stmt(self, s);
    }

    fn visit_expr(&mut self, e: &'a Expr) {
        match &e.kind {
            ExprKind::Name(id) => {
                if let Some(ns) = self.names.as_mut() {
                    ns.push(id.id);
                }
            }
            // Entered with its own results.
            ExprKind::FuncLit { body, .. } => {
                self.func_body(e.id, &body.stmts);
                return;
            }
            _ => {}
        }
        if let Some(v) = escape::addr_taken_var(self.info, e) {
            self.out.insert(v);
        }
        walk_expr(self, e);
    }
}
