//! Function literals (closure objects capturing cells by reference), top
//! level functions used as values (`main.f·f` wrappers) and method values
//! (`main.T.M-fm` wrappers).
//!
//! A func value points to `{code, captured...}`; its code takes the
//! closure pointer as a leading parameter (docs/abi.md).

use ssa::{DataObject, Function, FunctionBuilder, Linkage, Reloc, Type as T, Value};
use syntax::ast::{Expr, NodeId};
use types::{ObjId, Selection, Type, TypeId};

use crate::PendingLit;
use crate::abi::{self, FuncAbi};
use crate::alloc::MAX_IMPLICIT_STACK_VAR_SIZE;
use crate::func::{Fx, Val};

impl Fx<'_, '_, '_> {
    /// A function literal: queues its body and builds the closure object.
    pub fn func_lit(&mut self, e: &Expr) -> Val {
        self.nlits += 1;
        let name = if self.sym.contains(".func") {
            format!("{}.{}", self.sym, self.nlits)
        } else {
            format!("{}.func{}", self.sym, self.nlits)
        };
        if let Some(lit) = self.g.lit_exprs.get(&e.id).copied() {
            self.g.queue.push(PendingLit {
                name: name.clone(),
                lit,
            });
        }
        let caps = self.g.captures.get(&e.id).cloned().unwrap_or_default();
        if caps.is_empty() {
            let sym = self.g.static_closure(&name);
            return Val::scalar(self.b.symbol_addr(&sym));
        }
        let (offs, size) = self.g.closure_layout(&caps);
        // gc's closure record: `{F uintptr; captured...}`, in the frame when
        // the literal does not escape (escape.HeapAllocReason: at most
        // MaxImplicitStackVarSize bytes; walk/closure.go walkClosure's
        // stack temporary), else on the heap.
        let clo = if self.on_stack(e.id, size, MAX_IMPLICIT_STACK_VAR_SIZE) {
            self.frame_object(size)
        } else {
            // The collector sees the record as gc's closure struct: the
            // pointer words of values captured by value, and the pointer
            // of each variable captured by reference.
            let ptr = self.g.tt.basic(types::BasicKind::UnsafePointer);
            let parts: Vec<(u64, TypeId)> = caps
                .iter()
                .zip(&offs)
                .map(|(c, &off)| {
                    if self.g.by_value.contains(c) {
                        (off, self.g.info.obj(*c).ty)
                    } else {
                        (off, ptr)
                    }
                })
                .collect();
            self.alloc_layout(size, &parts)
        };
        let code = self.b.symbol_addr(&name);
        self.b.store(code, clo, 0);
        for (c, off) in caps.iter().zip(offs) {
            let a = self.add_off(clo, off);
            if self.g.by_value.contains(c) {
                // Captured by value: a copy of the variable, which is never
                // assigned after the capture (escape's capturevars rule).
                let ty = self.g.info.obj(*c).ty;
                let v = self.read_var(*c);
                self.store_mem(a, ty, &v);
            } else {
                // Captured by reference: the variable's heap cell, or its
                // frame slot when escape analysis left it in the frame
                // (the closure then does not outlive the frame either).
                let cell = match self.local_addr(*c) {
                    Some(p) => p,
                    None => panic!("captured variable {c:?} has no address"),
                };
                self.b.store(cell, a, 0);
            }
        }
        Val::scalar(clo)
    }

    /// A top-level function used as a value.
    pub fn func_value(&mut self, obj: ObjId) -> Val {
        let o = self.g.info.obj(obj);
        let runtime_pkg = o.runtime;
        let sym = self.g.func_symbol(obj);
        if runtime_pkg {
            return self.runtime_func_value(&sym, o.ty);
        }
        let wrapper = format!("{sym}·f");
        if self.g.wrappers.insert(wrapper.clone()) {
            let fty = o.ty;
            let inner = FuncAbi::new(
                &self.g.tt,
                &sig_params(&self.g.tt, fty),
                &sig_results(&self.g.tt, fty),
                false,
            );
            let outer = abi::func_abi(&self.g.tt, fty, None, true);
            self.g.emit_wrapper(&wrapper, outer, |w, args| {
                // Same parameters minus the closure: forward them as is.
                let res = w.b.call(&sym, &inner.sig, &args[1..]);
                w.b.return_(&res);
            });
        }
        let sym = self.g.static_closure(&wrapper);
        Val::scalar(self.b.symbol_addr(&sym))
    }

    /// A runtime-implemented package function (`unicode.IsSpace`) used as
    /// a value: a static closure of a Go-convention wrapper that makes the
    /// runtime-convention call.
    fn runtime_func_value(&mut self, sym: &str, fty: types::TypeId) -> Val {
        let wrapper = format!("{sym}·f");
        if self.g.wrappers.insert(wrapper.clone()) {
            let ptys = sig_params(&self.g.tt, fty);
            let rtys = sig_results(&self.g.tt, fty);
            let outer = abi::func_abi(&self.g.tt, fty, None, true);
            self.g.emit_wrapper(&wrapper, outer, |w, args| {
                let mut it = args.into_iter();
                let _clo = it.next();
                let vals = w.unpack_params(&mut it);
                let argv: Vec<(Val, types::TypeId)> = vals.into_iter().zip(ptys).collect();
                let res = w.runtime_call(sym, &argv, &rtys);
                w.ret_vals(res);
            });
        }
        let sym = self.g.static_closure(&wrapper);
        Val::scalar(self.b.symbol_addr(&sym))
    }

    /// `x.M` as a value: a closure holding a copy of the receiver.
    pub fn method_value(&mut self, e: &Expr, x: &Expr, s: &Selection) -> Val {
        let Some(m) = s.method else {
            return Val::scalar(self.b.iconst(T::I64, 0));
        };
        let Some(r) = self.g.info.obj(m).recv else {
            return self.iface_method_value(e, x, s, m);
        };
        let (rv, rty) = self.receiver(x, &s.path, r);
        let msym = self.g.func_symbol(m);
        let wrapper = format!("{msym}-fm");
        let mty = self.g.info.obj(m).ty;
        if self.g.wrappers.insert(wrapper.clone()) {
            let mut ps = vec![rty];
            ps.extend(sig_params(&self.g.tt, mty));
            let inner = FuncAbi::new(&self.g.tt, &ps, &sig_results(&self.g.tt, mty), false);
            let outer = abi::func_abi(&self.g.tt, mty, None, true);
            self.g.emit_wrapper(&wrapper, outer, |w, args| {
                let mut it = args.into_iter();
                let clo = it.next().unwrap_or_else(|| w.b.iconst(T::I64, 0));
                let vals = w.unpack_params(&mut it);
                let ra = w.add_off(clo, 8);
                let recv = w.load_mem(ra, rty);
                let mut all = vec![recv];
                all.extend(vals);
                let res = w.go_call(&inner, |b, sig, a| b.call(&msym, sig, a), None, all);
                w.ret_vals(res);
            });
        }
        let clo = self.new_closure(e.id, &wrapper, rty);
        let ra = self.add_off(clo, 8);
        self.store_mem(ra, rty, &rv);
        Val::scalar(clo)
    }
}

