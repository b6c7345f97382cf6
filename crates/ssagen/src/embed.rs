//! Methods promoted from embedded *interface* fields:
//!
//! ```go
//! type Robot struct { Walker; id int }   // Walker is an interface
//! r.Walk()                                // calls r.Walker.Walk()
//! var w Walker = r                        // itab slot forwards to r.Walker
//! ```
//!
//! The checker's selection for `r.Walk` has the path to the embedded field
//! and an interface method object (no receiver). Calls and method values
//! load the embedded interface value and dispatch through its itab; itabs
//! of the outer type get a forwarding adapter
//! `<T>.<M>·e` = `(data word, params...)` that walks from the data word to
//! the interface field and makes the dynamic call.

use ssa::{FunctionBuilder, Linkage, Type as T, Value};
use syntax::ast::Expr;
use types::{Type, TypeId};

use crate::Gen;
use crate::abi::FuncAbi;
use crate::func::{Fx, Val};

/// A method promoted from an embedded interface field.
#[derive(Clone, Debug)]
pub(crate) struct IfacePromoted {
    /// Field indices from the outer struct to the interface field.
    pub path: Vec<usize>,
    /// The embedded interface type.
    pub iface: TypeId,
    /// The method's signature (a `Type::Func`).
    pub sig: TypeId,
}

impl Gen<'_> {
    /// The embedded interface field of `t` (a struct type, a named struct
    /// or a pointer to one) that method `name` is promoted from, when the
    /// selector `t.name` denotes such a method (`types::lookup`).
    pub(crate) fn find_iface_promoted(&self, t: TypeId, name: &str) -> Option<IfacePromoted> {
        let found = types::lookup::lookup_field_or_method(&self.tt, &self.info.objects, t, name);
        let types::lookup::Lookup::IfaceMethod { path, sig, .. } = found else {
            return None;
        };
        // The embedded field's (interface) type is the last step's.
        let mut cur = match self.tt.get(t) {
            Type::Pointer(e) => *e,
            _ => t,
        };
        let mut fty = None;
        for idx in &path {
            let Type::Struct(fs) = self.tt.under(cur) else {
                return None;
            };
            let f = fs.get(*idx)?.ty;
            fty = Some(f);
            cur = match self.tt.get(f) {
                Type::Pointer(e) => *e,
                _ => f,
            };
        }
        Some(IfacePromoted {
            path,
            iface: fty?,
            sig,
        })
    }

    /// The itab slot for method `name` of dynamic type `t` when it is
    /// promoted from an embedded interface: a forwarding adapter.
    pub(crate) fn iface_promoted_slot(&mut self, t: TypeId, name: &str) -> Option<String> {
        let p = self.find_iface_promoted(t, name)?;
        let sym = format!("{}.{name}·e", self.tt.type_string(t, true));
        if !self.wrappers.insert(sym.clone()) {
            return Some(sym);
        }
        let (params, results) = match self.tt.under(p.sig) {
            Type::Func(s) => (s.params.clone(), s.results.clone()),
            _ => (Vec::new(), Vec::new()),
        };
        let word = self.tt.basic(types::BasicKind::Uintptr);
        let mut ops = vec![word];
        ops.extend(params.iter().copied());
        let outer = FuncAbi::new(&self.tt, &ops, &results, false);
        let mut func = ssa::Function::new(&sym, outer.sig.clone(), Linkage::Local);
        // `recover` looks through wrapper frames (docs/defer.md).
        func.wrapper = true;
        {
            let b = FunctionBuilder::new(&mut func);
            let mut fx = Fx::new(self, b, sym.clone(), outer);
            let args = fx.start();
            let mut it = args.into_iter();
            let mut vals = fx.unpack_params(&mut it);
            if !vals.is_empty() {
                // The data word points at the outer struct: `t` is either
                // a pointer to it or a boxed (multi-word) struct value.
                let data = vals.remove(0).v();
                let st = match fx.g.tt.get(t) {
                    Type::Pointer(e) => *e,
                    _ => t,
                };
                let iv = fx.embedded_iface_at(data, st, &p.path, p.iface);
                let argv = vals.into_iter().zip(params).collect();
                let res = fx.iface_call(iv, p.iface, name, argv, &results);
                fx.ret_vals(res);
            }
            fx.b.finish();
        }
        self.module.functions.push(func);
        Some(sym)
    }
}

