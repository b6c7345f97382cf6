//! Building the graph from expressions and calls (gc's `escape/expr.go`
//! and `call.go`): what flows where with how many dereferences, the
//! allocation sites (closures, `&T{}`, `new`, `make`, slice and map
//! literals, interface boxes, method values, string conversions and
//! concatenations, `append` backing stores, `...` slices), and calls:
//! a statically known callee's parameter tags (or, inside the batch, its
//! parameter locations), or the heap for calls through func values and
//! interfaces.

use syntax::Pos;
use syntax::ast::{Expr, ExprKind, UnaryOp};
use types::{Builtin, Mode, Type, TypeId};

use crate::batch::{FnOwner, Site, SiteKind};
use crate::graph::{BLANK, Hole, LocId};
use crate::prepass::Callee;
use crate::util::{elem, has_pointers, is_direct_iface, is_interface, size_of, unparen};
use crate::walk::Walker;

impl<'a> Walker<'_, 'a, '_> {
    pub fn discard(&mut self, e: &'a Expr) {
        let k = self.discard_hole();
        self.expr(k, e);
    }

    /// A new allocation site whose address flows to `k`; returns the
    /// location (gc's `spill`).
    pub fn spill_loc(&mut self, k: Hole, site: Site<'a>) -> LocId {
        let l = self.b.new_site(site, self.curfn, self.depth);
        self.b.g.flow(k.addr(), l);
        l
    }

    fn spill(&mut self, k: Hole, kind: SiteKind, e: &'a Expr, size: Option<u64>) -> Hole {
        let site = Site {
            kind,
            id: e.id,
            expr: e,
            explicit: false,
            size,
        };
        Hole::to(self.spill_loc(k, site))
    }

    /// `e` assigned to a location of type `target`: through an implicit
    /// interface conversion (a box) when `target` is an interface and
    /// `e` is not.
    pub fn expr_conv(&mut self, k: Hole, e: &'a Expr, target: Option<TypeId>) {
        let info = self.a.info;
        if let Some(t) = target
            && is_interface(info, t)
            && let Some(tv) = info.expr_types.get(&e.id)
            && !is_interface(info, tv.ty)
            && !matches!(
                info.types.under(tv.ty),
                Type::Basic(types::BasicKind::UntypedNil) | Type::Tuple(_)
            )
        {
            let k = if is_direct_iface(info, tv.ty) {
                k
            } else {
                self.spill(k, SiteKind::Iface, e, None)
            };
            self.expr(k, e);
            return;
        }
        self.expr(k, e);
    }

    pub fn expr(&mut self, mut k: Hole, e: &'a Expr) {
        syntax::stack::guard();
        let info = self.a.info;
        let Some(tv) = info.expr_types.get(&e.id) else {
            return;
        };
        if matches!(tv.mode, Mode::TypeExpr | Mode::Builtin(_) | Mode::NoValue)
            && !matches!(e.kind, ExprKind::Call { .. })
        {
            return;
        }
        if tv.value.is_some() {
            // Constants hold no pointers to anything allocated.
            return;
        }
        if k.derefs >= 0 && !has_pointers(info, tv.ty) {
            k = self.discard_hole();
        }
        match &e.kind {
            ExprKind::Name(id) => {
                if let Some(o) = self.local(id.id) {
                    let l = self.var_loc(o);
                    self.b.g.flow(k, l);
                }
            }
            ExprKind::BasicLit { .. } | ExprKind::Bad => {}
            ExprKind::Paren(x) => self.expr(k, x),
            ExprKind::Unary(UnaryOp::Addr, x) => {
                let xu = unparen(x);
                if let ExprKind::CompositeLit { .. } = xu.kind {
                    let size = info.type_of(xu.id).map(|t| size_of(info, t));
                    let k = self.spill(k, SiteKind::PtrLit, e, size);
                    self.expr(k, xu);
                } else {
                    self.expr(k.addr(), x);
                }
            }
            ExprKind::Unary(_, x) => self.discard(x),
            ExprKind::Star(x) => self.expr(k.deref(), x),
            ExprKind::Binary(op, a, b) => {
                let is_str = matches!(info.types.under(tv.ty), Type::Basic(bk) if bk.is_string());
                if *op == syntax::ast::BinaryOp::Add && is_str {
                    let _ = self.spill(k, SiteKind::AddStr, e, None);
                }
                // Comparing an interface with a concrete value converts it.
                if matches!(op, syntax::ast::BinaryOp::Eq | syntax::ast::BinaryOp::Ne) {
                    let (ta, tb) = (info.type_of(a.id), info.type_of(b.id));
                    if let (Some(ta), Some(tb)) = (ta, tb) {
                        let d = self.discard_hole();
                        if is_interface(info, ta) && !is_interface(info, tb) {
                            self.discard(a);
                            self.expr_conv(d, b, Some(ta));
                            return;
                        }
                        if is_interface(info, tb) && !is_interface(info, ta) {
                            self.expr_conv(d, a, Some(tb));
                            self.discard(b);
                            return;
                        }
                    }
                }
                if !(*op == syntax::ast::BinaryOp::Add && is_str) {
                    self.discard(a);
                    self.discard(b);
                } else {
                    self.discard_addstr(a);
                    self.discard_addstr(b);
                }
            }
            ExprKind::Selector(x, _) => {
                let Some(sel) = info.selections.get(&e.id).cloned() else {
                    // pkg.Name: a package-level variable or function.
                    return;
                };
                match sel.kind {
                    types::SelectionKind::FieldVal => {
                        let n = self.path_derefs(x, &sel.path);
                        self.expr(k.shift(n), x);
                    }
                    types::SelectionKind::MethodVal => self.method_value(k, e, x, &sel),
                    types::SelectionKind::MethodExpr => {}
                }
            }
            ExprKind::Index(x, i) => {
                let xt = info.type_of(x.id).map(|t| info.types.under(t).clone());
                match xt {
                    Some(Type::Map { key, .. }) => {
                        // The key is converted to the map's key type (an
                        // interface key boxes it, for the lookup only).
                        self.discard(x);
                        let d = self.discard_hole();
                        self.expr_conv(d, i, Some(key));
                    }
                    Some(Type::Array { .. }) => {
                        self.expr(k, x);
                        self.discard(i);
                    }
                    _ => {
                        self.expr(k.deref(), x);
                        self.discard(i);
                    }
                }
            }
            ExprKind::Slice { x, lo, hi, max, .. } => {
                let is_array = info
                    .type_of(x.id)
                    .is_some_and(|t| matches!(info.types.under(t), Type::Array { .. }));
                if is_array {
                    // a[i:j] slices &a.
                    self.expr(k.addr(), x);
                } else {
                    self.expr(k, x);
                }
                for y in [lo, hi, max].into_iter().flatten() {
                    self.discard(y);
                }
            }
            ExprKind::TypeAssert(x, _) => {
                // `v, ok := x.(T)` has type (T, bool): the value is T.
                let t = match info.types.get(tv.ty) {
                    Type::Tuple(ts) if !ts.is_empty() => ts[0],
                    _ => tv.ty,
                };
                let k = self.dot_type(k, t);
                self.expr(k, x);
            }
            ExprKind::Call { .. } => self.call(Some(vec![k]), e, None),
            ExprKind::CompositeLit { elts, .. } => self.composite(k, e, tv.ty, elts),
            ExprKind::FuncLit { body, .. } => {
                let site = self.spill(k, SiteKind::Closure, e, None);
                self.b.closures.push((site.dst, e));
                let caps = self.a.caps.captures.get(&e.id).cloned().unwrap_or_default();
                for v in caps {
                    if let Some(&l) = self.b.vars.get(&v) {
                        let loc = &mut self.b.g.locs[l];
                        if !loc.captured {
                            loc.captured = true;
                            if loc.loop_depth == self.depth {
                                loc.reassigned = false;
                            }
                        }
                    }
                }
                if !self.a.is_closure(e.id) && !self.b.inline_lits {
                    // Analysed on its own, in an earlier batch.
                    return;
                }
                let f = self.b.func(info, e.id, FnOwner::Lit(e), Some(self.curfn));
                self.b.g.fns[f].closure_site = Some(site.dst);
                let saved = self.curfn;
                self.curfn = f;
                self.func_body(&body.stmts);
                self.curfn = saved;
            }
            _ => {}
        }
    }

