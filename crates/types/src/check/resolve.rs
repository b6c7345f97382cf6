//! Package level: collecting declarations, imports, `main`/`init` rules,
//! and the package initialization order (Go spec "Package
//! initialization", computed as types2's initorder.go does).

use std::collections::{HashMap, HashSet};

use syntax::ast::{self, Decl, ExprKind};

use super::constant as cst;
use super::exprstring::unparen;
use super::{Checker, Color, PkgDecl};
use crate::constant::ConstValue;
use crate::info::Initializer;
use crate::object::{ObjId, ObjKind, Receiver, VarKind};
use crate::ty::{BasicKind, Type};

impl<'a> Checker<'a> {
    fn declare_pkg(
        &mut self,
        obj: ObjId,
        decl: PkgDecl<'a>,
        pos: syntax::Pos,
        name_id: ast::NodeId,
    ) {
        let (name, kind) = (self.obj(obj).name.clone(), self.obj(obj).kind.clone());
        if name == "init" && kind != ObjKind::Func {
            self.error(pos, format!("cannot declare {name} - must be func"));
            return;
        }
        self.info.defs.insert(name_id, obj);
        self.pkg_decls.insert(obj, decl);
        self.color.insert(obj, Color::White);
        self.pkg_order.push(obj);
        let saved = self.scope;
        self.scope = self.pkg_scope;
        self.declare(obj, pos);
        self.scope = saved;
    }

    /// Phase 1: enter every package-level object into the package scope,
    /// file by file (each file's imports into its own file scope).
    pub(crate) fn collect(&mut self) {
        let files = self.files;
        for (i, file) in files.iter().enumerate() {
            self.cur_file_scope = self.file_scopes[i];
            self.collect_file(file);
        }
        self.attach_methods();
        self.check_file_scope_clashes();
    }

    fn collect_file(&mut self, file: &'a ast::File) {
        let last = self.pkg_path.rsplit('/').next().unwrap_or("").to_string();
        if file.package.name == "_" {
            self.error(file.package.pos, "invalid package name _");
        } else if file.package.name != self.pkg_name {
            // The go command finds this while loading the package; a
            // package handed to the checker has one name.
            let msg = format!(
                "package {}; expected package {}",
                file.package.name, self.pkg_name
            );
            self.error(file.package.pos, msg);
        } else if self.pkg_std {
            // A std package's source (crates/gocc/std) names its package.
            if file.package.name != last {
                self.error(
                    file.package.pos,
                    format!(
                        "std package {} declares package {}",
                        self.pkg_path, file.package.name
                    ),
                );
            }
        } else if file.package.name != "main" && self.unit == crate::Unit::Program {
            // `gocc build` builds programs only.
            self.error(
                file.package.pos,
                format!("package {} is not a main package", file.package.name),
            );
        }
        for imp in &file.imports {
            self.collect_import(imp);
        }
        let inv = self.info.types.invalid();
        for decl in &file.decls {
            match decl {
                Decl::Const(specs) => {
                    let mut last: (Option<&'a ast::Expr>, &'a [ast::Expr]) = (None, &[]);
                    for spec in specs {
                        if spec.ty.is_some() || !spec.values.is_empty() {
                            last = (spec.ty.as_ref(), &spec.values);
                        }
                        for (i, n) in spec.names.iter().enumerate() {
                            let o = self.new_obj(ObjKind::Const, &n.name, n.pos, inv);
                            let d = PkgDecl::Const {
                                ty: last.0,
                                values: last.1,
                                index: i,
                                iota: spec.iota,
                                inherited: spec.values.is_empty(),
                            };
                            self.declare_pkg(o, d, n.pos, n.id);
                        }
                    }
                }
                Decl::Var(specs) => {
                    for spec in specs {
                        let mut group = Vec::new();
                        for (i, n) in spec.names.iter().enumerate() {
                            let o =
                                self.new_obj(ObjKind::Var(VarKind::Package), &n.name, n.pos, inv);
                            group.push(o);
                            if n.is_blank() {
                                // Blank package vars still get an object so
                                // that `Initializer::lhs` lines up; no def.
                                self.pkg_decls.insert(o, PkgDecl::Var { spec, index: i });
                                self.color.insert(o, Color::White);
                                self.pkg_order.push(o);
                            } else {
                                self.declare_pkg(o, PkgDecl::Var { spec, index: i }, n.pos, n.id);
                            }
                        }
                        if spec.values.len() == 1 && spec.names.len() > 1 {
                            for &o in &group {
                                self.var_groups.insert(o, group.clone());
                            }
                        }
                    }
                }
                Decl::Type(specs) => {
                    for spec in specs {
                        let o =
                            self.new_obj(ObjKind::TypeName, &spec.name.name, spec.name.pos, inv);
                        if !spec.alias {
                            let pkg = self.pkg_path.clone();
                            let t = self.info.types.new_named(o, &spec.name.name, &pkg);
                            self.obj_mut(o).ty = t;
                        }
                        self.declare_pkg(o, PkgDecl::Type(spec), spec.name.pos, spec.name.id);
                    }
                }
                Decl::Func(fd) => self.collect_func(fd),
            }
        }
        // The declarations of this file resolve names in its scope.
        let fs = self.cur_file_scope;
        for &o in self.pkg_decls.keys() {
            self.decl_scope.entry(o).or_insert(fs);
        }
    }

