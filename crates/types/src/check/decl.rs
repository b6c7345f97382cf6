//! Declarations: lazy resolution of package-level objects (with cycle
//! detection), constant/variable/type declarations at package level and
//! inside functions, and function signatures.

use std::collections::{HashMap, HashSet};

use syntax::ast::{self, Decl, Expr, NodeId};

use super::exprstring::expr_string;
use super::{Checker, Color, FuncCtx, OpMode, PkgDecl};
use crate::object::{ObjId, ObjKind, VarKind};
use crate::ty::{Signature, Type, TypeId};

impl<'a> Checker<'a> {
    /// Phase 2: resolve every package-level object.
    pub(crate) fn check_pkg_decls(&mut self) {
        for o in self.pkg_order.clone() {
            self.obj_decl(o);
        }
        for (_, m) in self.method_decls.clone() {
            self.obj_decl(m);
        }
        self.report_pending_under();
        self.check_field_method_clashes();
        self.check_recursive_types();
        for o in self.pkg_order.clone() {
            if matches!(
                self.pkg_decls.get(&o),
                Some(PkgDecl::Var { .. }) | Some(PkgDecl::Type(_))
            ) {
                self.check_size(o);
            }
        }
        for (kt, pos) in std::mem::take(&mut self.delayed_keys) {
            let ku = self.info.types.underlying(kt);
            if ku != self.info.types.invalid() && !self.comparable(kt) {
                self.error(pos, format!("invalid map key type {}", self.ts(kt)));
            }
        }
    }

    /// Makes sure package-level object `obj` is type-checked (types2's
    /// `objDecl`). A reference to an object still being resolved is a
    /// cycle: fine for type names (the named type exists already), left
    /// to the init order for constants and variables.
    pub(crate) fn obj_decl(&mut self, obj: ObjId) {
        match self.color.get(&obj) {
            None | Some(Color::Black) => return,
            Some(Color::Grey) => {
                if self.obj(obj).kind == ObjKind::TypeName {
                    // types2's validCycle: a cycle is fine when it goes
                    // through a type definition (or only through
                    // variables and constants); one made of aliases
                    // (`type A = B; type B = A`, `type A = []A`) has no
                    // type at all.
                    // The innermost occurrence: an alias evaluated early
                    // (below) is on the path twice.
                    let start = self.obj_path.iter().rposition(|&o| o == obj);
                    if let Some(start) = start {
                        let cycle = self.obj_path[start..].to_vec();
                        let through_def = cycle.iter().any(
                            |o| matches!(self.pkg_decls.get(o), Some(PkgDecl::Type(s)) if !s.alias),
                        );
                        let all_values = cycle.iter().all(|o| {
                            matches!(
                                self.pkg_decls.get(o),
                                Some(PkgDecl::Var { .. } | PkgDecl::Const { .. })
                            )
                        });
                        if !through_def && !all_values {
                            self.cycle_error(&cycle);
                            return;
                        }
                    }
                    self.alias_in_cycle(obj);
                    return;
                }
                // A constant or variable whose type depends on itself:
                // the initialization-cycle error comes from init order.
                return;
            }
            Some(Color::White) => {}
        }
        let Some(decl) = self.pkg_decls.get(&obj).copied() else {
            return;
        };
        self.color.insert(obj, Color::Grey);
        self.in_decl_context(obj, |c| match decl {
            PkgDecl::Const {
                ty,
                values,
                index,
                iota,
                inherited,
            } => {
                if inherited {
                    c.errpos = Some(c.obj(obj).pos);
                }
                c.const_decl(obj, ty, values, index, iota);
                c.errpos = None;
            }
            PkgDecl::Var { spec, index } => c.pkg_var_decl(obj, spec, index),
            PkgDecl::Type(spec) => c.type_decl(obj, spec),
            PkgDecl::Func(fd) => c.func_decl_sig(obj, fd),
        });
        self.color.insert(obj, Color::Black);
    }

