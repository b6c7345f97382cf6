//! Type assertions and type switches: to a concrete type, the dynamic
//! type word is compared with the target's descriptor address
//! (descriptors are unique per type within the program); to a non-empty
//! interface, through the run-time itab lookup, whose registry holds the
//! pairs that implement by the spec's method sets (`types::lookup`).
//! Also itabs, their adapters and interface method calls.

use ssa::{CallConv, IntCC, Signature, Type as T, Value};
use syntax::ast::{self, Expr, ExprKind, Stmt};
use types::{ObjKind, Type, TypeId};

use crate::func::{Fx, Target, Val};

impl Fx<'_, '_, '_> {
    fn is_empty_iface(&self, t: TypeId) -> bool {
        matches!(self.under(t), Type::Interface(ms) if ms.is_empty())
    }

    /// `tab == &type:T` (or the nil / any checks) as an `i8`.
    fn type_test(&mut self, e: &Expr, tab: Value, t: TypeId) -> Value {
        let z = self.b.iconst(T::I64, 0);
        if self.g.tt.basic_kind(t) == Some(types::BasicKind::UntypedNil) {
            return self.b.icmp(IntCC::Eq, tab, z);
        }
        match self.under(t) {
            Type::Interface(ms) if ms.is_empty() => self.b.icmp(IntCC::Ne, tab, z),
            Type::Interface(_) => {
                let _ = e;
                let itab = self.getitab(t, tab);
                self.b.icmp(IntCC::Ne, itab, z)
            }
            _ => {
                let sym = self.g.typedesc(t);
                let want = self.b.symbol_addr(&sym);
                self.b.icmp(IntCC::Eq, tab, want)
            }
        }
    }

    /// The value of type `t` held by an interface whose test succeeded;
    /// `ok` false gives the zero value without touching `data`.
    fn unbox(&mut self, iface: &Val, t: TypeId, ok: Value) -> Val {
        let (tab, data) = (iface.leaves()[0], iface.leaves()[1]);
        if matches!(self.under(t), Type::Interface(ms) if !ms.is_empty()) {
            let itab = self.getitab(t, tab);
            let z = self.b.iconst(T::I64, 0);
            let t2 = self.b.select(ok, itab, z);
            let d2 = self.b.select(ok, data, z);
            return Val::S(vec![t2, d2]);
        }
        if matches!(self.under(t), Type::Interface(_)) {
            let z = self.b.iconst(T::I64, 0);
            let t2 = self.b.select(ok, tab, z);
            let d2 = self.b.select(ok, data, z);
            return Val::S(vec![t2, d2]);
        }
        if self.g.is_pointer_shaped(t) {
            let z = self.b.iconst(T::I64, 0);
            return Val::scalar(self.b.select(ok, data, z));
        }
        let zero = self.temp_slot(t);
        self.zero_mem(zero, t);
        let p = self.b.select(ok, data, zero);
        let v = self.load_mem(p, t);
        self.materialize(t, v)
    }

    /// An interface value as `(dynamic type, data)`: non-empty interfaces
    /// load the type from the itab. Targets must be concrete types then.
    fn as_eface(&mut self, e: &Expr, x: &Expr, ty: Option<TypeId>) -> Option<Val> {
        let xty = self.type_of(x.id);
        let v = self.expr(x);
        if self.is_empty_iface(xty) {
            return Some(v);
        }
        let _ = (e, ty);
        let t = self.iface_dyn_type(v.leaves()[0]);
        Some(Val::S(vec![t, v.leaves()[1]]))
    }

    /// `x.(T)` (panicking form).
    pub fn type_assert(&mut self, e: &Expr, x: &Expr, ty: TypeId) -> Val {
        let xty = self.type_of(x.id);
        let Some(v) = self.as_eface(e, x, Some(ty)) else {
            return self.zero_val(ty);
        };
        let tab = v.leaves()[0];
        let ok = self.type_test(e, tab, ty);
        let bad = self.b.create_block();
        self.b.set_cold_block(bad);
        let good = self.b.create_block();
        self.b.brif(ok, good, &[], bad, &[]);
        self.b.seal_block(bad);
        self.b.seal_block(good);
        self.b.switch_to_block(bad);
        let wsym = self.g.typedesc(ty);
        let want_t = self.b.symbol_addr(&wsym);
        if matches!(self.under(ty), Type::Interface(_)) {
            // gc names the first missing method (runtime/src/iface.rs).
            let sig = Signature::new(vec![T::I64; 2], vec![], CallConv::C);
            self.b.call("runtime.panicdottypeI2I", &sig, &[tab, want_t]);
        } else {
            let isym = self.g.typedesc(xty);
            let iface_t = self.b.symbol_addr(&isym);
            let sig = Signature::new(vec![T::I64; 3], vec![], CallConv::C);
            self.b
                .call("runtime.panicdottypeE", &sig, &[tab, want_t, iface_t]);
        }
        self.b.unreachable();
        self.b.switch_to_block(good);
        let one = self.b.iconst(T::I8, 1);
        self.unbox(&v, ty, one)
    }

    /// `v, ok := x.(T)`.
    pub fn type_assert2(&mut self, e: &Expr, x: &Expr) -> Vec<Val> {
        let ty = match e.kind {
            ExprKind::TypeAssert(_, Some(ref t)) => self.type_of(t.id),
            _ => self.g.tt.invalid(),
        };
        let Some(v) = self.as_eface(e, x, Some(ty)) else {
            let z = self.b.iconst(T::I8, 0);
            return vec![self.zero_val(ty), Val::scalar(z)];
        };
        let ok = self.type_test(e, v.leaves()[0], ty);
        let val = self.unbox(&v, ty, ok);
        vec![val, Val::scalar(ok)]
    }

    /// `switch [v :=] x.(type) { case T1, T2: ... }`.
    pub fn type_switch(
        &mut self,
        init: &Option<Box<Stmt>>,
        bind: Option<&ast::Ident>,
        x: &Expr,
        body: &[ast::TypeCaseClause],
        label: Option<String>,
    ) {
        if let Some(i) = init {
            self.stmt(i);
        }
        let xty = self.type_of(x.id);
        let orig = self.expr(x);
        let v = if self.is_empty_iface(xty) {
            orig.clone()
        } else {
            let t = self.iface_dyn_type(orig.leaves()[0]);
            Val::S(vec![t, orig.leaves()[1]])
        };
        let tab = v.leaves()[0];
        let done = self.b.create_block();
        let bodies: Vec<ssa::Block> = body.iter().map(|_| self.b.create_block()).collect();
        let mut default = None;
        for (i, c) in body.iter().enumerate() {
            if c.is_default {
                default = Some(bodies[i]);
                continue;
            }
            for t in &c.types {
                let tt = self.type_of(t.id);
                let hit = self.type_test(t, tab, tt);
                let next = self.b.create_block();
                self.b.brif(hit, bodies[i], &[], next, &[]);
                self.b.seal_block(next);
                self.b.switch_to_block(next);
            }
        }
        self.b.jump(default.unwrap_or(done), &[]);
        self.targets.push(Target {
            label,
            brk: done,
            cont: None,
        });
        for (i, c) in body.iter().enumerate() {
            self.b.seal_block(bodies[i]);
            self.b.switch_to_block(bodies[i]);
            if bind.is_some()
                && let Some(obj) = self.g.info.defs.get(&c.bind_id).copied()
                && matches!(self.g.info.obj(obj).kind, ObjKind::Var(_))
            {
                let oty = self.g.info.obj(obj).ty;
                let val = if oty == xty {
                    orig.clone()
                } else {
                    let one = self.b.iconst(T::I8, 1);
                    self.unbox(&v, oty, one)
                };
                self.declare_local(obj, oty, Some(val));
            }
            self.block(&c.body);
            if !self.b.is_terminated() {
                self.b.jump(done, &[]);
            }
        }
        self.targets.pop();
        self.b.seal_block(done);
        self.b.switch_to_block(done);
    }
}

