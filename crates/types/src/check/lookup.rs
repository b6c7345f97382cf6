//! Field and method lookup through embedded fields, selectors
//! (`x.f`, `x.m`, `T.m`, `pkg.Name`), method sets and `implements`.

use syntax::ast::{Expr, ExprKind, Ident};

use super::exprstring::expr_string;
use super::{Checker, OpMode, Operand};
use crate::info::{Selection, SelectionKind};
use crate::lookup::Lookup;
use crate::object::{ObjId, ObjKind};
use crate::ty::{Signature, Type, TypeId};

/// The result of looking a name up in a type.
#[derive(Clone, Debug)]
pub(crate) enum Found {
    Field {
        path: Vec<usize>,
        ty: TypeId,
        indirect: bool,
    },
    /// A declared method (`method` is the function object) or an
    /// interface method (object made by [`Checker::iface_method_obj`]).
    Method {
        path: Vec<usize>,
        method: ObjId,
        indirect: bool,
        ptr_recv: bool,
    },
    Ambiguous,
    Missing,
}

impl<'a> Checker<'a> {
    /// Function objects standing for interface methods, so that
    /// `uses`/`Selection::method` can name them (recv is `None`).
    pub(crate) fn iface_method_obj(&mut self, iface: TypeId, name: &str, sig: TypeId) -> ObjId {
        let key = format!("{}.{name}", iface.0);
        if let Some(&o) = self.iface_methods.get(&key) {
            return o;
        }
        let o = self.new_obj(ObjKind::Func, name, 0, sig);
        self.iface_methods.insert(key, o);
        o
    }

    /// types2's `lookupFieldOrMethod` (the shared computation in
    /// `crate::lookup`), with interface methods as function objects.
    pub(crate) fn lookup_field_or_method(&mut self, t: TypeId, name: &str) -> Found {
        match crate::lookup::lookup_field_or_method(&self.info.types, &self.info.objects, t, name) {
            Lookup::Field { path, ty, indirect } => Found::Field { path, ty, indirect },
            Lookup::Method {
                path,
                method,
                indirect,
                ptr_recv,
            } => Found::Method {
                path,
                method,
                indirect,
                ptr_recv,
            },
            Lookup::IfaceMethod {
                path,
                iface,
                sig,
                indirect,
            } => {
                let o = self.iface_method_obj(iface, name, sig);
                Found::Method {
                    path,
                    method: o,
                    indirect,
                    ptr_recv: false,
                }
            }
            Lookup::Ambiguous => Found::Ambiguous,
            Lookup::Missing => Found::Missing,
        }
    }

    /// The signature of a method object (resolving it if needed).
    fn method_sig(&mut self, m: ObjId) -> TypeId {
        self.obj_decl(m);
        self.obj(m).ty
    }

