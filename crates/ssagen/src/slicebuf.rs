//! gc 1.26's stack backing stores for slices that escape only at one
//! point (cmd/compile/internal/slice/slice.go): a local slice variable
//! built by `s = append(s, ...)` whose only "exclusive → shared"
//! transition is one `return s` or `x = s` (not in a deeper loop than its
//! declaration) keeps its backing store in the frame while it grows, and
//! is moved to the heap just before that statement (`move2heap`).
//!
//! This changes observable capacities, so gocc must do the same: the
//! appends use the 32-byte frame buffer (with `cap(s)` used anywhere,
//! every growth up to K = 32 / elemsize elements walks the size classes,
//! gc's growsliceBuf: cap 1, 2, 3, 4 for `[]int`; otherwise the first
//! append gets the whole buffer, as for a non-escaping append), and the
//! move keeps the capacity when `cap` is used (moveSlice) or picks the
//! size class of the length (moveSliceNoCap: a 3-element `[]int` returned
//! has cap 3).
//!
//! The analysis is gc's, on the AST: every use of the variable must be one
//! it understands (declaration, `s = nil`, `s = []T{...}`, `s = s[i:j]`,
//! `s = append(s, ...)`, `s[i]`, `len(s)`, `cap(s)`, `range s`, `x = s`,
//! `return s`), else the variable is left alone. gc also accepts passing
//! `s` to a parameter that does not leak; gocc has no parameter tags here
//! and gives up on any call (so it differs from gc there). Not under `-N`
//! (gc skips the pass).

use std::collections::HashMap;

use syntax::Pos;
use syntax::ast::{Decl, Expr, ExprKind, NodeId, Stmt, StmtKind, UnaryOp};
use syntax::visit::{Visitor, walk_expr, walk_stmt, walk_stmts};
use types::{Builtin, Info, Mode, ObjId, Type, TypeTable};

use crate::alloc::VARIABLE_MAKE_THRESHOLD;
use crate::expr::unparen;

/// The slice variables of one function that get the treatment.
#[derive(Default)]
pub(crate) struct SliceBufs {
    /// Variable → whether its capacity is used (gc's `capUsed`:
    /// `UseBuf` appends and a capacity-preserving move).
    pub cap_used: HashMap<ObjId, bool>,
    /// Statement position → variables to move to the heap before it.
    pub moves: HashMap<Pos, Vec<ObjId>>,
    /// `append` call → its variable.
    pub appends: HashMap<NodeId, ObjId>,
}

struct Track {
    ok: bool,
    decl_depth: u32,
    cap_used: bool,
    transition: Option<Pos>,
    appends: Vec<NodeId>,
    weight: u32,
}

struct Scan<'a> {
    info: &'a Info,
    tt: &'a TypeTable,
    vars: HashMap<ObjId, Track>,
    /// Named results (for a bare `return`).
    named_results: Vec<ObjId>,
    depth: u32,
}

/// gc's slice.analyze for one function body.
pub(crate) fn analyze(
    info: &Info,
    tt: &TypeTable,
    params: &[ObjId],
    results: &[ObjId],
    body: &[Stmt],
) -> SliceBufs {
    let mut s = Scan {
        info,
        tt,
        vars: HashMap::new(),
        named_results: Vec::new(),
        depth: 0,
    };
    for &p in params.iter().chain(results) {
        s.track(p);
    }
    s.named_results = results
        .iter()
        .copied()
        .filter(|r| !info.obj(*r).name.is_empty() && info.obj(*r).name != "_")
        .collect();
    walk_stmts(&mut s, body);
    let mut out = SliceBufs::default();
    for (obj, t) in s.vars {
        // Exclusive all its life (it does not escape: the ordinary rules
        // apply) or at most one append executed: nothing to gain.
        let Some(pos) = t.transition.filter(|_| t.ok && t.weight >= 2) else {
            continue;
        };
        out.cap_used.insert(obj, t.cap_used);
        out.moves.entry(pos).or_default().push(obj);
        for a in t.appends {
            out.appends.insert(a, obj);
        }
    }
    out
}