    /// A package-level name may not repeat a name of a file scope (an
    /// import, or a dot-imported name), as types2's resolver checks; for
    /// a dot-imported name gc's continuation line names the other
    /// declaration in GOROOT: omitted.
    fn check_file_scope_clashes(&mut self) {
        let mut clashes: Vec<(syntax::Pos, String)> = Vec::new();
        for &fs in &self.file_scopes.clone() {
            for (name, &o) in &self.scopes[self.pkg_scope].names {
                let Some(&d) = self.scopes[fs].names.get(name) else {
                    continue;
                };
                let (kind, opos) = (self.obj(d).kind.clone(), self.obj(d).pos);
                let path = self.obj(d).pkg.clone();
                let pkg = path.rsplit('/').next().unwrap_or(&path).to_string();
                let msg = if kind == ObjKind::PkgName {
                    // The import counts as used (its uses resolve to it).
                    self.used.insert(d);
                    format!(
                        "{name} already declared through import of package {pkg} (\"{path}\")\n\t{}: other declaration of {name}",
                        self.pos_string(opos)
                    )
                } else {
                    // gc resolves uses to the dot-imported object (the
                    // file scope is inner): the import counts as used.
                    self.dot_used.borrow_mut().insert((fs, d));
                    format!(
                        "{name} already declared through dot-import of package {pkg} (\"{path}\")"
                    )
                };
                clashes.push((self.obj(o).pos, msg));
            }
        }
        clashes.sort();
        for (pos, msg) in clashes {
            self.error(pos, msg);
        }
    }

    fn collect_func(&mut self, fd: &'a ast::FuncDecl) {
        let inv = self.info.types.invalid();
        let name = &fd.name;
        let o = self.new_obj(ObjKind::Func, &name.name, name.pos, inv);
        if fd.recv.is_some() {
            self.info.defs.insert(name.id, o);
            self.pkg_decls.insert(o, PkgDecl::Func(fd));
            self.color.insert(o, Color::White);
            self.method_decls.push((fd, o));
            return;
        }
        if (name.name == "init" || (name.name == "main" && self.pkg_name == "main"))
            && (!fd.sig.params.is_empty() || !fd.sig.results.is_empty())
        {
            {
                self.error(
                    name.pos,
                    format!(
                        "func {} must have no arguments and no return values",
                        name.name
                    ),
                );
            }
        }
        if name.name == "init" {
            // init functions cannot be referred to; there may be many.
            self.info.defs.insert(name.id, o);
            self.pkg_decls.insert(o, PkgDecl::Func(fd));
            self.color.insert(o, Color::White);
            self.pkg_order.push(o);
            if fd.body.is_none() {
                self.error(name.pos, "func init must have a body");
            }
            return;
        }
        if name.is_blank() {
            self.info.defs.insert(name.id, o);
            self.pkg_decls.insert(o, PkgDecl::Func(fd));
            self.color.insert(o, Color::White);
            self.pkg_order.push(o);
            return;
        }
        self.declare_pkg(o, PkgDecl::Func(fd), name.pos, name.id);
    }

