//! Type expressions: `int`, `*T`, `[]T`, `[N]T`, `map[K]V`, `chan T`,
//! `func(...)`, `struct{...}`, `interface{...}`.

use std::collections::HashMap;

use syntax::ast::{self, ArrayLen, Expr, ExprKind, InterfaceElem};

use super::exprstring::expr_string;
use super::{Checker, OpMode};
use crate::info::{Mode, TypeAndValue};
use crate::object::ObjKind;
use crate::ty::{BasicKind, ChanDir, InterfaceMethod, Signature, StructField, Type, TypeId};

impl<'a> Checker<'a> {
    pub(crate) fn record_type_expr(&mut self, e: &Expr, t: TypeId) {
        self.info.expr_types.insert(
            e.id,
            TypeAndValue {
                mode: Mode::TypeExpr,
                ty: t,
                value: None,
            },
        );
    }

    /// Evaluates a type expression; reports an error and returns the
    /// invalid type if `e` is not a type.
    pub(crate) fn typexpr(&mut self, e: &'a Expr) -> TypeId {
        syntax::stack::guard();
        let t = self.typexpr_inner(e);
        self.record_type_expr(e, t);
        t
    }

    fn typexpr_inner(&mut self, e: &'a Expr) -> TypeId {
        let inv = self.info.types.invalid();
        match &e.kind {
            ExprKind::Name(id)
                if self.lookup(&id.name).is_some_and(|o| {
                    !matches!(self.obj(o).kind, ObjKind::TypeName)
                        && self.color.get(&o) == Some(&super::Color::Grey)
                }) =>
            {
                // A name still being declared (`func foo(x foo)`).
                if let Some(o) = self.lookup(&id.name) {
                    self.info.uses.insert(id.id, o);
                }
                self.error(e.pos, format!("{} is not a type", id.name));
                inv
            }
            ExprKind::Name(_) | ExprKind::Selector(..) => {
                let x = self.expr_or_type(e);
                match x.mode {
                    OpMode::TypeExpr => x.ty,
                    OpMode::Invalid => inv,
                    OpMode::NoValue => {
                        let d = self.describe(&x);
                        self.error(self.opos(&x), format!("{d} used as type"));
                        inv
                    }
                    _ => {
                        let d = self.not_a_type_desc(e, &x);
                        self.error(self.opos(&x), format!("{d} is not a type"));
                        inv
                    }
                }
            }
            ExprKind::Paren(x) => self.typexpr(x),
            ExprKind::Star(x) => {
                let el = self.typexpr(x);
                if el == inv {
                    return inv;
                }
                self.info.types.pointer(el)
            }
            ExprKind::ArrayType { len: None, elem } => {
                let el = self.typexpr(elem);
                self.info.types.slice(el)
            }
            ExprKind::ArrayType {
                len: Some(ArrayLen::Ellipsis),
                elem,
            } => {
                self.error(
                    e.pos,
                    "invalid use of [...] array (outside a composite literal)",
                );
                self.typexpr(elem);
                inv
            }
            ExprKind::ArrayType {
                len: Some(ArrayLen::Expr(n)),
                elem,
            } => {
                let len = self.array_length(n);
                let el = self.typexpr(elem);
                match len {
                    Some(len) => self.info.types.intern(Type::Array { elem: el, len }),
                    None => inv,
                }
            }
            ExprKind::MapType(k, v) => {
                let kt = self.typexpr(k);
                let vt = self.typexpr(v);
                let ku = self.info.types.underlying(kt);
                if kt != inv && ku != inv && !self.comparable(kt) {
                    self.error(k.pos, format!("invalid map key type {}", self.ts(kt)));
                } else if kt != inv && ku == inv {
                    // Not complete yet (`type S struct{ m map[S]bool }`).
                    self.delayed_keys.push((kt, k.pos));
                }
                self.info.types.intern(Type::Map { key: kt, value: vt })
            }
            ExprKind::ChanType(dir, el) => {
                let et = self.typexpr(el);
                let dir = match dir {
                    ast::ChanDir::Both => ChanDir::Both,
                    ast::ChanDir::Send => ChanDir::Send,
                    ast::ChanDir::Recv => ChanDir::Recv,
                };
                self.info.types.intern(Type::Chan { dir, elem: et })
            }
            ExprKind::FuncType(ft) => self.signature(ft),
            ExprKind::StructType(fields) => self.struct_type(fields),
            ExprKind::InterfaceType(elems) => self.interface_type(elems),
            ExprKind::Bad => inv,
            ExprKind::Index(..) => {
                self.unsupported(e.pos, "generic type instantiation");
                inv
            }
            _ => {
                let x = self.raw_expr(e, None);
                if x.is_invalid() {
                    return inv;
                }
                let d = self.describe(&x);
                self.error(self.opos(&x), format!("{d} is not a type"));
                inv
            }
        }
    }

