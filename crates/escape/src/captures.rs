//! A syntactic pre-pass: what each function literal captures (in order
//! of first use; a literal nested in another makes the outer one capture
//! too, as gc's closure variables do), and which variables are captured or
//! have their address taken (`&x`, `x[:]` of an array, a pointer-receiver
//! method call or value on `x`): gc gives such a loop variable a fresh copy
//! per iteration (the `loopvar` rewrite), which escape analysis models.

use std::collections::{HashMap, HashSet};

use syntax::ast::{self, Decl, Expr, ExprKind, NodeId, UnaryOp};
use syntax::visit::{Visitor, walk_expr, walk_stmts};
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
                    walk_stmts(&mut w, &body.stmts);
                    w.decl = None;
                }
            }
            Decl::Var(specs) => {
                for s in specs {
                    for v in &s.values {
                        w.visit_expr(v);
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
    fn use_name(&mut self, id: NodeId) {
        let Some(obj) = local_var(self.info, id) else {
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
}

/// Every statement and expression, function literal bodies included;
/// what matters is names, function literals and the operations that take
/// an address.
impl<'a> Visitor<'a> for Walker<'_, 'a> {
    fn visit_expr(&mut self, e: &'a Expr) {
        match &e.kind {
            // A struct literal's field-name key resolves to no local
            // variable: no use.
            ExprKind::Name(id) => self.use_name(id.id),
            ExprKind::FuncLit { .. } => {
                self.lit_exprs.insert(e.id, e);
                self.parent
                    .insert(e.id, self.lits.last().copied().or(self.decl));
                self.lits.push(e.id);
                self.captures.entry(e.id).or_default();
                walk_expr(self, e);
                self.lits.pop();
                return;
            }
            _ => {}
        }
        if let Some(v) = addr_taken_var(self.info, e) {
            self.escaping.insert(v);
        }
        walk_expr(self, e);
    }
}

fn local_var(info: &Info, id: NodeId) -> Option<ObjId> {
    let obj = info.object_of(id)?;
    let o = info.obj(obj);
    (o.is_var() && o.owner.is_some()).then_some(obj)
}

/// The local variable whose storage `e` designates (through fields of
/// structs and elements of arrays held by value).
pub fn base_var(info: &Info, e: &Expr) -> Option<ObjId> {
    match &e.kind {
        ExprKind::Name(id) => local_var(info, id.id),
        ExprKind::Paren(x) => base_var(info, x),
        ExprKind::Selector(x, _) => {
            let sel = info.selections.get(&e.id)?;
            (sel.kind == SelectionKind::FieldVal && !sel.indirect)
                .then(|| base_var(info, x))
                .flatten()
        }
        ExprKind::Index(x, _) => {
            let t = info.type_of(x.id)?;
            matches!(info.types.under(t), Type::Array { .. })
                .then(|| base_var(info, x))
                .flatten()
        }
        _ => None,
    }
}

/// The local variable whose address `e` itself takes (gc's `Addrtaken`):
/// `&x`, `x[:]` of an array, a pointer-receiver method's call or value
/// on `x` (through fields and array elements, [`base_var`]).
pub fn addr_taken_var(info: &Info, e: &Expr) -> Option<ObjId> {
    let x = match &e.kind {
        ExprKind::Unary(UnaryOp::Addr, x) => x,
        ExprKind::Selector(x, _) => {
            let sel = info.selections.get(&e.id)?;
            let m = sel.method?;
            let ptr = info.obj(m).recv.is_some_and(|r| r.pointer);
            if sel.kind != SelectionKind::MethodVal || !ptr || sel.indirect {
                return None;
            }
            x
        }
        ExprKind::Slice { x, .. } => {
            let t = info.type_of(x.id)?;
            if !matches!(info.types.under(t), Type::Array { .. }) {
                return None;
            }
            x
        }
        _ => return None,
    };
    base_var(info, x)
}