    /// Associates each method with its receiver's base type (`T` of `T` or
    /// `*T`) so that selectors find methods before signatures are checked.
    fn attach_methods(&mut self) {
        let mut seen: HashMap<(ObjId, String), ObjId> = HashMap::new();
        for (fd, m) in self.method_decls.clone() {
            let Some(recv) = &fd.recv else { continue };
            let mut t = unparen(&recv.ty);
            let mut pointer = false;
            if let ExprKind::Star(x) = &t.kind {
                pointer = true;
                t = unparen(x);
            }
            let ExprKind::Name(base) = &t.kind else {
                continue;
            };
            let Some(&first) = self.scopes[self.pkg_scope].names.get(&base.name) else {
                continue;
            };
            // Follow `type A = T` and `type A = *T` aliases (by name) to the
            // defined type, as types2's resolveBaseTypeName: at most one
            // pointer on the way, and the receiver is then a pointer.
            let mut tobj = first;
            let mut seen_alias = Vec::new();
            while let Some(PkgDecl::Type(s)) = self.pkg_decls.get(&tobj) {
                if !s.alias || seen_alias.contains(&tobj) {
                    break;
                }
                seen_alias.push(tobj);
                let mut rhs = unparen(&s.ty);
                if let ExprKind::Star(x) = &rhs.kind {
                    if pointer {
                        break;
                    }
                    pointer = true;
                    rhs = unparen(x);
                }
                let ExprKind::Name(n) = &rhs.kind else { break };
                match self.scopes[self.pkg_scope].names.get(&n.name) {
                    Some(&o) => tobj = o,
                    None => break,
                }
            }
            // A std package's Go source may also declare methods on the
            // package's runtime-declared (stub) types (`time.Duration`).
            let stub_type = {
                let o = self.obj(tobj);
                o.runtime
                    && o.kind == ObjKind::TypeName
                    && o.pkg == self.pkg_path
                    && matches!(self.info.types.get(o.ty), Type::Named(_))
            };
            if !stub_type
                && !matches!(self.pkg_decls.get(&tobj), Some(PkgDecl::Type(s)) if !s.alias)
            {
                continue;
            }
            let named = self.obj(tobj).ty;
            self.obj_mut(m).recv = Some(Receiver { named, pointer });
            if fd.name.is_blank() {
                continue;
            }
            let key = (tobj, fd.name.name.clone());
            if let Some(&prev) = seen.get(&key) {
                let ppos = self.obj(prev).pos;
                let msg = format!(
                    "method {}.{} already declared at {}",
                    self.obj(tobj).name,
                    fd.name.name,
                    self.pos_inline(ppos)
                );
                self.error(fd.name.pos, msg);
                continue;
            }
            seen.insert(key, m);
            self.info.types.add_method(named, m);
        }
    }

    fn collect_import(&mut self, imp: &'a ast::ImportSpec) {
        let Some(members) = self.load_std(&imp.path, imp.path_pos) else {
            return;
        };
        let inv = self.info.types.invalid();
        let default_name = imp.path.rsplit('/').next().unwrap_or(&imp.path).to_string();
        let (name, pos, id) = match &imp.name {
            Some(n) => (n.name.clone(), n.pos, Some(n.id)),
            None => (default_name, imp.path_pos, None),
        };
        if name == "." {
            // The package's exported names join the file scope.
            let o = self.new_obj(ObjKind::PkgName, ".", pos, inv);
            self.obj_mut(o).pkg = imp.path.clone();
            if let Some(id) = id {
                self.info.defs.insert(id, o);
            }
            for (n, m) in members {
                if n.starts_with(|c: char| c.is_uppercase()) {
                    self.scopes[self.cur_file_scope].names.insert(n, m);
                }
            }
            self.imports.push((
                o,
                pos.min(imp.path_pos),
                imp.path.clone(),
                self.cur_file_scope,
            ));
            return;
        }
        if name == "init" {
            self.error(pos, "cannot import package as init - init must be a func");
            return;
        }
        let o = self.new_obj(ObjKind::PkgName, &name, pos, inv);
        self.obj_mut(o).pkg = imp.path.clone();
        if let Some(id) = id {
            self.info.defs.insert(id, o);
        }
        let _ = members;
        if name == "_" {
            return;
        }
        // Imports live in the file scope.
        let saved = self.scope;
        self.scope = self.cur_file_scope;
        self.declare(o, pos);
        self.scope = saved;
        self.imports.push((
            o,
            pos.min(imp.path_pos),
            imp.path.clone(),
            self.cur_file_scope,
        ));
    }