    /// Runs `f` as the declaration of package-level `obj`: in the package
    /// scope, outside any function, with `obj` on the declaration path.
    fn in_decl_context(&mut self, obj: ObjId, f: impl FnOnce(&mut Self)) {
        self.obj_path.push(obj);
        let saved_scope = self.scope;
        let saved_decl = self.cur_decl;
        let saved_fctx = std::mem::take(&mut self.fctx);
        let saved_iota = self.iota.take();
        let saved_errpos = self.errpos.take();
        self.scope = self.decl_scope.get(&obj).copied().unwrap_or(self.pkg_scope);
        self.cur_decl = Some(obj);
        f(self);
        self.scope = saved_scope;
        self.cur_decl = saved_decl;
        self.fctx = saved_fctx;
        self.iota = saved_iota;
        self.errpos = saved_errpos;
        self.obj_path.pop();
    }

    /// An alias used while its own right-hand side is being resolved,
    /// through a defined type (`type A = *B; type B struct{ a A }`: B's
    /// field names A while A waits for B). types2 hands out an Alias node
    /// there and fills in its actual type later; types here are interned
    /// structurally, so the alias's type is computed now instead, by
    /// evaluating its right-hand side again: the names on the path are
    /// grey and yield their (named) types without recursing, so this
    /// gives the same type the outer evaluation will. A use of the alias
    /// inside that evaluation is a cycle of its own (the alias is on the
    /// path again), reported as such when no defined type is in it.
    fn alias_in_cycle(&mut self, obj: ObjId) {
        let Some(&PkgDecl::Type(spec)) = self.pkg_decls.get(&obj) else {
            return;
        };
        if !spec.alias
            || self.obj(obj).ty != self.info.types.invalid()
            || self.cycle_reported.contains(&obj)
        {
            return;
        }
        self.in_decl_context(obj, |c| {
            let t = c.typexpr(&spec.ty);
            if !c.cycle_reported.contains(&obj) {
                c.obj_mut(obj).ty = t;
            }
        });
    }

    fn const_decl(
        &mut self,
        obj: ObjId,
        ty: Option<&'a Expr>,
        values: &'a [Expr],
        index: usize,
        iota: u32,
    ) {
        self.iota = Some(iota);
        let t = ty.map(|t| self.typexpr(t));
        if let Some(t) = t
            && !self.is_const_type(t)
            && self.is_valid(t)
        {
            let pos = ty.map_or(0, |e| e.pos);
            self.error(pos, format!("invalid constant type {}", self.ts(t)));
            self.obj_mut(obj).ty = self.info.types.invalid();
            return;
        }
        let Some(e) = values.get(index) else {
            let name = self.obj(obj).name.clone();
            let pos = self.obj(obj).pos;
            self.error(pos, format!("missing init expr for {name}"));
            self.obj_mut(obj).ty = self.info.types.invalid();
            return;
        };
        if index == 0 && values.len() > 1 {
            // Extra values are reported once, by the spec's first name.
        }
        let mut x = self.expr(e);
        if x.is_invalid() {
            self.obj_mut(obj).ty = self.info.types.invalid();
            return;
        }
        if x.mode != OpMode::Constant {
            let d = self.describe(&x);
            self.error(self.opos(&x), format!("{d} is not constant"));
            self.obj_mut(obj).ty = self.info.types.invalid();
            return;
        }
        if let Some(t) = t {
            self.assignment(&mut x, Some(t), "constant declaration");
        }
        if x.is_invalid() {
            self.obj_mut(obj).ty = self.info.types.invalid();
            return;
        }
        let o = self.obj_mut(obj);
        o.ty = x.ty;
        o.value = x.val;
        self.iota = None;
    }

    /// Arity errors of a var/const spec (`missing init expr`, `extra init
    /// expr`).
    fn spec_arity(&mut self, names: &[ast::Ident], values: &[Expr], is_const: bool) {
        let (l, r) = (names.len(), values.len());
        if l < r {
            self.error(
                super::exprstring::start_pos(&values[l]),
                format!("extra init expr {}", expr_string(&values[l])),
            );
        } else if l > r && (is_const || r > 1) {
            let n = &names[r];
            self.error(n.pos, format!("missing init expr for {}", n.name));
        }
    }