impl Fx<'_, '_, '_> {
    /// `i.M` on an interface value: a closure `{wrapper, tab, data}` whose
    /// wrapper calls through the itab (the nil check happens now, as in
    /// gc).
    fn iface_method_value(&mut self, e: &Expr, x: &Expr, s: &Selection, m: ObjId) -> Val {
        let (iv, xty) = if s.path.is_empty() {
            (self.expr(x), self.type_of(x.id))
        } else {
            // Promoted from an embedded interface field (embed.rs).
            self.promoted_iface_value(x, &s.path)
        };
        if !matches!(self.under(xty), Type::Interface(_)) {
            self.g.unsupported(e.pos, "promoted interface method value");
            return Val::scalar(self.b.iconst(T::I64, 0));
        }
        let name = self.g.info.obj(m).name.clone();
        self.nil_check(iv.leaves()[0]);
        let mty = self.g.info.obj(m).ty;
        let ityname = self.g.tt.type_string(xty, true);
        let wrapper = format!("{ityname}.{name}-fm");
        if self.g.wrappers.insert(wrapper.clone()) {
            let outer = abi::func_abi(&self.g.tt, mty, None, true);
            let results = sig_results(&self.g.tt, mty);
            let ptys = sig_params(&self.g.tt, mty);
            self.g.emit_wrapper(&wrapper, outer, |w, args| {
                let mut it = args.into_iter();
                let clo = it.next().unwrap_or_else(|| w.b.iconst(T::I64, 0));
                let vals = w.unpack_params(&mut it);
                let tab = w.b.load(T::I64, clo, 8);
                let data = w.b.load(T::I64, clo, 16);
                let argv = vals.into_iter().zip(ptys).collect();
                let res = w.iface_call(Val::S(vec![tab, data]), xty, &name, argv, &results);
                w.ret_vals(res);
            });
        }
        let clo = self.new_closure(e.id, &wrapper, xty);
        self.b.store(iv.leaves()[0], clo, 8);
        self.b.store(iv.leaves()[1], clo, 16);
        Val::scalar(clo)
    }

    /// `I.M` for an interface type `I`: a func value taking the interface
    /// value first and calling through its itab.
    fn iface_method_expr(&mut self, e: &Expr, s: &Selection, fty: types::TypeId) -> Val {
        let Some(m) = s.method else {
            return Val::scalar(self.b.iconst(T::I64, 0));
        };
        let ity = s.recv;
        if !matches!(self.under(ity), Type::Interface(_)) {
            self.g.unsupported(e.pos, "method expression");
            return Val::scalar(self.b.iconst(T::I64, 0));
        }
        let name = self.g.info.obj(m).name.clone();
        let wrapper = format!("{}.{name}·f", self.g.tt.type_string(ity, true));
        if self.g.wrappers.insert(wrapper.clone()) {
            let outer = abi::func_abi(&self.g.tt, fty, None, true);
            let (ptys, results) = match self.g.tt.under(fty) {
                Type::Func(sig) => (sig.params.clone(), sig.results.clone()),
                _ => (Vec::new(), Vec::new()),
            };
            self.g.emit_wrapper(&wrapper, outer, |w, args| {
                let mut it = args.into_iter();
                let _clo = it.next();
                let vals = w.unpack_params(&mut it);
                let mut argv: Vec<(Val, types::TypeId)> = vals.into_iter().zip(ptys).collect();
                if !argv.is_empty() {
                    let (iv, _) = argv.remove(0);
                    let res = w.iface_call(iv, ity, &name, argv, &results);
                    w.ret_vals(res);
                }
            });
        }
        let sym = self.g.static_closure(&wrapper);
        Val::scalar(self.b.symbol_addr(&sym))
    }

    /// `T.M` / `(*T).M` as a value: a func value whose first parameter is
    /// the receiver (dereferenced when `M` has a value receiver and the
    /// expression names `*T`).
    pub fn method_expr(&mut self, e: &Expr, s: &Selection, fty: types::TypeId) -> Val {
        let m = s
            .method
            .and_then(|m| self.g.info.obj(m).recv.map(|r| (m, r)));
        let Some((m, r)) = m else {
            return self.iface_method_expr(e, s, fty);
        };
        let msym = self.g.func_symbol(m);
        let recv_ptr = matches!(self.under(s.recv), Type::Pointer(_));
        let deref = !r.pointer && recv_ptr;
        let path = s.path.clone();
        let wrapper = if !path.is_empty() {
            // Promoted method: named after the expression's receiver type.
            let rs = self.g.tt.type_string(s.recv, true);
            format!("{rs}.{}·f", self.g.info.obj(m).name)
        } else if deref {
            let tname = self.g.tt.type_string(r.named, false);
            format!("main.(*{tname}).{}·f", self.g.info.obj(m).name)
        } else {
            format!("{msym}·f")
        };
        let srecv = s.recv;
        if self.g.wrappers.insert(wrapper.clone()) {
            let mty = self.g.info.obj(m).ty;
            let rty = if r.pointer {
                self.g.tt.pointer(r.named)
            } else {
                r.named
            };
            let mut ps = vec![rty];
            ps.extend(sig_params(&self.g.tt, mty));
            let inner = FuncAbi::new(&self.g.tt, &ps, &sig_results(&self.g.tt, mty), false);
            let outer = abi::func_abi(&self.g.tt, fty, None, true);
            self.g.emit_wrapper(&wrapper, outer, |w, args| {
                let mut it = args.into_iter();
                let _clo = it.next();
                let mut vals = w.unpack_params(&mut it);
                if !path.is_empty() && !vals.is_empty() {
                    let (addr, cur, is_ptr) = match w.under(srecv).clone() {
                        Type::Pointer(elem) => (vals[0].v(), elem, true),
                        _ => {
                            let a = w.spill(srecv, vals[0].clone());
                            (a, srecv, false)
                        }
                    };
                    let (rv, _) = w.receiver_walk(addr, cur, is_ptr, &path, r);
                    vals[0] = rv;
                } else if deref && !vals.is_empty() {
                    let p = vals[0].v();
                    w.panicwrap_check(p, m);
                    let v = w.load_mem(p, rty);
                    vals[0] = w.materialize(rty, v);
                }
                let res = w.go_call(&inner, |b, sig, a| b.call(&msym, sig, a), None, vals);
                w.ret_vals(res);
            });
        }
        let sym = self.g.static_closure(&wrapper);
        Val::scalar(self.b.symbol_addr(&sym))
    }
}

