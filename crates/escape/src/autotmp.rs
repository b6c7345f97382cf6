//! gc's names for the temporaries of multi-value expressions, which its
//! `-m` report prints (`.autotmp_5 escapes to heap` for `fmt.Println(f())`).
//!
//! gc's reader (noder's `multiExpr`) gives every N:1 expression, a call
//! with several results used as the arguments of a call, the right-hand
//! side of `a, b = f()` or `v, ok := m[k]`, the operand of `return f()`,
//! one temporary per value, named `.autotmp_N` after the number of locals
//! its function declared so far (`typecheck.TempAt`: `len(curfn.Dcl)`):
//! parameters and results (receiver first, blank and unnamed ones
//! included), variables in the order the reader meets them (the names of
//! an assignment before its right-hand side), a type switch's variable
//! once per clause, and earlier temporaries. A function literal counts on
//! its own. Code gc's front end leaves out (`deadcode.rs`) makes none.

use std::collections::HashMap;

use crate::util::unparen;
use syntax::ast::{AssignOp, Decl, Expr, ExprKind, File, Ident, NodeId, Stmt, StmtKind};
use syntax::visit::{self, Visitor};
use types::{Info, ObjKind, Type};

/// The first temporary's number of each N:1 expression, by the id of the
/// multi-value expression (the call `f()`, the `m[k]`); and the temporary
/// gc's typecheck (`RewriteNonNameCall`) gives a callee expression that
/// calls or receives (`g()` of `g()()`, `f()` of an interface method
/// call `f().M()`), by the id of that expression.
pub(crate) fn number(file: &File, info: &Info) -> (HashMap<NodeId, u32>, HashMap<NodeId, u32>) {
    let mut c = Counter {
        info,
        n: 0,
        out: HashMap::new(),
        callees: HashMap::new(),
    };
    for d in &file.decls {
        if let Decl::Func(fd) = d
            && let Some(body) = &fd.body
        {
            c.n = c.params(fd.name.id);
            c.stmts(&body.stmts);
        }
    }
    (c.out, c.callees)
}

struct Counter<'i> {
    info: &'i Info,
    /// Locals (and temporaries) the current function declared so far.
    n: u32,
    out: HashMap<NodeId, u32>,
    callees: HashMap<NodeId, u32>,
}

impl Counter<'_> {
    /// Parameters and results of the function with key `owner`.
    fn params(&self, owner: NodeId) -> u32 {
        let count = |m: &HashMap<NodeId, Vec<types::ObjId>>| m.get(&owner).map_or(0, Vec::len);
        (count(&self.info.func_params) + count(&self.info.func_results)) as u32
    }

    /// `id` declares a new local variable.
    fn define(&mut self, id: NodeId) {
        if let Some(&o) = self.info.defs.get(&id)
            && matches!(self.info.obj(o).kind, ObjKind::Var(_))
            && self.info.obj(o).name != "_"
        {
            self.n += 1;
        }
    }

    fn define_expr(&mut self, e: &Expr) {
        if let ExprKind::Name(id) = &e.kind {
            self.define(id.id);
        }
    }

    /// The temporaries of N:1 expression `e` yielding `values` values.
    fn temps(&mut self, e: &Expr, values: usize) {
        self.out.insert(e.id, self.n);
        self.n += values as u32;
    }

    /// gc's `RewriteNonNameCall` for a call of `fun` (not a conversion or
    /// a builtin): the callee expression (an interface method call's
    /// receiver; a concrete method's receiver is an argument) when it
    /// calls or receives somewhere outside function literals.
    fn non_name_callee<'e>(&self, fun: &'e Expr) -> Option<&'e Expr> {
        let info = self.info;
        let mode = info.expr_types.get(&fun.id).map(|t| t.mode);
        if matches!(mode, Some(types::Mode::TypeExpr | types::Mode::Builtin(_))) {
            return None;
        }
        let f = unparen(fun);
        let np = match info.selections.get(&f.id) {
            Some(sel) if sel.kind == types::SelectionKind::MethodVal => {
                if !matches!(info.types.under(sel.recv), Type::Interface(_)) {
                    return None;
                }
                let ExprKind::Selector(x, _) = &f.kind else {
                    return None;
                };
                x
            }
            _ => fun,
        };
        self.calls_or_receives(np).then_some(np)
    }

    fn calls_or_receives(&self, e: &Expr) -> bool {
        struct Finder<'i> {
            info: &'i Info,
            found: bool,
        }
        impl<'a> Visitor<'a> for Finder<'_> {
            fn visit_expr(&mut self, e: &'a Expr) {
                if self.found
                    || self
                        .info
                        .expr_types
                        .get(&e.id)
                        .is_some_and(|tv| tv.value.is_some())
                {
                    return;
                }
                match &e.kind {
                    ExprKind::FuncLit { .. } => {}
                    ExprKind::Unary(syntax::ast::UnaryOp::Recv, _) => self.found = true,
                    ExprKind::Call { fun, .. } => {
                        match self.info.expr_types.get(&fun.id).map(|t| t.mode) {
                            Some(types::Mode::TypeExpr) => visit::walk_expr(self, e),
                            Some(types::Mode::Builtin(types::Builtin::New)) => {}
                            _ => self.found = true,
                        }
                    }
                    _ => visit::walk_expr(self, e),
                }
            }
        }
        let mut f = Finder {
            info: self.info,
            found: false,
        };
        f.visit_expr(e);
        f.found
    }

    fn tuple_len(&self, e: &Expr) -> usize {
        match self.info.type_of(e.id).map(|t| self.info.types.get(t)) {
            Some(Type::Tuple(ts)) => ts.len(),
            _ => 1,
        }
    }

    /// A statement list without the statements gc leaves out.
    fn stmts(&mut self, stmts: &[Stmt]) {
        for s in crate::deadcode::live_stmts(self.info, stmts) {
            self.visit_stmt(s);
        }
    }

    fn names(&mut self, names: &[Ident]) {
        for id in names {
            self.define(id.id);
        }
    }
}