    fn pkg_var_decl(&mut self, obj: ObjId, spec: &'a ast::VarSpec, index: usize) {
        let t = spec.ty.as_ref().map(|t| self.typexpr(t));
        let group = self.var_groups.get(&obj).cloned();
        let lhs = group.clone().unwrap_or_else(|| vec![obj]);
        if let Some(t) = t {
            for &o in &lhs {
                self.obj_mut(o).ty = t;
            }
        }
        // The whole group is resolved at once.
        for &o in &lhs {
            self.color.insert(o, Color::Grey);
        }
        if index == 0 {
            self.spec_arity(&spec.names, &spec.values, false);
        }
        if spec.values.is_empty() {
            if t.is_none() {
                // Parser guarantees a type or values; be safe.
                self.obj_mut(obj).ty = self.info.types.invalid();
            }
        } else if group.is_some() {
            self.init_vars(&lhs, &spec.values, None);
        } else if let Some(v) = spec.values.get(index) {
            let mut x = self.expr(v);
            self.init_var(obj, &mut x, "variable declaration");
        }
        // Every variable of a multi-value group depends on what the
        // shared initializer references.
        let deps = self.deps.get(&obj).cloned().unwrap_or_default();
        for &o in &lhs {
            if o != obj {
                self.color.insert(o, Color::Black);
                self.deps.insert(o, deps.clone());
            }
        }
    }

    fn type_decl(&mut self, obj: ObjId, spec: &'a ast::TypeSpec) {
        if let Some(p) = spec.type_params {
            self.unsupported(p, "generic type declarations");
        }
        if spec.alias {
            let t = self.typexpr(&spec.ty);
            self.obj_mut(obj).ty = t;
            return;
        }
        let named = self.obj(obj).ty;
        let rhs = self.typexpr(&spec.ty);
        if self.invalid_named.contains(&obj) {
            return;
        }
        let under = self.info.types.underlying(rhs);
        if under == self.info.types.invalid() && rhs != self.info.types.invalid() {
            // The rhs is a defined type still being resolved: either a
            // valid indirect reference (`type T1 struct{ p *T2 }; type T2
            // T1`) or a cycle; decided once everything is resolved.
            self.pending_under.push((obj, named, rhs));
            return;
        }
        self.info.types.set_underlying(named, under);
        self.resolve_pending_under();
    }

    /// Sets the underlying types of pending `type A B` declarations whose
    /// `B` is now complete.
    fn resolve_pending_under(&mut self) {
        loop {
            let inv = self.info.types.invalid();
            let ready = self
                .pending_under
                .iter()
                .position(|&(_, _, rhs)| self.info.types.underlying(rhs) != inv);
            let Some(i) = ready else { break };
            let (_, named, rhs) = self.pending_under.remove(i);
            let u = self.info.types.underlying(rhs);
            self.info.types.set_underlying(named, u);
        }
    }