impl Fx<'_, '_, '_> {
    /// The closure object `{&code, payload}` of the method value `site`,
    /// with a value of type `payload` at offset 8 (a receiver copy, an
    /// interface value): allocates it, stores the code pointer and returns its
    /// address; the caller fills in the payload.
    fn new_closure(&mut self, site: NodeId, code: &str, payload: TypeId) -> Value {
        // A method value that does not escape (`stack_sites` names the
        // selector) has its record in the frame, like a function literal
        // (escape.HeapAllocReason's OMETHVALUE limit).
        let size = 8 + self.g.tt.size_of(payload);
        let clo = if self.on_stack(site, size, MAX_IMPLICIT_STACK_VAR_SIZE) {
            self.frame_object(size)
        } else {
            self.alloc_layout(size, &[(8, payload)])
        };
        let code = self.b.symbol_addr(code);
        self.b.store(code, clo, 0);
        clo
    }
}

fn sig_params(tt: &types::TypeTable, t: types::TypeId) -> Vec<types::TypeId> {
    match tt.under(t) {
        Type::Func(s) => s.params.clone(),
        _ => Vec::new(),
    }
}

fn sig_results(tt: &types::TypeTable, t: types::TypeId) -> Vec<types::TypeId> {
    match tt.under(t) {
        Type::Func(s) => s.results.clone(),
        _ => Vec::new(),
    }
}