impl Scan<'_> {
    /// Starts tracking a variable of slice type whose elements fit the
    /// buffer (gc: `Elem().Size() <= VariableMakeThreshold`).
    fn track(&mut self, obj: ObjId) {
        let ty = self.info.obj(obj).ty;
        if let Type::Slice(e) = self.tt.under(ty)
            && self.tt.size_of(*e) <= VARIABLE_MAKE_THRESHOLD
        {
            self.vars.insert(
                obj,
                Track {
                    ok: true,
                    decl_depth: self.depth,
                    cap_used: false,
                    transition: None,
                    appends: Vec::new(),
                    weight: 0,
                },
            );
        }
    }

    /// The tracked variable `e` names, if any.
    fn tracked(&self, e: &Expr) -> Option<ObjId> {
        match &unparen(e).kind {
            ExprKind::Name(id) => self
                .info
                .object_of(id.id)
                .filter(|o| self.vars.get(o).is_some_and(|t| t.ok)),
            _ => None,
        }
    }

    fn give_up(&mut self, obj: ObjId) {
        if let Some(t) = self.vars.get_mut(&obj) {
            t.ok = false;
        }
    }

    /// An exclusive → shared transition of `obj` at statement `pos` (gc:
    /// only one, and not inside a loop deeper than the declaration).
    fn transition(&mut self, obj: ObjId, pos: Pos) {
        let depth = self.depth;
        if let Some(t) = self.vars.get_mut(&obj) {
            if t.transition.is_some() || depth > t.decl_depth {
                t.ok = false;
            } else {
                t.transition = Some(pos);
            }
        }
    }

    /// `x = y` (or a declaration of the tracked `xo` with value `y`), at
    /// statement `pos`: gc's `assign`.
    fn assign(&mut self, xo: Option<ObjId>, x: Option<&Expr>, y: Option<&Expr>, pos: Pos) {
        let mut y_done = false;
        if let Some(s) = xo
            && let Some(y) = y.map(unparen)
        {
            match &y.kind {
                _ if self.is_nil(y) => {}
                ExprKind::CompositeLit { .. } => self.set_cap_used(s),
                ExprKind::Slice {
                    x: sx, lo, hi, max, ..
                } if self.tracked(sx) == Some(s) => {
                    self.set_cap_used(s);
                    [lo, hi, max]
                        .into_iter()
                        .flatten()
                        .for_each(|e| self.visit_expr(e));
                    y_done = true;
                }
                ExprKind::Call { args, .. }
                    if self.is_append(y)
                        && args.first().and_then(|a| self.tracked(a)) == Some(s) =>
                {
                    let depth = self.depth;
                    if let Some(t) = self.vars.get_mut(&s) {
                        t.appends.push(y.id);
                        t.weight += 1 + depth.saturating_sub(t.decl_depth);
                    }
                    args[1..].iter().for_each(|e| self.visit_expr(e));
                    y_done = true;
                }
                _ => self.give_up(s),
            }
        } else if let Some(x) = x {
            self.visit_expr(x);
        }
        let Some(y) = y else { return };
        if y_done {
            return;
        }
        match self.tracked(y) {
            Some(t) => self.transition(t, pos),
            None => self.visit_expr(y),
        }
    }

    fn set_cap_used(&mut self, s: ObjId) {
        if let Some(t) = self.vars.get_mut(&s) {
            t.cap_used = true;
        }
    }

    fn is_nil(&self, e: &Expr) -> bool {
        self.info
            .type_of(e.id)
            .is_some_and(|t| self.tt.basic_kind(t) == Some(types::BasicKind::UntypedNil))
    }

    fn builtin_of(&self, call: &Expr) -> Option<Builtin> {
        let ExprKind::Call { fun, .. } = &call.kind else {
            return None;
        };
        match self.info.expr_types.get(&fun.id).map(|t| t.mode) {
            Some(Mode::Builtin(b)) => Some(b),
            _ => None,
        }
    }

    fn is_append(&self, e: &Expr) -> bool {
        self.builtin_of(e) == Some(Builtin::Append)
    }
}