    /// Pending declarations left at the end form cycles.
    fn report_pending_under(&mut self) {
        let pending = std::mem::take(&mut self.pending_under);
        let next: HashMap<TypeId, (ObjId, TypeId)> =
            pending.iter().map(|&(o, n, r)| (n, (o, r))).collect();
        let mut done: HashSet<TypeId> = HashSet::new();
        for &(obj, named, rhs) in &pending {
            if done.contains(&named) {
                continue;
            }
            let name = self.obj(obj).name.clone();
            let pos = self.obj(obj).pos;
            if rhs == named {
                done.insert(named);
                self.error(
                    pos,
                    format!("invalid recursive type: {name} refers to itself"),
                );
                continue;
            }
            // Follow `type A B; type B C; ...` back to A.
            let mut cycle = vec![(obj, named)];
            let mut cur = rhs;
            while let Some(&(o, r)) = next.get(&cur) {
                if cycle.iter().any(|&(_, n)| n == cur) {
                    break;
                }
                cycle.push((o, cur));
                cur = r;
            }
            if cur != named {
                continue; // leads into a cycle reported by its members
            }
            // gc starts the report at the first declared type.
            let first = (0..cycle.len())
                .min_by_key(|&i| self.obj(cycle[i].0).pos)
                .unwrap_or(0);
            cycle.rotate_left(first);
            let (name, pos) = (self.obj(cycle[0].0).name.clone(), self.obj(cycle[0].0).pos);
            let mut msg = format!("invalid recursive type {name}");
            for (i, &(o, n)) in cycle.iter().enumerate() {
                done.insert(n);
                let (a, b) = (o, cycle[(i + 1) % cycle.len()].0);
                msg.push_str(&format!(
                    "\n\t{}: {} refers to {}",
                    self.pos_string(self.obj(a).pos),
                    self.obj(a).name,
                    self.obj(b).name
                ));
            }
            self.error(pos, msg);
        }
    }

    /// gc's `invalid recursive type` for a cycle of declarations (in the
    /// order they refer to each other), reported once, at the one declared
    /// first; the type names of the cycle become invalid.
    pub(crate) fn cycle_error(&mut self, cycle: &[ObjId]) {
        if cycle.iter().any(|o| self.cycle_reported.contains(o)) {
            return;
        }
        self.cycle_reported.extend(cycle.iter().copied());
        let inv = self.info.types.invalid();
        let first = self.first_in_source(cycle);
        for &o in cycle {
            if self.obj(o).kind == ObjKind::TypeName {
                let t = self.obj(o).ty;
                if !matches!(self.info.types.get(t), Type::Named(_)) {
                    self.obj_mut(o).ty = inv;
                } else if o == first {
                    // As types2, only the defined type the error names
                    // becomes invalid; the others get their types.
                    self.info.types.set_underlying(t, inv);
                    self.invalid_named.insert(o);
                }
            }
        }
        self.report_type_cycle(cycle);
    }

    /// The member of a cycle declared first (gc reports the cycle there).
    fn first_in_source(&self, cycle: &[ObjId]) -> ObjId {
        cycle
            .iter()
            .copied()
            .min_by_key(|&o| self.obj(o).pos)
            .unwrap_or(cycle[0])
    }

    /// gc's `invalid recursive type` message for a cycle of type names
    /// (each referring to the next), at the one declared first.
    fn report_type_cycle(&mut self, cycle: &[ObjId]) {
        let mut cycle = cycle.to_vec();
        let first = self.first_in_source(&cycle);
        let first = cycle.iter().position(|&o| o == first).unwrap_or(0);
        cycle.rotate_left(first);
        let (name, pos) = (self.obj(cycle[0]).name.clone(), self.obj(cycle[0]).pos);
        if cycle.len() == 1 {
            self.error(
                pos,
                format!("invalid recursive type: {name} refers to itself"),
            );
            return;
        }
        let mut msg = format!("invalid recursive type {name}");
        for (i, &a) in cycle.iter().enumerate() {
            let b = cycle[(i + 1) % cycle.len()];
            msg.push_str(&format!(
                "\n\t{}: {} refers to {}",
                self.pos_string(self.obj(a).pos),
                self.obj(a).name,
                self.obj(b).name
            ));
        }
        self.error(pos, msg);
    }

    /// Reports and breaks a local type that contains itself directly.
    fn check_local_recursive(&mut self, obj: ObjId) {
        let t = self.obj(obj).ty;
        let mut path = Vec::new();
        if self.contains_directly(self.info.types.underlying(t), t, &mut path) {
            let name = self.obj(obj).name.clone();
            let pos = self.obj(obj).pos;
            self.error(
                pos,
                format!("invalid recursive type: {name} refers to itself"),
            );
            let inv = self.info.types.invalid();
            self.info.types.set_underlying(t, inv);
        }
    }