    pub(crate) fn report_unused_imports(&mut self) {
        for (o, pos, path, fs) in self.imports.clone() {
            if self.used.contains(&o) {
                continue;
            }
            let name = self.obj(o).name.clone();
            let last = path.rsplit('/').next().unwrap_or(&path);
            if name == "." {
                let members = self.std_pkg(&path).cloned().unwrap_or_default();
                let used = self.dot_used.borrow();
                if members.values().any(|&m| used.contains(&(fs, m))) {
                    continue;
                }
            }
            let msg = if name != last && name != "." {
                format!("\"{path}\" imported as {name} and not used")
            } else {
                format!("\"{path}\" imported and not used")
            };
            self.error(pos, msg);
        }
    }

    pub(crate) fn check_main(&mut self) {
        if self.pkg_path != "main" || self.pkg_name != "main" {
            return;
        }
        match self.scopes[self.pkg_scope].names.get("main") {
            Some(&o) if self.obj(o).kind == ObjKind::Func => {}
            Some(&o) => {
                let pos = self.obj(o).pos;
                self.error(pos, "cannot declare main - must be func");
            }
            // gc's linker reports a missing main, so only for a program
            // that compiles: `gocc` (compile.rs) says it after checking.
            None => {}
        }
    }

    /// Records that the declaration being checked refers to `obj`.
    pub(crate) fn add_dep(&mut self, obj: ObjId) {
        if let Some(cur) = self.cur_decl
            && self.pkg_decls.contains_key(&obj)
        {
            let d = self.deps.entry(cur).or_default();
            if !d.contains(&obj) {
                d.push(obj);
            }
        }
    }

