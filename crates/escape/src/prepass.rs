//! Whole-file facts escape analysis needs before it starts: the function
//! declarations, which callee a call statically names (gc's
//! `ir.StaticValue`/`StaticCalleeName`: a function, a method of a concrete
//! type, a function literal, or a local variable defined once from one of
//! those and never reassigned), and the bottom-up order of the call
//! graph's strongly connected components (gc's `VisitFuncsBottomUp`).

use std::collections::{HashMap, HashSet};

use syntax::ast::{
    self, AssignOp, Decl, Expr, ExprKind, FuncDecl, NodeId, Stmt, StmtKind, UnaryOp,
};
use syntax::visit::{Visitor, walk_expr, walk_stmt, walk_stmts};
use types::{Info, ObjId, ObjKind, SelectionKind};

use crate::util::unparen;

/// Whether runtime function `o` declares its escape tags in stdlib.rs.
fn has_annotation(info: &Info, o: ObjId) -> bool {
    let ob = info.obj(o);
    let recv = ob.recv.map(|r| match info.types.get(r.named) {
        types::Type::Named(n) => n.name.clone(),
        _ => String::new(),
    });
    types::stdlib::escape_annotation(&ob.pkg, recv.as_deref(), &ob.name).is_some()
}

/// A statically known callee.
#[derive(Clone, Copy)]
pub(crate) enum Callee<'a> {
    /// A function or method declared with a body in the file.
    Decl(ObjId),
    /// A function literal.
    Lit(&'a Expr),
    /// A function without Go body (runtime-provided or body-less).
    Extern(ObjId),
}

pub(crate) struct Prepass<'a> {
    pub decls: HashMap<ObjId, &'a FuncDecl>,
    /// Local variables assigned exactly once, at their definition, by
    /// this expression.
    single_def: HashMap<ObjId, &'a Expr>,
    assigned: HashSet<ObjId>,
}