    /// gc names the object kind for a name used as a type
    /// (`x (local variable) is not a type`).
    fn not_a_type_desc(&self, e: &Expr, x: &super::Operand) -> String {
        use crate::object::VarKind;
        if let ExprKind::Name(id) = &e.kind
            && let Some(&o) = self.info.uses.get(&id.id)
        {
            let what = match self.obj(o).kind {
                ObjKind::Var(VarKind::Package) => "package variable",
                ObjKind::Var(_) => "local variable",
                ObjKind::Const => "constant",
                ObjKind::Func => "function",
                _ => return self.describe(x),
            };
            return format!("{} ({what})", id.name);
        }
        self.describe(x)
    }

    fn array_length(&mut self, e: &'a Expr) -> Option<u64> {
        if let ExprKind::Name(id) = &e.kind {
            match self.lookup(&id.name) {
                None => {
                    self.error(
                        e.pos,
                        format!(
                            "undefined array length {} or missing type constraint",
                            id.name
                        ),
                    );
                    return None;
                }
                Some(o) if self.obj(o).kind != ObjKind::Const => {
                    self.error(e.pos, format!("invalid array length {}", id.name));
                    return None;
                }
                _ => {}
            }
        }
        let x = self.expr(e);
        if x.mode != OpMode::Constant {
            if !x.is_invalid() {
                let d = self.describe(&x);
                self.error(self.opos(&x), format!("array length {d} must be constant"));
            }
            return None;
        }
        if (self.is_untyped(x.ty) || self.is_integer(x.ty))
            && let Some(v) = &x.val
            && let Some(i) = super::constant::to_int(v)
            && let Some(n) = i.to_i64()
            && n >= 0
        {
            return Some(n as u64);
        }
        let d = self.describe(&x);
        if self.is_integer(x.ty) {
            self.error(self.opos(&x), format!("invalid array length {d}"));
        } else {
            self.error(self.opos(&x), format!("array length {d} must be integer"));
        }
        None
    }

    /// A function type (no objects: used for type expressions and
    /// interface methods).
    /// The position of the `...` before a variadic parameter's type.
    pub(crate) fn ellipsis_pos(&self, ty: &Expr) -> syntax::Pos {
        let p = super::exprstring::start_pos(ty) as usize;
        let t = self.src.text.as_bytes();
        let mut i = p;
        while i > 0 && t[i - 1].is_ascii_whitespace() {
            i -= 1;
        }
        if i >= 3 && &t[i - 3..i] == b"..." {
            (i - 3) as syntax::Pos
        } else {
            p as syntax::Pos
        }
    }

    /// Parameter and result names must be unique within a signature.
    pub(crate) fn check_param_names(
        &mut self,
        ft: &'a ast::FuncType,
        recv: Option<&'a ast::Field>,
    ) {
        let mut seen: HashMap<&str, syntax::Pos> = HashMap::new();
        let fields = recv.into_iter().chain(&ft.params).chain(&ft.results);
        for f in fields {
            for n in &f.names {
                if n.is_blank() {
                    continue;
                }
                if let Some(&p) = seen.get(n.name.as_str()) {
                    let msg = format!(
                        "{} redeclared in this block\n\t{}: other declaration of {}",
                        n.name,
                        self.pos_string(p),
                        n.name
                    );
                    self.error(n.pos, msg);
                } else {
                    seen.insert(&n.name, n.pos);
                }
            }
        }
    }

    pub(crate) fn signature(&mut self, ft: &'a ast::FuncType) -> TypeId {
        self.check_param_names(ft, None);
        let mut params = Vec::new();
        let mut variadic = false;
        for (i, f) in ft.params.iter().enumerate() {
            let mut t = self.typexpr(&f.ty);
            if f.variadic {
                if i + 1 != ft.params.len() {
                    let pos = self.ellipsis_pos(&f.ty);
                    self.error(pos, "can only use ... with final parameter");
                } else {
                    variadic = true;
                }
                t = self.info.types.slice(t);
            }
            for _ in 0..f.names.len().max(1) {
                params.push(t);
            }
        }
        let mut results = Vec::new();
        for f in &ft.results {
            let t = self.typexpr(&f.ty);
            for _ in 0..f.names.len().max(1) {
                results.push(t);
            }
        }
        self.info.types.intern(Type::Func(Signature {
            params,
            results,
            variadic,
        }))
    }

