//! Calls: direct calls of functions and methods, indirect calls through
//! func values (closures), calls of other packages' functions with the
//! runtime convention, conversions and builtins.

use ssa::{CallConv, IntCC, Signature, Type as T, Value};
use syntax::ast::{Expr, ExprKind, NodeId};
use types::{Builtin, Mode, ObjKind, SelectionKind, Type, TypeId};

use crate::abi::{self, FuncAbi, Pass};
use crate::func::{Fx, MAX_STACK_VAR_SIZE, Val};

/// What a call expression calls.
enum Target {
    /// A Go function or method by symbol (no closure parameter).
    Direct(String),
    /// A function of a runtime-implemented package (`fmt.Println`).
    Runtime(String),
    /// A func value (closure pointer).
    Closure(Value),
}

impl Fx<'_, '_, '_> {
    /// Lowers a call (or conversion, or builtin); returns its results.
    pub fn call(&mut self, e: &Expr) -> Vec<Val> {
        let ExprKind::Call {
            fun,
            args,
            ellipsis,
            ..
        } = &e.kind
        else {
            return Vec::new();
        };
        let ftv = self.g.info.expr_types.get(&fun.id).cloned();
        match ftv.as_ref().map(|t| t.mode) {
            Some(Mode::TypeExpr) => {
                let to = self.type_of(e.id);
                return match args.first() {
                    Some(a) => vec![self.conversion(e, to, a)],
                    None => vec![self.zero_val(to)],
                };
            }
            Some(Mode::Builtin(b)) => return self.builtin(e, b, args, ellipsis.is_some()),
            _ => {}
        }
        let fty = self.type_of(fun.id);
        let Type::Func(sig) = self.under(fty).clone() else {
            self.g.unsupported(e.pos, "call of non-function");
            return Vec::new();
        };
        // Receiver (for method calls) and the callee.
        let mut recv: Option<(Val, TypeId)> = None;
        let target = match self.callee_func(fun) {
            Some(obj) => {
                let sym = self.g.func_symbol(obj);
                if !self.g.info.obj(obj).runtime {
                    Target::Direct(sym)
                } else {
                    Target::Runtime(sym)
                }
            }
            None => {
                if let Some((iv, ity, name)) = self.iface_callee(fun) {
                    let argv = self.call_args(e.id, args, ellipsis.is_some(), &sig);
                    return self.iface_call(iv, ity, &name, argv, &sig.results);
                }
                match self.method_callee(fun) {
                    // Methods of runtime-implemented package types
                    // (`strings.(*Builder).WriteString`): runtime convention,
                    // receiver first.
                    Some((sym, rv, rty)) if self.g.is_runtime_symbol(&sym) => {
                        let mut argv = vec![(rv, rty)];
                        argv.extend(self.call_args(e.id, args, ellipsis.is_some(), &sig));
                        return self.runtime_call(&sym, &argv, &sig.results);
                    }
                    Some((sym, rv, rty)) => {
                        recv = Some((rv, rty));
                        Target::Direct(sym)
                    }
                    None => {
                        let f = self.expr(fun).v();
                        Target::Closure(f)
                    }
                }
            }
        };
        let argv = self.call_args(e.id, args, ellipsis.is_some(), &sig);
        match target {
            Target::Runtime(sym) => self.runtime_call(&sym, &argv, &sig.results),
            Target::Direct(sym) => {
                let mut ptys: Vec<TypeId> = Vec::new();
                let mut vals = Vec::new();
                if let Some((rv, rty)) = recv {
                    ptys.push(rty);
                    vals.push(rv);
                }
                for (v, t) in argv {
                    ptys.push(t);
                    vals.push(v);
                }
                let fabi = FuncAbi::new(&self.g.tt, &ptys, &sig.results, false);
                self.go_call(&fabi, |b, sig, args| b.call(&sym, sig, args), None, vals)
            }
            Target::Closure(f) => {
                self.nil_check(f);
                let code = self.b.load(T::I64, f, 0);
                let ptys: Vec<TypeId> = argv.iter().map(|a| a.1).collect();
                let vals: Vec<Val> = argv.into_iter().map(|a| a.0).collect();
                let fabi = FuncAbi::new(&self.g.tt, &ptys, &sig.results, true);
                self.go_call(
                    &fabi,
                    move |b, sig, args| b.call_indirect(sig, code, args),
                    Some(f),
                    vals,
                )
            }
        }
    }

    /// The function object a callee expression names directly (`f`,
    /// `fmt.Println`), if any.
    pub(crate) fn callee_func(&self, fun: &Expr) -> Option<types::ObjId> {
        let id = match &fun.kind {
            ExprKind::Paren(x) => return self.callee_func(x),
            ExprKind::Name(id) => id.id,
            ExprKind::Selector(_, sel) if !self.g.info.selections.contains_key(&fun.id) => sel.id,
            _ => return None,
        };
        let obj = self.g.info.uses.get(&id).copied()?;
        let o = self.g.info.obj(obj);
        (o.kind == ObjKind::Func && o.recv.is_none()).then_some(obj)
    }

    /// For `x.M(...)` with `x` of interface type: the interface value, its
    /// type and the method name.
    pub(crate) fn iface_callee(&mut self, fun: &Expr) -> Option<(Val, TypeId, String)> {
        let ExprKind::Selector(x, sel) = &fun.kind else {
            if let ExprKind::Paren(inner) = &fun.kind {
                return self.iface_callee(inner);
            }
            return None;
        };
        let s = self.g.info.selections.get(&fun.id)?;
        if s.kind != SelectionKind::MethodVal {
            return None;
        }
        if !s.path.is_empty() {
            // Promoted from an embedded interface field (embed.rs)?
            let m = s.method?;
            if self.g.info.obj(m).recv.is_some() {
                return None;
            }
            let path = s.path.clone();
            let (iv, ity) = self.promoted_iface_value(x, &path);
            return Some((iv, ity, sel.name.clone()));
        }
        let xty = self.type_of(x.id);
        if !matches!(self.under(xty), Type::Interface(_)) {
            return None;
        }
        let iv = self.expr(x);
        Some((iv, xty, sel.name.clone()))
    }

    /// For `x.M(...)`: the method symbol, the receiver value (auto
    /// address/dereference applied) and the receiver's type.
    pub(crate) fn method_callee(&mut self, fun: &Expr) -> Option<(String, Val, TypeId)> {
        let ExprKind::Selector(x, _) = &fun.kind else {
            if let ExprKind::Paren(inner) = &fun.kind {
                return self.method_callee(inner);
            }
            return None;
        };
        let s = self.g.info.selections.get(&fun.id)?.clone();
        if s.kind != SelectionKind::MethodVal {
            return None;
        }
        let m = s.method?;
        let r = self.g.info.obj(m).recv?;
        let sym = self.g.func_symbol(m);
        let (rv, rty) = self.receiver(x, &s.path, r);
        Some((sym, rv, rty))
    }

    /// Evaluates the receiver of a method call or method value: walks the
    /// embedded-field path, then takes the address or dereferences as the
    /// method's receiver kind needs.
    pub fn receiver(&mut self, x: &Expr, path: &[usize], r: types::Receiver) -> (Val, TypeId) {
        let xty = self.type_of(x.id);
        // Address of (or pointer to) the value holding the method.
        let (addr, cur, is_ptr_val) = match self.under(xty).clone() {
            Type::Pointer(elem) => (self.expr(x).v(), elem, true),
            _ => {
                if path.is_empty() && !r.pointer {
                    let v = self.expr(x);
                    let v = self.materialize(xty, v);
                    return (v, xty);
                }
                (self.addr_of(x), xty, false)
            }
        };
        self.receiver_walk(addr, cur, is_ptr_val, path, r)
    }

    /// Follows the embedded-field `path` from the struct at `addr` (a
    /// pointer value when `is_ptr_val`) and produces the receiver.
    pub fn receiver_walk(
        &mut self,
        mut addr: Value,
        mut cur: TypeId,
        mut is_ptr_val: bool,
        path: &[usize],
        r: types::Receiver,
    ) -> (Val, TypeId) {
        for idx in path {
            if is_ptr_val {
                self.nil_check(addr);
            }
            let offs = self.g.tt.field_offsets(cur);
            let fty = match self.under(cur) {
                Type::Struct(fs) => fs.get(*idx).map(|f| f.ty),
                _ => None,
            };
            let Some(fty) = fty else { break };
            addr = self.add_off(addr, offs.get(*idx).copied().unwrap_or(0));
            if let Type::Pointer(elem) = self.under(fty).clone() {
                addr = self.b.load(T::I64, addr, 0);
                cur = elem;
                is_ptr_val = true;
            } else {
                cur = fty;
                is_ptr_val = false;
            }
        }
        if r.pointer {
            let pty = self.g.tt.pointer(cur);
            (Val::scalar(addr), pty)
        } else {
            if is_ptr_val {
                self.nil_check(addr);
            }
            let v = self.load_mem(addr, cur);
            let v = self.materialize(cur, v);
            (v, cur)
        }
    }

    /// Arguments converted to the parameter types; variadic extras packed
    /// into a slice; `f(g())` spreads `g`'s results. `call` names the
    /// allocation site of the `...` backing array; each argument names
    /// its own interface box.
    pub fn call_args(
        &mut self,
        call: NodeId,
        args: &[Expr],
        spread: bool,
        sig: &types::Signature,
    ) -> Vec<(Val, TypeId)> {
        let mut raw: Vec<(Val, TypeId, Option<NodeId>)> = Vec::new();
        if args.len() == 1 && matches!(self.g.tt.get(self.type_of(args[0].id)), Type::Tuple(_)) {
            let tys = match self.g.tt.get(self.type_of(args[0].id)) {
                Type::Tuple(ts) => ts.clone(),
                _ => Vec::new(),
            };
            let vs = self.expr_multi(&args[0]);
            raw.extend(vs.into_iter().zip(tys).map(|(v, t)| (v, t, None)));
        } else {
            // gc's order pass evaluates calls into temporaries before the
            // other operands are read: `f(x, g())` reads `x` after `g()`.
            let mut vals: Vec<Option<Val>> = vec![None; args.len()];
            for (i, a) in args.iter().enumerate() {
                if self.has_call(a) {
                    let t = self.type_of(a.id);
                    let v = self.expr(a);
                    vals[i] = Some(self.materialize(t, v));
                }
            }
            for (i, a) in args.iter().enumerate() {
                let t = self.type_of(a.id);
                let v = match vals[i].take() {
                    Some(v) => v,
                    None => self.expr(a),
                };
                raw.push((v, t, Some(a.id)));
            }
        }
        let np = sig.params.len();
        let mut out = Vec::new();
        if sig.variadic && !spread {
            let fixed = np.saturating_sub(1);
            let mut it = raw.into_iter();
            for pty in &sig.params[..fixed] {
                if let Some((v, t, site)) = it.next() {
                    let v = self.convert_at(v, t, *pty, site);
                    out.push((v, *pty));
                }
            }
            let sty = sig.params[np - 1];
            let ety = match self.under(sty) {
                Type::Slice(e) => *e,
                _ => sty,
            };
            let extra: Vec<(Val, TypeId, Option<NodeId>)> = it.collect();
            let s = self.build_slice(ety, extra, call);
            out.push((s, sty));
        } else {
            for ((v, t, site), pty) in raw.into_iter().zip(&sig.params) {
                let v = self.convert_at(v, t, *pty, site);
                out.push((v, *pty));
            }
        }
        out
    }

    /// True if evaluating `e` calls a function (conversions and most
    /// builtins do not count).
    pub fn has_call(&self, e: &Expr) -> bool {
        let info = self.g.info;
        if info
            .expr_types
            .get(&e.id)
            .is_some_and(|t| t.mode == Mode::Constant)
        {
            return false;
        }
        match &e.kind {
            ExprKind::Call { fun, args, .. } => {
                let m = info.expr_types.get(&fun.id).map(|t| t.mode);
                let is_call = match m {
                    Some(Mode::TypeExpr) => false,
                    // gc orders these builtins like calls (go/test
                    // fixedbugs/bug491.go).
                    Some(Mode::Builtin(b)) => matches!(
                        b,
                        Builtin::Append
                            | Builtin::Cap
                            | Builtin::Complex
                            | Builtin::Copy
                            | Builtin::Imag
                            | Builtin::Len
                            | Builtin::Make
                            | Builtin::Real
                    ),
                    _ => true,
                };
                is_call || self.has_call(fun) || args.iter().any(|a| self.has_call(a))
            }
            ExprKind::Paren(x)
            | ExprKind::Star(x)
            | ExprKind::Unary(_, x)
            | ExprKind::Selector(x, _)
            | ExprKind::TypeAssert(x, _) => self.has_call(x),
            ExprKind::Binary(_, a, b) | ExprKind::Index(a, b) => {
                self.has_call(a) || self.has_call(b)
            }
            ExprKind::Slice { x, lo, hi, max, .. } => {
                self.has_call(x)
                    || [lo, hi, max]
                        .into_iter()
                        .flatten()
                        .any(|y| self.has_call(y))
            }
            ExprKind::CompositeLit { elts, .. } => elts.iter().any(|el| self.has_call(&el.value)),
            _ => false,
        }
    }

    /// `convert_assign` of the operand `site` (which names the interface
    /// box, if the conversion makes one).
    pub fn convert_at(&mut self, v: Val, from: TypeId, to: TypeId, site: Option<NodeId>) -> Val {
        self.box_site = site;
        let v = self.convert_assign(v, from, to);
        self.box_site = None;
        v
    }

    /// The `...` slice of a variadic call (`f(vals...)` packed), nil when
    /// empty; its backing array is in the frame when the call's `...`
    /// argument does not escape (walk/order.go's dddarg, walk/complit.go
    /// slicelit with `Prealloc`).
    pub fn build_slice(
        &mut self,
        ety: TypeId,
        vals: Vec<(Val, TypeId, Option<NodeId>)>,
        call: NodeId,
    ) -> Val {
        if vals.is_empty() {
            let z = self.b.iconst(T::I64, 0);
            return Val::S(vec![z, z, z]);
        }
        let es = self.g.tt.size_of(ety);
        let n = vals.len() as i64;
        let p = self.alloc_array_at(call, ety, n as u64, MAX_STACK_VAR_SIZE);
        for (i, (v, t, site)) in vals.into_iter().enumerate() {
            let v = self.convert_at(v, t, ety, site);
            let a = self.add_off(p, i as u64 * es);
            self.store_mem(a, ety, &v);
        }
        let len = self.b.iconst(T::I64, n);
        Val::S(vec![p, len, len])
    }

    /// A call with the Go convention: lays out hidden result buffers and
    /// parameters per `fabi`, and rebuilds the results.
    pub fn go_call(
        &mut self,
        fabi: &FuncAbi,
        emit: impl FnOnce(&mut ssa::FunctionBuilder<'_>, &Signature, &[Value]) -> Vec<Value>,
        closure: Option<Value>,
        vals: Vec<Val>,
    ) -> Vec<Val> {
        let mut args = Vec::new();
        if let Some(c) = closure {
            args.push(c);
        }
        let mut bufs = Vec::new();
        for (ty, pass) in &fabi.results {
            if *pass == Pass::ByRef {
                let a = self.temp_slot(*ty);
                args.push(a);
                bufs.push(Some(a));
            } else {
                bufs.push(None);
            }
        }
        for ((ty, pass), v) in fabi.params.iter().zip(vals) {
            match pass {
                Pass::ByRef => {
                    let v = self.materialize(*ty, v);
                    args.push(v.v());
                }
                Pass::Leaves => match v {
                    Val::S(ls) => args.extend(ls),
                    Val::M(a) => {
                        let ls = self.load_leaves(a, *ty);
                        args.extend(ls);
                    }
                },
            }
        }
        let res = emit(&mut self.b, &fabi.sig, &args);
        let mut it = res.into_iter();
        let mut out = Vec::new();
        for ((ty, pass), buf) in fabi.results.iter().zip(bufs) {
            match (pass, buf) {
                (Pass::ByRef, Some(a)) => out.push(Val::M(a)),
                _ => {
                    let n = abi::leaf_types(&self.g.tt, *ty).len();
                    let ls: Vec<Value> = (&mut it).take(n).collect();
                    if self.is_agg(*ty) {
                        let a = self.temp_slot(*ty);
                        self.store_leaves(a, *ty, &ls);
                        out.push(Val::M(a));
                    } else {
                        out.push(Val::S(ls));
                    }
                }
            }
        }
        out
    }

    /// A call of a runtime-implemented package function (SystemV, scalar
    /// leaves; results of more than two words through a hidden out
    /// pointer).
    pub fn runtime_call(
        &mut self,
        sym: &str,
        argv: &[(Val, TypeId)],
        results: &[TypeId],
    ) -> Vec<Val> {
        let mut params = Vec::new();
        let mut args = Vec::new();
        let rleaves: Vec<T> = results
            .iter()
            .flat_map(|r| abi::leaf_types(&self.g.tt, *r))
            .collect();
        let via_out =
            rleaves.len() > 2 || rleaves.iter().any(|t| t.is_float()) && rleaves.len() > 1;
        // Result buffer: the results laid out like a struct.
        let mut offs = Vec::new();
        let mut out_buf = None;
        if via_out {
            let mut off = 0u64;
            for r in results {
                let al = self.g.tt.align_of(*r);
                off = off.div_ceil(al) * al;
                offs.push(off);
                off += self.g.tt.size_of(*r);
            }
            let slot = self.b.create_stack_slot(off.max(8) as u32, 8);
            let a = self.b.stack_addr(slot, 0);
            params.push(T::I64);
            args.push(a);
            out_buf = Some(a);
        }
        for (v, t) in argv {
            let ls = match v {
                Val::S(ls) => ls.clone(),
                Val::M(a) => self.load_leaves(*a, *t),
            };
            for l in ls {
                params.push(self.b.value_type(l));
                args.push(l);
            }
        }
        let sig = Signature::new(
            params,
            if via_out { Vec::new() } else { rleaves.clone() },
            CallConv::C,
        );
        let res = self.b.call(sym, &sig, &args);
        match out_buf {
            Some(buf) => results
                .iter()
                .zip(offs)
                .map(|(r, off)| {
                    let a = self.add_off(buf, off);
                    let v = self.load_mem(a, *r);
                    self.materialize(*r, v)
                })
                .collect(),
            None => {
                let mut it = res.into_iter();
                results
                    .iter()
                    .map(|r| {
                        let n = abi::leaf_types(&self.g.tt, *r).len();
                        Val::S((&mut it).take(n).collect())
                    })
                    .collect()
            }
        }
    }

    /// Calls a runtime routine with a C signature built from the argument
    /// types; returns its results.
    pub fn rt(&mut self, sym: &str, args: &[Value], results: &[T]) -> Vec<Value> {
        let params = args.iter().map(|a| self.b.value_type(*a)).collect();
        let sig = Signature::new(params, results.to_vec(), CallConv::C);
        self.b.call(sym, &sig, args)
    }

    fn builtin(&mut self, e: &Expr, b: Builtin, args: &[Expr], spread: bool) -> Vec<Val> {
        let ty = self.type_of(e.id);
        if let Some(vs) = self.multi_value_builtin(b, ty, args) {
            return vs;
        }
        let v = match b {
            Builtin::Len | Builtin::Cap => {
                let Some(x) = args.first() else {
                    return vec![];
                };
                let xty = self.type_of(x.id);
                match self.under(xty).clone() {
                    Type::Basic(_) => {
                        let s = self.expr(x);
                        Val::scalar(s.leaves()[1])
                    }
                    Type::Slice(_) => {
                        let s = self.expr(x);
                        let i = if b == Builtin::Len { 1 } else { 2 };
                        Val::scalar(s.leaves()[i])
                    }
                    Type::Array { len, .. } => {
                        // Not folded by the checker: `x` has a call or a
                        // receive, so it is evaluated (a nil `*p()`
                        // panics, go/test fixedbugs/issue72844.go).
                        let _ = self.expr(x);
                        Val::scalar(self.b.iconst(T::I64, len as i64))
                    }
                    Type::Map { .. } if b == Builtin::Len => {
                        let m = self.expr(x).v();
                        Val::scalar(self.map_len(m))
                    }
                    Type::Chan { .. } => self.chan_len_cap(x, b == Builtin::Cap),
                    Type::Pointer(a) => {
                        let _ = self.expr(x);
                        let n = match self.under(a) {
                            Type::Array { len, .. } => *len,
                            _ => 0,
                        };
                        Val::scalar(self.b.iconst(T::I64, n as i64))
                    }
                    _ => {
                        self.g.unsupported(e.pos, "len/cap of this type");
                        self.zero_val(ty)
                    }
                }
            }
            Builtin::Print | Builtin::Println => {
                self.print(args, b == Builtin::Println);
                return vec![];
            }
            Builtin::Panic => {
                if let Some(a) = args.first() {
                    let aty = self.type_of(a.id);
                    let v = self.expr(a);
                    let any = self.g.tt.intern(Type::Interface(Vec::new()));
                    let bx = self.convert_assign(v, aty, any);
                    let ls = bx.leaves().to_vec();
                    self.rt("runtime.gopanic", &ls, &[]);
                    self.b.unreachable();
                }
                return vec![];
            }
            Builtin::New => {
                let ety = match self.under(ty) {
                    Type::Pointer(e) => *e,
                    _ => ty,
                };
                // In the frame when escape analysis says so (walk's
                // walkNew: a stack temporary).
                let p = self.alloc_at(e.id, ety);
                // Go 1.26 `new(expr)`: a new variable initialized to expr.
                if let Some(a) = args.first()
                    && self
                        .g
                        .info
                        .expr_types
                        .get(&a.id)
                        .is_some_and(|t| t.mode != Mode::TypeExpr)
                {
                    let aty = self.type_of(a.id);
                    let v = self.expr(a);
                    let v = self.convert_assign(v, aty, ety);
                    self.store_mem(p, ety, &v);
                }
                Val::scalar(p)
            }
            Builtin::Make => self.make(e, ty, args),
            Builtin::Append => self.append(e, ty, args, spread),
            Builtin::Copy => self.copy_builtin(args),
            Builtin::Delete => {
                self.map_delete(args);
                return vec![];
            }
            Builtin::Close => {
                if let Some(c) = args.first() {
                    self.chan_close(c);
                }
                return vec![];
            }
            Builtin::Min | Builtin::Max => self.min_max(b == Builtin::Min, ty, args),
            Builtin::Real | Builtin::Imag => {
                let v = self.expr(&args[0]);
                let i = if b == Builtin::Real { 0 } else { 1 };
                Val::scalar(v.leaves()[i])
            }
            Builtin::Complex => {
                let a = self.expr(&args[0]).v();
                let c = self.expr(&args[1]).v();
                Val::S(vec![a, c])
            }
            Builtin::Recover => self.recover_call(),
            // package unsafe (Sizeof, Alignof and Offsetof are constants).
            Builtin::Sizeof | Builtin::Alignof | Builtin::Offsetof => {
                self.g.unsupported(e.pos, "non-constant unsafe.Sizeof");
                self.zero_val(ty)
            }
            Builtin::Add => {
                let p = self.expr(&args[0]).v();
                let lty = self.type_of(args[1].id);
                let n = self.expr(&args[1]).v();
                let n = self.widen_i64(n, lty);
                Val::scalar(self.b.iadd(p, n))
            }
            Builtin::Slice | Builtin::String => self.unsafe_slice(b == Builtin::String, ty, args),
            Builtin::SliceData | Builtin::StringData => {
                let v = self.expr(&args[0]);
                Val::scalar(v.leaves()[0])
            }
            Builtin::Clear => {
                let xty = self.type_of(args[0].id);
                let x = self.expr(&args[0]);
                self.clear_value(xty, x);
                return vec![];
            }
        };
        vec![v]
    }

    /// `unsafe.Slice(ptr, len)` (of type `ty`) or `unsafe.String(ptr, len)`
    /// with gc's checks (walkUnsafeSlice, walkUnsafeString): a length that
    /// is negative as an int, or whose memory would pass the end of the
    /// address space, panics with `len out of range`, unless the pointer is
    /// nil: `ptr is nil and len is not zero`.
    fn unsafe_slice(&mut self, string: bool, ty: TypeId, args: &[Expr]) -> Val {
        let p = self.expr(&args[0]).v();
        let lty = self.type_of(args[1].id);
        let n = self.expr(&args[1]).v();
        let n = self.widen_i64(n, lty);
        let (len_panic, nil_panic) = if string {
            (
                "runtime.panicunsafestringlen",
                "runtime.panicunsafestringnilptr",
            )
        } else {
            (
                "runtime.panicunsafeslicelen",
                "runtime.panicunsafeslicenilptr",
            )
        };
        let zero = self.b.iconst(T::I64, 0);
        let neg = self.b.icmp(IntCC::Slt, n, zero);
        self.check_cold(neg, len_panic);
        let esize = match self.under(ty).clone() {
            Type::Slice(e) => self.g.tt.size_of(e),
            _ => 1,
        };
        let is_nil = self.b.icmp(IntCC::Eq, p, zero);
        if esize == 0 {
            let pos = self.b.icmp(IntCC::Sgt, n, zero);
            let bad = self.b.band(is_nil, pos);
            self.check_cold(bad, nil_panic);
        } else {
            // mem, overflow := MulUintptr(esize, len);
            // if overflow || mem > -uintptr(ptr) { nil ? nilptr : len }
            let es = self.b.iconst(T::I64, esize as i64);
            let mem = self.b.imul(n, es);
            let neg_p = self.b.isub(zero, p);
            let past = self.b.icmp(IntCC::Ugt, mem, neg_p);
            let bad = if esize > 1 {
                let lim = self.b.iconst(T::I64, (u64::MAX / esize) as i64);
                let over = self.b.icmp(IntCC::Ugt, n, lim);
                self.b.bor(over, past)
            } else {
                past
            };
            let pb = self.b.create_block();
            self.b.set_cold_block(pb);
            let ok = self.b.create_block();
            self.b.brif(bad, pb, &[], ok, &[]);
            self.b.seal_block(pb);
            self.b.switch_to_block(pb);
            self.check_cold(is_nil, nil_panic);
            let sig = Signature::new(vec![], vec![], CallConv::C);
            self.b.call(len_panic, &sig, &[]);
            self.b.unreachable();
            self.b.seal_block(ok);
            self.b.switch_to_block(ok);
        }
        if string {
            Val::S(vec![p, n])
        } else {
            Val::S(vec![p, n, n])
        }
    }

    /// `print`/`println` as gc lowers them: `printlock`, one `print*` per
    /// operand (`printsp` between operands for println), `printnl`,
    /// `printunlock`.
    fn print(&mut self, args: &[Expr], ln: bool) {
        // All operands are evaluated before anything is printed (calls
        // inside them may print too).
        if let [a] = args
            && let Type::Tuple(tys) = self.g.tt.get(self.type_of(a.id)).clone()
        {
            // `print(f())` with a multi-value f: its results are the
            // operands (go/test fixedbugs/issue35576.go).
            let vals = self.expr_multi(a);
            let items = vals
                .into_iter()
                .zip(tys)
                .map(|(v, t)| (v, t, a.pos))
                .collect();
            self.print_vals(items, ln);
            return;
        }
        let items = args
            .iter()
            .map(|a| (self.expr(a), self.type_of(a.id), a.pos))
            .collect();
        self.print_vals(items, ln);
    }

    /// `clear(x)` of the slice or map value `x` of type `ty`.
    pub(crate) fn clear_value(&mut self, ty: TypeId, x: Val) {
        if let Type::Slice(elem) = self.under(ty).clone() {
            let es = self.g.tt.size_of(elem);
            let esv = self.b.iconst(T::I64, es as i64);
            let n = self.b.imul(x.leaves()[1], esv);
            // A byte loop: no runtime memclr entry point, and zeroed
            // memory from mallocgc to copy from would allocate.
            let p = x.leaves()[0];
            self.counted_loop(n, None, |fx, i| {
                let a = fx.b.iadd(p, i);
                let zb = fx.b.iconst(T::I8, 0);
                fx.b.store(zb, a, 0);
            });
        } else {
            let mt = self.map_desc(ty);
            self.rt("runtime.mapclear", &[mt, x.v()], &[]);
        }
    }

    /// `print`/`println` of evaluated operands (also run by deferwraps).
    pub(crate) fn print_vals(&mut self, items: Vec<(Val, TypeId, syntax::Pos)>, ln: bool) {
        self.rt("runtime.printlock", &[], &[]);
        for (i, (v, ty, apos)) in items.into_iter().enumerate() {
            if ln && i > 0 {
                self.rt("runtime.printsp", &[], &[]);
            }
            let ls = v.leaves().to_vec();
            match self.under(ty).clone() {
                Type::Basic(k) => {
                    use types::BasicKind::*;
                    match k {
                        Bool | UntypedBool => {
                            self.rt("runtime.printbool", &ls, &[]);
                        }
                        Float32 => {
                            self.rt("runtime.printfloat32", &ls, &[]);
                        }
                        Float64 | UntypedFloat => {
                            self.rt("runtime.printfloat64", &ls, &[]);
                        }
                        Complex64 => {
                            self.rt("runtime.printcomplex64", &ls, &[]);
                        }
                        Complex128 => {
                            self.rt("runtime.printcomplex128", &ls, &[]);
                        }
                        String | UntypedString => {
                            self.rt("runtime.printstring", &ls, &[]);
                        }
                        UnsafePointer => {
                            self.rt("runtime.printpointer", &ls, &[]);
                        }
                        UntypedNil => {
                            let z = self.b.iconst(T::I64, 0);
                            self.rt("runtime.printpointer", &[z], &[]);
                        }
                        k if k.is_unsigned() => {
                            let x = self.int_resize(ls[0], false, T::I64);
                            self.rt("runtime.printuint", &[x], &[]);
                        }
                        _ => {
                            let x = self.int_resize(ls[0], true, T::I64);
                            self.rt("runtime.printint", &[x], &[]);
                        }
                    }
                }
                Type::Slice(_) => {
                    self.rt("runtime.printslice", &ls, &[]);
                }
                Type::Interface(ms) => {
                    let f = if ms.is_empty() {
                        "runtime.printeface"
                    } else {
                        "runtime.printiface"
                    };
                    self.rt(f, &ls, &[]);
                }
                Type::Pointer(_) | Type::Map { .. } | Type::Chan { .. } | Type::Func(_) => {
                    self.rt("runtime.printpointer", &ls, &[]);
                }
                _ => self.g.unsupported(apos, "print of aggregate"),
            }
        }
        if ln {
            self.rt("runtime.printnl", &[], &[]);
        }
        self.rt("runtime.printunlock", &[], &[]);
    }

    /// `min`/`max` over ints, floats (NaN and ±0 rules) and strings.
    fn min_max(&mut self, is_min: bool, ty: TypeId, args: &[Expr]) -> Val {
        let mut acc = self.expr(&args[0]);
        let aty0 = self.type_of(args[0].id);
        acc = self.convert_assign(acc, aty0, ty);
        for a in &args[1..] {
            let v = self.expr(a);
            acc = self.min_max2(is_min, ty, acc, v);
        }
        acc
    }

    fn min_max2(&mut self, is_min: bool, ty: TypeId, a: Val, b: Val) -> Val {
        if self.is_string(ty) {
            let op = syntax::ast::BinaryOp::Lt;
            let lt = self.string_less(op, b.clone(), a.clone());
            // lt: b < a
            let pick_b = if is_min {
                lt
            } else {
                self.string_less(op, a.clone(), b.clone())
            };
            let p = self.b.select(pick_b, b.leaves()[0], a.leaves()[0]);
            let n = self.b.select(pick_b, b.leaves()[1], a.leaves()[1]);
            return Val::S(vec![p, n]);
        }
        let (x, y) = (a.v(), b.v());
        if self.is_float(ty) {
            let t = self.b.value_type(x);
            let it = if t == T::F32 { T::I32 } else { T::I64 };
            let lt = if is_min {
                self.b.fcmp(ssa::FloatCC::Lt, x, y)
            } else {
                self.b.fcmp(ssa::FloatCC::Gt, x, y)
            };
            let pick = self.b.select(lt, x, y);
            // Equal operands: min(-0, +0) = -0, max(-0, +0) = +0.
            let eq = self.b.fcmp(ssa::FloatCC::Eq, x, y);
            let xb = self.b.bitcast(it, x);
            let yb = self.b.bitcast(it, y);
            let mb = if is_min {
                self.b.bor(xb, yb)
            } else {
                self.b.band(xb, yb)
            };
            let m = self.b.bitcast(t, mb);
            let r = self.b.select(eq, m, pick);
            // NaN anywhere gives NaN.
            let xn = self.b.fcmp(ssa::FloatCC::Ne, x, x);
            let yn = self.b.fcmp(ssa::FloatCC::Ne, y, y);
            let nan = self.b.bor(xn, yn);
            let s = self.b.fadd(x, y);
            return Val::scalar(self.b.select(nan, s, r));
        }
        let cc = match (is_min, self.is_unsigned(ty)) {
            (true, false) => ssa::IntCC::Slt,
            (true, true) => ssa::IntCC::Ult,
            (false, false) => ssa::IntCC::Sgt,
            (false, true) => ssa::IntCC::Ugt,
        };
        let c = self.b.icmp(cc, y, x);
        Val::scalar(self.b.select(c, y, x))
    }
}