    /// The operands of a string concatenation chain (one site for the
    /// whole chain, as gc's OADDSTR).
    fn discard_addstr(&mut self, e: &'a Expr) {
        let info = self.a.info;
        if let ExprKind::Binary(syntax::ast::BinaryOp::Add, a, b) = &e.kind
            && info
                .expr_types
                .get(&e.id)
                .is_some_and(|tv| tv.value.is_none())
        {
            self.discard_addstr(a);
            self.discard_addstr(b);
        } else {
            self.discard(e);
        }
    }

    fn composite(
        &mut self,
        k: Hole,
        e: &'a Expr,
        ty: TypeId,
        elts: &'a [syntax::ast::KeyedElement],
    ) {
        let info = self.a.info;
        match info.types.under(ty).clone() {
            Type::Struct(fields) => {
                for (i, el) in elts.iter().enumerate() {
                    let fi = match &el.key {
                        Some(key) => match &key.kind {
                            ExprKind::Name(id) => fields.iter().position(|f| f.name == id.name),
                            _ => None,
                        },
                        None => Some(i),
                    };
                    let ft = fi.and_then(|i| fields.get(i)).map(|f| f.ty);
                    self.elem_value(k, &el.value, ft);
                }
            }
            Type::Array { elem, .. } => {
                for el in elts {
                    self.elem_value(k, &el.value, Some(elem));
                }
            }
            Type::Slice(elem) => {
                let n = elts.len() as u64;
                let size = Some(n.saturating_mul(size_of(info, elem)));
                let k = self.spill(k, SiteKind::SliceLit, e, size);
                for el in elts {
                    self.elem_value(k, &el.value, Some(elem));
                }
            }
            Type::Map { key, value } => {
                let _ = self.spill(k, SiteKind::MapLit, e, None);
                for el in elts {
                    let h = self.heap();
                    if let Some(kx) = &el.key {
                        self.elem_value(h, kx, Some(key));
                    }
                    self.elem_value(h, &el.value, Some(value));
                }
            }
            _ => {}
        }
    }

    /// A composite literal element: an elided `{...}` of pointer type is
    /// `&T{...}`.
    fn elem_value(&mut self, k: Hole, v: &'a Expr, ty: Option<TypeId>) {
        let info = self.a.info;
        if let Some(w) = self.wrap_leaves
            && !self.built_by_wrapper(v, ty)
        {
            // Captured at the statement: evaluated (and converted) in
            // the enclosing function, then copied into the literal.
            let (cf, d) = (self.curfn, self.depth);
            self.wrap_leaves = None;
            self.curfn = w.outer;
            self.depth = w.outer_depth;
            let t = self.temp(true);
            self.expr_conv(Hole::to(t), v, ty);
            self.b.g.flow(Hole::to(w.wloc), t);
            self.curfn = cf;
            self.depth = d;
            self.wrap_leaves = Some(w);
            self.b.g.flow(k, t);
            return;
        }
        if let ExprKind::CompositeLit { ty: None, .. } = &v.kind
            && let Some(t) = ty
            && let Some(pointee) = crate::util::pointer_elem(info, t)
        {
            let size = Some(size_of(info, pointee));
            let k = self.spill(k, SiteKind::PtrLit, v, size);
            if let ExprKind::CompositeLit { elts, .. } = &v.kind {
                self.composite(k, v, pointee, elts);
            }
            return;
        }
        self.expr_conv(k, v, ty);
    }

    /// `x.M` as a value: a closure binding the receiver (gc's OMETHVALUE).
    fn method_value(&mut self, k: Hole, e: &'a Expr, x: &'a Expr, sel: &types::Selection) {
        // The closure holds the code pointer and the receiver as the
        // method takes it (gc's MethodValueType): one too big for the
        // frame goes to the heap.
        let info = self.a.info;
        let recv = sel.method.and_then(|m| info.obj(m).recv);
        let bound = match recv {
            Some(r) if r.pointer => Some(8),
            Some(r) if !is_interface(info, r.named) => Some(size_of(info, r.named)),
            _ => Some(16),
        };
        let size = bound.map(|b: u64| b.saturating_add(8));
        let closure_k = self.spill(k, SiteKind::MethValue, e, size);
        let callee = self.a.pre.static_callee(self.a.info, e);
        let nres = match self
            .a
            .info
            .type_of(e.id)
            .map(|t| self.a.info.types.under(t))
        {
            Some(Type::Func(sig)) => sig.results.len(),
            _ => 0,
        };
        let ks: Vec<Hole> = (0..nres).map(|_| self.heap()).collect();
        let pk = self.param_hole(callee, 0, Some(&ks));
        let tk = self.tee(vec![pk, closure_k]);
        self.recv_arg(tk, x, sel);
    }

    /// Evaluates a method call's receiver `x` into `k`, with the implicit
    /// `&x` or `*x` the method's receiver kind asks for.
    fn recv_arg(&mut self, k: Hole, x: &'a Expr, sel: &types::Selection) {
        let info = self.a.info;
        let mut d = self.path_derefs(x, &sel.path);
        // The type holding the method.
        let mut t = info.type_of(x.id);
        for &i in &sel.path {
            if let Some(tt) = t {
                let tt = crate::util::pointer_elem(info, tt).unwrap_or(tt);
                t = match info.types.under(tt) {
                    Type::Struct(fs) => fs.get(i).map(|f| f.ty),
                    _ => None,
                };
            }
        }
        let holder_ptr = t.is_some_and(|t| crate::util::pointer_elem(info, t).is_some());
        let is_iface = t.is_some_and(|t| is_interface(info, t));
        let m_ptr = sel
            .method
            .and_then(|m| info.obj(m).recv)
            .is_some_and(|r| r.pointer);
        if !is_iface {
            if holder_ptr && !m_ptr {
                d += 1;
            } else if !holder_ptr && m_ptr {
                d -= 1;
            }
        }
        self.expr(k.shift(d), x);
    }

