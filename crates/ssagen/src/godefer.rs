//! The one normalization of `go` and `defer` calls (gc's
//! `typecheck.normalizeGoDeferCall`, analysed by `escape.goDeferStmt`):
//! `go f(a, b)` and `defer f(a, b)` evaluate the function value, the
//! receiver and the arguments at the statement and run a call of a
//! zero-argument closure later, whose wrapper function makes the real call.
//!
//! [`Fx::normalize_go_defer`] evaluates the operands and returns a
//! [`GoDefer`]: either the `func()` value itself (`defer f()`), or a
//! [`WrappedCall`] saying what the wrapper calls and what it captures
//! (each evaluated operand with its type). `defer_wrap.rs` and
//! `goroutine.rs` turn that into a defer closure or a goroutine start
//! with [`Fx::wrap_closure`]; the storage of the closure comes from the
//! one small function [`Fx::wrap_storage`]. docs/ssagen.md describes
//! what is captured, for the escape analysis to mirror.

use ssa::{Function, FunctionBuilder, Linkage, Type as T, Value};
use syntax::Pos;
use syntax::ast::{Expr, ExprKind};
use types::{Builtin, Mode, ObjId, Receiver, SelectionKind, Type, TypeId};

use crate::abi::FuncAbi;
use crate::func::{Fx, Val};

/// A `go`/`defer` call after normalization.
pub(crate) enum GoDefer {
    /// `f()` of a `func()` value (gc's "already in normal form"): the
    /// value, evaluated at the statement, is itself the closure to run.
    /// Nil is not checked here (`defer` panics when the call runs, `go`
    /// is a fatal error at the statement).
    FuncValue(Value),
    /// Any other call: run through a wrapper.
    Wrapped(WrappedCall),
}

/// What a wrapper calls, and what it captured at the statement.
pub(crate) struct WrappedCall {
    pub callee: Callee,
    /// The operands evaluated at the statement, in order, each with the
    /// type it is stored as in the closure (after the conversion to its
    /// parameter type): the func value (`Callee::Closure`), the interface
    /// value (`Callee::Iface`), or the receiver (a method), then the
    /// arguments. For a variadic call without `...` the extra arguments
    /// are captured one by one (converted to the element type) and the
    /// wrapper builds the `...` slice, as gc does.
    pub operands: Vec<(Val, TypeId)>,
    /// `Some((k, slice type))`: operands `k..` are the elements of the
    /// `...` slice.
    pub variadic: Option<(usize, TypeId)>,
    /// The callee's results (discarded by the wrapper).
    pub results: Vec<TypeId>,
}

/// What a wrapper calls.
#[derive(Clone)]
pub(crate) enum Callee {
    /// A Go function or method by symbol (Go convention; a method's
    /// receiver is the first operand).
    Func(String),
    /// A runtime-implemented std function or method (runtime convention;
    /// a method's receiver is the first operand).
    Runtime(String),
    /// Method `name` of the interface value in the first operand.
    Iface(String),
    /// The func value in the first operand (nil panics when the wrapper
    /// runs).
    Closure,
    /// `recover()`: the operands are the frame and return address of the
    /// function holding the statement, so a deferred `recover()` acts as
    /// if that function called it (Go's test/recover1.go test5).
    Recover,
    /// `close(ch)`.
    Close,
    /// `panic(v)`: the operand is already converted to `any`.
    Panic,
    /// `print`/`println` (true) with each operand's position.
    Print(bool, Vec<Pos>),
    /// `delete(m, k)`: map type; the key is converted to the key type.
    Delete(TypeId),
    /// `copy(dst, src)`: the destination's element type.
    Copy(TypeId),
    /// `clear(x)`: `x`'s type (map or slice).
    Clear(TypeId),
}

/// Where the closure of a wrapped call lives ([`Fx::wrap_storage`]).
#[derive(Clone, Copy)]
pub(crate) enum WrapStorage {
    /// A slot of the frame (a defer outside loops, run before the frame
    /// goes).
    Frame,
    /// The heap, with `prefix` bytes in front of the closure (a defer in
    /// a loop keeps its record there; a goroutine's closure outlives the
    /// statement's frame).
    Heap { prefix: u64 },
}

/// The part of the call that names what is called.
enum Head<'e> {
    /// A function named directly (`f`, `fmt.Println`): nothing to
    /// evaluate.
    Static(ObjId),
    /// `x.M` of a concrete method.
    Method {
        sym: String,
        x: &'e Expr,
        path: Vec<usize>,
        recv: Receiver,
    },
    /// `x.M` of an interface method (`path`: from `x` to an embedded
    /// interface field).
    Iface {
        x: &'e Expr,
        path: Vec<usize>,
        name: String,
    },
    /// Any other func value.
    Value(&'e Expr),
}