impl<'a> Visitor<'a> for Counter<'_> {
    fn visit_stmt(&mut self, s: &'a Stmt) {
        match &s.kind {
            StmtKind::Assign { lhs, op, rhs } => {
                if *op == AssignOp::Define {
                    lhs.iter().for_each(|e| self.define_expr(e));
                } else {
                    lhs.iter().for_each(|e| self.visit_expr(e));
                }
                rhs.iter().for_each(|e| self.visit_expr(e));
                if lhs.len() > 1 && rhs.len() == 1 {
                    self.temps(&rhs[0], lhs.len());
                }
            }
            StmtKind::Decl(Decl::Var(specs)) => {
                for sp in specs {
                    self.names(&sp.names);
                    sp.values.iter().for_each(|e| self.visit_expr(e));
                    if sp.names.len() > 1 && sp.values.len() == 1 {
                        self.temps(&sp.values[0], sp.names.len());
                    }
                }
            }
            StmtKind::Return(es) => {
                es.iter().for_each(|e| self.visit_expr(e));
                if es.len() == 1 && self.tuple_len(&es[0]) > 1 {
                    self.temps(&es[0], self.tuple_len(&es[0]));
                }
            }
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            } => {
                if *define {
                    key.iter().chain(value).for_each(|e| self.define_expr(e));
                } else {
                    key.iter().chain(value).for_each(|e| self.visit_expr(e));
                }
                self.visit_expr(x);
                self.stmts(&body.stmts);
            }
            StmtKind::Block(b) => self.stmts(&b.stmts),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                if let Some(s) = init {
                    self.visit_stmt(s);
                }
                self.visit_expr(cond);
                let c = crate::deadcode::static_bool(self.info, cond);
                if c >= 0 {
                    self.stmts(&then.stmts);
                }
                if let Some(s) = els
                    && c <= 0
                {
                    self.visit_stmt(s);
                }
            }
            StmtKind::Switch {
                init, tag, body, ..
            } => {
                if let Some(s) = init {
                    self.visit_stmt(s);
                }
                tag.iter().for_each(|t| self.visit_expr(t));
                let fold = crate::deadcode::fold_switch(self.info, tag.as_ref(), body);
                for (i, c) in body.iter().enumerate() {
                    c.exprs.iter().for_each(|e| self.visit_expr(e));
                    match fold {
                        crate::deadcode::SwitchFold::No => self.stmts(&c.body),
                        crate::deadcode::SwitchFold::Clause(k) if k == i => self.stmts(&c.body),
                        _ => {}
                    }
                }
            }
            StmtKind::Select { body, .. } => {
                for c in body {
                    if let Some(s) = &c.comm {
                        self.visit_stmt(s);
                    }
                    self.stmts(&c.body);
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                if let Some(s) = init {
                    self.visit_stmt(s);
                }
                cond.iter().for_each(|c| self.visit_expr(c));
                let runs = cond
                    .as_ref()
                    .is_none_or(|c| crate::deadcode::static_bool(self.info, c) >= 0);
                if runs {
                    if let Some(s) = post {
                        self.visit_stmt(s);
                    }
                    self.stmts(&body.stmts);
                }
            }
            StmtKind::TypeSwitch { init, x, body, .. } => {
                if let Some(s) = init {
                    self.visit_stmt(s);
                }
                self.visit_expr(x);
                for c in body {
                    self.define(c.bind_id);
                    self.stmts(&c.body);
                }
            }
            _ => visit::walk_stmt(self, s),
        }
    }

    fn visit_expr(&mut self, e: &'a Expr) {
        match &e.kind {
            ExprKind::FuncLit { body, .. } => {
                let outer = self.n;
                self.n = self.params(e.id);
                self.stmts(&body.stmts);
                self.n = outer;
            }
            ExprKind::Call { fun, args, .. } => {
                visit::walk_expr(self, e);
                if args.len() == 1 && self.tuple_len(&args[0]) > 1 {
                    self.temps(&args[0], self.tuple_len(&args[0]));
                }
                if let Some(np) = self.non_name_callee(fun) {
                    self.callees.insert(np.id, self.n);
                    self.n += 1;
                }
            }
            _ => visit::walk_expr(self, e),
        }
    }
}
