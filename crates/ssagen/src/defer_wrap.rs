//! The closure of a `defer` statement (gc's wrapping): `defer f(args)`
//! evaluates `f` and the arguments at the statement into a zero-argument
//! closure `{&f.deferwrapN, captured values...}` and emits the deferwrap,
//! which loads the captured values and calls the target. A deferwrap
//! whose target returns nothing tail-calls it (`passes::lower_defers`
//! turns its final call into `return_call`), so the target's caller is
//! the frame running the deferred calls, as `recover` requires.

use ssa::{Function, FunctionBuilder, Linkage, Type as T, Value};
use syntax::Pos;
use syntax::ast::{Expr, ExprKind};
use types::{Builtin, Mode, Type, TypeId};

use crate::abi::FuncAbi;
use crate::func::{Fx, Val};

/// Bytes in front of the heap closure of a defer in a loop, for its
/// record (`ssa::DeferSite::in_loop`, runtime `DeferRec`).
const HEAP_RECORD: u64 = 32;

impl Fx<'_, '_, '_> {
    /// The closure run for `defer call`, with the function value and the
    /// arguments evaluated now.
    pub(crate) fn deferred_closure(&mut self, call: &Expr, heap: bool) -> Value {
        let ExprKind::Call {
            fun,
            args,
            ellipsis,
            ..
        } = &call.kind
        else {
            self.g.unsupported(call.pos, "defer of a non-call");
            return self.b.iconst(T::I64, 0);
        };
        let spread = ellipsis.is_some();
        let ftv = self.g.info.expr_types.get(&fun.id).cloned();
        if let Some(Mode::Builtin(b)) = ftv.as_ref().map(|t| t.mode) {
            return self.deferred_builtin(call, b, args, heap);
        }
        if matches!(ftv.as_ref().map(|t| t.mode), Some(Mode::TypeExpr)) {
            self.g.unsupported(call.pos, "defer of a conversion");
            return self.b.iconst(T::I64, 0);
        }
        let fty = self.type_of(fun.id);
        let Type::Func(sig) = self.under(fty).clone() else {
            self.g.unsupported(call.pos, "defer of a non-function");
            return self.b.iconst(T::I64, 0);
        };
        let direct = self.callee_func(fun);
        // `defer f()` of a func() value: the value is the closure.
        if direct.is_none()
            && sig.params.is_empty()
            && sig.results.is_empty()
            && !self.g.info.selections.contains_key(&fun.id)
        {
            return self.expr(fun).v();
        }
        let target = match direct {
            Some(obj) => {
                let sym = self.g.func_symbol(obj);
                if !self.g.info.obj(obj).runtime {
                    Wrapped::Method(sym, sig.results.clone())
                } else {
                    Wrapped::Runtime(sym, sig.results.clone())
                }
            }
            None => {
                if let Some((iv, ity, name)) = self.iface_callee(fun) {
                    // Evaluating `x.M` of a nil interface panics at the
                    // defer statement (gc, issue15975).
                    if let Some(&tab) = iv.leaves().first() {
                        self.nil_check(tab);
                    }
                    let argv = self.call_args(call.id, args, spread, &sig);
                    let mut caps = vec![(iv, ity)];
                    caps.extend(argv);
                    return self.wrap(Wrapped::Iface(name, sig.results.clone()), caps, heap);
                }
                match self.method_callee(fun) {
                    Some((sym, rv, rty)) => {
                        let argv = self.call_args(call.id, args, spread, &sig);
                        let mut caps = vec![(rv, rty)];
                        caps.extend(argv);
                        return self.wrap(Wrapped::Method(sym, sig.results.clone()), caps, heap);
                    }
                    None => {
                        let f = self.expr(fun);
                        let argv = self.call_args(call.id, args, spread, &sig);
                        let mut caps = vec![(f, fty)];
                        caps.extend(argv);
                        return self.wrap(Wrapped::Closure(sig.results.clone()), caps, heap);
                    }
                }
            }
        };
        let argv = self.call_args(call.id, args, spread, &sig);
        self.wrap(target, argv, heap)
    }

    fn deferred_builtin(&mut self, call: &Expr, b: Builtin, args: &[Expr], heap: bool) -> Value {
        match b {
            // gc evaluates recover's frame argument at the defer statement,
            // so the deferred `recover()` acts as if called by this
            // function: it recovers when this function is itself a
            // deferred call run by a panic (Go's test/recover1.go test5).
            Builtin::Recover => {
                let fp = self.b.frame_pointer();
                let caller = self.b.load(T::I64, fp, 0);
                let ret = self.b.load(T::I64, fp, 8);
                let word = self.g.tt.basic(types::BasicKind::Uintptr);
                let caps = vec![(Val::S(vec![caller]), word), (Val::S(vec![ret]), word)];
                self.wrap(Wrapped::Recover, caps, heap)
            }
            Builtin::Close if args.len() == 1 => {
                let cty = self.type_of(args[0].id);
                let c = self.expr(&args[0]);
                self.wrap(Wrapped::Close, vec![(c, cty)], heap)
            }
            Builtin::Panic => {
                let Some(a) = args.first() else {
                    return self.b.iconst(T::I64, 0);
                };
                let aty = self.type_of(a.id);
                let v = self.expr(a);
                let any = self.g.tt.intern(Type::Interface(Vec::new()));
                let bx = self.convert_assign(v, aty, any);
                self.wrap(Wrapped::Panic, vec![(bx, any)], heap)
            }
            Builtin::Print | Builtin::Println => {
                let mut caps = Vec::new();
                for a in args {
                    let ty = self.storage_type(self.type_of(a.id));
                    let v = self.expr(a);
                    caps.push((v, ty));
                }
                let poss = args.iter().map(|a| a.pos).collect();
                self.wrap(Wrapped::Print(b == Builtin::Println, poss), caps, heap)
            }
            Builtin::Delete if args.len() == 2 => {
                let mty = self.type_of(args[0].id);
                let (kty, _) = self.map_kv(mty);
                let m = self.expr(&args[0]);
                let aty = self.type_of(args[1].id);
                let k = self.expr(&args[1]);
                let k = self.convert_assign(k, aty, kty);
                let k = self.materialize(kty, k);
                self.wrap(Wrapped::Delete(mty, kty), vec![(m, mty), (k, kty)], heap)
            }
            Builtin::Copy if args.len() == 2 => {
                let dty = self.type_of(args[0].id);
                let elem = match self.under(dty) {
                    Type::Slice(e) => *e,
                    _ => dty,
                };
                let sty = self.storage_type(self.type_of(args[1].id));
                let d = self.expr(&args[0]);
                let s = self.expr(&args[1]);
                self.wrap(Wrapped::Copy(elem), vec![(d, dty), (s, sty)], heap)
            }
            _ => {
                self.g.unsupported(call.pos, &format!("defer {}", b.name()));
                self.b.iconst(T::I64, 0)
            }
        }
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

    /// Builds the closure `{&wrapper, captured values...}` (in the frame,
    /// or on the heap for a defer in a loop, whose closure outlives the
    /// iteration, after room for its defer record) and the wrapper that calls `target` with them. The
    /// wrapper's name is left in `FrameDefers::last_wrapper` for the
    /// `defer` instruction.
    fn wrap(&mut self, target: Wrapped, caps: Vec<(Val, TypeId)>, heap: bool) -> Value {
        let mut layout = Vec::new();
        let mut off = 8u64;
        for (_, ty) in &caps {
            let al = self.g.tt.align_of(*ty).max(1);
            off = off.div_ceil(al) * al;
            layout.push(off);
            off += self.g.tt.size_of(*ty);
        }
        let size = off.div_ceil(8) * 8;
        let clo = if heap {
            // Room for the heap record in front (`DeferSite::in_loop`).
            let n = self.b.iconst(T::I64, size as i64 + HEAP_RECORD as i64);
            let base = self.mallocgc(n);
            let k = self.b.iconst(T::I64, HEAP_RECORD as i64);
            self.b.iadd(base, k)
        } else {
            let s = self.b.create_stack_slot(size as u32, 8);
            self.b.stack_addr(s, 0)
        };
        let name = {
            let d = self.defers.as_mut();
            let k = d.map(|d| {
                d.nwrap += 1;
                d.nwrap
            });
            format!("{}.deferwrap{}", self.sym, k.unwrap_or(0))
        };
        let code = self.b.symbol_addr(&name);
        self.b.store(code, clo, 0);
        for ((v, ty), o) in caps.iter().zip(&layout) {
            let a = self.b.iconst(T::I64, *o as i64);
            let a = self.b.iadd(clo, a);
            self.store_mem(a, *ty, v);
        }
        let tys: Vec<TypeId> = caps.iter().map(|c| c.1).collect();
        if let Some(d) = self.defers.as_mut() {
            d.last_wrapper = Some(name.clone());
        }
        self.emit_wrapper(&name, target, &tys, &layout);
        clo
    }

    fn emit_wrapper(&mut self, name: &str, target: Wrapped, tys: &[TypeId], layout: &[u64]) {
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
                let a = w.b.iconst(T::I64, *o as i64);
                let a = w.b.iadd(clo, a);
                vals.push((w.load_mem(a, *ty), *ty));
            }
            w.call_wrapped(target, vals);
            if !w.b.is_terminated() {
                w.b.return_(&[]);
            }
            w.b.finish();
        }
        self.g.module.functions.push(wf);
    }

    fn call_wrapped(&mut self, target: Wrapped, mut vals: Vec<(Val, TypeId)>) {
        match target {
            Wrapped::Recover => {
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
            Wrapped::Close => {
                if let [(c, _)] = &vals[..] {
                    let c = c.v();
                    self.rt("runtime.closechan", &[c], &[]);
                }
            }
            Wrapped::Panic => {
                let ls = vals
                    .first()
                    .map(|v| v.0.leaves().to_vec())
                    .unwrap_or_default();
                self.rt("runtime.gopanic", &ls, &[]);
                self.b.unreachable();
            }
            Wrapped::Print(ln, poss) => {
                let items = vals
                    .into_iter()
                    .zip(poss)
                    .map(|((v, t), p)| (v, t, p))
                    .collect();
                self.print_vals(items, ln);
            }
            Wrapped::Method(sym, results) => {
                let ptys: Vec<TypeId> = vals.iter().map(|v| v.1).collect();
                let vs: Vec<Val> = vals.into_iter().map(|v| v.0).collect();
                let fabi = FuncAbi::new(&self.g.tt, &ptys, &results, false);
                self.go_call(&fabi, |b, sig, args| b.call(&sym, sig, args), None, vs);
            }
            Wrapped::Delete(mty, kty) => {
                if let [(m, _), (k, _)] = &vals[..] {
                    let mt = self.map_desc(mty);
                    let kp = self.temp_slot(kty);
                    self.store_mem(kp, kty, k);
                    let m = m.v();
                    self.rt("runtime.mapdelete", &[mt, m, kp], &[]);
                }
            }
            Wrapped::Copy(elem) => {
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
            Wrapped::Runtime(sym, results) => {
                self.runtime_call(&sym, &vals, &results);
            }
            Wrapped::Iface(name, results) => {
                if vals.is_empty() {
                    return;
                }
                let (iv, ity) = vals.remove(0);
                self.iface_call(iv, ity, &name, vals, &results);
            }
            Wrapped::Closure(results) => {
                if vals.is_empty() {
                    return;
                }
                let (f, _) = vals.remove(0);
                let f = f.v();
                self.nil_check(f);
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

/// What a deferwrap calls.
#[derive(Clone)]
enum Wrapped {
    /// `defer recover()`: `runtime.gorecover` with the deferring
    /// function's caller frame and return address, captured at the
    /// defer statement.
    Recover,
    /// `close(ch)`.
    Close,
    Panic,
    Print(bool, Vec<Pos>),
    /// A Go function or method by symbol; the first captured value is the
    /// receiver for methods.
    Method(String, Vec<TypeId>),
    /// `delete(m, k)`: map type, key type.
    Delete(TypeId, TypeId),
    /// `copy(dst, src)`: element type.
    Copy(TypeId),
    /// A function of another package (implemented by the runtime).
    Runtime(String, Vec<TypeId>),
    Iface(String, Vec<TypeId>),
    Closure(Vec<TypeId>),
}