    /// The hole argument `i` (receiver first) of a call to `callee`
    /// flows into: the parameter's location inside the batch, its tags
    /// otherwise, the heap for an unknown callee (gc's `tagHole`).
    fn param_hole(&mut self, callee: Option<Callee<'a>>, i: usize, ks: Option<&[Hole]>) -> Hole {
        let Some(callee) = callee else {
            return self.heap();
        };
        if let Some(f) = self.batch_fn(callee) {
            return match self.b.params.get(&f).and_then(|ps| ps.get(i).copied()) {
                Some(Some(l)) => Hole::to(l),
                _ => self.discard_hole(),
            };
        }
        let tags = self.a.callee_tags(callee);
        let Some(t) = tags.get(i).copied() else {
            return self.heap();
        };
        let mut out = Vec::new();
        if let Some(x) = t.heap_derefs() {
            out.push(self.heap().shift(x));
        }
        if let Some(x) = t.mutator() {
            out.push(self.mutator().shift(x));
        }
        if let Some(x) = t.callee() {
            out.push(self.callee_hole().shift(x));
        }
        if let Some(ks) = ks {
            for (r, k) in ks.iter().enumerate().take(crate::leaks::NUM_RESULTS) {
                if let Some(x) = t.result(r) {
                    out.push(k.shift(x));
                }
            }
        }
        self.tee(out)
    }

    /// The graph function of a callee analysed in this batch.
    fn batch_fn(&mut self, callee: Callee<'a>) -> Option<usize> {
        let info = self.a.info;
        match callee {
            Callee::Decl(o) if self.b.members.contains(&o) => {
                let fd = self.a.pre.decls[&o];
                Some(self.b.func(info, fd.name.id, FnOwner::Decl(fd), None))
            }
            // A closure of this batch (created with its parent); a
            // literal that captures nothing was analysed before.
            Callee::Lit(e) => self.b.fn_of.get(&e.id).copied(),
            _ => None,
        }
    }

    /// gc's `devirtualize.StaticCall` for call `e` of interface method
    /// `fu` (`x.M`): when `x`'s static value is a conversion to the
    /// interface from concrete type `T` declaring `M`, the concrete type,
    /// the method and whether it has a pointer receiver; notes gc's
    /// `devirtualizing x.M to T`.
    fn devirtualize(&mut self, e: &'a Expr, fu: &'a Expr) -> Option<Devirt> {
        let info = self.a.info;
        let ExprKind::Selector(x, name) = &fu.kind else {
            return None;
        };
        if !info.type_of(x.id).is_some_and(|t| is_interface(info, t)) {
            return None;
        }
        let t = self.a.pre.concrete_type(info, x)?;
        // gc resolves the method on T, through embedded fields: a
        // declared method is called directly; one of an embedded
        // interface field stays an interface call on that field
        // ("partially devirtualizing", #42279).
        let d = match types::lookup::lookup_field_or_method(
            &info.types,
            &info.objects,
            t,
            &name.name,
        ) {
            types::lookup::Lookup::Method {
                path,
                method,
                ptr_recv,
                ..
            } => Devirt {
                t,
                method: Some(method),
                ptr_recv,
                path,
            },
            types::lookup::Lookup::IfaceMethod { path, .. } if !path.is_empty() => Devirt {
                t,
                method: None,
                ptr_recv: false,
                path,
            },
            _ => return None,
        };
        if let Some(pr) = &self.a.printer
            && pr.is_user(e.pos)
        {
            let partially = if d.method.is_some() {
                pr.devirtualized(fu.id, t, d.path.clone());
                ""
            } else {
                "partially "
            };
            let msg = format!(
                "{partially}devirtualizing {} to {}",
                pr.expr(fu, 0),
                pr.type_name(t)
            );
            self.b.devirt_notes.push((pr.call_pos(e), msg));
        }
        Some(d)
    }

    /// A multi-value right-hand side: a call, or anything else yielding
    /// a tuple.
    pub fn call_or_tuple(&mut self, ks: Vec<Hole>, e: &'a Expr) {
        let u = unparen(e);
        if let ExprKind::Call { .. } = u.kind {
            self.call(Some(ks), u, None);
        } else {
            let k = self.tee(ks);
            self.expr(k, e);
        }
    }