    fn struct_type(&mut self, fields: &'a [ast::Field]) -> TypeId {
        let mut out: Vec<StructField> = Vec::new();
        let mut seen: HashMap<String, syntax::Pos> = HashMap::new();
        for f in fields {
            let t = self.typexpr(&f.ty);
            let mut add = |c: &mut Self, name: String, pos: syntax::Pos, embedded: bool| {
                if name != "_" {
                    if let Some(&p) = seen.get(&name) {
                        let msg = format!(
                            "{name} redeclared\n\t{}: other declaration of {name}",
                            c.pos_string(p)
                        );
                        c.error(pos, msg);
                    } else {
                        seen.insert(name.clone(), pos);
                    }
                }
                out.push(StructField {
                    name,
                    ty: t,
                    embedded,
                    tag: f.tag.clone(),
                });
            };
            if f.embedded || f.names.is_empty() {
                // The field name is the type name without `*` and package.
                let mut te = super::exprstring::unparen(&f.ty);
                if let ExprKind::Star(x) = &te.kind {
                    te = super::exprstring::unparen(x);
                }
                let name = match &te.kind {
                    ExprKind::Name(id) => id.name.clone(),
                    ExprKind::Selector(_, sel) => sel.name.clone(),
                    _ => expr_string(te),
                };
                if matches!(self.info.types.under(t), Type::Pointer(_))
                    && !matches!(super::exprstring::unparen(&f.ty).kind, ExprKind::Star(_))
                {
                    self.error(f.ty.pos, "embedded field type cannot be a pointer");
                }
                add(self, name, f.ty.pos, true);
            } else {
                for n in &f.names {
                    add(self, n.name.clone(), n.pos, false);
                }
            }
        }
        self.info.types.intern(Type::Struct(out))
    }

    fn interface_type(&mut self, elems: &'a [InterfaceElem]) -> TypeId {
        let mut methods: Vec<InterfaceMethod> = Vec::new();
        let mut first_pos: HashMap<String, syntax::Pos> = HashMap::new();
        let mut add = |c: &mut Self, m: InterfaceMethod, pos: syntax::Pos, explicit: bool| {
            if let Some(prev) = methods.iter().find(|p| p.name == m.name) {
                if prev.sig != m.sig || explicit {
                    let other = first_pos.get(&m.name).copied().unwrap_or(0);
                    let msg = format!(
                        "duplicate method {}\n\t{}: other declaration of method {}",
                        m.name,
                        c.pos_string(other),
                        m.name
                    );
                    c.error(pos, msg);
                }
                return;
            }
            first_pos.insert(m.name.clone(), pos);
            methods.push(m);
        };
        for el in elems {
            match el {
                InterfaceElem::Method { name, sig } => {
                    let st = self.signature(sig);
                    if name.is_blank() {
                        self.error(name.pos, "methods must have a unique non-blank name");
                        continue;
                    }
                    add(
                        self,
                        InterfaceMethod {
                            name: name.name.clone(),
                            sig: st,
                        },
                        name.pos,
                        true,
                    );
                }
                InterfaceElem::Embed(e) => {
                    let t = self.typexpr(e);
                    match self.info.types.under(t).clone() {
                        Type::Interface(ms) => {
                            for m in ms {
                                add(self, m, e.pos, false);
                            }
                        }
                        _ if t == self.info.types.invalid() => {}
                        // An interface still being declared: embedding
                        // it is a cycle (`type I interface{ J }; type J
                        // interface{ I }`).
                        Type::Basic(BasicKind::Invalid)
                            if let Type::Named(n) = self.info.types.get(t)
                                && let Some(start) =
                                    self.obj_path.iter().position(|&o| o == n.obj) =>
                        {
                            let cycle = self.obj_path[start..].to_vec();
                            self.cycle_error(&cycle);
                        }
                        _ => self.unsupported(e.pos, "type constraints (generics)"),
                    }
                }
            }
        }
        methods.sort_by(|a, b| a.name.cmp(&b.name));
        self.info.types.intern(Type::Interface(methods))
    }
}
