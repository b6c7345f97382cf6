//! Which local variables have their address taken (gc's `Addrtaken`):
//! `&x`, `x[:]` of an array, a pointer-method call or method value on
//! `x`. Escape analysis may leave such a variable in the frame (not
//! `moved_to_heap`); it then needs memory (a stack slot), not SSA
//! variables, so that the pointer and the variable stay one.
//!
//! The same walk finds the variables assigned after their declaration
//! (gc's `Reassigned`), which a closure must never capture by value: ssagen
//! checks escape analysis's `captured_by_value` against them, since a copy
//! of a variable that changes later is a silent miscompilation.

use std::collections::HashSet;

use syntax::ast::{self, AssignOp, Decl, Expr, ExprKind, NodeId, Stmt, StmtKind, UnaryOp};
use types::{Info, ObjId, SelectionKind, Type};

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
                .for_each(|e| s.expr(e)),
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
    s.stmts(stmts);
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
    /// The local variable whose storage `e` designates (through fields of
    /// structs and elements of arrays held by value).
    fn base_var(&self, e: &Expr) -> Option<ObjId> {
        match &e.kind {
            ExprKind::Name(id) => {
                let obj = self.info.object_of(id.id)?;
                let o = self.info.obj(obj);
                (o.is_var() && o.owner.is_some()).then_some(obj)
            }
            ExprKind::Paren(x) => self.base_var(x),
            ExprKind::Selector(x, _) => {
                let sel = self.info.selections.get(&e.id)?;
                (sel.kind == SelectionKind::FieldVal && !sel.indirect)
                    .then(|| self.base_var(x))
                    .flatten()
            }
            ExprKind::Index(x, _) => {
                let t = self.info.type_of(x.id)?;
                matches!(self.info.types.under(t), Type::Array { .. })
                    .then(|| self.base_var(x))
                    .flatten()
            }
            _ => None,
        }
    }

    fn taken(&mut self, e: &Expr) {
        if let Some(v) = self.base_var(e) {
            self.out.insert(v);
        }
    }

    /// `e` is assigned (wholly or a field or element of it).
    fn assigns(&mut self, e: &Expr) {
        if let Some(v) = self.base_var(e) {
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
        self.stmts(stmts);
        self.results.pop();
    }

    fn stmts(&mut self, ss: &[Stmt]) {
        for s in ss {
            self.stmt(s);
        }
    }

    fn opt(&mut self, s: &Option<Box<Stmt>>) {
        if let Some(s) = s {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        syntax::stack::guard();
        match &s.kind {
            StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => self.expr(e),
            StmtKind::IncDec(e, _) => {
                self.assigns(e);
                self.expr(e)
            }
            StmtKind::Send(a, b) => {
                self.expr(a);
                self.expr(b);
            }
            StmtKind::Assign { lhs, op, rhs } => {
                for l in lhs {
                    // `:=` assigns the names it does not declare.
                    let declares = *op == AssignOp::Define
                        && matches!(&l.kind, ExprKind::Name(id) if self.info.defs.contains_key(&id.id));
                    if !declares {
                        self.assigns(l);
                    }
                }
                lhs.iter().chain(rhs).for_each(|e| self.expr(e))
            }
            StmtKind::Decl(Decl::Var(specs)) => specs
                .iter()
                .flat_map(|sp| &sp.values)
                .for_each(|e| self.expr(e)),
            StmtKind::Return(es) => {
                if !es.is_empty()
                    && let Some(rs) = self.results.last()
                {
                    self.assigned.extend(rs.iter().copied());
                }
                es.iter().for_each(|e| self.expr(e))
            }
            StmtKind::Block(b) => self.stmts(&b.stmts),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.opt(init);
                self.expr(cond);
                self.stmts(&then.stmts);
                self.opt(els);
            }
            StmtKind::Switch {
                init, tag, body, ..
            } => {
                self.opt(init);
                tag.iter().for_each(|t| self.expr(t));
                for c in body {
                    c.exprs.iter().for_each(|e| self.expr(e));
                    self.stmts(&c.body);
                }
            }
            StmtKind::TypeSwitch { init, x, body, .. } => {
                self.opt(init);
                self.expr(x);
                body.iter().for_each(|c| self.stmts(&c.body));
            }
            StmtKind::Select { body, .. } => {
                for c in body {
                    self.opt(&c.comm);
                    self.stmts(&c.body);
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                self.opt(init);
                cond.iter().for_each(|c| self.expr(c));
                self.opt(post);
                self.stmts(&body.stmts);
            }
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            } => {
                if !*define {
                    [key, value]
                        .into_iter()
                        .flatten()
                        .for_each(|e| self.assigns(e));
                }
                [key, value]
                    .into_iter()
                    .flatten()
                    .for_each(|e| self.expr(e));
                self.expr(x);
                self.stmts(&body.stmts);
            }
            StmtKind::Labeled(_, s) => self.stmt(s),
            _ => {}
        }
    }

    fn expr(&mut self, e: &Expr) {
        syntax::stack::guard();
        match &e.kind {
            ExprKind::Name(id) => {
                if let Some(ns) = self.names.as_mut() {
                    ns.push(id.id);
                }
            }
            ExprKind::CompositeLit { elts, .. } => {
                for el in elts {
                    if let Some(k) = &el.key {
                        self.expr(k);
                    }
                    self.expr(&el.value);
                }
            }
            ExprKind::FuncLit { body, .. } => self.func_body(e.id, &body.stmts),
            ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::TypeAssert(x, _) => self.expr(x),
            ExprKind::Selector(x, _) => {
                if let Some(sel) = self.info.selections.get(&e.id)
                    && sel.kind == SelectionKind::MethodVal
                    && let Some(m) = sel.method
                    && self.info.obj(m).recv.is_some_and(|r| r.pointer)
                    && !sel.indirect
                {
                    self.taken(x);
                }
                self.expr(x);
            }
            ExprKind::Index(x, i) | ExprKind::Binary(_, x, i) => {
                self.expr(x);
                self.expr(i);
            }
            ExprKind::Slice { x, lo, hi, max, .. } => {
                if let Some(t) = self.info.type_of(x.id)
                    && matches!(self.info.types.under(t), Type::Array { .. })
                {
                    self.taken(x);
                }
                self.expr(x);
                [lo, hi, max]
                    .into_iter()
                    .flatten()
                    .for_each(|y| self.expr(y));
            }
            ExprKind::Call { fun, args, .. } => {
                self.expr(fun);
                args.iter().for_each(|a| self.expr(a));
            }
            ExprKind::Unary(op, x) => {
                if *op == UnaryOp::Addr {
                    self.taken(x);
                }
                self.expr(x);
            }
            _ => {}
        }
    }
}