    /// A call (gc's `call`): `ks` are where its results go (`None`: a
    /// call statement); `wrap` is the wrapper closure and function of a
    /// `go`/`defer` call, whose arguments are evaluated into temporaries
    /// the wrapper captures.
    pub fn call(&mut self, ks: Option<Vec<Hole>>, e: &'a Expr, wrap: Option<(LocId, usize)>) {
        let info = self.a.info;
        let ExprKind::Call {
            fun,
            args,
            ellipsis,
            ..
        } = &e.kind
        else {
            return;
        };
        let k0 = ks
            .as_ref()
            .and_then(|v| v.first().copied())
            .unwrap_or(self.discard_hole());
        match info.expr_types.get(&fun.id).map(|t| t.mode) {
            Some(Mode::TypeExpr) => {
                if let Some(x) = args.first() {
                    self.conversion(k0, e, fun, x);
                }
                return;
            }
            Some(Mode::Builtin(b)) => {
                if let Some((w, _)) = wrap {
                    // defer close(ch), go println(x): the arguments are
                    // captured; inside, only panic's argument escapes.
                    for a in args {
                        let t = self.temp(true);
                        if b == Builtin::Panic {
                            // The conversion to panic's `any` is captured
                            // (gc boxes the value at the statement).
                            let target = info
                                .type_of(a.id)
                                .filter(|&t| is_interface(info, t))
                                .or_else(|| self.any_type());
                            self.expr_conv(Hole::to(t), a, target);
                        } else {
                            self.expr(Hole::to(t), a);
                        }
                        self.b.g.flow(Hole::to(w), t);
                        let k = match b {
                            Builtin::Panic => self.heap(),
                            Builtin::Clear | Builtin::Copy => self.mutator(),
                            _ => self.discard_hole(),
                        };
                        self.b.g.flow(k, t);
                    }
                    return;
                }
                self.builtin(ks, e, b, args, ellipsis.is_some());
                return;
            }
            _ => {}
        }
        let mut callee = self.a.pre.static_callee(info, fun);
        let fu = unparen(fun);
        let sel = info.selections.get(&fu.id).cloned();
        let method_call = sel
            .as_ref()
            .is_some_and(|s| s.kind == types::SelectionKind::MethodVal);
        // gc's devirtualization (before escape analysis): an interface
        // method call on a value whose concrete type is statically known
        // calls that type's method (not in go/defer statements).
        let devirt = if method_call && wrap.is_none() {
            self.devirtualize(e, fu)
        } else {
            None
        };
        if let Some(Devirt {
            method: Some(m), ..
        }) = devirt
        {
            callee = Some(if self.a.pre.decls.contains_key(&m) {
                Callee::Decl(m)
            } else {
                Callee::Extern(m)
            });
        }
        let method_expr = sel
            .as_ref()
            .is_some_and(|s| s.kind == types::SelectionKind::MethodExpr);
        let sig = match info.type_of(fun.id).map(|t| info.types.under(t).clone()) {
            Some(Type::Func(s)) => s,
            _ => return,
        };
        self.rewrite_uintptr_args(callee, args, ellipsis.is_some());
        let in_batch = callee.and_then(|c| self.batch_fn(c));
        // Results of a callee analysed together flow directly.
        if let (Some(ks), Some(f)) = (&ks, in_batch) {
            let results = self.b.g.fns[f].results.clone();
            for (k, r) in ks.iter().zip(results) {
                self.b.g.flow(*k, r);
            }
        }
        // Inside a go/defer wrapper the call runs in the wrapper.
        let ctx = ArgCtx {
            callee,
            ks: ks.clone(),
            wrap,
            outer: self.curfn,
            outer_depth: self.depth,
        };
        // The callee expression itself.
        let mut first_param = 0;
        if method_call {
            let Some(s) = sel.clone() else {
                return;
            };
            let ExprKind::Selector(x, _) = &fu.kind else {
                return;
            };
            let recv = match devirt {
                Some(d) => ArgSrc::Devirt(x, d),
                None => ArgSrc::Recv(x, s),
            };
            self.call_arg(&ctx, 0, recv, None);
            first_param = 1;
        } else if method_expr {
            // T.M(recv, args...): the receiver is the first argument.
        } else {
            let results_used = ks
                .as_ref()
                .is_some_and(|ks| ks.iter().any(|k| k.dst != BLANK));
            let ck = if callee.is_none() && results_used {
                self.callee_hole()
            } else {
                self.discard_hole()
            };
            let global_func = match &fu.kind {
                ExprKind::Name(id) => info
                    .uses
                    .get(&id.id)
                    .is_some_and(|&o| info.obj(o).kind == types::ObjKind::Func),
                ExprKind::Selector(..) => sel.is_none() || method_expr,
                _ => false,
            };
            if let Some((wloc, _)) = wrap
                && !global_func
            {
                // The wrapper captures the function value it calls
                // (gc's normalizeGoDeferCall copies it to a temporary),
                // a function literal included: a wrapper that escapes
                // takes it along.
                let t = self.temp(true);
                self.expr(Hole::to(t), fun);
                self.b.g.flow(Hole::to(wloc), t);
            } else {
                self.expr(ck, fun);
            }
        }
        // The arguments.
        let nparams = sig.params.len();
        let tuple_arg = args.len() == 1
            && nparams > 1
            && info
                .type_of(args[0].id)
                .is_some_and(|t| matches!(info.types.get(t), Type::Tuple(_)));
        if tuple_arg && method_expr {
            // T.M(g()): g's results go through temporaries.
            let temps: Vec<LocId> = (0..nparams).map(|_| self.temp(true)).collect();
            self.call_or_tuple(temps.iter().map(|&t| Hole::to(t)).collect(), &args[0]);
            for (i, t) in temps.into_iter().enumerate() {
                self.call_arg(&ctx, first_param + i, ArgSrc::Loc(t), None);
            }
            return;
        }
        if let Some(results) = tuple_results(info, &args[..]) {
            self.tuple_args(
                &ctx,
                e,
                &sig,
                ellipsis.is_some(),
                first_param,
                &args[0],
                results,
            );
            return;
        }
        for (i, a) in args.iter().enumerate() {
            let pi = first_param + i;
            if sig.variadic && ellipsis.is_none() && i + 1 >= nparams + usize::from(method_expr) {
                break;
            }
            let ty = if method_expr {
                // The receiver, then the parameters.
                if i == 0 {
                    None
                } else {
                    sig.params.get(i - 1).copied()
                }
            } else {
                sig.params.get(i).copied()
            };
            self.call_arg(&ctx, pi, ArgSrc::Expr(a), ty);
        }
        if sig.variadic && ellipsis.is_none() {
            let fixed = nparams - 1 + usize::from(method_expr);
            let extra: Vec<&'a Expr> = args.iter().skip(fixed).collect();
            let elem_ty = sig.params.last().and_then(|&t| elem(info, t));
            if !extra.is_empty() {
                self.call_arg(
                    &ctx,
                    first_param + fixed,
                    ArgSrc::Ddd(e, extra, elem_ty),
                    None,
                );
            }
        }
    }

    /// gc's `rewriteArgument`: an argument `uintptr(unsafe.Pointer(x))`
    /// of a call of a function declared without body (kept alive across
    /// the call: `x` reaches a mutator) or marked `//go:uintptrescapes`
    /// (`x` escapes), also among the elements of a `...` slice literal.
    fn rewrite_uintptr_args(&mut self, callee: Option<Callee>, args: &'a [Expr], ddd: bool) {
        let info = self.a.info;
        let Some(Callee::Decl(o)) = callee else {
            return;
        };
        let Some(fd) = self.a.pre.decls.get(&o).copied() else {
            return;
        };
        let escapes = if fd.body.is_none() {
            false
        } else if self
            .a
            .printer
            .as_ref()
            .is_some_and(|p| p.has_pragma(fd.pos, "//go:uintptrescapes"))
        {
            true
        } else {
            return;
        };
        let mut cands: Vec<&'a Expr> = Vec::new();
        for (i, a) in args.iter().enumerate() {
            match &unparen(a).kind {
                ExprKind::CompositeLit { elts, .. } if ddd && i + 1 == args.len() => {
                    cands.extend(elts.iter().map(|el| &el.value));
                }
                _ => cands.push(a),
            }
        }
        let is_basic = |t: Option<TypeId>, k: types::BasicKind| {
            t.is_some_and(|t| matches!(info.types.under(t), Type::Basic(b) if *b == k))
        };
        for a in cands {
            let c = unparen(a);
            let ExprKind::Call { fun, args: xs, .. } = &c.kind else {
                continue;
            };
            if xs.len() != 1
                || info.expr_types.get(&fun.id).map(|t| t.mode) != Some(Mode::TypeExpr)
                || !is_basic(info.type_of(c.id), types::BasicKind::Uintptr)
                || !is_basic(info.type_of(xs[0].id), types::BasicKind::UnsafePointer)
            {
                continue;
            }
            let k = if escapes { self.heap() } else { self.mutator() };
            self.expr(k, &xs[0]);
            self.rewritten_uintptr.insert(c.id);
        }
    }