impl<'a> Prepass<'a> {
    pub fn new(file: &'a ast::File, info: &Info) -> Prepass<'a> {
        let mut p = Prepass {
            decls: HashMap::new(),
            single_def: HashMap::new(),
            assigned: HashSet::new(),
        };
        for d in &file.decls {
            // Declarations without body too (`go tool compile` accepts
            // them), unless the runtime implements them with tags of
            // their own (stdlib.rs).
            // Blank functions and methods are left out, as gc's front
            // end leaves them (and ssagen does not emit them).
            if let Decl::Func(fd) = d
                && fd.type_params.is_none()
                && fd.name.name != "_"
                && let Some(&obj) = info.defs.get(&fd.name.id)
                && (fd.body.is_some() || !has_annotation(info, obj))
            {
                p.decls.insert(obj, fd);
            }
        }
        let mut defs: HashMap<ObjId, Vec<&'a Expr>> = HashMap::new();
        for d in &file.decls {
            if let Decl::Func(fd) = d
                && let Some(b) = &fd.body
            {
                let mut addr = Vec::new();
                visit_stmts(
                    &b.stmts,
                    &mut |s| p.note_stmt(info, s, &mut defs),
                    &mut |e| {
                        if let ExprKind::Unary(UnaryOp::Addr, x) = &e.kind
                            && let Some(o) = Self::local(info, x)
                        {
                            addr.push(o);
                        }
                    },
                );
                p.assigned.extend(addr);
            }
        }
        for (obj, v) in defs {
            if v.len() == 1 && !p.assigned.contains(&obj) {
                p.single_def.insert(obj, v[0]);
            }
        }
        p
    }

    /// Local variables defined once by a constant and never assigned
    /// again nor address-taken, with that constant (gc's
    /// `ReassignOracle.StaticValue` of a literal: `rewriteWithLiterals`
    /// uses it for interface conversions and `make` sizes).
    pub fn const_vars(&self, info: &Info) -> HashMap<ObjId, types::ConstValue> {
        self.single_def
            .iter()
            .filter_map(|(&o, e)| {
                // Through other such variables (`s := 128; size := s`).
                let e = self.static_value(info, e);
                let v = info.expr_types.get(&e.id)?.value.clone()?;
                Some((o, v))
            })
            .collect()
    }

    fn local(info: &Info, e: &Expr) -> Option<ObjId> {
        if let ExprKind::Name(id) = &unparen(e).kind {
            let o = info.object_of(id.id)?;
            let ob = info.obj(o);
            (ob.is_var() && ob.owner.is_some()).then_some(o)
        } else {
            None
        }
    }

    fn note_stmt(&mut self, info: &Info, s: &'a Stmt, defs: &mut HashMap<ObjId, Vec<&'a Expr>>) {
        match &s.kind {
            StmtKind::Assign { lhs, op, rhs } => {
                for (i, l) in lhs.iter().enumerate() {
                    let Some(o) = Self::local(info, l) else {
                        continue;
                    };
                    let new = matches!(op, AssignOp::Define)
                        && matches!(&l.kind, ExprKind::Name(id) if info.defs.contains_key(&id.id));
                    if new && lhs.len() == rhs.len() {
                        defs.entry(o).or_default().push(&rhs[i]);
                    } else if !new {
                        self.assigned.insert(o);
                    } else {
                        // a, b := f(): defined, but not by one expression.
                        self.assigned.insert(o);
                    }
                }
            }
            StmtKind::Decl(Decl::Var(specs)) => {
                for sp in specs {
                    for (i, n) in sp.names.iter().enumerate() {
                        if let Some(&o) = info.defs.get(&n.id) {
                            if sp.values.len() == sp.names.len() {
                                defs.entry(o).or_default().push(&sp.values[i]);
                            } else {
                                self.assigned.insert(o);
                            }
                        }
                    }
                }
            }
            StmtKind::IncDec(x, _) => {
                if let Some(o) = Self::local(info, x) {
                    self.assigned.insert(o);
                }
            }
            StmtKind::Range {
                key, value, define, ..
            } if !define => {
                for x in [key, value].into_iter().flatten() {
                    if let Some(o) = Self::local(info, x) {
                        self.assigned.insert(o);
                    }
                }
            }
            _ => {}
        }
    }

    /// gc's `ir.StaticValue`: `e` through parentheses, local variables
    /// defined once and never reassigned, and the conversions of package
    /// unsafe that leave the word alone (gc's `OCONVNOP`).
    pub fn static_value(&self, info: &Info, mut e: &'a Expr) -> &'a Expr {
        for _ in 0..16 {
            e = unparen(e);
            if let Some(x) = crate::util::unsafe_nop_conversion(info, e) {
                e = x;
                continue;
            }
            match Self::local(info, e).and_then(|o| self.single_def.get(&o)) {
                Some(d) => e = d,
                None => break,
            }
        }
        e
    }

    /// The concrete type of interface value `x`, when its static value
    /// is a conversion (explicit or implicit) from a non-interface type.
    pub fn concrete_type(&self, info: &Info, x: &'a Expr) -> Option<types::TypeId> {
        let is_iface = |t| matches!(info.types.under(t), types::Type::Interface(_));
        let v = self.static_value(info, x);
        let from = match &v.kind {
            // `I(x)`: x's type; `T(x)` of a non-interface T is a T.
            ExprKind::Call { fun, args, .. }
                if info
                    .expr_types
                    .get(&fun.id)
                    .is_some_and(|t| t.mode == types::Mode::TypeExpr)
                    && args.len() == 1
                    && info.type_of(v.id).is_some_and(is_iface) =>
            {
                info.type_of(args[0].id)?
            }
            _ => info.type_of(v.id)?,
        };
        let concrete = !is_iface(from)
            && !matches!(info.types.get(from), types::Type::Basic(k) if k.is_untyped())
            && !matches!(info.types.get(from), types::Type::Tuple(_));
        concrete.then_some(from)
    }

    /// The function a call of `fun` statically calls, if known.
    pub fn static_callee(&self, info: &Info, fun: &'a Expr) -> Option<Callee<'a>> {
        self.static_callee_depth(info, fun, 0)
    }

    fn static_callee_depth(&self, info: &Info, fun: &'a Expr, depth: u32) -> Option<Callee<'a>> {
        if depth > 16 {
            return None;
        }
        let fun = unparen(fun);
        let func_obj = |o: ObjId| -> Option<Callee<'a>> {
            let ob = info.obj(o);
            if ob.kind != ObjKind::Func {
                return None;
            }
            if self.decls.contains_key(&o) {
                Some(Callee::Decl(o))
            } else {
                Some(Callee::Extern(o))
            }
        };
        match &fun.kind {
            ExprKind::FuncLit { .. } => Some(Callee::Lit(fun)),
            ExprKind::Name(id) => {
                let o = info.object_of(id.id)?;
                let ob = info.obj(o);
                match ob.kind {
                    ObjKind::Func => func_obj(o),
                    ObjKind::Var(_) if ob.owner.is_some() => {
                        let def = self.single_def.get(&o)?;
                        self.static_callee_depth(info, def, depth + 1)
                    }
                    _ => None,
                }
            }
            ExprKind::Selector(_, sel) => {
                if let Some(s) = info.selections.get(&fun.id) {
                    match s.kind {
                        SelectionKind::MethodVal | SelectionKind::MethodExpr => {
                            if crate::util::is_interface(info, s.recv)
                                || crate::util::pointer_elem(info, s.recv)
                                    .is_some_and(|t| crate::util::is_interface(info, t))
                            {
                                return None;
                            }
                            let m = s.method?;
                            let r = info.obj(m).recv?;
                            // A method expression whose receiver type is
                            // not the method's own (`(*T).M` of a value
                            // method, a promoted method) names a wrapper
                            // gc generates after escape analysis: a call
                            // of it has no tags.
                            if s.kind == SelectionKind::MethodExpr
                                && (!s.path.is_empty()
                                    || (!r.pointer
                                        && crate::util::pointer_elem(info, s.recv).is_some()))
                            {
                                return None;
                            }
                            func_obj(m)
                        }
                        SelectionKind::FieldVal => None,
                    }
                } else {
                    // pkg.F
                    let o = info.uses.get(&sel.id).copied()?;
                    (info.obj(o).kind == ObjKind::Func)
                        .then(|| func_obj(o))
                        .flatten()
                }
            }
            _ => None,
        }
    }

    /// The batches gc analyses, in its order (`ir.VisitFuncsBottomUp`):
    /// the strongly connected groups of the reference graph (a function
    /// names another, a function literal is an edge to it), callees
    /// first, visited from the declarations in file order. A literal that
    /// captures variables belongs to the group of its enclosing function
    /// (after it, in visit order); one that captures nothing is a
    /// function of its own, as gc compiles it.
    pub fn batches(
        &self,
        file: &'a ast::File,
        info: &Info,
        closures: &HashSet<NodeId>,
    ) -> (Vec<Vec<FnNode<'a>>>, usize) {
        let mut v = BottomUp {
            pre: self,
            info,
            closures,
            visitgen: 0,
            id: HashMap::new(),
            stack: Vec::new(),
            out: Vec::new(),
        };
        // gc's reader makes the package initialization function before
        // the others: it comes first in gc's list, so its batch follows
        // only the functions the initializers use (their literals are
        // walked inline in it).
        let mut init_edges = Vec::new();
        for d in &file.decls {
            if let Decl::Var(specs) = d {
                for e in specs.iter().flat_map(|sp| &sp.values) {
                    let mut refs = Refs {
                        f: &mut |x: &'a Expr| {
                            if let Some(c @ FnNode::Decl(_)) = v.edge(x) {
                                init_edges.push(c);
                            }
                        },
                    };
                    refs.visit_expr(e);
                }
            }
        }
        for c in init_edges {
            v.visit(c);
        }
        let init_at = v.out.len();
        for d in &file.decls {
            if let Decl::Func(fd) = d
                && let Some(&o) = info.defs.get(&fd.name.id)
                && self.decls.contains_key(&o)
            {
                v.visit(FnNode::Decl(o));
            }
        }
        (v.out, init_at)
    }
}

/// Calls `f` on every expression of an expression, function literal
/// bodies included.
struct Refs<'f, 'a> {
    f: &'f mut dyn FnMut(&'a Expr),
}

impl<'a> Visitor<'a> for Refs<'_, 'a> {
    fn visit_expr(&mut self, e: &'a Expr) {
        (self.f)(e);
        walk_expr(self, e);
    }
}

/// A function escape analysis analyses: a declaration or a literal.
#[derive(Clone, Copy)]
pub(crate) enum FnNode<'a> {
    Decl(ObjId),
    Lit(&'a Expr),
}

impl FnNode<'_> {
    /// The id `Info::func_params` and the objects' `owner` use.
    pub fn key(&self, pre: &Prepass) -> NodeId {
        match self {
            FnNode::Decl(o) => pre.decls[o].name.id,
            FnNode::Lit(e) => e.id,
        }
    }
}

