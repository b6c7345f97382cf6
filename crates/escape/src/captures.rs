//! A syntactic pre-pass: what each function literal captures (in order
//! of first use; a literal nested in another makes the outer one capture
//! too, as gc's closure variables do), and which variables are captured or
//! have their address taken (`&x`, `x[:]` of an array, a pointer-receiver
//! method call or value on `x`): gc gives such a loop variable a fresh copy
//! per iteration (the `loopvar` rewrite), which escape analysis models.

use std::collections::{HashMap, HashSet};

use syntax::ast::{self, Decl, Expr, ExprKind, NodeId, Stmt, StmtKind, UnaryOp};
use types::{Info, ObjId, SelectionKind, Type};

/// What [`scan`] finds.
pub(crate) struct Captures<'a> {
    pub captures: HashMap<NodeId, Vec<ObjId>>,
    pub lits: HashMap<NodeId, &'a Expr>,
    /// Captured or address-taken variables.
    pub captured_or_addr: HashSet<ObjId>,
    /// The function (declaration name id or literal id) each literal is
    /// written in; none for literals in package-level initializers.
    pub parent: HashMap<NodeId, Option<NodeId>>,
}

pub(crate) fn scan<'a>(file: &'a ast::File, info: &Info) -> Captures<'a> {
    let mut w = Walker {
        info,
        lits: Vec::new(),
        escaping: HashSet::new(),
        captures: HashMap::new(),
        lit_exprs: HashMap::new(),
        decl: None,
        parent: HashMap::new(),
    };
    for d in &file.decls {
        match d {
            Decl::Func(fd) => {
                if let Some(body) = &fd.body {
                    w.decl = Some(fd.name.id);
                    w.block(&body.stmts);
                    w.decl = None;
                }
            }
            Decl::Var(specs) => {
                for s in specs {
                    for v in &s.values {
                        w.expr(v);
                    }
                }
            }
            _ => {}
        }
    }
    Captures {
        captures: w.captures,
        lits: w.lit_exprs,
        captured_or_addr: w.escaping,
        parent: w.parent,
    }
}

struct Walker<'i, 'a> {
    lit_exprs: HashMap<NodeId, &'a Expr>,
    info: &'i Info,
    /// Enclosing function literals (their expression ids), innermost last.
    lits: Vec<NodeId>,
    escaping: HashSet<ObjId>,
    captures: HashMap<NodeId, Vec<ObjId>>,
    /// The declaration being scanned (its name's id).
    decl: Option<NodeId>,
    parent: HashMap<NodeId, Option<NodeId>>,
}