// ---- non-empty interfaces: itabs and method calls -------------------------

impl crate::Gen<'_> {
    /// The declared method named `name` in the method set of `t` (any
    /// non-interface type), on `t` itself or promoted through embedded
    /// fields by the spec's rules (`types::lookup`): the method and the
    /// field path. `None` when the name is missing, ambiguous, a field, a
    /// pointer method out of a value's method set, or an embedded
    /// interface's method (`find_iface_promoted`).
    pub(crate) fn find_method(&self, t: TypeId, name: &str) -> Option<(types::ObjId, Vec<usize>)> {
        let found = types::lookup::lookup_field_or_method(&self.tt, &self.info.objects, t, name);
        let t_ptr = matches!(self.tt.get(t), Type::Pointer(_));
        if !types::lookup::in_method_set(&found, t_ptr) {
            return None;
        }
        match found {
            types::lookup::Lookup::Method { path, method, .. } => Some((method, path)),
            _ => None,
        }
    }

    /// The itab `{&type:T, fun...}` for concrete type `t` in interface
    /// `iface`; `None` if a method cannot be found (promoted methods are
    /// not supported yet).
    pub fn itab(&mut self, t: TypeId, iface: TypeId) -> Option<String> {
        let methods = match self.tt.under(iface) {
            Type::Interface(ms) => ms.clone(),
            _ => return None,
        };
        let tsym = self.typedesc(t);
        let isym = self.typedesc(iface);
        let sym = format!("go:itab.{},{}", &tsym[5..], &isym[5..]);
        if self.module.data_object(&sym).is_some() {
            return Some(sym);
        }
        let mut relocs = vec![ssa::Reloc {
            offset: 0,
            symbol: tsym,
            addend: 0,
        }];
        for (i, im) in methods.iter().enumerate() {
            let f = match self.iface_promoted_slot(t, &im.name) {
                Some(f) => f,
                None => {
                    let (m, path) = self.find_method(t, &im.name)?;
                    self.iface_adapter(t, m, &path)
                }
            };
            relocs.push(ssa::Reloc {
                offset: 8 * (i as u32 + 1),
                symbol: f,
                addend: 0,
            });
        }
        self.module.data.push(ssa::DataObject {
            name: sym.clone(),
            bytes: vec![0; 8 * (methods.len() + 1)],
            relocs,
            align: 8,
            readonly: true,
            linkage: ssa::Linkage::Local,
        });
        Some(sym)
    }

    /// The code an itab slot points to for method `m` of dynamic type `t`:
    /// a Go function `(data word, params...)`. The method itself when its
    /// receiver is that one word, else an adapter loading the receiver.
    fn iface_adapter(&mut self, t: TypeId, m: types::ObjId, path: &[usize]) -> String {
        let msym = self.func_symbol(m);
        let Some(r) = self.info.obj(m).recv else {
            return msym;
        };
        if self.info.obj(m).runtime && path.is_empty() {
            return self.runtime_method_adapter(m, &msym);
        }
        let t_is_ptr = matches!(self.tt.get(t), Type::Pointer(_));
        if path.is_empty() && (r.pointer || (!t_is_ptr && self.is_pointer_shaped(r.named))) {
            return msym;
        }
        let name = format!("{}·i·{}", msym, self.tt.type_string(t, true));
        if !self.wrappers.insert(name.clone()) {
            return name;
        }
        let mty = self.info.obj(m).ty;
        let (params, results) = match self.tt.under(mty) {
            Type::Func(s) => (s.params.clone(), s.results.clone()),
            _ => (Vec::new(), Vec::new()),
        };
        let word = self.tt.basic(types::BasicKind::Uintptr);
        let mut ops = vec![word];
        ops.extend(params.iter().copied());
        let outer = crate::abi::FuncAbi::new(&self.tt, &ops, &results, false);
        let rty = if r.pointer {
            self.tt.pointer(r.named)
        } else {
            r.named
        };
        let mut ips = vec![rty];
        ips.extend(params.iter().copied());
        let path = path.to_vec();
        let inner = crate::abi::FuncAbi::new(&self.tt, &ips, &results, false);
        let mut func = ssa::Function::new(&name, outer.sig.clone(), ssa::Linkage::Local);
        // `recover` looks through wrapper frames (docs/defer.md).
        func.wrapper = true;
        {
            let b = ssa::FunctionBuilder::new(&mut func);
            let mut fx = Fx::new(self, b, name.clone(), outer);
            let args = fx.start();
            let mut it = args.into_iter();
            let mut vals = fx.unpack_params(&mut it);
            if !vals.is_empty() && !path.is_empty() {
                // Promoted: walk the embedded fields from the dynamic value.
                let data = vals[0].v();
                let (cur, is_ptr) = match fx.g.tt.get(t) {
                    Type::Pointer(e) => (*e, true),
                    _ => (t, false),
                };
                let (rv, _) = fx.receiver_walk(data, cur, is_ptr, &path, r);
                vals[0] = rv;
            } else if !vals.is_empty() {
                let p = vals[0].v();
                if t_is_ptr {
                    fx.panicwrap_check(p, m);
                } else {
                    fx.nil_check(p);
                }
                let v = fx.load_mem(p, r.named);
                vals[0] = fx.materialize(r.named, v);
            }
            let res = fx.go_call(&inner, |b, sig, a| b.call(&msym, sig, a), None, vals);
            fx.ret_vals(res);
            fx.b.finish();
        }
        self.module.functions.push(func);
        name
    }
}