impl Fx<'_, '_, '_> {
    /// Evaluates the operands of the call of a `go`/`defer` statement
    /// (`what`: "go" or "defer", for diagnostics). `None` after reporting
    /// an unsupported form.
    pub(crate) fn normalize_go_defer(&mut self, call: &Expr, what: &str) -> Option<GoDefer> {
        let ExprKind::Call {
            fun,
            args,
            ellipsis,
            ..
        } = &call.kind
        else {
            self.g
                .unsupported(call.pos, &format!("{what} of a non-call"));
            return None;
        };
        match self.g.info.expr_types.get(&fun.id).map(|t| t.mode) {
            Some(Mode::Builtin(b)) => return self.normalize_builtin(call, b, args, what),
            Some(Mode::TypeExpr) => {
                self.g
                    .unsupported(call.pos, &format!("{what} of a conversion"));
                return None;
            }
            _ => {}
        }
        let fty = self.type_of(fun.id);
        let Type::Func(sig) = self.under(fty).clone() else {
            self.g
                .unsupported(call.pos, &format!("{what} of a non-function"));
            return None;
        };
        let head = self.call_head(fun);
        if let Head::Value(f) = head
            && sig.params.is_empty()
            && sig.results.is_empty()
        {
            return Some(GoDefer::FuncValue(self.expr(f).v()));
        }
        // gc assigns all operands at once (`tmp0, tmp1, ... = f, x, a...`):
        // its order pass evaluates the calls among them first, left to
        // right, then the assignment reads the other operands in order.
        let head_call = match &head {
            Head::Static(_) => false,
            Head::Method { x, .. } | Head::Iface { x, .. } => self.has_call(x),
            Head::Value(f) => self.has_call(f),
        };
        let early = if head_call {
            self.eval_head(&head, fty)
        } else {
            None
        };
        let pre = self.eval_arg_calls(args);
        let hv = match early {
            Some(h) => Some(h),
            None => self.eval_head(&head, fty),
        };
        let mut argv = self.eval_args_rest(args, pre);
        // The arguments converted to the parameter types.
        let np = sig.params.len();
        let mut operands: Vec<(Val, TypeId)> = hv.into_iter().collect();
        let mut variadic = None;
        if sig.variadic && ellipsis.is_none() {
            let sty = sig.params[np - 1];
            let ety = match self.under(sty) {
                Type::Slice(e) => *e,
                _ => sty,
            };
            let mut params = sig.params[..np - 1].to_vec();
            params.resize(argv.len().max(np - 1), ety);
            variadic = Some((operands.len() + np - 1, sty));
            for ((v, t), p) in argv.drain(..).zip(params) {
                let v = self.convert_assign(v, t, p);
                operands.push((v, p));
            }
        } else {
            for ((v, t), p) in argv.drain(..).zip(&sig.params) {
                let v = self.convert_assign(v, t, *p);
                operands.push((v, *p));
            }
        }
        let callee = match head {
            Head::Static(obj) => {
                let sym = self.g.func_symbol(obj);
                if self.g.info.obj(obj).runtime {
                    Callee::Runtime(sym)
                } else {
                    Callee::Func(sym)
                }
            }
            Head::Method { sym, .. } if self.g.is_runtime_symbol(&sym) => Callee::Runtime(sym),
            Head::Method { sym, .. } => Callee::Func(sym),
            Head::Iface { name, .. } => {
                // `go/defer x.M()` with a nil interface `x` panics at the
                // statement, after the operands (gc's OCHECKNIL of the
                // itab follows their assignment; issue15975).
                if let Some(&tab) = operands.first().and_then(|o| o.0.leaves().first()) {
                    self.nil_check(tab);
                }
                Callee::Iface(name)
            }
            Head::Value(_) => Callee::Closure,
        };
        Some(GoDefer::Wrapped(WrappedCall {
            callee,
            operands,
            variadic,
            results: sig.results.clone(),
        }))
    }

    /// Classifies the function part of a call without evaluating it.
    fn call_head<'e>(&mut self, fun: &'e Expr) -> Head<'e> {
        if let ExprKind::Paren(inner) = &fun.kind {
            return self.call_head(inner);
        }
        if let Some(obj) = self.callee_func(fun) {
            return Head::Static(obj);
        }
        if let ExprKind::Selector(x, sel) = &fun.kind
            && let Some(s) = self.g.info.selections.get(&fun.id)
            && s.kind == SelectionKind::MethodVal
            && let Some(m) = s.method
        {
            let path = s.path.clone();
            if let Some(recv) = self.g.info.obj(m).recv {
                let sym = self.g.func_symbol(m);
                return Head::Method { sym, x, path, recv };
            }
            let xty = self.type_of(x.id);
            if !path.is_empty() || matches!(self.under(xty), Type::Interface(_)) {
                return Head::Iface {
                    x,
                    path,
                    name: sel.name.clone(),
                };
            }
        }
        Head::Value(fun)
    }

    /// The captured value of the function part: the receiver (`&x`, `*p`
    /// or `x`, after the embedded-field path), the interface value or the
    /// func value; nothing for a function named directly.
    fn eval_head(&mut self, head: &Head<'_>, fty: TypeId) -> Option<(Val, TypeId)> {
        Some(match head {
            Head::Static(_) => return None,
            Head::Method { x, path, recv, .. } => self.receiver(x, path, *recv),
            Head::Iface { x, path, .. } if !path.is_empty() => self.promoted_iface_value(x, path),
            Head::Iface { x, .. } => {
                let t = self.type_of(x.id);
                (self.expr(x), t)
            }
            Head::Value(f) => (self.expr(f), fty),
        })
    }

    /// The first half of evaluating call arguments in gc's order: the
    /// arguments containing calls, left to right (a single multi-value
    /// call is spread).
    fn eval_arg_calls(&mut self, args: &[Expr]) -> PreArgs {
        if args.len() == 1
            && let Type::Tuple(ts) = self.g.tt.get(self.type_of(args[0].id)).clone()
        {
            let vs = self.expr_multi(&args[0]);
            return PreArgs::Spread(vs.into_iter().zip(ts).collect());
        }
        let mut vals: Vec<Option<Val>> = vec![None; args.len()];
        for (i, a) in args.iter().enumerate() {
            if self.has_call(a) {
                let t = self.type_of(a.id);
                let v = self.expr(a);
                vals[i] = Some(self.materialize(t, v));
            }
        }
        PreArgs::Each(vals)
    }

    /// The second half: the other arguments, read in order. Values keep
    /// their own types.
    fn eval_args_rest(&mut self, args: &[Expr], pre: PreArgs) -> Vec<(Val, TypeId)> {
        let mut vals = match pre {
            PreArgs::Spread(vs) => return vs,
            PreArgs::Each(vals) => vals,
        };
        let mut out = Vec::new();
        for (i, a) in args.iter().enumerate() {
            let t = self.type_of(a.id);
            let v = match vals[i].take() {
                Some(v) => v,
                None => self.expr(a),
            };
            out.push((v, t));
        }
        out
    }

    fn normalize_builtin(
        &mut self,
        call: &Expr,
        b: Builtin,
        args: &[Expr],
        what: &str,
    ) -> Option<GoDefer> {
        let pre = self.eval_arg_calls(args);
        let argv = self.eval_args_rest(args, pre);
        let (callee, operands) = match (b, &argv[..]) {
            (Builtin::Recover, _) => {
                let fp = self.b.frame_pointer();
                let caller = self.b.load(T::I64, fp, 0);
                let ret = self.b.load(T::I64, fp, 8);
                let word = self.g.tt.basic(types::BasicKind::Uintptr);
                let ops = vec![(Val::S(vec![caller]), word), (Val::S(vec![ret]), word)];
                (Callee::Recover, ops)
            }
            (Builtin::Close, [_]) => (Callee::Close, argv),
            (Builtin::Panic, [(v, t)]) => {
                let any = self.g.tt.intern(Type::Interface(Vec::new()));
                let bx = self.convert_assign(v.clone(), *t, any);
                (Callee::Panic, vec![(bx, any)])
            }
            (Builtin::Print | Builtin::Println, _) => {
                let ops = argv
                    .into_iter()
                    .map(|(v, t)| (v, self.storage_type(t)))
                    .collect();
                let poss = args.iter().map(|a| a.pos).collect();
                (Callee::Print(b == Builtin::Println, poss), ops)
            }
            (Builtin::Delete, [(m, mty), (k, kty)]) => {
                let (key, _) = self.map_kv(*mty);
                let k = self.convert_assign(k.clone(), *kty, key);
                (Callee::Delete(*mty), vec![(m.clone(), *mty), (k, key)])
            }
            (Builtin::Copy, [(d, dty), (s, sty)]) => {
                let elem = match self.under(*dty) {
                    Type::Slice(e) => *e,
                    _ => *dty,
                };
                let sty = self.storage_type(*sty);
                (
                    Callee::Copy(elem),
                    vec![(d.clone(), *dty), (s.clone(), sty)],
                )
            }
            (Builtin::Clear, [(_, t)]) => (Callee::Clear(*t), argv.clone()),
            _ => {
                self.g
                    .unsupported(call.pos, &format!("{what} {}", b.name()));
                return None;
            }
        };
        Some(GoDefer::Wrapped(WrappedCall {
            callee,
            operands,
            variadic: None,
            results: Vec::new(),
        }))
    }

    /// A type values of `ty` can be stored as (untyped constants get
    /// their default type).
    fn storage_type(&mut self, ty: TypeId) -> TypeId {
        use types::BasicKind::*;
        let k = match self.g.tt.basic_kind(ty) {
            Some(UntypedBool) => Bool,
            Some(UntypedInt) => Int,
            Some(UntypedRune) => Int32,
            Some(UntypedFloat) => Float64,
            Some(UntypedString) => String,
            Some(UntypedNil) => UnsafePointer,
            _ => return ty,
        };
        self.g.tt.basic(k)
    }

    /// Where the closure of a wrapped call (`size` bytes) is allocated;
    /// returns its address (after the heap prefix).
    pub(crate) fn wrap_storage(&mut self, size: u64, at: WrapStorage) -> Value {
        match at {
            WrapStorage::Frame => {
                let s = self.b.create_stack_slot(size as u32, 8);
                self.b.stack_addr(s, 0)
            }
            WrapStorage::Heap { prefix } => {
                let n = self.b.iconst(T::I64, (size + prefix) as i64);
                let base = self.mallocgc(n);
                self.add_off(base, prefix)
            }
        }
    }

    /// Builds the closure `{&wrapper, operands...}` of `wc` at `at` and
    /// emits its wrapper `{function}.{kind}N` (`deferwrap`, `gowrap`);
    /// returns the closure and the wrapper's name.
    pub(crate) fn wrap_closure(
        &mut self,
        wc: WrappedCall,
        kind: &str,
        at: WrapStorage,
    ) -> (Value, String) {
        let mut layout = Vec::new();
        let mut off = 8u64;
        for (_, ty) in &wc.operands {
            let al = self.g.tt.align_of(*ty).max(1);
            off = off.div_ceil(al) * al;
            layout.push(off);
            off += self.g.tt.size_of(*ty);
        }
        let clo = self.wrap_storage(off.div_ceil(8) * 8, at);
        let name = (1..)
            .map(|k| format!("{}.{kind}{k}", self.sym))
            .find(|n| !self.g.wrappers.contains(n))
            .unwrap_or_default();
        self.g.wrappers.insert(name.clone());
        let code = self.b.symbol_addr(&name);
        self.b.store(code, clo, 0);
        for ((v, ty), o) in wc.operands.iter().zip(&layout) {
            let a = self.add_off(clo, *o);
            self.store_mem(a, *ty, v);
        }
        let tys: Vec<TypeId> = wc.operands.iter().map(|c| c.1).collect();
        let shape = Shape {
            callee: wc.callee,
            variadic: wc.variadic,
            results: wc.results,
        };
        self.emit_wrapper(&name, shape, &tys, &layout);
        (clo, name)
    }

    /// `name(closure)`: loads the operands and makes the call. Like gc's
    /// wrappers it is a WRAPPER function: `recover` looks through it.
    fn emit_wrapper(&mut self, name: &str, shape: Shape, tys: &[TypeId], layout: &[u64]) {
        let wabi = FuncAbi::new(&self.g.tt, &[], &[], true);
        let mut wf = Function::new(name, wabi.sig.clone(), Linkage::Local);
        wf.wrapper = true;
        {
            let b = FunctionBuilder::new(&mut wf);
            let mut w = Fx::new(&mut *self.g, b, name.to_string(), wabi);
            let params = w.start();
            let clo = params
                .first()
                .copied()
                .unwrap_or_else(|| w.b.iconst(T::I64, 0));
            let mut vals = Vec::new();
            for (ty, o) in tys.iter().zip(layout) {
                let a = w.add_off(clo, *o);
                vals.push((w.load_mem(a, *ty), *ty));
            }
            if let Some((k, sty)) = shape.variadic {
                let ety = match w.under(sty) {
                    Type::Slice(e) => *e,
                    _ => sty,
                };
                let elems = vals.split_off(k.min(vals.len()));
                let s = w.build_slice(ety, elems);
                vals.push((s, sty));
            }
            w.call_wrapped(shape.callee, vals, &shape.results);
            if !w.b.is_terminated() {
                w.b.return_(&[]);
            }
            w.b.finish();
        }
        self.g.module.functions.push(wf);
    }

    /// The call a wrapper makes with the loaded operands.
    fn call_wrapped(&mut self, callee: Callee, mut vals: Vec<(Val, TypeId)>, results: &[TypeId]) {
        match callee {
            Callee::Func(sym) => {
                let ptys: Vec<TypeId> = vals.iter().map(|v| v.1).collect();
                let vs: Vec<Val> = vals.into_iter().map(|v| v.0).collect();
                let fabi = FuncAbi::new(&self.g.tt, &ptys, results, false);
                self.go_call(&fabi, |b, sig, args| b.call(&sym, sig, args), None, vs);
            }
            Callee::Runtime(sym) => {
                self.runtime_call(&sym, &vals, results);
            }
            Callee::Iface(name) => {
                if vals.is_empty() {
                    return;
                }
                let (iv, ity) = vals.remove(0);
                self.iface_call(iv, ity, &name, vals, results);
            }
            Callee::Closure => {
                if vals.is_empty() {
                    return;
                }
                let f = vals.remove(0).0.v();
                self.nil_check(f);
                let code = self.b.load(T::I64, f, 0);
                let ptys: Vec<TypeId> = vals.iter().map(|v| v.1).collect();
                let vs: Vec<Val> = vals.into_iter().map(|v| v.0).collect();
                let fabi = FuncAbi::new(&self.g.tt, &ptys, results, true);
                self.go_call(
                    &fabi,
                    move |b, sig, args| b.call_indirect(sig, code, args),
                    Some(f),
                    vs,
                );
            }
            Callee::Recover => {
                if let [(caller, _), (ret, _)] = &vals[..] {
                    let sig = ssa::Signature::new(
                        vec![T::I64, T::I64],
                        vec![T::I64, T::I64],
                        ssa::CallConv::C,
                    );
                    self.b
                        .call("runtime.gorecover", &sig, &[caller.v(), ret.v()]);
                }
            }
            Callee::Close => {
                if let [(c, _)] = &vals[..] {
                    let c = c.v();
                    self.rt("runtime.closechan", &[c], &[]);
                }
            }
            Callee::Panic => {
                let ls = vals
                    .first()
                    .map(|v| v.0.leaves().to_vec())
                    .unwrap_or_default();
                self.rt("runtime.gopanic", &ls, &[]);
                self.b.unreachable();
            }
            Callee::Print(ln, poss) => {
                let items = vals
                    .into_iter()
                    .zip(poss)
                    .map(|((v, t), p)| (v, t, p))
                    .collect();
                self.print_vals(items, ln);
            }
            Callee::Delete(mty) => {
                if let [(m, _), (k, kty)] = &vals[..] {
                    let mt = self.map_desc(mty);
                    let kp = self.temp_slot(*kty);
                    self.store_mem(kp, *kty, k);
                    let m = m.v();
                    self.rt("runtime.mapdelete", &[mt, m, kp], &[]);
                }
            }
            Callee::Copy(elem) => {
                if let [(d, _), (s, _)] = &vals[..] {
                    let (dl, sl) = (d.leaves()[1], s.leaves()[1]);
                    let lt = self.b.icmp(ssa::IntCC::Slt, dl, sl);
                    let n = self.b.select(lt, dl, sl);
                    let es = self.b.iconst(T::I64, self.g.tt.size_of(elem) as i64);
                    let bytes = self.b.imul(n, es);
                    let (dp, sp) = (d.leaves()[0], s.leaves()[0]);
                    self.rt("runtime.memmove", &[dp, sp, bytes], &[]);
                }
            }
            Callee::Clear(ty) => {
                if let Some((v, _)) = vals.into_iter().next() {
                    self.clear_value(ty, v);
                }
            }
        }
    }
}

/// Arguments after the first half of their evaluation.
enum PreArgs {
    /// `f(g())` with a multi-value `g`: all values.
    Spread(Vec<(Val, TypeId)>),
    /// The values of the arguments with calls, by position.
    Each(Vec<Option<Val>>),
}

/// What a wrapper needs besides the operands' types and offsets.
struct Shape {
    callee: Callee,
    variadic: Option<(usize, TypeId)>,
    results: Vec<TypeId>,
}