/// gc's `bottomUpVisitor` (Tarjan's algorithm with closures kept on the
/// stack of their enclosing function).
struct BottomUp<'p, 'a, 'i> {
    pre: &'p Prepass<'a>,
    info: &'i Info,
    closures: &'p HashSet<NodeId>,
    visitgen: u32,
    id: HashMap<NodeId, u32>,
    stack: Vec<FnNode<'a>>,
    out: Vec<Vec<FnNode<'a>>>,
}

impl<'a> BottomUp<'_, 'a, '_> {
    fn visit(&mut self, n: FnNode<'a>) -> u32 {
        syntax::stack::guard();
        let key = n.key(self.pre);
        if let Some(&id) = self.id.get(&key) {
            return id;
        }
        self.visitgen += 1;
        let id = self.visitgen;
        self.id.insert(key, id);
        self.visitgen += 1;
        let mut min = self.visitgen;
        self.stack.push(n);
        let body = match n {
            FnNode::Decl(o) => self.pre.decls[&o]
                .body
                .as_ref()
                .map(|b| &b.stmts[..])
                .unwrap_or(&[]),
            FnNode::Lit(e) => match &e.kind {
                ExprKind::FuncLit { body, .. } => &body.stmts[..],
                _ => &[],
            },
        };
        let mut edges = Vec::new();
        visit_stmts_shallow(body, &mut |_| {}, &mut |e| {
            if let Some(c) = self.edge(e) {
                edges.push(c);
            }
        });
        for c in edges {
            let m = self.visit(c);
            min = min.min(m);
        }
        let is_closure = matches!(n, FnNode::Lit(e) if self.closures.contains(&e.id));
        if (min == id || min == id + 1) && !is_closure {
            let mut i = self.stack.len();
            while i > 0 {
                i -= 1;
                let k = self.stack[i].key(self.pre);
                self.id.insert(k, u32::MAX);
                if k == key {
                    break;
                }
            }
            let block = self.stack.split_off(i);
            self.out.push(block);
        }
        min
    }