    fn check_field_method_clashes(&mut self) {
        for (fd, m) in self.method_decls.clone() {
            let Some(recv) = self.obj(m).recv else {
                continue;
            };
            if matches!(
                self.info.types.under(recv.named),
                Type::Pointer(_) | Type::Interface(_)
            ) {
                let name = self.ts(recv.named);
                let pos = fd
                    .recv
                    .as_ref()
                    .map_or(fd.name.pos, |r| super::exprstring::start_pos(&r.ty));
                self.error(
                    pos,
                    format!("invalid receiver type {name} (pointer or interface type)"),
                );
                continue;
            }
            let Type::Struct(fields) = self.info.types.under(recv.named).clone() else {
                continue;
            };
            // Blank fields and methods never clash (go/test blank.go).
            if fd.name.name != "_"
                && let Some(f) = fields.iter().find(|f| f.name == fd.name.name)
            {
                let _ = f;
                let fpos = self.field_pos(recv.named, &fd.name.name);
                let msg = format!(
                    "field and method with the same name {}\n\t{}: other declaration of {}",
                    fd.name.name,
                    self.pos_string(fpos),
                    fd.name.name
                );
                self.error(fd.name.pos, msg);
            }
        }
    }

    /// Declaration position of a field of a struct type declared in this
    /// file (for the field/method clash message).
    fn field_pos(&self, named: TypeId, name: &str) -> syntax::Pos {
        let Type::Named(n) = self.info.types.get(named) else {
            return 0;
        };
        let Some(PkgDecl::Type(spec)) = self.pkg_decls.get(&n.obj) else {
            return 0;
        };
        if let ast::ExprKind::StructType(fields) = &spec.ty.kind {
            for f in fields {
                for id in &f.names {
                    if id.name == name {
                        return id.pos;
                    }
                }
                if f.names.is_empty() {
                    return f.ty.pos;
                }
            }
        }
        0
    }

    /// `type T struct{ x T }` and friends: a type containing itself
    /// without indirection.
    fn check_recursive_types(&mut self) {
        let named: Vec<ObjId> = self
            .pkg_order
            .iter()
            .copied()
            .filter(|o| matches!(self.pkg_decls.get(o), Some(PkgDecl::Type(s)) if !s.alias))
            .collect();
        for o in named {
            let t = self.obj(o).ty;
            let mut path = Vec::new();
            if self.contains_directly(self.info.types.underlying(t), t, &mut path) {
                // The cycle: this type, then the named types it contains
                // on the way back to itself.
                let mut cycle = vec![o];
                cycle.extend(path.iter().filter_map(|&n| match self.info.types.get(n) {
                    Type::Named(n) => Some(n.obj),
                    _ => None,
                }));
                self.report_type_cycle(&cycle);
                // Break the cycle so layout computations terminate (only
                // at this type, as types2: the others stay valid).
                let inv = self.info.types.invalid();
                self.info.types.set_underlying(t, inv);
            }
        }
    }

    fn contains_directly(&self, t: TypeId, target: TypeId, path: &mut Vec<TypeId>) -> bool {
        if path.len() > 64 {
            return false;
        }
        match self.info.types.get(t).clone() {
            Type::Named(_) => {
                if t == target {
                    return true;
                }
                if path.contains(&t) {
                    return false;
                }
                path.push(t);
                let r = self.contains_directly(self.info.types.underlying(t), target, path);
                if !r {
                    path.pop();
                }
                r
            }
            Type::Array { elem, .. } => self.contains_directly(elem, target, path),
            Type::Struct(fields) => fields
                .iter()
                .any(|f| self.contains_directly(f.ty, target, path)),
            _ => false,
        }
    }