    /// Runs `f` building part of a wrapped call in the wrapper (already
    /// the current function): literal elements it captures are
    /// evaluated at the statement.
    fn in_wrapper(&mut self, wloc: LocId, ctx: &ArgCtx<'a>, f: impl FnOnce(&mut Self)) {
        let saved = self.wrap_leaves.replace(WrapLeaves {
            wloc,
            outer: ctx.outer,
            outer_depth: ctx.outer_depth,
        });
        f(self);
        self.wrap_leaves = saved;
    }

    /// Whether a `go`/`defer` call's argument `a` (for a parameter or
    /// `...` element of type `to`) is built by the wrapper rather than
    /// captured: `new(T)`, or a slice, array or struct literal of exactly
    /// type `to` (gc's normalizeGoDeferCall; the rule ssagen's
    /// `rebuilt_leaves` follows, which escape must match: a literal
    /// holding an elided `&T{...}` stays at the statement).
    fn rebuilt_in_wrapper(&self, a: &Expr, to: TypeId) -> bool {
        let info = self.a.info;
        if info.type_of(a.id) != Some(to) {
            return false;
        }
        let x = unparen(a);
        is_new_of_type(info, x) || self.literal_in_wrapper(x, to)
    }

    fn literal_in_wrapper(&self, x: &Expr, ty: TypeId) -> bool {
        let info = self.a.info;
        let ExprKind::CompositeLit { elts, .. } = &x.kind else {
            return false;
        };
        let Some(etys) = literal_elem_types(info, ty, elts) else {
            return false;
        };
        elts.iter().zip(etys).all(|(el, ety)| match &el.value.kind {
            ExprKind::CompositeLit { ty: None, .. } => self.literal_in_wrapper(&el.value, ety),
            _ => true,
        })
    }

    /// Whether literal element `v` (of element type `ty`) of a literal
    /// the wrapper builds is built there too (else captured).
    fn built_by_wrapper(&self, v: &Expr, ty: Option<TypeId>) -> bool {
        let info = self.a.info;
        if let ExprKind::CompositeLit { ty: None, .. } = &v.kind {
            return true;
        }
        let constant = info
            .expr_types
            .get(&v.id)
            .is_some_and(|t| t.mode == Mode::Constant);
        let nil = info.type_of(v.id).is_some_and(|t| {
            matches!(info.types.get(t), Type::Basic(types::BasicKind::UntypedNil))
        });
        constant
            || nil
            || is_new_of_type(info, v)
            || ty.is_some_and(|ety| {
                info.type_of(v.id) == Some(ety)
                    && matches!(unparen(v).kind, ExprKind::CompositeLit { .. })
                    && self.literal_in_wrapper(unparen(v), ety)
            })
    }

    /// A `make([]T, …)` size's constant value: a constant, or what gc's
    /// `rewriteWithLiterals` puts in its place (and prints): the value
    /// of a variable defined once by a non-negative constant, or the
    /// length of the slice literal a variable defined once holds
    /// (`len(xs)`).
    fn make_size(&self, a: &'a Expr) -> Option<types::ConstValue> {
        let info = self.a.info;
        if let Some(v) = info.expr_types.get(&a.id).and_then(|tv| tv.value.clone()) {
            return Some(v);
        }
        let v = match &unparen(a).kind {
            ExprKind::Name(id) => self
                .a
                .consts
                .get(&info.object_of(id.id)?)
                .cloned()
                .filter(|v| v.as_i64().is_some_and(|n| n >= 0))?,
            ExprKind::Call { fun, args, .. }
                if args.len() == 1
                    && matches!(
                        info.expr_types.get(&fun.id).map(|t| t.mode),
                        Some(Mode::Builtin(Builtin::Len))
                    ) =>
            {
                let ExprKind::CompositeLit { elts, .. } =
                    &self.a.pre.static_value(info, &args[0]).kind
                else {
                    return None;
                };
                let is_slice = info
                    .type_of(args[0].id)
                    .is_some_and(|t| matches!(info.types.under(t), Type::Slice(_)));
                if !is_slice || elts.iter().any(|el| el.key.is_some()) {
                    return None;
                }
                types::ConstValue::Int(types::bigint::BigInt::from_i64(elts.len() as i64))
            }
            _ => return None,
        };
        if let Some(pr) = &self.a.printer {
            pr.rewritten(a.id, v.clone());
        }
        Some(v)
    }

    /// `f(g())`: gc's reader assigns g's results to temporaries
    /// (`.autotmp_N`, numbered by `autotmp.rs`), each converted to its
    /// parameter's type; a variadic call's extra ones fill its `...`
    /// slice, which gc makes before it walks `g()` when no fixed
    /// parameter comes first.
    #[allow(clippy::too_many_arguments)]
    fn tuple_args(
        &mut self,
        ctx: &ArgCtx<'a>,
        call: &'a Expr,
        sig: &types::Signature,
        spread: bool,
        first_param: usize,
        g: &'a Expr,
        results: Vec<TypeId>,
    ) {
        let info = self.a.info;
        let nparams = sig.params.len();
        let fixed = if sig.variadic && !spread {
            nparams - 1
        } else {
            nparams
        };
        let base = self.a.autotmps.get(&g.id).copied();
        let temps: Vec<Tmp> = results
            .iter()
            .enumerate()
            .map(|(i, &ty)| Tmp {
                loc: self.temp(true),
                ty,
                name: base.map(|b| b + i as u32),
            })
            .collect();
        let extra = temps.len().saturating_sub(fixed);
        let elem_ty = sig.params.last().and_then(|&t| elem(info, t));
        let holes: Vec<Hole> = temps.iter().map(|t| Hole::to(t.loc)).collect();
        if fixed == 0 && extra > 0 {
            let size = elem_ty.map(|t| (extra as u64).saturating_mul(size_of(info, t)));
            self.call_arg(
                ctx,
                first_param,
                ArgSrc::TupleDdd(call, g, holes, temps, elem_ty, size),
                None,
            );
            return;
        }
        self.call_or_tuple(holes, g);
        let mut temps = temps.into_iter();
        for i in 0..fixed.min(results.len()) {
            let Some(t) = temps.next() else { break };
            self.call_arg(
                ctx,
                first_param + i,
                ArgSrc::Tmp(call, t),
                sig.params.get(i).copied(),
            );
        }
        let rest: Vec<Tmp> = temps.collect();
        if !rest.is_empty() {
            let size = elem_ty.map(|t| (rest.len() as u64).saturating_mul(size_of(info, t)));
            self.call_arg(
                ctx,
                first_param + fixed,
                ArgSrc::TupleDdd(call, g, Vec::new(), rest, elem_ty, size),
                None,
            );
        }
    }