    /// The function expression `e` refers to, if gc's visitor follows it:
    /// a function or method name, a function literal.
    fn edge(&self, e: &'a Expr) -> Option<FnNode<'a>> {
        let info = self.info;
        let decl = |o: ObjId| self.pre.decls.contains_key(&o).then_some(FnNode::Decl(o));
        match &e.kind {
            ExprKind::FuncLit { .. } => Some(FnNode::Lit(e)),
            ExprKind::Name(id) => {
                let o = info.uses.get(&id.id).copied()?;
                (info.obj(o).kind == ObjKind::Func)
                    .then(|| decl(o))
                    .flatten()
            }
            ExprKind::Selector(_, sel) => match info.selections.get(&e.id) {
                Some(s) if s.kind != SelectionKind::FieldVal => decl(s.method?),
                Some(_) => None,
                None => {
                    let o = info.uses.get(&sel.id).copied()?;
                    (info.obj(o).kind == ObjKind::Func)
                        .then(|| decl(o))
                        .flatten()
                }
            },
            _ => None,
        }
    }
}

/// Calls `fs` on every statement and `fe` on every expression of `stmts`,
/// function literal bodies included.
pub(crate) fn visit_stmts<'a>(
    stmts: &'a [Stmt],
    fs: &mut dyn FnMut(&'a Stmt),
    fe: &mut dyn FnMut(&'a Expr),
) {
    walk_stmts(&mut Visit { deep: true, fs, fe }, stmts);
}

/// [`visit_stmts`] without entering function literal bodies (`fe` still
/// sees the literal), as gc's `ir.Visit`.
pub(crate) fn visit_stmts_shallow<'a>(
    stmts: &'a [Stmt],
    fs: &mut dyn FnMut(&'a Stmt),
    fe: &mut dyn FnMut(&'a Expr),
) {
    walk_stmts(
        &mut Visit {
            deep: false,
            fs,
            fe,
        },
        stmts,
    );
}

/// The walk of [`visit_stmts`] (`deep`) and [`visit_stmts_shallow`]:
/// the callbacks see each node before its children.
struct Visit<'v, 'a> {
    deep: bool,
    fs: &'v mut dyn FnMut(&'a Stmt),
    fe: &'v mut dyn FnMut(&'a Expr),
}

impl<'a> Visitor<'a> for Visit<'_, 'a> {
    fn visit_stmt(&mut self, s: &'a Stmt) {
        (self.fs)(s);
        walk_stmt(self, s);
    }

    fn visit_expr(&mut self, e: &'a Expr) {
        (self.fe)(e);
        if self.deep || !matches!(e.kind, ExprKind::FuncLit { .. }) {
            walk_expr(self, e);
        }
    }
}