/// The statements and expressions of the body, not entering function
/// literals; a tracked slice's uses are the special cases.
impl<'a> Visitor<'a> for Scan<'_> {
    fn visit_stmt(&mut self, s: &'a Stmt) {
        // The special cases recurse without `walk_*`'s guard.
        syntax::stack::guard();
        match &s.kind {
            StmtKind::Assign { lhs, op, rhs } => {
                let plain = matches!(
                    op,
                    syntax::ast::AssignOp::Assign | syntax::ast::AssignOp::Define
                );
                if plain && matches!(op, syntax::ast::AssignOp::Define) {
                    for x in lhs {
                        if let ExprKind::Name(id) = &x.kind
                            && let Some(&o) = self.info.defs.get(&id.id)
                        {
                            self.track(o);
                        }
                    }
                }
                if plain && lhs.len() == rhs.len() {
                    for (x, y) in lhs.iter().zip(rhs) {
                        let xo = self.tracked(x);
                        self.assign(xo, Some(x), Some(y), s.pos);
                    }
                } else {
                    lhs.iter().chain(rhs).for_each(|e| self.visit_expr(e));
                }
            }
            StmtKind::Decl(Decl::Var(specs)) => {
                for sp in specs {
                    let objs: Vec<Option<ObjId>> = sp
                        .names
                        .iter()
                        .map(|n| self.info.defs.get(&n.id).copied())
                        .collect();
                    for o in objs.iter().flatten() {
                        self.track(*o);
                    }
                    if sp.values.len() == objs.len() {
                        for (o, y) in objs.iter().zip(&sp.values) {
                            let xo = o.filter(|o| self.vars.get(o).is_some_and(|t| t.ok));
                            self.assign(xo, None, Some(y), s.pos);
                        }
                    } else {
                        sp.values.iter().for_each(|e| self.visit_expr(e));
                    }
                }
            }
            StmtKind::Return(es) => {
                if es.is_empty() {
                    for r in self.named_results.clone() {
                        self.transition(r, s.pos);
                    }
                }
                for e in es {
                    match self.tracked(e) {
                        Some(o) => self.transition(o, s.pos),
                        None => self.visit_expr(e),
                    }
                }
            }
            StmtKind::For { .. } => {
                self.depth += 1;
                walk_stmt(self, s);
                self.depth -= 1;
            }
            StmtKind::Range {
                key,
                value,
                x,
                body,
                ..
            } => {
                self.depth += 1;
                [key, value]
                    .into_iter()
                    .flatten()
                    .for_each(|e| self.visit_expr(e));
                if self.tracked(x).is_none() {
                    self.visit_expr(x);
                }
                walk_stmts(self, &body.stmts);
                self.depth -= 1;
            }
            _ => walk_stmt(self, s),
        }
    }

    fn visit_expr(&mut self, e: &'a Expr) {
        syntax::stack::guard();
        match &e.kind {
            ExprKind::Name(_) => {
                // A use this analysis does not understand.
                if let Some(o) = self.tracked(e) {
                    self.give_up(o);
                }
            }
            ExprKind::Index(x, i) => {
                if self.tracked(x).is_none() {
                    self.visit_expr(x);
                }
                self.visit_expr(i);
            }
            ExprKind::Unary(UnaryOp::Addr, x) if matches!(&unparen(x).kind, ExprKind::Index(s, _) if self.tracked(s).is_some()) =>
            {
                // `&s[i]` shares the backing store.
                if let ExprKind::Index(s, i) = &unparen(x).kind {
                    if let Some(o) = self.tracked(s) {
                        self.give_up(o);
                    }
                    self.visit_expr(i);
                }
            }
            ExprKind::Call { args, .. } => {
                let b = self.builtin_of(e);
                if matches!(b, Some(Builtin::Len | Builtin::Cap))
                    && args.len() == 1
                    && let Some(o) = self.tracked(&args[0])
                {
                    if b == Some(Builtin::Cap) {
                        self.set_cap_used(o);
                    }
                    return;
                }
                walk_expr(self, e);
            }
            ExprKind::FuncLit { body, .. } => {
                // Captured by a closure: every use there is opaque (gc sees
                // a closure variable). The literal's own variables belong
                // to its own analysis.
                for id in crate::addrtaken::names_in(self.info, &body.stmts) {
                    if let Some(o) = self.info.object_of(id) {
                        self.give_up(o);
                    }
                }
            }
            // Name keys are skipped: field names, or keys and indices a
            // tracked slice cannot be (as a key of a `map[any]` it panics
            // when hashed, before any append).
            ExprKind::CompositeLit { elts, .. } => {
                for el in elts {
                    if let Some(k) = &el.key
                        && !matches!(k.kind, ExprKind::Name(_))
                    {
                        self.visit_expr(k);
                    }
                    self.visit_expr(&el.value);
                }
            }
            _ => walk_expr(self, e),
        }
    }
}