    /// Phase 4: the order of package-level variable initialization.
    pub(crate) fn compute_init_order(&mut self) {
        // Graph over consts, vars and funcs (methods included).
        let nodes: Vec<ObjId> = self
            .pkg_order
            .iter()
            .copied()
            .chain(self.method_decls.iter().map(|&(_, m)| m))
            .filter(|o| !matches!(self.obj(*o).kind, ObjKind::TypeName))
            .collect();
        let order: HashMap<ObjId, usize> = nodes.iter().enumerate().map(|(i, &o)| (o, i)).collect();
        let mut succ: HashMap<ObjId, HashSet<ObjId>> = HashMap::new();
        let mut pred: HashMap<ObjId, HashSet<ObjId>> = HashMap::new();
        for &n in &nodes {
            succ.entry(n).or_default();
            pred.entry(n).or_default();
        }
        for &n in &nodes {
            for &d in self.deps.get(&n).map(|v| v.as_slice()).unwrap_or(&[]) {
                if order.contains_key(&d) {
                    succ.entry(n).or_default().insert(d);
                    pred.entry(d).or_default().insert(n);
                }
            }
        }
        // Remove function nodes, connecting their predecessors directly
        // to their successors (dependencies through functions count).
        for &n in &nodes {
            if self.obj(n).kind != ObjKind::Func {
                continue;
            }
            let ps: Vec<ObjId> = pred[&n].iter().copied().filter(|&p| p != n).collect();
            let ss: Vec<ObjId> = succ[&n].iter().copied().filter(|&s| s != n).collect();
            for &p in &ps {
                for &s in &ss {
                    succ.entry(p).or_default().insert(s);
                    pred.entry(s).or_default().insert(p);
                }
                succ.entry(p).or_default().remove(&n);
            }
            for &s in &ss {
                pred.entry(s).or_default().remove(&n);
            }
            succ.remove(&n);
            pred.remove(&n);
        }
        let mut ndeps: HashMap<ObjId, usize> = nodes
            .iter()
            .filter(|n| succ.contains_key(n))
            .map(|n| (*n, succ[n].len()))
            .collect();
        // Ordered by (constants first, dependency count, declaration
        // order): the front is the next node to initialize. Constants go
        // first as in go/types (go.dev/issue/66575): a variable that only
        // depends on constants must not wait behind later variables.
        let not_const: HashMap<ObjId, bool> = nodes
            .iter()
            .map(|&n| (n, self.obj(n).kind != ObjKind::Const))
            .collect();
        let key = |n: ObjId, d: usize| (not_const[&n], d, order[&n], n);
        let mut queue: std::collections::BTreeSet<(bool, usize, usize, ObjId)> =
            ndeps.iter().map(|(&n, &d)| key(n, d)).collect();
        let mut emitted: HashSet<ObjId> = HashSet::new();
        let mut reported_cycle = false;
        while let Some((_, nd, _, n)) = queue.pop_first() {
            if nd > 0
                && !reported_cycle
                && let Some(cycle) = self.find_path(n, n, &mut HashSet::new())
            {
                self.report_cycle(&cycle);
                reported_cycle = true;
            }
            for p in pred.get(&n).cloned().unwrap_or_default() {
                if let Some(c) = ndeps.get_mut(&p)
                    && queue.remove(&key(p, *c))
                {
                    *c = c.saturating_sub(1);
                    queue.insert(key(p, *c));
                }
            }
            if !matches!(self.obj(n).kind, ObjKind::Var(_)) || emitted.contains(&n) {
                continue;
            }
            let Some(PkgDecl::Var { spec, index }) = self.pkg_decls.get(&n).copied() else {
                continue;
            };
            if spec.values.is_empty() {
                continue;
            }
            let (lhs, value) = match self.var_groups.get(&n) {
                Some(g) => (g.clone(), spec.values[0].id),
                None => match spec.values.get(index) {
                    Some(v) => (vec![n], v.id),
                    None => continue,
                },
            };
            for &o in &lhs {
                emitted.insert(o);
            }
            self.info.init_order.push(Initializer { lhs, value });
        }
    }

    /// A dependency path from `from` to `to` through package-level objects.
    fn find_path(&self, from: ObjId, to: ObjId, seen: &mut HashSet<ObjId>) -> Option<Vec<ObjId>> {
        if !seen.insert(from) {
            return None;
        }
        for &d in self.deps.get(&from).map(|v| v.as_slice()).unwrap_or(&[]) {
            if d == to {
                return Some(vec![from]);
            }
            if let Some(mut p) = self.find_path(d, to, seen) {
                p.insert(0, from);
                return Some(p);
            }
        }
        None
    }

    fn report_cycle(&mut self, cycle: &[ObjId]) {
        let first = cycle[0];
        let name = self.obj(first).name.clone();
        let pos = self.obj(first).pos;
        if cycle.len() == 1 {
            self.error(
                pos,
                format!("initialization cycle: {name} refers to itself"),
            );
            return;
        }
        let mut msg = format!("initialization cycle for {name}");
        for i in 0..cycle.len() {
            let a = cycle[i];
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

    /// Finish: expressions whose type is still untyped get their default
    /// type (`println(1)`, shift counts, ...), as `TypeAndValue` promises.
    pub(crate) fn finish_untyped(&mut self) {
        let ids: Vec<ast::NodeId> = self.info.expr_types.keys().copied().collect();
        for id in ids {
            let t = self.info.expr_types[&id].ty;
            if self.shift_counts.contains(&id) && self.is_untyped(t) {
                // A constant shift count (`x >> 1.0`) is a uint.
                let uint = self.basic(BasicKind::Uint);
                if let Some(tv) = self.info.expr_types.get_mut(&id) {
                    tv.ty = uint;
                    tv.value = tv.value.as_ref().and_then(cst::to_int).map(ConstValue::Int);
                }
            } else if self.is_untyped(t) {
                let d = self.default_of(t, self.info.expr_types[&id].value.as_ref());
                if let Some(tv) = self.info.expr_types.get_mut(&id) {
                    tv.ty = d;
                }
            }
        }
    }
}