    /// An N:1 assignment of `rhs` (a multi-value call or a comma-ok
    /// expression) to holes `ks` of types `to`: through gc's
    /// temporaries, each converted to its target's type (a box, reported
    /// at `pos`, for an interface target).
    pub fn tuple_assign(
        &mut self,
        ks: Vec<Hole>,
        to: Vec<Option<TypeId>>,
        rhs: &'a Expr,
        pos: Pos,
    ) {
        let info = self.a.info;
        let r = unparen(rhs);
        let comma_ok = info
            .expr_types
            .get(&r.id)
            .is_some_and(|tv| tv.mode == Mode::CommaOk);
        let from: Vec<Option<TypeId>> = match info.type_of(r.id).map(|t| (t, info.types.get(t))) {
            Some((_, Type::Tuple(ts))) => ts.iter().map(|&t| Some(t)).collect(),
            Some((t, _)) if comma_ok => vec![Some(t)],
            _ => Vec::new(),
        };
        let base = self.a.autotmps.get(&rhs.id).copied();
        let mut holes = Vec::new();
        let mut convs = Vec::new();
        for (i, k) in ks.iter().enumerate() {
            match (from.get(i).copied().flatten(), to.get(i).copied().flatten()) {
                (Some(ty), Some(to)) if is_interface(info, to) && !is_interface(info, ty) => {
                    let t = Tmp {
                        loc: self.temp(true),
                        ty,
                        name: base.map(|b| b + i as u32),
                    };
                    holes.push(Hole::to(t.loc));
                    convs.push((*k, t, to));
                }
                _ => holes.push(*k),
            }
        }
        if comma_ok {
            self.expr(holes[0], rhs);
        } else {
            self.call_or_tuple(holes, rhs);
        }
        for (k, t, to) in convs {
            self.tmp_conv_at(k, rhs, &t, Some(to), pos);
        }
    }

    /// Temporary `t` of `f(g())` converted to parameter type `to` for
    /// hole `k`: through a box when `to` is an interface and `t` is not.
    fn tmp_conv(&mut self, k: Hole, call: &'a Expr, t: &Tmp, to: Option<TypeId>) {
        self.tmp_conv_at(k, call, t, to, 0)
    }

    fn tmp_conv_at(&mut self, k: Hole, call: &'a Expr, t: &Tmp, to: Option<TypeId>, pos: Pos) {
        let info = self.a.info;
        let k = match to {
            Some(to)
                if is_interface(info, to)
                    && !is_interface(info, t.ty)
                    && !is_direct_iface(info, t.ty) =>
            {
                let site = Site {
                    kind: SiteKind::TempIface(t.name, pos),
                    id: call.id,
                    expr: call,
                    explicit: false,
                    size: None,
                };
                Hole::to(self.spill_loc(k, site))
            }
            _ => k,
        };
        self.b.g.flow(k, t.loc);
    }

    /// Evaluates argument `a` of parameter `param` (receiver first) into
    /// its parameter's hole; under a `go`/`defer` wrapper through a
    /// temporary the wrapper captures, the hole computed in the wrapper.
    fn call_arg(&mut self, ctx: &ArgCtx<'a>, param: usize, a: ArgSrc<'a>, ty: Option<TypeId>) {
        if let Some((wloc, wf)) = ctx.wrap
            && let ArgSrc::Ddd(call, xs, elem) = a
        {
            // gc evaluates a wrapped call's `...` elements at the
            // statement (normalizeGoDeferCall copies them out, the
            // wrapper captures the copies) and builds the slice in the
            // wrapper, as ssagen does: the slice lives in the wrapper's
            // frame, whatever loop the statement is in.
            let rebuilt: Vec<bool> = xs
                .iter()
                .map(|x| elem.is_some_and(|to| self.rebuilt_in_wrapper(x, to)))
                .collect();
            let temps: Vec<LocId> = xs
                .iter()
                .zip(&rebuilt)
                .filter(|(_, r)| !**r)
                .map(|(x, _)| {
                    let t = self.temp(true);
                    self.expr_conv(Hole::to(t), x, elem);
                    self.b.g.flow(Hole::to(wloc), t);
                    t
                })
                .collect();
            self.curfn = wf;
            self.depth = 1;
            let k = self.param_hole(ctx.callee, param, None);
            let es = elem.map(|t| size_of(self.a.info, t)).unwrap_or(8);
            let size = Some((xs.len() as u64).saturating_mul(es));
            let k = self.spill(k, SiteKind::DotDotDot, call, size);
            for t in temps {
                self.b.g.flow(k, t);
            }
            for (x, _) in xs.iter().zip(&rebuilt).filter(|(_, r)| **r) {
                self.in_wrapper(wloc, ctx, |w| w.expr_conv(k, x, elem));
            }
            self.curfn = ctx.outer;
            self.depth = ctx.outer_depth;
        } else if let Some((wloc, wf)) = ctx.wrap
            && let ArgSrc::Expr(x) = a
            && ty.is_some_and(|to| self.rebuilt_in_wrapper(x, to))
        {
            self.curfn = wf;
            self.depth = 1;
            let k = self.param_hole(ctx.callee, param, None);
            self.in_wrapper(wloc, ctx, |w| w.expr_conv(k, x, ty));
            self.curfn = ctx.outer;
            self.depth = ctx.outer_depth;
        } else if let Some((wloc, wf)) = ctx.wrap {
            let t = self.temp(true);
            self.arg_into(Hole::to(t), a, ty);
            self.b.g.flow(Hole::to(wloc), t);
            self.curfn = wf;
            self.depth = 1;
            let k = self.param_hole(ctx.callee, param, None);
            self.b.g.flow(k, t);
            self.curfn = ctx.outer;
            self.depth = ctx.outer_depth;
        } else {
            let k = self.param_hole(ctx.callee, param, ctx.ks.as_deref());
            self.arg_into(k, a, ty);
        }
    }

    fn arg_into(&mut self, k: Hole, a: ArgSrc<'a>, ty: Option<TypeId>) {
        match a {
            ArgSrc::Expr(x) => self.expr_conv(k, x, ty),
            ArgSrc::Recv(x, s) => self.recv_arg(k, x, &s),
            ArgSrc::Devirt(x, d) => {
                // `x.(T)`, then the embedded fields to the method's
                // holder (a dereference for each pointer crossed), then
                // `*` or `&` as the method's receiver asks; a partially
                // devirtualized call passes the interface field itself.
                let info = self.a.info;
                let mut n = 0;
                let mut t = d.t;
                for &i in &d.path {
                    if let Some(e) = crate::util::pointer_elem(info, t) {
                        n += 1;
                        t = e;
                    }
                    match info.types.under(t) {
                        Type::Struct(fs) => match fs.get(i) {
                            Some(f) => t = f.ty,
                            None => break,
                        },
                        _ => break,
                    }
                }
                if d.method.is_some() {
                    let holder_ptr = crate::util::pointer_elem(info, t).is_some();
                    if holder_ptr && !d.ptr_recv {
                        n += 1;
                    } else if !holder_ptr && d.ptr_recv {
                        n -= 1;
                    }
                }
                let k = self.dot_type(k.shift(n), d.t);
                self.expr(k, x);
            }
            ArgSrc::Loc(l) => self.b.g.flow(k, l),
            ArgSrc::Tmp(call, t) => self.tmp_conv(k, call, &t, ty),
            ArgSrc::TupleDdd(call, g, holes, temps, elem, size) => {
                let k = self.spill(k, SiteKind::DotDotDot, call, size);
                if !holes.is_empty() {
                    self.call_or_tuple(holes, g);
                }
                for t in &temps {
                    self.tmp_conv(k, call, t, elem);
                }
            }
            ArgSrc::Ddd(call, xs, elem) => {
                let es = elem.map(|t| size_of(self.a.info, t)).unwrap_or(8);
                let size = Some((xs.len() as u64).saturating_mul(es));
                let k = self.spill(k, SiteKind::DotDotDot, call, size);
                for x in xs {
                    self.expr_conv(k, x, elem);
                }
            }
        }
    }

