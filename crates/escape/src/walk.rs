//! Building the graph from statements (gc's `escape/stmt.go`,
//! `assign.go`): declarations set loop depths, assignments add flows,
//! loops and backward `goto` targets deepen the loop depth, `go` and
//! `defer` calls are wrapped as gc's `goDeferStmt` does. Expressions and
//! calls are in `expr.rs`.

use std::collections::HashSet;

use syntax::ast::{AssignOp, Decl, Expr, ExprKind, NodeId, Stmt, StmtKind};
use types::{Mode, ObjId, Type};

use crate::batch::{Analysis, Batch};
use crate::graph::{BLANK, CALLEE, HEAP, Hole, LocId, LocKind, MUTATOR};
use crate::prepass::visit_stmts;
use crate::util::{has_pointers, is_direct_iface, is_interface, unparen};

pub(crate) struct Walker<'x, 'a, 'i> {
    pub a: &'x Analysis<'a, 'i>,
    pub b: &'x mut Batch<'a>,
    pub curfn: usize,
    pub depth: i32,
    /// Labels some later `goto` jumps back to (they start a loop).
    looping: HashSet<String>,
    /// Loop variables given a fresh copy per iteration whose updates by
    /// the loop's post statement are not reassignments of that copy.
    pub per_iteration: HashSet<ObjId>,
    /// Set while a `go`/`defer` wrapper builds a literal argument: the
    /// elements gc captures at the statement are evaluated there
    /// (`expr.rs`, `rebuilt_in_wrapper`).
    pub wrap_leaves: Option<crate::expr::WrapLeaves>,
    /// `uintptr(unsafe.Pointer(x))` arguments of calls of `//go:uintptrescapes`
    /// or bodyless functions whose `x` the call already evaluated (gc's
    /// `rewriteArgument` copies it to a temporary).
    pub rewritten_uintptr: HashSet<syntax::ast::NodeId>,
}

impl<'x, 'a, 'i> Walker<'x, 'a, 'i> {
    pub fn new(a: &'x Analysis<'a, 'i>, b: &'x mut Batch<'a>, curfn: usize) -> Self {
        Walker {
            a,
            b,
            curfn,
            depth: 1,
            looping: HashSet::new(),
            per_iteration: HashSet::new(),
            wrap_leaves: None,
            rewritten_uintptr: HashSet::new(),
        }
    }

    /// Walks a function body (gc's `walkFunc`).
    pub fn func_body(&mut self, stmts: &'a [Stmt]) {
        let saved = (self.depth, std::mem::take(&mut self.looping));
        self.depth = 1;
        let mut seen = HashSet::new();
        let mut looping = HashSet::new();
        visit_stmts(
            stmts,
            &mut |s| match &s.kind {
                StmtKind::Labeled(l, _) => {
                    seen.insert(l.name.clone());
                }
                StmtKind::Goto(l) if seen.contains(&l.name) => {
                    looping.insert(l.name.clone());
                }
                _ => {}
            },
            &mut |_| {},
        );
        self.looping = looping;
        self.block(stmts);
        self.depth = saved.0;
        self.looping = saved.1;
    }

    pub fn heap(&self) -> Hole {
        Hole::to(HEAP)
    }
    pub fn discard_hole(&self) -> Hole {
        Hole::to(BLANK)
    }
    pub fn mutator(&self) -> Hole {
        Hole::to(MUTATOR)
    }
    pub fn callee_hole(&self) -> Hole {
        Hole::to(CALLEE)
    }

    pub fn temp(&mut self, persists: bool) -> LocId {
        self.b
            .g
            .new_loc(LocKind::Temp, self.curfn, self.depth, persists)
    }

    /// A hole flowing to every one of `ks` (gc's `teeHole`).
    pub fn tee(&mut self, ks: Vec<Hole>) -> Hole {
        match ks.len() {
            0 => self.discard_hole(),
            1 => ks[0],
            _ => {
                let t = self.temp(false);
                for k in ks {
                    self.b.g.flow(k, t);
                }
                Hole::to(t)
            }
        }
    }