impl crate::Gen<'_> {
    /// The layout of a function literal's closure record `{code,
    /// captured...}`: the offset of each captured variable (a copy of it
    /// when captured by value, its cell pointer otherwise) and the
    /// record's size, rounded to words.
    pub fn closure_layout(&self, caps: &[ObjId]) -> (Vec<u64>, u64) {
        let mut offs = Vec::new();
        let mut off = 8u64;
        for c in caps {
            let (size, align) = if self.by_value.contains(c) {
                let ty = self.info.obj(*c).ty;
                (self.tt.size_of(ty), self.tt.align_of(ty).max(1))
            } else {
                (8, 8)
            };
            off = off.div_ceil(align) * align;
            offs.push(off);
            off += size;
        }
        (offs, off.div_ceil(8) * 8)
    }

    /// Emits the local function `name` with the ABI `outer`: `body` gets the
    /// function's emitter and its incoming arguments (the closure pointer
    /// first) and ends every path with a return.
    fn emit_wrapper(
        &mut self,
        name: &str,
        outer: FuncAbi,
        body: impl FnOnce(&mut Fx<'_, '_, '_>, Vec<Value>),
    ) {
        let mut func = Function::new(name, outer.sig.clone(), Linkage::Local);
        // `recover` looks through wrapper frames (docs/defer.md).
        func.wrapper = true;
        {
            let b = FunctionBuilder::new(&mut func);
            let mut w = Fx::new(self, b, name.to_string(), outer);
            let args = w.start();
            body(&mut w, args);
            w.b.finish();
        }
        self.module.functions.push(func);
    }

    /// A read-only closure object `{&code}` for code without captures.
    pub fn static_closure(&mut self, code: &str) -> String {
        let sym = format!("{code}·closure");
        if self.module.data_object(&sym).is_none() {
            self.module.data.push(DataObject {
                name: sym.clone(),
                bytes: vec![0; 8],
                relocs: vec![Reloc {
                    offset: 0,
                    symbol: code.to_string(),
                    addend: 0,
                }],
                align: 8,
                readonly: true,
                linkage: Linkage::Local,
            });
        }
        sym
    }
}