impl Fx<'_, '_, '_> {
    /// Loads the interface field at the end of `path`, starting from a
    /// pointer `addr` to a value of struct type `cur`; embedded pointers on
    /// the way are followed with nil checks.
    pub(crate) fn embedded_iface_at(
        &mut self,
        mut addr: Value,
        mut cur: TypeId,
        path: &[usize],
        iface: TypeId,
    ) -> Val {
        self.nil_check(addr);
        let n = path.len();
        for (k, idx) in path.iter().enumerate() {
            let offs = self.g.tt.field_offsets(cur);
            let fty = match self.under(cur) {
                Type::Struct(fs) => fs.get(*idx).map(|f| f.ty),
                _ => None,
            };
            let Some(fty) = fty else { break };
            addr = self.add_off(addr, offs.get(*idx).copied().unwrap_or(0));
            cur = fty;
            if k + 1 < n
                && let Type::Pointer(elem) = self.under(fty).clone()
            {
                addr = self.b.load(T::I64, addr, 0);
                self.nil_check(addr);
                cur = elem;
            }
        }
        let v = self.load_mem(addr, iface);
        self.materialize(iface, v)
    }

    /// For a method selection `x.M` promoted from an embedded interface
    /// field: that field's value and interface type.
    pub(crate) fn promoted_iface_value(&mut self, x: &Expr, path: &[usize]) -> (Val, TypeId) {
        let xty = self.type_of(x.id);
        let (addr, st) = match self.under(xty).clone() {
            Type::Pointer(e) => (self.expr(x).v(), e),
            _ => {
                let v = self.expr(x);
                (self.spill(xty, v), xty)
            }
        };
        // The embedded field's type is the last step's field type.
        let mut cur = st;
        let mut fty = st;
        for idx in path {
            fty = match self.under(cur) {
                Type::Struct(fs) => fs.get(*idx).map(|f| f.ty).unwrap_or(fty),
                _ => fty,
            };
            cur = match self.under(fty) {
                Type::Pointer(e) => *e,
                _ => fty,
            };
        }
        let iv = self.embedded_iface_at(addr, st, path, fty);
        (iv, fty)
    }
}

// ---- descriptor method tables ------------------------------------------------

/// One entry of a type descriptor's method table (docs/abi.md `Method`).
pub(crate) struct MethodEntry {
    pub name: String,
    /// The method's func type (without receiver).
    pub mtyp: TypeId,
    /// The SystemV `fn(data word, out *u8)` adapter, when there is one.
    pub ifn: Option<String>,
}