    /// Calls of the predeclared functions.
    fn builtin(
        &mut self,
        ks: Option<Vec<Hole>>,
        e: &'a Expr,
        b: Builtin,
        args: &'a [Expr],
        ddd: bool,
    ) {
        let info = self.a.info;
        let k0 = ks
            .as_ref()
            .and_then(|v| v.first().copied())
            .unwrap_or(self.discard_hole());
        match b {
            Builtin::Append => {
                let Some(s) = args.first() else {
                    return;
                };
                let st = info.type_of(e.id);
                let el = st.and_then(|t| elem(info, t));
                let m = self.mutator();
                let mut ak = self.tee(vec![k0, m]);
                if el.is_some_and(|t| has_pointers(info, t)) {
                    let h = self.heap().deref();
                    ak = self.tee(vec![ak, h]);
                }
                self.expr(ak, s);
                if ddd {
                    if let Some(x) = args.get(1) {
                        let is_slice = info
                            .type_of(x.id)
                            .is_some_and(|t| matches!(info.types.under(t), Type::Slice(_)));
                        let k = if is_slice && el.is_some_and(|t| has_pointers(info, t)) {
                            self.heap().deref()
                        } else {
                            self.discard_hole()
                        };
                        self.expr(k, x);
                    }
                } else {
                    for x in &args[1..] {
                        let h = self.heap();
                        self.expr_conv(h, x, el);
                    }
                }
                let l = self.spill_loc(
                    k0,
                    Site {
                        kind: SiteKind::Append,
                        id: e.id,
                        expr: e,
                        explicit: false,
                        size: None,
                    },
                );
                // The backing store is reused only by its own append.
                self.b.g.locs[l].loop_depth = 0;
            }
            Builtin::Copy => {
                if let [d, s, ..] = args {
                    let m = self.mutator();
                    self.expr(m, d);
                    let is_slice = info
                        .type_of(s.id)
                        .is_some_and(|t| matches!(info.types.under(t), Type::Slice(_)));
                    let ptrs = info
                        .type_of(s.id)
                        .and_then(|t| elem(info, t))
                        .is_some_and(|t| has_pointers(info, t));
                    let k = if is_slice && ptrs {
                        self.heap().deref()
                    } else {
                        self.discard_hole()
                    };
                    self.expr(k, s);
                }
            }
            Builtin::Panic => {
                if let Some(x) = args.first() {
                    let h = self.heap();
                    let any = info.type_of(x.id).filter(|&t| is_interface(info, t));
                    // panic's parameter is `any`: a concrete value is boxed.
                    let target = any.or_else(|| self.any_type());
                    self.expr_conv(h, x, target);
                }
            }
            Builtin::Min | Builtin::Max => {
                for x in args {
                    self.expr(k0, x);
                }
            }
            // package unsafe (gc's call.go): the pointer flows to the
            // result; a length does not.
            Builtin::SliceData | Builtin::StringData => {
                if let Some(x) = args.first() {
                    self.expr(k0, x);
                }
            }
            Builtin::Add | Builtin::Slice | Builtin::String => {
                if let [p, n, ..] = args {
                    self.expr(k0, p);
                    self.discard(n);
                }
            }
            Builtin::Clear => {
                if let Some(x) = args.first() {
                    let m = self.mutator();
                    self.expr(m, x);
                }
            }
            Builtin::New => {
                let size = info
                    .type_of(e.id)
                    .and_then(|t| crate::util::pointer_elem(info, t))
                    .map(|t| size_of(info, t));
                let _ = self.spill(k0, SiteKind::New, e, size);
            }
            Builtin::Make => {
                let Some(t) = info.type_of(e.id) else {
                    return;
                };
                match info.types.under(t).clone() {
                    Type::Slice(el) => {
                        // The size (the capacity, else the length) as gc
                        // sees it after rewriteWithLiterals; a constant
                        // that does not fit an int32 is not "small": gc
                        // treats it as a size known only at run time.
                        let n = args
                            .get(2)
                            .or(args.get(1))
                            .and_then(|a| self.make_size(a))
                            .and_then(|v| v.as_i64())
                            .filter(|&n| i64::from(n as i32) == n && n >= 0)
                            .map(|n| n as u64);
                        let es = size_of(info, el);
                        let size = if es == 0 {
                            // gc: "zero-sized element" goes to the heap.
                            Some(u64::MAX)
                        } else {
                            n.map(|n| n.saturating_mul(es))
                        };
                        let _ = self.spill(k0, SiteKind::MakeSlice, e, size);
                    }
                    Type::Map { .. } => {
                        let _ = self.spill(k0, SiteKind::MakeMap, e, None);
                    }
                    _ => {}
                }
                for a in args.iter().skip(1) {
                    self.discard(a);
                }
            }
            _ => {
                for x in args {
                    self.discard(x);
                }
            }
        }
    }

    /// The type `any` (the universe's empty interface).
    fn any_type(&self) -> Option<TypeId> {
        let info = self.a.info;
        (0..info.types.len() as u32)
            .map(TypeId)
            .find(|&t| matches!(info.types.get(t), Type::Interface(ms) if ms.is_empty()))
    }

    /// `T(x)`: an interface conversion boxes, string conversions allocate.
    fn conversion(&mut self, k: Hole, e: &'a Expr, _fun: &'a Expr, x: &'a Expr) {
        let info = self.a.info;
        if self.rewritten_uintptr.contains(&e.id) {
            return;
        }
        let (Some(to), Some(from)) = (info.type_of(e.id), info.type_of(x.id)) else {
            return;
        };
        if info
            .expr_types
            .get(&e.id)
            .is_some_and(|tv| tv.value.is_some())
        {
            return;
        }
        let tu = info.types.under(to).clone();
        let fu = info.types.under(from).clone();
        if is_interface(info, to) && !is_interface(info, from) {
            let k = if is_direct_iface(info, from) {
                k
            } else {
                let site = Site {
                    kind: SiteKind::Iface,
                    id: x.id,
                    expr: e,
                    explicit: true,
                    size: None,
                };
                Hole::to(self.spill_loc(k, site))
            };
            self.expr(k, x);
            return;
        }
        let is_str = |t: &Type| matches!(t, Type::Basic(b) if b.is_string());
        let byte_or_rune_slice = |t: &Type| match t {
            Type::Slice(el) => matches!(
                info.types.under(*el),
                Type::Basic(types::BasicKind::Uint8 | types::BasicKind::Int32)
            ),
            _ => false,
        };
        if is_str(&tu)
            && (byte_or_rune_slice(&fu) || matches!(fu, Type::Basic(b) if b.is_integer()))
        {
            let _ = self.spill(k, SiteKind::StrConv { to_bytes: false }, e, None);
            self.discard(x);
            return;
        }
        if is_str(&fu) && byte_or_rune_slice(&tu) {
            let to_bytes = matches!(&tu, Type::Slice(el) if matches!(info.types.under(*el), Type::Basic(types::BasicKind::Uint8)));
            let _ = self.spill(k, SiteKind::StrConv { to_bytes }, e, None);
            self.discard(x);
            return;
        }
        if matches!(tu, Type::Array { .. }) && matches!(fu, Type::Slice(_)) {
            // [N]T(s) copies out of s's array.
            self.expr(k.deref(), x);
            return;
        }
        if matches!(tu, Type::Basic(types::BasicKind::UnsafePointer))
            && matches!(fu, Type::Basic(types::BasicKind::Uintptr))
        {
            self.unsafe_value(k, x);
            return;
        }
        self.expr(k, x);
    }