    /// A function declaration's signature: creates parameter and result
    /// objects (receiver first) owned by the function's name ident.
    fn func_decl_sig(&mut self, obj: ObjId, fd: &'a ast::FuncDecl) {
        if let Some(p) = fd.type_params {
            self.unsupported(p, "generic functions");
        }
        let owner = fd.name.id;
        let t = self.func_sig_objects(&fd.sig, fd.recv.as_ref(), owner);
        self.obj_mut(obj).ty = t;
        // `go build` compiles with -complete (no assembly in a gocc
        // program); `go tool compile` alone accepts a declaration without
        // body (implemented in assembly elsewhere).
        if fd.body.is_none() && self.unit == crate::Unit::Program {
            self.error(fd.name.pos, "missing function body");
        }
        if let Some(r) = &fd.recv
            && self.obj(obj).recv.is_none()
        {
            self.bad_receiver(r);
        }
    }

    fn bad_receiver(&mut self, r: &'a ast::Field) {
        let t = self.info.types.invalid();
        let _ = t;
        let mut e = super::exprstring::unparen(&r.ty);
        if let ast::ExprKind::Star(x) = &e.kind {
            e = super::exprstring::unparen(x);
        }
        let s = expr_string(e);
        match self.lookup(&s) {
            None => {}
            Some(o) if self.obj(o).kind == ObjKind::TypeName => {
                let ty = self.obj(o).ty;
                let msg = if matches!(self.info.types.get(ty), Type::Basic(_))
                    || self.obj(o).pkg != self.pkg_path
                {
                    format!("cannot define new methods on non-local type {s}")
                } else if matches!(
                    self.info.types.under(ty),
                    Type::Pointer(_) | Type::Interface(_)
                ) {
                    format!("invalid receiver type {s} (pointer or interface type)")
                } else {
                    format!("invalid receiver type {s}")
                };
                self.error(e.pos, msg);
            }
            Some(_) => self.error(e.pos, format!("{s} is not a type")),
        }
    }

    /// Builds the signature type of `sig` and the parameter/result objects
    /// (recorded in `func_params`/`func_results` under `owner`).
    pub(crate) fn func_sig_objects(
        &mut self,
        sig: &'a ast::FuncType,
        recv: Option<&'a ast::Field>,
        owner: NodeId,
    ) -> TypeId {
        self.check_param_names(sig, recv);
        let mut params = Vec::new();
        let mut pobjs = Vec::new();
        let mut variadic = false;
        let fields = recv
            .into_iter()
            .map(|f| (f, true))
            .chain(sig.params.iter().map(|f| (f, false)));
        let nparams = sig.params.len();
        for (i, (f, is_recv)) in fields.enumerate() {
            let mut t = self.typexpr(&f.ty);
            if f.variadic {
                let last = i + 1 == nparams + recv.is_some() as usize;
                if !last {
                    let pos = self.ellipsis_pos(&f.ty);
                    self.error(pos, "can only use ... with final parameter");
                } else {
                    variadic = true;
                }
                t = self.info.types.slice(t);
            }
            let n = f.names.len().max(1);
            for k in 0..n {
                let (name, pos, id) = match f.names.get(k) {
                    Some(id) => (id.name.as_str(), id.pos, Some(id.id)),
                    None => ("", f.pos, None),
                };
                let o = self.new_obj(ObjKind::Var(VarKind::Param), name, pos, t);
                self.obj_mut(o).owner = Some(owner);
                if let Some(id) = id
                    && name != "_"
                {
                    self.info.defs.insert(id, o);
                }
                pobjs.push(o);
                if !is_recv {
                    params.push(t);
                }
            }
        }
        let mut results = Vec::new();
        let mut robjs = Vec::new();
        for f in &sig.results {
            let t = self.typexpr(&f.ty);
            let n = f.names.len().max(1);
            for k in 0..n {
                let (name, pos, id) = match f.names.get(k) {
                    Some(id) => (id.name.as_str(), id.pos, Some(id.id)),
                    None => ("", f.pos, None),
                };
                let o = self.new_obj(ObjKind::Var(VarKind::Result), name, pos, t);
                self.obj_mut(o).owner = Some(owner);
                if let Some(id) = id
                    && name != "_"
                {
                    self.info.defs.insert(id, o);
                }
                robjs.push(o);
                results.push(t);
            }
        }
        self.info.func_params.insert(owner, pobjs);
        self.info.func_results.insert(owner, robjs);
        self.info.types.intern(Type::Func(Signature {
            params,
            results,
            variadic,
        }))
    }

