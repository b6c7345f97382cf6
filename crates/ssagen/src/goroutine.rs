//! `go call`: like gc, the function value and the arguments are evaluated
//! at the `go` statement into a heap closure `{&F.gowrapN, values...}`,
//! and `runtime.newproc(gocc.goentry, closure)` starts a goroutine that
//! runs it. `F.gowrapN` is a Go-convention function taking the closure (the
//! usual leading closure parameter) that loads the values and makes the
//! call, discarding results. `gocc.goentry(closure)` is the one SystemV
//! entry (emitted once per program) that the scheduler calls on the new
//! goroutine's stack: it calls `closure.code(closure)` with the Go
//! convention, so a frame walk on a goroutine stack ends at its frame.
//!
//! `go f()` of a `func()` value needs no wrapper: the value itself is the
//! closure (nil: gc's fatal `go of nil func value`).

use ssa::{CallConv, Function, FunctionBuilder, Linkage, Signature, Type as T, Value};
use syntax::Pos;
use syntax::ast::{Expr, ExprKind};
use types::{Mode, Type, TypeId};

use crate::abi::FuncAbi;
use crate::func::{Fx, Val};

/// The SystemV goroutine entry shared by all `go` statements.
const GOENTRY: &str = "gocc.goentry";

/// What a go wrapper calls.
#[derive(Clone)]
enum GoCall {
    /// A Go function or method by symbol (the first value is the receiver
    /// for methods).
    Direct(String, Vec<TypeId>),
    /// A runtime-implemented package function or method (runtime
    /// convention).
    Runtime(String, Vec<TypeId>),
    /// A method of an interface value (the first value).
    Iface(String, Vec<TypeId>),
    /// A func value (the first value).
    Closure(Vec<TypeId>),
}