impl Gen<'_> {
    /// The method table of `t`'s descriptor, sorted by name: for an
    /// interface its methods; otherwise its whole method set by the spec's
    /// rules (declared and promoted, also from embedded interface fields:
    /// `type E struct{ error }`), with `ifn` adapters for `Error` and
    /// `String`, which fmt and panic printing call.
    pub(crate) fn method_entries(&mut self, t: TypeId) -> Vec<MethodEntry> {
        // An interface type lists its own methods (no adapters): the
        // runtime tells `any` from itab-based interfaces by the count.
        if let Type::Interface(ms) = self.tt.under(t) {
            let mut out: Vec<MethodEntry> = ms
                .iter()
                .map(|m| MethodEntry {
                    name: m.name.clone(),
                    mtyp: m.sig,
                    ifn: None,
                })
                .collect();
            out.sort_by(|a, b| a.name.cmp(&b.name));
            return out;
        }
        // Every method of the method set (`types::lookup::method_set`),
        // with the String/Error adapters fmt and panic printing call.
        let mut out: Vec<MethodEntry> = Vec::new();
        for e in types::lookup::method_set(&self.tt, &self.info.objects, t) {
            match e.found {
                types::lookup::Lookup::Method { method, .. } => {
                    let ifn = self.method_adapter(t, method);
                    out.push(MethodEntry {
                        name: e.name,
                        mtyp: self.info.obj(method).ty,
                        ifn,
                    });
                }
                types::lookup::Lookup::IfaceMethod { sig, .. } => {
                    let ifn = match self.find_iface_promoted(t, &e.name) {
                        Some(p)
                            if (e.name == "Error" || e.name == "String")
                                && self.is_string_method(sig) =>
                        {
                            Some(self.iface_promoted_ifn(t, &e.name, &p))
                        }
                        _ => None,
                    };
                    out.push(MethodEntry {
                        name: e.name,
                        mtyp: sig,
                        ifn,
                    });
                }
                _ => {}
            }
        }
        out
    }

    /// Whether `sig` is `func() string`.
    fn is_string_method(&self, sig: TypeId) -> bool {
        let string = self.tt.basic(types::BasicKind::String);
        matches!(self.tt.under(sig), Type::Func(s) if s.params.is_empty() && s.results == [string])
    }

    /// The SystemV adapter `fn(data word, out *string)` for a `String` or
    /// `Error` method promoted from an embedded interface: loads the
    /// interface field and calls through its itab.
    fn iface_promoted_ifn(&mut self, t: TypeId, name: &str, p: &IfacePromoted) -> String {
        let sym = format!("{}.{name}·ifn·e", self.tt.type_string(t, true));
        if !self.wrappers.insert(sym.clone()) {
            return sym;
        }
        let string = self.tt.basic(types::BasicKind::String);
        let mut fabi = FuncAbi::new(&self.tt, &[], &[], false);
        fabi.sig = ssa::Signature::new(vec![T::I64, T::I64], vec![], ssa::CallConv::C);
        let mut func = ssa::Function::new(&sym, fabi.sig.clone(), Linkage::Local);
        {
            let b = FunctionBuilder::new(&mut func);
            let mut fx = Fx::new(self, b, sym.clone(), fabi);
            let args = fx.start();
            let (data, out) = (args[0], args[1]);
            let st = match fx.g.tt.get(t) {
                Type::Pointer(e) => *e,
                _ => t,
            };
            let iv = fx.embedded_iface_at(data, st, &p.path, p.iface);
            let res = fx.iface_call(iv, p.iface, name, Vec::new(), &[string]);
            if let Some(Val::S(ls)) = res.first()
                && ls.len() == 2
            {
                fx.b.store(ls[0], out, 0);
                fx.b.store(ls[1], out, 8);
            }
            fx.b.return_(&[]);
            fx.b.finish();
        }
        self.module.functions.push(func);
        sym
    }
}

impl Fx<'_, '_, '_> {
    /// In a generated wrapper that calls value method `m` through a `*T`:
    /// panics like gc's `runtime.panicwrap` when the pointer is nil.
    pub(crate) fn panicwrap_check(&mut self, p: Value, m: types::ObjId) {
        let o = self.g.info.obj(m);
        let Some(r) = o.recv else {
            return self.nil_check(p);
        };
        let tname = match self.g.tt.get(r.named) {
            Type::Named(n) => n.name.clone(),
            _ => return self.nil_check(p),
        };
        let pkg = if o.pkg.is_empty() { "main" } else { &o.pkg };
        let msg = format!(
            "value method {pkg}.{tname}.{} called using nil *{tname} pointer",
            o.name
        );
        let s = self.string_const(msg.as_bytes());
        let (sp, sl) = (s.leaves()[0], s.leaves()[1]);
        let z = self.b.iconst(T::I64, 0);
        let is_nil = self.b.icmp(ssa::IntCC::Eq, p, z);
        self.check_cold2(is_nil, "runtime.panicwrap", sp, sl);
    }
}