impl Fx<'_, '_, '_> {
    /// Converts a concrete value to a non-empty interface: `(itab, data)`.
    pub fn make_iface(&mut self, v: Val, from: TypeId, to: TypeId) -> Val {
        let boxed = self.box_any(v, from);
        match self.g.itab(from, to) {
            Some(sym) => {
                let tab = self.b.symbol_addr(&sym);
                Val::S(vec![tab, boxed.leaves()[1]])
            }
            None => {
                self.g
                    .unsupported(self.pos, "conversion to interface through promoted methods");
                self.zero_val(to)
            }
        }
    }

    /// The dynamic type word of a non-empty interface value (`itab.typ`,
    /// or 0 for nil).
    pub fn iface_dyn_type(&mut self, tab: Value) -> Value {
        let z = self.b.iconst(T::I64, 0);
        let is_nil = self.b.icmp(IntCC::Eq, tab, z);
        let zb = self.b.symbol_addr("runtime.zerobase");
        let safe = self.b.select(is_nil, zb, tab);
        let t = self.b.load(T::I64, safe, 0);
        self.b.select(is_nil, z, t)
    }

    /// `x.M(args)` on an interface value: loads the code from the itab.
    pub fn iface_call(
        &mut self,
        iv: Val,
        ity: TypeId,
        name: &str,
        argv: Vec<(Val, TypeId)>,
        results: &[TypeId],
    ) -> Vec<Val> {
        let idx = match self.under(ity) {
            Type::Interface(ms) => ms.iter().position(|m| m.name == name).unwrap_or(0),
            _ => 0,
        };
        let (tab, data) = (iv.leaves()[0], iv.leaves()[1]);
        self.nil_check(tab);
        let code = self.b.load(T::I64, tab, 8 * (idx as i32 + 1));
        let word = self.g.tt.basic(types::BasicKind::Uintptr);
        let mut ptys = vec![word];
        let mut vals = vec![Val::scalar(data)];
        for (v, t) in argv {
            ptys.push(t);
            vals.push(v);
        }
        let fabi = crate::abi::FuncAbi::new(&self.g.tt, &ptys, results, false);
        self.go_call(
            &fabi,
            move |b, sig, a| b.call_indirect(sig, code, a),
            None,
            vals,
        )
    }
}