impl Fx<'_, '_, '_> {
    /// `go call`.
    pub fn go_stmt(&mut self, call: &Expr, pos: Pos) {
        let Some(clo) = self.go_closure(call, pos) else {
            return;
        };
        self.emit_goentry();
        let entry = self.b.symbol_addr(GOENTRY);
        self.rt("runtime.newproc", &[entry, clo], &[]);
    }

    /// The closure the new goroutine runs, with everything evaluated now.
    fn go_closure(&mut self, call: &Expr, pos: Pos) -> Option<Value> {
        let ExprKind::Call {
            fun,
            args,
            ellipsis,
            ..
        } = &call.kind
        else {
            self.g.unsupported(pos, "go of a non-call");
            return None;
        };
        let spread = ellipsis.is_some();
        let ftv = self.g.info.expr_types.get(&fun.id).cloned();
        if matches!(
            ftv.as_ref().map(|t| t.mode),
            Some(Mode::Builtin(_) | Mode::TypeExpr)
        ) {
            self.g.unsupported(pos, "go of a builtin or conversion");
            return None;
        }
        let fty = self.type_of(fun.id);
        let Type::Func(sig) = self.under(fty).clone() else {
            self.g.unsupported(pos, "go of a non-function");
            return None;
        };
        let results = sig.results.clone();
        if let Some(obj) = self.callee_func(fun) {
            let sym = self.g.func_symbol(obj);
            let runtime = self.go_runtime_func(obj);
            let argv = self.call_args(call.id, args, spread, &sig);
            let target = if !runtime {
                GoCall::Direct(sym, results)
            } else {
                GoCall::Runtime(sym, results)
            };
            return Some(self.go_wrap(target, argv));
        }
        if let Some((iv, ity, name)) = self.iface_callee(fun) {
            // A nil interface panics at the go statement, as in gc.
            if let Some(&tab) = iv.leaves().first() {
                self.nil_check(tab);
            }
            let mut caps = vec![(iv, ity)];
            caps.extend(self.call_args(call.id, args, spread, &sig));
            return Some(self.go_wrap(GoCall::Iface(name, results), caps));
        }
        if let Some((sym, rv, rty)) = self.method_callee(fun) {
            let mut caps = vec![(rv, rty)];
            caps.extend(self.call_args(call.id, args, spread, &sig));
            let target = if !self.go_runtime_method(&sym) {
                GoCall::Direct(sym, results)
            } else {
                GoCall::Runtime(sym, results)
            };
            return Some(self.go_wrap(target, caps));
        }
        let f = self.expr(fun).v();
        if sig.params.is_empty() && sig.results.is_empty() {
            self.go_nil_check(f);
            return Some(f);
        }
        let argv = self.call_args(call.id, args, spread, &sig);
        self.go_nil_check(f);
        let mut caps = vec![(Val::scalar(f), fty)];
        caps.extend(argv);
        Some(self.go_wrap(GoCall::Closure(results), caps))
    }

    /// Whether function `obj` is implemented by the runtime (called with
    /// the runtime convention).
    fn go_runtime_func(&self, obj: types::ObjId) -> bool {
        self.g.info.obj(obj).runtime
    }

    /// Whether method symbol `sym` is implemented by the runtime.
    fn go_runtime_method(&self, sym: &str) -> bool {
        self.g.is_runtime_symbol(sym)
    }

    /// `go f()` with a nil `f` is a fatal error at the go statement.
    fn go_nil_check(&mut self, f: Value) {
        let z = self.b.iconst(T::I64, 0);
        let is_nil = self.b.icmp(ssa::IntCC::Eq, f, z);
        let bad = self.b.create_block();
        let ok = self.b.create_block();
        self.b.brif(is_nil, bad, &[], ok, &[]);
        self.b.seal_block(bad);
        self.b.seal_block(ok);
        self.b.set_cold_block(bad);
        self.b.switch_to_block(bad);
        self.rt("runtime.gonilfunc", &[], &[]);
        self.b.unreachable();
        self.b.switch_to_block(ok);
    }

    /// Builds the heap closure `{&wrapper, values...}` and the wrapper.
    fn go_wrap(&mut self, target: GoCall, caps: Vec<(Val, TypeId)>) -> Value {
        let mut layout = Vec::new();
        let mut off = 8u64;
        for (_, ty) in &caps {
            let al = self.g.tt.align_of(*ty).max(1);
            off = off.div_ceil(al) * al;
            layout.push(off);
            off += self.g.tt.size_of(*ty);
        }
        let size = self.b.iconst(T::I64, (off.div_ceil(8) * 8) as i64);
        let clo = self.mallocgc(size);
        let name = (1..)
            .map(|k| format!("{}.gowrap{k}", self.sym))
            .find(|n| !self.g.wrappers.contains(n))
            .unwrap_or_default();
        self.g.wrappers.insert(name.clone());
        let code = self.b.symbol_addr(&name);
        self.b.store(code, clo, 0);
        for ((v, ty), o) in caps.iter().zip(&layout) {
            let a = self.add_off(clo, *o);
            self.store_mem(a, *ty, v);
        }
        let tys: Vec<TypeId> = caps.iter().map(|c| c.1).collect();
        emit_gowrap(self, &name, target, &tys, &layout);
        clo
    }

    /// Emits `gocc.goentry` once per program.
    fn emit_goentry(&mut self) {
        if !self.g.wrappers.insert(GOENTRY.to_string()) {
            return;
        }
        let sig = Signature::new(vec![T::I64], vec![], CallConv::C);
        let mut func = Function::new(GOENTRY, sig, Linkage::Local);
        {
            let mut b = FunctionBuilder::new(&mut func);
            let blk = b.create_block();
            let params = b.append_params_for_signature(blk);
            b.switch_to_block(blk);
            b.seal_block(blk);
            let clo = params[0];
            let code = b.load(T::I64, clo, 0);
            let go = Signature::new(vec![T::I64], vec![], CallConv::Go);
            b.call_indirect(&go, code, &[clo]);
            b.return_(&[]);
            b.finish();
        }
        self.g.module.functions.push(func);
    }

    /// The call a go wrapper makes.
    fn go_call_target(&mut self, target: GoCall, mut vals: Vec<(Val, TypeId)>) {
        match target {
            GoCall::Direct(sym, results) => {
                let ptys: Vec<TypeId> = vals.iter().map(|v| v.1).collect();
                let vs: Vec<Val> = vals.into_iter().map(|v| v.0).collect();
                let fabi = FuncAbi::new(&self.g.tt, &ptys, &results, false);
                self.go_call(&fabi, |b, sig, args| b.call(&sym, sig, args), None, vs);
            }
            GoCall::Runtime(sym, results) => {
                self.runtime_call(&sym, &vals, &results);
            }
            GoCall::Iface(name, results) => {
                if vals.is_empty() {
                    return;
                }
                let (iv, ity) = vals.remove(0);
                self.iface_call(iv, ity, &name, vals, &results);
            }
            GoCall::Closure(results) => {
                if vals.is_empty() {
                    return;
                }
                let f = vals.remove(0).0.v();
                let code = self.b.load(T::I64, f, 0);
                let ptys: Vec<TypeId> = vals.iter().map(|v| v.1).collect();
                let vs: Vec<Val> = vals.into_iter().map(|v| v.0).collect();
                let fabi = FuncAbi::new(&self.g.tt, &ptys, &results, true);
                self.go_call(
                    &fabi,
                    move |b, sig, args| b.call_indirect(sig, code, args),
                    Some(f),
                    vs,
                );
            }
        }
    }
}

/// `name(closure)`: loads the captured values and makes the call.
fn emit_gowrap(
    fx: &mut Fx<'_, '_, '_>,
    name: &str,
    target: GoCall,
    tys: &[TypeId],
    layout: &[u64],
) {
    let wabi = FuncAbi::new(&fx.g.tt, &[], &[], true);
    let mut wf = Function::new(name, wabi.sig.clone(), Linkage::Local);
    {
        let b = FunctionBuilder::new(&mut wf);
        let mut w = Fx::new(&mut *fx.g, b, name.to_string(), wabi);
        let params = w.start();
        let clo = params
            .first()
            .copied()
            .unwrap_or_else(|| w.b.iconst(T::I64, 0));
        let mut vals = Vec::new();
        for (ty, o) in tys.iter().zip(layout) {
            let a = w.add_off(clo, *o);
            let v = w.load_mem(a, *ty);
            vals.push((w.materialize(*ty, v), *ty));
        }
        w.go_call_target(target, vals);
        if !w.b.is_terminated() {
            w.b.return_(&[]);
        }
        w.b.finish();
    }
    fx.g.module.functions.push(wf);
}