    /// Phase 3: function bodies, in source order.
    pub(crate) fn check_bodies(&mut self) {
        let files = self.files;
        for (file, &fs) in files.iter().zip(&self.file_scopes.clone()) {
            for d in &file.decls {
                let Decl::Func(fd) = d else { continue };
                let Some(body) = &fd.body else { continue };
                let Some(&obj) = self.info.defs.get(&fd.name.id) else {
                    continue;
                };
                self.cur_decl = Some(obj);
                self.scope = fs;
                self.func_body(fd.name.id, body);
                self.cur_decl = None;
            }
        }
    }

    /// Checks a function body (declaration or literal) whose parameter
    /// objects were created under `owner`.
    pub(crate) fn func_body(&mut self, owner: NodeId, body: &'a ast::Block) {
        let params = self
            .info
            .func_params
            .get(&owner)
            .cloned()
            .unwrap_or_default();
        let results = self
            .info
            .func_results
            .get(&owner)
            .cloned()
            .unwrap_or_default();
        let ctx = FuncCtx {
            results: results.iter().map(|&o| self.obj(o).ty).collect(),
            named_results: results
                .first()
                .is_some_and(|&o| !self.obj(o).name.is_empty()),
            owner: Some(owner),
            locals: Vec::new(),
        };
        let saved = std::mem::replace(&mut self.fctx, ctx);
        let saved_scope = self.scope;
        self.open_scope();
        // Duplicate names were reported with the signature.
        for &o in params.iter().chain(&results) {
            let name = self.obj(o).name.clone();
            if name != "_" && !name.is_empty() {
                self.scopes[self.scope].names.entry(name).or_insert(o);
            }
        }
        self.block_stmts(&body.stmts, super::stmt::StmtCtx::default());
        if !results.is_empty() && !self.is_terminating_list(&body.stmts) {
            self.error(body.rbrace, "missing return");
        }
        self.check_labels(body);
        self.check_gotos(body);
        self.report_unused();
        self.scope = saved_scope;
        self.fctx = saved;
    }

    fn report_unused(&mut self) {
        let mut unused: Vec<ObjId> = self
            .fctx
            .locals
            .iter()
            .copied()
            .filter(|o| !self.used.contains(o))
            .collect();
        unused.sort_by_key(|o| self.obj(*o).pos);
        for o in unused {
            let (pos, name) = (self.obj(o).pos, self.obj(o).name.clone());
            self.error(pos, format!("declared and not used: {name}"));
        }
    }