    /// A hole whose values must live until `k` is done with them (gc's
    /// `later`).
    pub fn later(&mut self, k: Hole) -> Hole {
        let t = self.temp(true);
        self.b.g.flow(k, t);
        Hole::to(t)
    }

    /// The local variable an identifier names (not package-level ones).
    pub fn local(&self, id: NodeId) -> Option<ObjId> {
        let o = self.a.info.object_of(id)?;
        let ob = self.a.info.obj(o);
        (ob.is_var() && ob.owner.is_some()).then_some(o)
    }

    /// Declares `obj` here: its location gets the current loop depth.
    pub fn declare(&mut self, obj: ObjId, depth: i32) -> LocId {
        let l = self.b.var(obj, self.curfn, depth);
        self.b.g.locs[l].loop_depth = depth;
        l
    }

    pub fn var_loc(&mut self, obj: ObjId) -> LocId {
        self.b.var(obj, self.curfn, self.depth)
    }

    pub fn block(&mut self, stmts: &'a [Stmt]) {
        let d = self.depth;
        for s in crate::deadcode::live_stmts(self.a.info, stmts) {
            self.stmt(s);
        }
        self.depth = d;
    }

    fn opt_stmt(&mut self, s: &'a Option<Box<Stmt>>) {
        if let Some(s) = s {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &'a Stmt) {
        syntax::stack::guard();
        match &s.kind {
            StmtKind::Empty
            | StmtKind::Break(_)
            | StmtKind::Continue(_)
            | StmtKind::Goto(_)
            | StmtKind::Fallthrough
            | StmtKind::Decl(Decl::Const(_))
            | StmtKind::Decl(Decl::Type(_))
            | StmtKind::Decl(Decl::Func(_)) => {}
            StmtKind::Expr(e) => {
                if matches!(unparen(e).kind, ExprKind::Call { .. }) {
                    self.call(None, unparen(e), None);
                } else {
                    self.discard(e);
                }
            }
            StmtKind::Send(ch, v) => {
                self.discard(ch);
                let elem = self
                    .a
                    .info
                    .type_of(ch.id)
                    .and_then(|t| crate::util::elem(self.a.info, t));
                let h = self.heap();
                self.expr_conv(h, v, elem);
            }
            StmtKind::IncDec(x, _) => {
                let k = self.addr(x);
                self.reassigned(&[k], &[]);
            }
            StmtKind::Assign { lhs, op, rhs } => self.assign(lhs, *op, rhs),
            StmtKind::Decl(Decl::Var(specs)) => {
                for sp in specs {
                    let objs: Vec<Option<ObjId>> = sp
                        .names
                        .iter()
                        .map(|n| self.a.info.defs.get(&n.id).copied())
                        .collect();
                    let ks: Vec<Hole> = objs
                        .iter()
                        .zip(&sp.names)
                        .map(|(o, n)| match o {
                            Some(o) if !n.is_blank() => Hole::to(self.declare(*o, self.depth)),
                            _ => self.discard_hole(),
                        })
                        .collect();
                    if sp.values.len() == 1 && sp.names.len() > 1 {
                        let to = objs
                            .iter()
                            .map(|o| o.map(|o| self.a.info.obj(o).ty))
                            .collect();
                        self.tuple_assign(ks, to, &sp.values[0], sp.pos);
                    } else {
                        for (i, v) in sp.values.iter().enumerate() {
                            let ty = objs
                                .get(i)
                                .copied()
                                .flatten()
                                .map(|o| self.a.info.obj(o).ty);
                            let k = ks.get(i).copied().unwrap_or(self.discard_hole());
                            self.expr_conv(k, v, ty);
                        }
                    }
                }
            }
            StmtKind::Go(e) => self.go_defer(true, e),
            StmtKind::Defer(e) => self.go_defer(false, e),
            StmtKind::Return(es) => {
                let results = self.b.g.fns[self.curfn].results.clone();
                // `return x` assigns the named results (gc's ORETURN is an
                // assignment to them): a closure capturing one must share
                // it, not copy it.
                if !es.is_empty() {
                    let ks: Vec<Hole> = results.iter().map(|&r| Hole::to(r)).collect();
                    self.reassigned(&ks, &[]);
                }
                if es.len() == 1 && results.len() > 1 {
                    let ks = results.iter().map(|&r| Hole::to(r)).collect();
                    let key = match self.b.owners.get(self.curfn) {
                        Some(crate::batch::FnOwner::Decl(fd)) => Some(fd.name.id),
                        Some(crate::batch::FnOwner::Lit(e)) => Some(e.id),
                        _ => None,
                    };
                    let info = self.a.info;
                    let objs = key.and_then(|k| info.func_results.get(&k));
                    let to = (0..results.len())
                        .map(|i| objs.and_then(|os| os.get(i)).map(|&o| info.obj(o).ty))
                        .collect();
                    self.tuple_assign(ks, to, &es[0], s.pos);
                } else {
                    for (i, e) in es.iter().enumerate() {
                        let k = results
                            .get(i)
                            .map(|&r| Hole::to(r))
                            .unwrap_or(self.discard_hole());
                        let ty = results
                            .get(i)
                            .and_then(|&r| self.b.var_of.get(&r))
                            .map(|&o| self.a.info.obj(o).ty);
                        self.expr_conv(k, e, ty);
                    }
                }
            }
            StmtKind::Block(b) => self.block(&b.stmts),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                let d = self.depth;
                self.opt_stmt(init);
                self.discard(cond);
                // gc's front end drops the branch a constant condition
                // never takes (deadcode.rs).
                let known = crate::deadcode::static_bool(self.a.info, cond);
                if known >= 0 {
                    self.block(&then.stmts);
                }
                if let Some(e) = els
                    && known <= 0
                {
                    let d2 = self.depth;
                    self.stmt(e);
                    self.depth = d2;
                }
                self.depth = d;
            }
            StmtKind::Switch {
                init, tag, body, ..
            } => {
                let d = self.depth;
                self.opt_stmt(init);
                if let Some(t) = tag {
                    self.discard(t);
                }
                // A switch on constants keeps only the clause it takes
                // (deadcode.rs).
                let fold = crate::deadcode::fold_switch(self.a.info, tag.as_ref(), body);
                for (i, c) in body.iter().enumerate() {
                    for e in &c.exprs {
                        self.discard(e);
                    }
                    match fold {
                        crate::deadcode::SwitchFold::No => self.block(&c.body),
                        crate::deadcode::SwitchFold::Clause(k) if k == i => self.block(&c.body),
                        _ => {}
                    }
                }
                self.depth = d;
            }
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                body,
                ..
            } => {
                let d = self.depth;
                self.opt_stmt(init);
                let mut ks = Vec::new();
                if bind.is_some() {
                    for c in body {
                        let Some(&cv) = self.a.info.defs.get(&c.bind_id) else {
                            continue;
                        };
                        // gc declares the clause's variable at the case's
                        // (first) type.
                        self.b
                            .var_pos
                            .insert(cv, c.types.first().map_or(c.pos, |t| t.pos));
                        let l = self.declare(cv, self.depth);
                        let t = self.a.info.obj(cv).ty;
                        if has_pointers(self.a.info, t) {
                            let k = Hole::to(l);
                            ks.push(self.dot_type(k, t));
                        }
                    }
                }
                let k = self.tee(ks);
                self.expr(k, x);
                for c in body {
                    self.block(&c.body);
                }
                self.depth = d;
            }
            StmtKind::Select { body, .. } => {
                for c in body {
                    let d = self.depth;
                    self.opt_stmt(&c.comm);
                    self.block(&c.body);
                    self.depth = d;
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                let d = self.depth;
                self.opt_stmt(init);
                // gc gives a captured or address-taken loop variable a
                // copy per iteration, declared inside the loop.
                let mut fresh = Vec::new();
                if let Some(init) = init
                    && let StmtKind::Assign {
                        lhs,
                        op: AssignOp::Define,
                        ..
                    } = &init.kind
                {
                    for l in lhs {
                        if let ExprKind::Name(id) = &l.kind
                            && let Some(&o) = self.a.info.defs.get(&id.id)
                            && self.a.caps.captured_or_addr.contains(&o)
                        {
                            fresh.push(o);
                        }
                    }
                }
                self.depth += 1;
                for &o in &fresh {
                    let l = self.var_loc(o);
                    self.b.g.locs[l].loop_depth = self.depth;
                    self.per_iteration.insert(o);
                }
                if let Some(c) = cond {
                    self.discard(c);
                }
                // gc drops the body and post statement of a loop whose
                // condition is statically false (deadcode.rs).
                let runs = cond
                    .as_ref()
                    .is_none_or(|c| crate::deadcode::static_bool(self.a.info, c) >= 0);
                if runs {
                    self.opt_stmt(post);
                }
                for o in &fresh {
                    self.per_iteration.remove(o);
                }
                if runs {
                    self.block(&body.stmts);
                }
                self.depth = d;
            }
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            } => {
                let d = self.depth;
                let tmp = self.temp(true);
                self.expr(Hole::to(tmp), x);
                self.depth += 1;
                let xt = self.a.info.type_of(x.id);
                let ks: Vec<Hole> = [key, value]
                    .into_iter()
                    .map(|e| match e {
                        None => self.discard_hole(),
                        Some(e) if *define => match &e.kind {
                            ExprKind::Name(id) if !id.is_blank() => {
                                match self.a.info.defs.get(&id.id) {
                                    Some(&o) => {
                                        let fresh = self.a.caps.captured_or_addr.contains(&o);
                                        let depth = if fresh { self.depth } else { d };
                                        let l = self.declare(o, depth);
                                        if !fresh {
                                            self.b.g.locs[l].reassigned = true;
                                        }
                                        Hole::to(l)
                                    }
                                    None => self.discard_hole(),
                                }
                            }
                            _ => self.discard_hole(),
                        },
                        Some(e) => self.addr(e),
                    })
                    .collect();
                let is_chan =
                    xt.is_some_and(|t| matches!(self.a.info.types.under(t), Type::Chan { .. }));
                let is_array =
                    xt.is_some_and(|t| matches!(self.a.info.types.under(t), Type::Array { .. }));
                if !is_chan {
                    let k = if is_array { ks[1] } else { ks[1].deref() };
                    self.b.g.flow(k, tmp);
                }
                if !define {
                    self.reassigned(&ks, &[]);
                }
                self.block(&body.stmts);
                self.depth = d;
            }
            StmtKind::Labeled(l, s) => {
                if self.looping.contains(&l.name) {
                    self.depth += 1;
                }
                self.stmt(s);
            }
        }
    }

    /// A package-level `var` spec: its values are stored in globals.
    pub fn global_init(&mut self, sp: &'a syntax::ast::VarSpec) {
        if sp.values.len() == 1 && sp.names.len() > 1 {
            let ks = sp.names.iter().map(|_| self.heap()).collect();
            self.call_or_tuple(ks, &sp.values[0]);
            return;
        }
        for (n, v) in sp.names.iter().zip(&sp.values) {
            let ty = self.a.info.defs.get(&n.id).map(|&o| self.a.info.obj(o).ty);
            let k = if n.is_blank() {
                self.discard_hole()
            } else {
                self.heap()
            };
            self.expr_conv(k, v, ty);
        }
    }

    /// `lhs op rhs` (gc's OAS, OAS2, OASOP, OAS2FUNC, ...).
    fn assign(&mut self, lhs: &'a [Expr], op: AssignOp, rhs: &'a [Expr]) {
        let info = self.a.info;
        let define = op == AssignOp::Define;
        // Variables this statement declares (not reassignments).
        let mut defined = Vec::new();
        let ks: Vec<Hole> = lhs
            .iter()
            .map(|l| {
                if define
                    && let ExprKind::Name(id) = &l.kind
                    && let Some(&o) = info.defs.get(&id.id)
                {
                    defined.push(o);
                    if id.is_blank() {
                        return self.discard_hole();
                    }
                    return Hole::to(self.declare(o, self.depth));
                }
                self.addr(l)
            })
            .collect();
        if lhs.len() > 1 && rhs.len() == 1 {
            let to = lhs.iter().map(|l| self.target_type(l)).collect();
            let pos = self
                .a
                .printer
                .as_ref()
                .map_or(0, |pr| pr.after(&lhs[lhs.len() - 1]));
            self.tuple_assign(ks.clone(), to, &rhs[0], pos);
        } else {
            for (i, r) in rhs.iter().enumerate() {
                let mut k = ks.get(i).copied().unwrap_or(self.discard_hole());
                if let Some(l) = lhs.get(i)
                    && is_self_assign(self, l, r)
                {
                    k = self.discard_hole();
                    self.note_self_assign(lhs, op, rhs);
                }
                let ty = lhs.get(i).and_then(|l| self.target_type(l));
                if let AssignOp::Op(_) = op {
                    self.expr(k, r);
                } else {
                    self.expr_conv(k, r, ty);
                }
            }
        }
        self.reassigned(&ks, &defined);
    }

    /// The type a value assigned to `l` takes (none for `_`).
    fn target_type(&self, l: &Expr) -> Option<types::TypeId> {
        if matches!(&l.kind, ExprKind::Name(id) if id.is_blank()) {
            None
        } else {
            self.a.info.type_of(l.id)
        }
    }

    /// gc's `-m` note for an assignment escape analysis ignores, made
    /// while walking (before the batch's other lines):
    /// `f ignoring self-assignment in x.a = x.b`.
    fn note_self_assign(&mut self, lhs: &'a [Expr], op: AssignOp, rhs: &'a [Expr]) {
        let Some(pr) = &self.a.printer else {
            return;
        };
        let (Some(last), Some(first)) = (lhs.last(), lhs.first()) else {
            return;
        };
        if !pr.is_user(first.pos) {
            return;
        }
        let list = |xs: &[Expr]| {
            xs.iter()
                .map(|x| pr.expr(x, 0))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let op = match op {
            AssignOp::Define => ":=".to_string(),
            AssignOp::Assign => "=".to_string(),
            AssignOp::Op(b) => format!("{}=", b.as_str()),
        };
        let fname = self.b.fn_name(self.a, self.curfn);
        let msg = format!(
            "{fname} ignoring self-assignment in {} {op} {}",
            list(lhs),
            list(rhs)
        );
        self.b.notes.push((pr.after(last), msg));
    }

    /// Marks the variables `ks` assign as reassigned, except those the
    /// statement declares.
    pub fn reassigned(&mut self, ks: &[Hole], defined: &[ObjId]) {
        for k in ks {
            if let LocKind::Var = self.b.g.locs[k.dst].kind
                && let Some(&o) = self.b.var_of.get(&k.dst)
            {
                if defined.contains(&o) || self.per_iteration.contains(&o) {
                    continue;
                }
                self.b.g.locs[k.dst].reassigned = true;
            }
        }
    }

    /// The hole an assignment to `e` writes into (gc's `addr`).
    pub fn addr(&mut self, e: &'a Expr) -> Hole {
        let info = self.a.info;
        let e = unparen(e);
        match &e.kind {
            ExprKind::Name(id) => {
                if id.is_blank() {
                    return self.discard_hole();
                }
                match self.local(id.id) {
                    Some(o) => Hole::to(self.var_loc(o)),
                    None => self.heap(),
                }
            }
            ExprKind::Selector(x, _) => match info.selections.get(&e.id) {
                Some(sel) if sel.kind == types::SelectionKind::FieldVal => {
                    let n = self.path_derefs(x, &sel.path);
                    if n == 0 {
                        self.addr(x)
                    } else {
                        let k = self.mutator().shift(n - 1);
                        self.expr(k, x);
                        self.heap()
                    }
                }
                _ => self.heap(),
            },
            ExprKind::Index(x, i) => {
                let xt = info.type_of(x.id).map(|t| info.types.under(t).clone());
                match xt {
                    Some(Type::Array { .. }) => {
                        self.discard(i);
                        self.addr(x)
                    }
                    Some(Type::Map { key, .. }) => {
                        self.discard(x);
                        let h = self.heap();
                        self.expr_conv(h, i, Some(key));
                        self.heap()
                    }
                    _ => {
                        self.discard(i);
                        let m = self.mutator();
                        self.expr(m, x);
                        self.heap()
                    }
                }
            }
            ExprKind::Star(p) => {
                let m = self.mutator();
                self.expr(m, p);
                self.heap()
            }
            _ => {
                self.discard(e);
                self.heap()
            }
        }
    }

    /// Pointer indirections on the way from `x` along a field path.
    pub fn path_derefs(&self, x: &Expr, path: &[usize]) -> i32 {
        let info = self.a.info;
        let Some(mut t) = info.type_of(x.id) else {
            return 0;
        };
        let mut n = 0;
        for &i in path {
            if let Type::Pointer(e) = info.types.under(t) {
                n += 1;
                t = *e;
            }
            match info.types.under(t) {
                Type::Struct(fs) => match fs.get(i) {
                    Some(f) => t = f.ty,
                    None => return n,
                },
                _ => return n,
            }
        }
        n
    }

    /// gc's `dotType`: a type assertion to a boxed type reads the box.
    pub fn dot_type(&self, k: Hole, t: types::TypeId) -> Hole {
        if !is_interface(self.a.info, t) && !is_direct_iface(self.a.info, t) {
            k.shift(1)
        } else {
            k
        }
    }

    /// `go call` / `defer call` (gc's `goDeferStmt` after its
    /// normalization into a wrapper closure).
    fn go_defer(&mut self, is_go: bool, e: &'a Expr) {
        let k = if !is_go && self.depth == 1 {
            // A top-level defer's wrapper lives until the function returns.
            let d = self.discard_hole();
            self.later(d)
        } else {
            self.heap()
        };
        let call = unparen(e);
        let ExprKind::Call { fun, args, .. } = &call.kind else {
            self.discard(e);
            return;
        };
        let info = self.a.info;
        let niladic = args.is_empty()
            && !matches!(info.expr_types.get(&fun.id).map(|t| t.mode), Some(Mode::Builtin(_)))
            && !matches!(unparen(fun).kind, ExprKind::Selector(..) if info.selections.get(&unparen(fun).id).is_some_and(|s| s.kind == types::SelectionKind::MethodVal))
            && info
                .type_of(fun.id)
                .is_some_and(|t| matches!(info.types.under(t), Type::Func(s) if s.params.is_empty() && s.results.is_empty()));
        if niladic {
            self.expr(k, fun);
            return;
        }
        let site = crate::batch::Site {
            kind: crate::batch::SiteKind::Wrapper,
            id: call.id,
            expr: call,
            explicit: false,
            size: None,
        };
        let w = self.spill_loc(k, site);
        let wf = self.b.g.new_fn(Some(self.curfn));
        self.b.owners.push(crate::batch::FnOwner::Wrapper);
        self.call(None, call, Some((w, wf)));
    }
}