    /// gc's `unsafeValue`: the uintptr arithmetic of
    /// `unsafe.Pointer(uintptr(p) + off)` carries the pointers converted
    /// from an `unsafe.Pointer` inside it; anything else is a plain integer.
    fn unsafe_value(&mut self, k: Hole, x: &'a Expr) {
        use syntax::ast::BinaryOp as B;
        let info = self.a.info;
        if info
            .expr_types
            .get(&x.id)
            .is_some_and(|tv| tv.value.is_some())
        {
            return;
        }
        match &x.kind {
            ExprKind::Paren(y) => self.unsafe_value(k, y),
            ExprKind::Call { fun, args, .. }
                if args.len() == 1
                    && info.expr_types.get(&fun.id).map(|t| t.mode) == Some(Mode::TypeExpr) =>
            {
                let from_up = info.type_of(args[0].id).is_some_and(|t| {
                    matches!(
                        info.types.under(t),
                        Type::Basic(types::BasicKind::UnsafePointer)
                    )
                });
                if from_up {
                    self.expr(k, &args[0]);
                } else {
                    self.discard(&args[0]);
                }
            }
            ExprKind::Unary(UnaryOp::Pos | UnaryOp::Neg | UnaryOp::BitNot, y) => {
                self.unsafe_value(k, y)
            }
            ExprKind::Binary(
                B::Add | B::Sub | B::Or | B::Xor | B::Mul | B::Div | B::Rem | B::And | B::AndNot,
                a,
                b,
            ) => {
                self.unsafe_value(k, a);
                self.unsafe_value(k, b);
            }
            ExprKind::Binary(B::Shl | B::Shr, a, b) => {
                self.unsafe_value(k, a);
                self.discard(b);
            }
            _ => self.discard(x),
        }
    }
}

/// How a call passes its arguments.
struct ArgCtx<'a> {
    callee: Option<Callee<'a>>,
    ks: Option<Vec<Hole>>,
    wrap: Option<(LocId, usize)>,
    outer: usize,
    outer_depth: i32,
}

/// Where an argument's value comes from.
enum ArgSrc<'a> {
    Expr(&'a Expr),
    /// A method call's receiver expression and selection.
    Recv(&'a Expr, types::Selection),
    /// A temporary holding one result of a multi-value call.
    Loc(LocId),
    /// One result of `g()` in `f(g())`, converted to its parameter's type.
    Tmp(&'a Expr, Tmp),
    /// The `...` slice of `f(g())` holding g's extra results: the call,
    /// `g()` and where its results go when the slice comes first (else
    /// empty: `g()` was walked already), the temporaries, their element
    /// type, the slice's size.
    TupleDdd(
        &'a Expr,
        &'a Expr,
        Vec<Hole>,
        Vec<Tmp>,
        Option<TypeId>,
        Option<u64>,
    ),
    /// A devirtualized call's receiver `x` (of interface type).
    Devirt(&'a Expr, Devirt),
    /// The implicit `...` slice of a variadic call: the call, the extra
    /// arguments, their element type.
    Ddd(&'a Expr, Vec<&'a Expr>, Option<TypeId>),
}

/// A temporary of an N:1 call argument: its location, type and gc's
/// number (`.autotmp_N`) when known.
struct Tmp {
    loc: LocId,
    ty: TypeId,
    name: Option<u32>,
}

/// The result types of `g()` when `args` is just `g()` with several
/// results.
fn tuple_results(info: &types::Info, args: &[Expr]) -> Option<Vec<TypeId>> {
    match args {
        [a] => match info.type_of(a.id).map(|t| info.types.get(t)) {
            Some(Type::Tuple(ts)) if ts.len() > 1 => Some(ts.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// Where the elements a `go`/`defer` wrapper captures are evaluated:
/// the wrapper closure's location and the enclosing function.
#[derive(Clone, Copy)]
pub(crate) struct WrapLeaves {
    wloc: LocId,
    outer: usize,
    outer_depth: i32,
}

/// `new(T)` of a type (Go 1.26's `new(expr)` is evaluated at the
/// statement).
fn is_new_of_type(info: &types::Info, x: &Expr) -> bool {
    let ExprKind::Call { fun, args, .. } = &x.kind else {
        return false;
    };
    matches!(
        info.expr_types.get(&fun.id).map(|t| t.mode),
        Some(Mode::Builtin(Builtin::New))
    ) && args.first().is_some_and(|a| {
        info.expr_types
            .get(&a.id)
            .is_some_and(|t| t.mode == Mode::TypeExpr)
    })
}

/// The element type of each element of a slice, array or struct
/// literal of type `ty` (None for other literals).
fn literal_elem_types(
    info: &types::Info,
    ty: TypeId,
    elts: &[syntax::ast::KeyedElement],
) -> Option<Vec<TypeId>> {
    match info.types.under(ty) {
        Type::Slice(e) | Type::Array { elem: e, .. } => Some(vec![*e; elts.len()]),
        Type::Struct(fields) => elts
            .iter()
            .enumerate()
            .map(|(i, el)| {
                let fi = match el.key.as_ref().map(|k| &k.kind) {
                    Some(ExprKind::Name(id)) => fields.iter().position(|f| f.name == id.name),
                    Some(_) => None,
                    None => Some(i),
                };
                fi.and_then(|i| fields.get(i)).map(|f| f.ty)
            })
            .collect(),
        _ => None,
    }
}

/// gc's devirtualization of an interface method call `x.M(...)` whose
/// `x` is statically known to hold a `t`.
#[derive(Clone)]
pub(crate) struct Devirt {
    t: TypeId,
    /// The method called directly; `None`: a method of an embedded
    /// interface field, still called through that field.
    method: Option<types::ObjId>,
    ptr_recv: bool,
    /// The embedded fields from `t` to the method's holder.
    path: Vec<usize>,
}