    /// A `var`, `const` or `type` declaration inside a function.
    pub(crate) fn local_decl(&mut self, d: &'a Decl) {
        match d {
            Decl::Const(specs) => {
                let mut last: (Option<&'a Expr>, &'a [Expr]) = (None, &[]);
                for spec in specs {
                    if spec.ty.is_some() || !spec.values.is_empty() {
                        last = (spec.ty.as_ref(), &spec.values);
                    }
                    let mut objs = Vec::new();
                    for (i, n) in spec.names.iter().enumerate() {
                        let inv = self.info.types.invalid();
                        let o = self.new_obj(ObjKind::Const, &n.name, n.pos, inv);
                        if spec.values.is_empty() {
                            self.errpos = Some(n.pos);
                        }
                        self.const_decl(o, last.0, last.1, i, spec.iota);
                        self.errpos = None;
                        if !n.is_blank() {
                            self.info.defs.insert(n.id, o);
                        }
                        objs.push((o, n.pos));
                    }
                    if !spec.values.is_empty() {
                        self.spec_arity(&spec.names, &spec.values, true);
                    }
                    for (o, pos) in objs {
                        self.declare(o, pos);
                    }
                }
            }
            Decl::Var(specs) => {
                for spec in specs {
                    let t = spec.ty.as_ref().map(|t| self.typexpr(t));
                    let mut objs = Vec::new();
                    for n in &spec.names {
                        let ty = t.unwrap_or(self.info.types.invalid());
                        let o = self.new_local(n, ty);
                        objs.push(o);
                    }
                    if spec.values.len() == 1 && spec.names.len() > 1 {
                        self.init_vars(&objs, &spec.values, None);
                    } else {
                        for (i, v) in spec.values.iter().enumerate() {
                            let mut x = self.expr(v);
                            if let Some(&o) = objs.get(i) {
                                self.init_var(o, &mut x, "variable declaration");
                            }
                        }
                    }
                    self.spec_arity(&spec.names, &spec.values, false);
                    for (o, n) in objs.into_iter().zip(&spec.names) {
                        self.declare_local(o, n.pos);
                    }
                }
            }
            Decl::Type(specs) => {
                for spec in specs {
                    let inv = self.info.types.invalid();
                    let o = self.new_obj(ObjKind::TypeName, &spec.name.name, spec.name.pos, inv);
                    self.info.defs.insert(spec.name.id, o);
                    if spec.alias {
                        if matches!(&spec.ty.kind, ast::ExprKind::Name(id) if id.name == spec.name.name)
                        {
                            let msg = format!(
                                "invalid recursive type: {} refers to itself",
                                spec.name.name
                            );
                            self.error(spec.name.pos, msg);
                            continue;
                        }
                        let t = self.typexpr(&spec.ty);
                        self.obj_mut(o).ty = t;
                        self.declare(o, spec.name.pos);
                        continue;
                    }
                    let pkg = self.pkg_path.clone();
                    let t = self.info.types.new_named(o, &spec.name.name, &pkg);
                    self.obj_mut(o).ty = t;
                    // The name is in scope in its own definition.
                    self.declare(o, spec.name.pos);
                    if let Some(p) = spec.type_params {
                        self.unsupported(p, "generic type declarations");
                    }
                    let rhs = self.typexpr(&spec.ty);
                    let u = self.info.types.underlying(rhs);
                    if rhs == t {
                        let msg = format!(
                            "invalid recursive type: {} refers to itself",
                            spec.name.name
                        );
                        self.error(spec.name.pos, msg);
                    }
                    self.info.types.set_underlying(t, u);
                    self.check_local_recursive(o);
                    self.check_size(o);
                }
            }
            Decl::Func(fd) => {
                self.error(fd.pos, "function declaration not allowed in function body")
            }
        }
    }

    /// gc's `type [N]T larger than address space` for a variable or type
    /// declaration (reported at its name, as gc does): such a type has no
    /// layout, and nothing later may try to allocate it.
    fn check_size(&mut self, o: ObjId) {
        let t = self.obj(o).ty;
        if let Some(big) = self.info.types.oversized_array(t) {
            let msg = format!("type {} larger than address space", self.ts(big));
            self.error(self.obj(o).pos, msg);
        }
    }

    /// A new local variable object (not yet in scope), registered for the
    /// unused check.
    pub(crate) fn new_local(&mut self, n: &ast::Ident, ty: TypeId) -> ObjId {
        let o = self.new_obj(ObjKind::Var(VarKind::Local), &n.name, n.pos, ty);
        self.obj_mut(o).owner = self.fctx.owner;
        if !n.is_blank() {
            self.info.defs.insert(n.id, o);
        }
        o
    }

    /// Declares a local variable in the current scope; only declared
    /// variables take part in the `declared and not used` check.
    pub(crate) fn declare_local(&mut self, o: ObjId, pos: syntax::Pos) {
        self.check_size(o);
        let blank = self.obj(o).name == "_";
        if self.declare(o, pos) && !blank {
            self.fctx.locals.push(o);
        }
    }
}