/// gc's `isSelfAssign`: `x.f = x.g`, `s.buf = s.buf[1:]` and the like
/// move nothing new into `x`.
fn is_self_assign(w: &Walker, dst: &Expr, src: &Expr) -> bool {
    let (dst, src) = (unparen(dst), unparen(src));
    // *p = (*p)[a:b], p.f = p.f[a:b] with p a name. Not a slice of an
    // array (`b.s = b.arr[a:b]`): that stores a pointer into *p itself,
    // which is new (gc's OSLICEARR exception).
    if let ExprKind::Slice { x, .. } = &src.kind {
        let info = w.a.info;
        if info
            .type_of(x.id)
            .is_some_and(|t| matches!(info.types.under(t), Type::Array { .. }))
        {
            return false;
        }
        if let Some(d) = deref_base(w, dst)
            && let Some(s) = deref_base(w, unparen(x))
        {
            return d == s;
        }
    }
    match (&dst.kind, &src.kind) {
        (ExprKind::Selector(a, _), ExprKind::Selector(b, _)) => {
            let fa =
                w.a.info
                    .selections
                    .get(&dst.id)
                    .is_some_and(|s| s.kind == types::SelectionKind::FieldVal);
            let fb =
                w.a.info
                    .selections
                    .get(&src.id)
                    .is_some_and(|s| s.kind == types::SelectionKind::FieldVal);
            fa && fb && same_safe(w, a, b)
        }
        (ExprKind::Index(a, i), ExprKind::Index(b, j)) => {
            let arr_or_slice = |x: &Expr| {
                w.a.info.type_of(x.id).is_some_and(|t| {
                    matches!(w.a.info.types.under(t), Type::Slice(_) | Type::Array { .. })
                })
            };
            arr_or_slice(a) && arr_or_slice(b) && simple(i) && simple(j) && same_safe(w, a, b)
        }
        _ => false,
    }
}