// ---- run-time itab lookup ----------------------------------------------------
//
// Assertions to a non-empty interface and conversions between interfaces
// need the itab of a dynamic type known only at run time. Every pair
// (type with a descriptor, non-empty interface with a descriptor) where the
// type implements the interface gets its itab at the end of lowering, listed
// in the registry `gocc.itabs` of `{iface, type, itab}` triples that the
// generated `gocc.getitab(iface, type) -> itab` searches (0: not found).

/// Marker in `Gen::wrappers`: some code calls `gocc.getitab`.
const GETITAB: &str = "gocc.getitab";

impl Fx<'_, '_, '_> {
    /// The itab for dynamic type word `t` in interface `iface` (0 when `t`
    /// is nil or does not implement it).
    pub fn getitab(&mut self, iface: TypeId, t: Value) -> Value {
        self.g.wrappers.insert(GETITAB.to_string());
        let sym = self.g.typedesc(iface);
        let isym = self.b.symbol_addr(&sym);
        let sig = Signature::new(vec![T::I64, T::I64], vec![T::I64], CallConv::Go);
        self.b.call(GETITAB, &sig, &[isym, t])[0]
    }
}

impl crate::Gen<'_> {
    /// True if `t` has every method of interface `iface` with the same
    /// signature.
    fn implements(&self, t: TypeId, iface: TypeId) -> bool {
        let Type::Interface(ms) = self.tt.under(iface) else {
            return false;
        };
        ms.iter()
            .all(|im| match self.find_iface_promoted(t, &im.name) {
                Some(p) => p.sig == im.sig,
                None => self
                    .find_method(t, &im.name)
                    .is_some_and(|(m, _)| self.info.obj(m).ty == im.sig),
            })
    }

    /// Emits the itab registry and `gocc.getitab` if any code uses them.
    pub fn finish_itabs(&mut self) {
        if !self.wrappers.contains(GETITAB) {
            return;
        }
        let mut keys: Vec<TypeId> = self.typedesc_of.keys().copied().collect();
        keys.sort();
        let ifaces: Vec<TypeId> = keys
            .iter()
            .copied()
            .filter(|t| matches!(self.tt.under(*t), Type::Interface(ms) if !ms.is_empty()))
            .collect();
        let types: Vec<TypeId> = keys
            .iter()
            .copied()
            .filter(|t| !matches!(self.tt.under(*t), Type::Interface(_)))
            .collect();
        let mut relocs = Vec::new();
        let mut n = 0u32;
        for &i in &ifaces {
            for &t in &types {
                if !self.implements(t, i) {
                    continue;
                }
                let Some(itab) = self.itab(t, i) else {
                    continue;
                };
                let (is, ts) = (self.typedesc(i), self.typedesc(t));
                for (k, sym) in [is, ts, itab].into_iter().enumerate() {
                    relocs.push(ssa::Reloc {
                        offset: 24 * n + 8 * k as u32,
                        symbol: sym,
                        addend: 0,
                    });
                }
                n += 1;
            }
        }
        self.runtime_error_itabs(&ifaces, &mut relocs, &mut n);
        self.module.data.push(ssa::DataObject {
            name: "gocc.itabs".to_string(),
            bytes: vec![0; 24 * (n as usize + 1)],
            relocs,
            align: 8,
            readonly: true,
            // The runtime reads it too (runtime/src/iface.rs find_itab).
            linkage: ssa::Linkage::Export,
        });
        self.emit_getitab(GETITAB);
    }
}