impl<'a> Walker<'_, 'a> {
    fn local_var(&self, id: NodeId) -> Option<ObjId> {
        let obj = self.info.object_of(id)?;
        let o = self.info.obj(obj);
        (o.is_var() && o.owner.is_some()).then_some(obj)
    }

    fn use_name(&mut self, id: NodeId) {
        let Some(obj) = self.local_var(id) else {
            return;
        };
        let owner = self.info.obj(obj).owner;
        for &lit in self.lits.iter().rev() {
            if Some(lit) == owner {
                break;
            }
            let caps = self.captures.entry(lit).or_default();
            if !caps.contains(&obj) {
                caps.push(obj);
            }
            self.escaping.insert(obj);
        }
    }

    /// The local variable whose storage `e` designates (through fields of
    /// structs and elements of arrays held by value).
    fn base_var(&self, e: &Expr) -> Option<ObjId> {
        match &e.kind {
            ExprKind::Name(id) => self.local_var(id.id),
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

    fn address_taken(&mut self, e: &Expr) {
        if let Some(v) = self.base_var(e) {
            self.escaping.insert(v);
        }
    }

    fn block(&mut self, stmts: &'a [Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    fn opt_stmt(&mut self, s: &'a Option<Box<Stmt>>) {
        if let Some(s) = s {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &'a Stmt) {
        syntax::stack::guard();
        match &s.kind {
            StmtKind::Empty | StmtKind::Break(_) | StmtKind::Continue(_) => {}
            StmtKind::Goto(_) | StmtKind::Fallthrough => {}
            StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => self.expr(e),
            StmtKind::IncDec(e, _) => self.expr(e),
            StmtKind::Send(a, b) => {
                self.expr(a);
                self.expr(b);
            }
            StmtKind::Assign { lhs, rhs, .. } => {
                lhs.iter().chain(rhs).for_each(|e| self.expr(e));
            }
            StmtKind::Decl(Decl::Var(specs)) => {
                for sp in specs {
                    sp.values.iter().for_each(|e| self.expr(e));
                }
            }
            StmtKind::Decl(_) => {}
            StmtKind::Return(es) => es.iter().for_each(|e| self.expr(e)),
            StmtKind::Block(b) => self.block(&b.stmts),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.opt_stmt(init);
                self.expr(cond);
                self.block(&then.stmts);
                self.opt_stmt(els);
            }
            StmtKind::Switch {
                init, tag, body, ..
            } => {
                self.opt_stmt(init);
                if let Some(t) = tag {
                    self.expr(t);
                }
                for c in body {
                    c.exprs.iter().for_each(|e| self.expr(e));
                    self.block(&c.body);
                }
            }
            StmtKind::TypeSwitch { init, x, body, .. } => {
                self.opt_stmt(init);
                self.expr(x);
                for c in body {
                    self.block(&c.body);
                }
            }
            StmtKind::Select { body, .. } => {
                for c in body {
                    self.opt_stmt(&c.comm);
                    self.block(&c.body);
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                self.opt_stmt(init);
                if let Some(c) = cond {
                    self.expr(c);
                }
                self.opt_stmt(post);
                self.block(&body.stmts);
            }
            StmtKind::Range {
                key,
                value,
                x,
                body,
                ..
            } => {
                for e in [key, value].into_iter().flatten() {
                    self.expr(e);
                }
                self.expr(x);
                self.block(&body.stmts);
            }
            StmtKind::Labeled(_, s) => self.stmt(s),
        }
    }

    fn expr(&mut self, e: &'a Expr) {
        syntax::stack::guard();
        match &e.kind {
            ExprKind::Name(id) => self.use_name(id.id),
            ExprKind::BasicLit { .. } | ExprKind::Bad => {}
            ExprKind::CompositeLit { elts, .. } => {
                for el in elts {
                    // Keys of struct literals are field names, not uses.
                    if let Some(k) = &el.key
                        && !matches!(k.kind, ExprKind::Name(_))
                    {
                        self.expr(k);
                    }
                    if let Some(ExprKind::Name(id)) = el.key.as_ref().map(|k| &k.kind) {
                        self.use_name(id.id);
                    }
                    self.expr(&el.value);
                }
            }
            ExprKind::FuncLit { body, .. } => {
                self.lit_exprs.insert(e.id, e);
                self.parent
                    .insert(e.id, self.lits.last().copied().or(self.decl));
                self.lits.push(e.id);
                self.captures.entry(e.id).or_default();
                self.block(&body.stmts);
                self.lits.pop();
            }
            ExprKind::Paren(x) | ExprKind::Star(x) => self.expr(x),
            ExprKind::Selector(x, _) => {
                if let Some(sel) = self.info.selections.get(&e.id)
                    && sel.kind == SelectionKind::MethodVal
                    && let Some(m) = sel.method
                    && self.info.obj(m).recv.is_some_and(|r| r.pointer)
                    && !sel.indirect
                {
                    self.address_taken(x);
                }
                self.expr(x);
            }
            ExprKind::Index(x, i) => {
                self.expr(x);
                self.expr(i);
            }
            ExprKind::Slice { x, lo, hi, max, .. } => {
                if let Some(t) = self.info.type_of(x.id)
                    && matches!(self.info.types.under(t), Type::Array { .. })
                {
                    self.address_taken(x);
                }
                self.expr(x);
                for y in [lo, hi, max].into_iter().flatten() {
                    self.expr(y);
                }
            }
            ExprKind::TypeAssert(x, _) => self.expr(x),
            ExprKind::Call { fun, args, .. } => {
                self.expr(fun);
                args.iter().for_each(|a| self.expr(a));
            }
            ExprKind::Unary(op, x) => {
                if *op == UnaryOp::Addr {
                    self.address_taken(x);
                }
                self.expr(x);
            }
            ExprKind::Binary(_, a, b) => {
                self.expr(a);
                self.expr(b);
            }
            ExprKind::ArrayType { .. }
            | ExprKind::StructType(_)
            | ExprKind::FuncType(_)
            | ExprKind::InterfaceType(_)
            | ExprKind::MapType(..)
            | ExprKind::ChanType(..) => {}
        }
    }
}