/// The variable `v` of `*v` or `v.f` (through a pointer).
fn deref_base(w: &Walker, e: &Expr) -> Option<ObjId> {
    match &e.kind {
        ExprKind::Star(x) => match &unparen(x).kind {
            ExprKind::Name(id) => w.a.info.object_of(id.id),
            _ => None,
        },
        ExprKind::Selector(x, _) => {
            let sel = w.a.info.selections.get(&e.id)?;
            if sel.kind != types::SelectionKind::FieldVal || !sel.indirect {
                return None;
            }
            match &unparen(x).kind {
                ExprKind::Name(id) => w.a.info.object_of(id.id),
                _ => None,
            }
        }
        _ => None,
    }
}

/// An index expression without side effects (gc's `mayAffectMemory`).
fn simple(e: &Expr) -> bool {
    match &unparen(e).kind {
        ExprKind::Name(_) | ExprKind::BasicLit { .. } => true,
        ExprKind::Binary(_, a, b) => simple(a) && simple(b),
        ExprKind::Unary(op, x) => *op != syntax::ast::UnaryOp::Recv && simple(x),
        ExprKind::Selector(x, _) | ExprKind::Star(x) => simple(x),
        _ => false,
    }
}

/// gc's `SameSafeExpr`: the same side-effect-free expression.
fn same_safe(w: &Walker, a: &Expr, b: &Expr) -> bool {
    let (a, b) = (unparen(a), unparen(b));
    match (&a.kind, &b.kind) {
        (ExprKind::Name(x), ExprKind::Name(y)) => {
            w.a.info.object_of(x.id).is_some()
                && w.a.info.object_of(x.id) == w.a.info.object_of(y.id)
        }
        (ExprKind::Selector(x, s), ExprKind::Selector(y, t)) => {
            s.name == t.name && same_safe(w, x, y)
        }
        (ExprKind::Star(x), ExprKind::Star(y)) => same_safe(w, x, y),
        (ExprKind::Index(x, i), ExprKind::Index(y, j)) => same_safe(w, x, y) && same_safe(w, i, j),
        (ExprKind::BasicLit { raw: r1, .. }, ExprKind::BasicLit { raw: r2, .. }) => r1 == r2,
        _ => false,
    }
}