    pub(crate) fn selector(&mut self, e: &'a Expr, x: &'a Expr, sel: &'a Ident) -> Operand<'a> {
        // Package-qualified identifier.
        if let ExprKind::Name(id) = &x.kind
            && let Some(p) = self.lookup(&id.name)
            && self.obj(p).kind == ObjKind::PkgName
        {
            return self.qualified(p, id, sel);
        }
        let xv = self.expr_or_type(x);
        if let OpMode::Builtin(b) = xv.mode {
            // types2 reports at the selector expression's position, which
            // in gc's syntax tree is its dot (just before the name, as
            // gofmt writes it).
            let msg = format!(
                "invalid use of {} (built-in) in selector expression",
                b.name()
            );
            self.error(sel.pos.saturating_sub(1), msg);
            return Operand::invalid(None);
        }
        if xv.is_invalid() || !self.is_valid(xv.ty) {
            return Operand::invalid(None);
        }
        let inv = self.info.types.invalid();
        if xv.mode == OpMode::TypeExpr {
            return self.method_expr(e, &xv, sel);
        }
        if matches!(xv.mode, OpMode::Nil) {
            let why = format!("type untyped nil has no field or method {}", sel.name);
            return self.undefined_sel(&xv, sel, &why);
        }
        match self.lookup_field_or_method(xv.ty, &sel.name) {
            Found::Field { path, ty, indirect } => {
                self.info.selections.insert(
                    e.id,
                    Selection {
                        kind: SelectionKind::FieldVal,
                        recv: xv.ty,
                        path,
                        method: None,
                        indirect,
                    },
                );
                let mode = if xv.mode == OpMode::Variable || indirect {
                    OpMode::Variable
                } else {
                    OpMode::Value
                };
                Operand {
                    mode,
                    ty,
                    val: None,
                    expr: None,
                }
            }
            Found::Method {
                path,
                method,
                indirect,
                ptr_recv,
            } => {
                let sig = self.method_sig(method);
                if sig == inv {
                    return Operand::invalid(None);
                }
                if ptr_recv && !indirect && xv.mode != OpMode::Variable {
                    let msg = format!(
                        "cannot call pointer method {} on {}",
                        sel.name,
                        self.ts(xv.ty)
                    );
                    self.error(sel.pos, msg);
                    return Operand::invalid(None);
                }
                self.add_dep(method);
                self.info.uses.insert(sel.id, method);
                self.info.selections.insert(
                    e.id,
                    Selection {
                        kind: SelectionKind::MethodVal,
                        recv: xv.ty,
                        path,
                        method: Some(method),
                        indirect,
                    },
                );
                Operand {
                    mode: OpMode::Value,
                    ty: sig,
                    val: None,
                    expr: None,
                }
            }
            Found::Ambiguous => {
                let msg = format!("ambiguous selector {}.{}", x_string(&xv), sel.name);
                self.error(sel.pos, msg);
                Operand::invalid(None)
            }
            // types2 reports nothing more when the underlying type is
            // invalid (a recursive type, reported at its declaration).
            Found::Missing if self.info.types.underlying(xv.ty) == inv => Operand::invalid(None),
            Found::Missing => {
                let base = match self.info.types.get(xv.ty) {
                    Type::Pointer(e) => *e,
                    _ => xv.ty,
                };
                if let Type::Named(n) = self.info.types.get(base)
                    && crate::stdlib::is_real_unprovided_method(&n.pkg, &n.name, &sel.name)
                {
                    let what = format!(
                        "{}.{}.{} is not provided by gocc yet",
                        n.pkg, n.name, sel.name
                    );
                    self.unsupported(sel.pos, &what);
                    return Operand::invalid(None);
                }
                let why = self.lookup_error(xv.ty, &sel.name);
                self.undefined_sel(&xv, sel, &why)
            }
        }
    }

    fn undefined_sel(&mut self, xv: &Operand<'a>, sel: &Ident, why: &str) -> Operand<'a> {
        let msg = if why.is_empty() {
            format!("{}.{} undefined", x_string(xv), sel.name)
        } else {
            format!("{}.{} undefined ({why})", x_string(xv), sel.name)
        };
        self.error(sel.pos, msg);
        Operand::invalid(None)
    }

    /// `type T has no field or method f` (with a capitalization hint).
    fn lookup_error(&mut self, t: TypeId, name: &str) -> String {
        if matches!(self.info.types.get(t), Type::Pointer(p) if self.is_interface(*p)) {
            return format!("type {} is pointer to interface, not interface", self.ts(t));
        }
        let base = format!("type {} has no field or method {name}", self.ts(t));
        // Same name with different capitalization?
        for alt in self.names_in(t) {
            if alt != name && alt.eq_ignore_ascii_case(name) {
                let what = match self.lookup_field_or_method(t, &alt) {
                    Found::Field { .. } => "field",
                    _ => "method",
                };
                return format!("{base}, but does have {what} {alt}");
            }
        }
        base
    }

    /// Field and method names directly in `t` (for hints).
    fn names_in(&self, t: TypeId) -> Vec<String> {
        let t = match self.info.types.get(t) {
            Type::Pointer(e) => *e,
            _ => t,
        };
        let mut out = Vec::new();
        if let Type::Named(n) = self.info.types.get(t) {
            out.extend(n.methods.iter().map(|&m| self.obj(m).name.clone()));
        }
        match self.info.types.under(t) {
            Type::Struct(fs) => out.extend(fs.iter().map(|f| f.name.clone())),
            Type::Interface(ms) => out.extend(ms.iter().map(|m| m.name.clone())),
            _ => {}
        }
        out
    }

    fn qualified(&mut self, pkg: ObjId, id: &'a Ident, sel: &'a Ident) -> Operand<'a> {
        self.used.insert(pkg);
        self.info.uses.insert(id.id, pkg);
        let path = self.obj(pkg).pkg.clone();
        if self.opaque_pkgs.contains(&path) {
            return Operand::invalid(None);
        }
        // Only exported names are visible from another package; gc (from
        // export data) calls an unexported one undefined.
        let mut members = self.std_pkg(&path).cloned().unwrap_or_default();
        members.retain(|k, _| k.starts_with(|c: char| c.is_uppercase()));
        let Some(m) = members.get(&sel.name).copied() else {
            if crate::stdlib::is_real_unprovided(&path, &sel.name) {
                let what = format!("{}.{} is not provided by gocc yet", path, sel.name);
                self.unsupported(sel.pos, &what);
                return Operand::invalid(None);
            }
            let exported = sel.name.chars().next().is_some_and(|c| c.is_uppercase());
            let alt = members
                .keys()
                .find(|k| k.eq_ignore_ascii_case(&sel.name))
                .cloned();
            let msg = match alt {
                Some(a) if !exported || a != sel.name => {
                    format!("undefined: {}.{} (but have {a})", id.name, sel.name)
                }
                // gc 1.26: `undefined: sort.insertionSort` for unexported
                // names, whether or not the package declares them.
                _ => format!("undefined: {}.{}", id.name, sel.name),
            };
            self.error(sel.pos, msg);
            return Operand::invalid(None);
        };
        self.info.uses.insert(sel.id, m);
        let ty = self.obj(m).ty;
        match self.obj(m).kind {
            ObjKind::Var(_) => Operand {
                mode: OpMode::Variable,
                ty,
                val: None,
                expr: None,
            },
            ObjKind::Const => Operand {
                mode: OpMode::Constant,
                ty,
                val: self.obj(m).value.clone(),
                expr: None,
            },
            ObjKind::TypeName => Operand {
                mode: OpMode::TypeExpr,
                ty,
                val: None,
                expr: None,
            },
            // unsafe.Sizeof, unsafe.Add, ...
            ObjKind::Builtin(b) => Operand {
                mode: OpMode::Builtin(b),
                ty,
                val: None,
                expr: None,
            },
            _ => Operand {
                mode: OpMode::Value,
                ty,
                val: None,
                expr: None,
            },
        }
    }

    /// `T.m` / `(*T).m`: a function whose first parameter is the receiver.
    fn method_expr(&mut self, e: &'a Expr, xv: &Operand<'a>, sel: &'a Ident) -> Operand<'a> {
        let t = xv.ty;
        let found = self.lookup_field_or_method(t, &sel.name);
        if let Found::Ambiguous = found {
            let msg = format!("ambiguous selector {}.{}", x_string(xv), sel.name);
            self.error(sel.pos, msg);
            return Operand::invalid(None);
        }
        let Found::Method {
            path,
            method,
            indirect,
            ptr_recv,
        } = found
        else {
            let msg = format!(
                "{}.{} undefined ({})",
                x_string(xv),
                sel.name,
                self.lookup_error(t, &sel.name)
            );
            self.error(sel.pos, msg);
            return Operand::invalid(None);
        };
        let sig = self.method_sig(method);
        let Type::Func(s) = self.info.types.get(sig).clone() else {
            return Operand::invalid(None);
        };
        if ptr_recv && !indirect && !matches!(self.info.types.get(t), Type::Pointer(_)) {
            let msg = format!(
                "invalid method expression {}.{} (needs pointer receiver (*{}).{})",
                x_string(xv),
                sel.name,
                self.ts(t),
                sel.name
            );
            self.error(sel.pos, msg);
            return Operand::invalid(None);
        }
        self.add_dep(method);
        self.info.uses.insert(sel.id, method);
        self.info.selections.insert(
            e.id,
            Selection {
                kind: SelectionKind::MethodExpr,
                recv: t,
                path,
                method: Some(method),
                indirect,
            },
        );
        let mut params = vec![t];
        params.extend(s.params.iter().copied());
        let ft = self.info.types.intern(Type::Func(Signature {
            params,
            results: s.results.clone(),
            variadic: s.variadic,
        }));
        Operand {
            mode: OpMode::Value,
            ty: ft,
            val: None,
            expr: None,
        }
    }

    /// `None` if type `v` implements interface `iface`, otherwise the
    /// parenthesized reason (`(missing method M)`, ...), as gc prints it.
    pub(crate) fn missing_method_cause(&mut self, v: TypeId, iface: TypeId) -> Option<String> {
        let Type::Interface(methods) = self.info.types.under(iface).clone() else {
            return None;
        };
        let v_is_iface = self.is_interface(v);
        for m in methods {
            let found = self.lookup_field_or_method(v, &m.name);
            match found {
                Found::Method {
                    method,
                    indirect,
                    ptr_recv,
                    ..
                } => {
                    let sig = self.method_sig(method);
                    if sig != m.sig {
                        return Some(format!(
                            "(wrong type for method {})\n\t\thave {}{}\n\t\twant {}{}",
                            m.name,
                            m.name,
                            self.sig_string(sig),
                            m.name,
                            self.sig_string(m.sig)
                        ));
                    }
                    let v_ptr = matches!(self.info.types.get(v), Type::Pointer(_));
                    if ptr_recv && !indirect && !v_ptr && !v_is_iface {
                        return Some(format!("(method {} has pointer receiver)", m.name));
                    }
                }
                _ => return Some(format!("(missing method {})", m.name)),
            }
        }
        None
    }

    fn sig_string(&self, sig: TypeId) -> String {
        let mut s = String::new();
        if let Type::Func(f) = self.info.types.get(sig) {
            self.info.types.write_signature(&mut s, f, false);
        }
        self.alias_names(s)
    }
}

fn x_string(x: &Operand) -> String {
    x.expr.map(expr_string).unwrap_or_default()
}
