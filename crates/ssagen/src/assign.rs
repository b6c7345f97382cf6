//! Assignments: `=`, `:=`, `op=`, `++`/`--`, and assignability
//! conversions (boxing into interfaces).

use ssa::{Value, Var};
use syntax::ast::{self, Expr, ExprKind, NodeId};
use types::{ObjKind, Type, TypeId};

use crate::func::{Fx, Local, Val};

/// Something that can be assigned to.
#[derive(Clone, Debug)]
pub(crate) enum LVal {
    Vars(Vec<Var>),
    Mem(Value),
    /// `m[k]`: map type descriptor, map, key address.
    MapIndex(Value, Value, Value),
    Blank,
}

/// A check that an assignment makes right before its store.
#[derive(Clone, Copy, Debug)]
enum StoreCheck {
    /// The pointer must not be nil.
    Nil(Value),
    /// `0 <= index < len`.
    Bounds(Value, Value),
}

impl Fx<'_, '_, '_> {
    pub fn lvalue(&mut self, e: &Expr) -> LVal {
        match &e.kind {
            ExprKind::Paren(x) => self.lvalue(x),
            ExprKind::Name(id) => {
                if id.is_blank() {
                    return LVal::Blank;
                }
                let Some(obj) = self.g.info.object_of(id.id) else {
                    return LVal::Blank;
                };
                match self.locals.get(&obj).cloned() {
                    Some(Local::Vars(vs)) => LVal::Vars(vs),
                    Some(_) => match self.local_addr(obj) {
                        Some(a) => LVal::Mem(a),
                        None => LVal::Blank,
                    },
                    None => LVal::Mem(self.global_addr(obj)),
                }
            }
            ExprKind::Index(x, _) => {
                if let (Type::Map { .. }, ExprKind::Index(_, i)) =
                    (self.under(self.type_of(x.id)), &e.kind)
                {
                    let (mt, m, kp) = self.map_operands(x, i);
                    return LVal::MapIndex(mt, m, kp);
                }
                LVal::Mem(self.addr_of(e))
            }
            _ => LVal::Mem(self.addr_of(e)),
        }
    }

    pub fn load_lvalue(&mut self, lv: &LVal, ty: TypeId) -> Val {
        match lv {
            LVal::Vars(vs) => Val::S(vs.iter().map(|v| self.b.use_var(*v)).collect()),
            LVal::Mem(a) => self.load_mem(*a, ty),
            LVal::MapIndex(mt, m, kp) => self.map_load(*mt, *m, *kp, ty),
            LVal::Blank => self.zero_val(ty),
        }
    }

    pub fn store_lvalue(&mut self, lv: &LVal, ty: TypeId, v: Val) {
        match lv {
            LVal::Vars(vs) => {
                for (var, x) in vs.iter().zip(v.leaves().to_vec()) {
                    self.b.def_var(*var, x);
                }
            }
            LVal::Mem(a) => self.store_mem(*a, ty, &v),
            LVal::MapIndex(mt, m, kp) => self.map_store(*mt, *m, *kp, ty, v),
            LVal::Blank => {}
        }
    }

    /// Values of the right-hand side of an assignment with `n` targets
    /// (a single multi-value call spreads into several).
    pub fn rhs_values(&mut self, rhs: &[Expr], n: usize) -> Vec<(Val, TypeId)> {
        if rhs.len() == 1 && n > 1 {
            let e = &rhs[0];
            let tys = match self.g.tt.get(self.type_of(e.id)) {
                Type::Tuple(ts) => ts.clone(),
                _ => Vec::new(),
            };
            if tys.len() != n {
                self.g.unsupported(e.pos, "comma-ok expression");
                return (0..n)
                    .map(|_| (Val::S(vec![]), self.g.tt.invalid()))
                    .collect();
            }
            let vals = self.expr_multi(e);
            return vals.into_iter().zip(tys).collect();
        }
        // Calls first, then plain operands (gc's order pass), keeping
        // positions.
        let mut vals: Vec<Option<Val>> = vec![None; rhs.len()];
        if rhs.len() > 1 {
            for (i, e) in rhs.iter().enumerate() {
                if self.has_call(e) {
                    let ty = self.type_of(e.id);
                    let v = self.expr(e);
                    vals[i] = Some(self.materialize(ty, v));
                }
            }
        }
        rhs.iter()
            .zip(vals)
            .map(|(e, v)| {
                let ty = self.type_of(e.id);
                let v = match v {
                    Some(v) => v,
                    None => self.expr(e),
                };
                (v, ty)
            })
            .collect()
    }

    /// The target of an assignment (`a[i], *p = x, y`): as [`Fx::lvalue`],
    /// but the nil or bounds check of the outermost indirection or index
    /// is returned to be made right before the store. Go evaluates the
    /// operands (calls on the right included) first and then assigns left
    /// to right, so an earlier target is written even when a later one
    /// panics (go/test fixedbugs/issue23017.go).
    fn lvalue_deferred(&mut self, e: &Expr) -> (LVal, Vec<StoreCheck>) {
        match &e.kind {
            ExprKind::Paren(x) => self.lvalue_deferred(x),
            ExprKind::Star(x) => {
                let p = self.expr(x).v();
                (LVal::Mem(p), vec![StoreCheck::Nil(p)])
            }
            ExprKind::Index(x, i) => match self.under(self.type_of(x.id)).clone() {
                Type::Slice(elem) => {
                    let s = self.expr(x);
                    let idx = self.index_value(i);
                    let (p, n) = (s.leaves()[0], s.leaves()[1]);
                    let a = self.elem_addr(p, idx, elem);
                    if self.in_range_by_loop(x, i) {
                        return (LVal::Mem(a), Vec::new());
                    }
                    (LVal::Mem(a), vec![StoreCheck::Bounds(idx, n)])
                }
                Type::Pointer(arr) => match self.under(arr).clone() {
                    Type::Array { elem, len } => {
                        let base = self.expr(x).v();
                        let idx = self.index_value(i);
                        let n = self.b.iconst(ssa::Type::I64, len as i64);
                        let a = self.elem_addr(base, idx, elem);
                        let checks = vec![StoreCheck::Nil(base), StoreCheck::Bounds(idx, n)];
                        (LVal::Mem(a), checks)
                    }
                    _ => (self.lvalue(e), Vec::new()),
                },
                _ => (self.lvalue(e), Vec::new()),
            },
            ExprKind::Selector(x, _) => {
                // A field reached through the pointer `x` itself (no
                // embedded pointers on the way).
                let s = self.g.info.selections.get(&e.id).cloned();
                let Type::Pointer(mut cur) = self.under(self.type_of(x.id)).clone() else {
                    return (self.lvalue(e), Vec::new());
                };
                let Some(s) = s.filter(|s| s.kind == types::SelectionKind::FieldVal) else {
                    return (self.lvalue(e), Vec::new());
                };
                let mut off = 0;
                for (k, idx) in s.path.iter().enumerate() {
                    let fty = match self.under(cur) {
                        Type::Struct(fs) => fs.get(*idx).map(|f| f.ty),
                        _ => None,
                    };
                    let Some(fty) = fty else {
                        return (self.lvalue(e), Vec::new());
                    };
                    if k + 1 < s.path.len() && matches!(self.under(fty), Type::Pointer(_)) {
                        return (self.lvalue(e), Vec::new());
                    }
                    off += self.g.tt.field_offsets(cur).get(*idx).copied().unwrap_or(0);
                    cur = fty;
                }
                let p = self.expr(x).v();
                let a = self.add_off(p, off);
                (LVal::Mem(a), vec![StoreCheck::Nil(p)])
            }
            _ => (self.lvalue(e), Vec::new()),
        }
    }

    pub fn assign(&mut self, lhs: &[Expr], rhs: &[Expr]) {
        let (lvs, checks): (Vec<LVal>, Vec<Vec<StoreCheck>>) =
            lhs.iter().map(|l| self.lvalue_deferred(l)).unzip();
        let vals = self.rhs_values(rhs, lhs.len());
        // Several targets, or a dereferenced source that may partially
        // overlap the target (`*(*[4]T)(s[1:]) = *(*[4]T)(s)`), need the
        // values copied out first.
        let copy = lhs.len() > 1 || rhs.iter().any(|r| matches!(r.kind, ExprKind::Star(_)));
        let lhs: Vec<&Expr> = lhs.iter().collect();
        let sites = box_sites(rhs, lhs.len());
        self.store_targets(&lhs, lvs, checks, vals, &sites, copy);
    }

    /// `lhs... = vals...` for values already computed (a range clause's
    /// key and value): the targets' operands are evaluated first, then
    /// each is stored left to right.
    pub fn assign_values(&mut self, lhs: &[&Expr], vals: Vec<(Val, TypeId)>) {
        let (lvs, checks): (Vec<LVal>, Vec<Vec<StoreCheck>>) =
            lhs.iter().map(|l| self.lvalue_deferred(l)).unzip();
        self.store_targets(lhs, lvs, checks, vals, &[], true);
    }

    fn store_targets(
        &mut self,
        lhs: &[&Expr],
        lvs: Vec<LVal>,
        checks: Vec<Vec<StoreCheck>>,
        vals: Vec<(Val, TypeId)>,
        sites: &[NodeId],
        copy: bool,
    ) {
        let ltys: Vec<TypeId> = lhs.iter().map(|l| self.type_of(l.id)).collect();
        let mut conv = Vec::new();
        for (i, ((v, vty), lty)) in vals.into_iter().zip(&ltys).enumerate() {
            let v = self.convert_at(v, vty, *lty, sites.get(i).copied());
            let v = if copy { self.materialize(*lty, v) } else { v };
            conv.push(v);
        }
        for (((lv, lty), v), cs) in lvs.iter().zip(ltys).zip(conv).zip(checks) {
            self.store_checks(cs);
            self.store_lvalue(lv, lty, v);
        }
    }

    /// Makes the checks [`Fx::lvalue_deferred`] left for the store.
    fn store_checks(&mut self, checks: Vec<StoreCheck>) {
        for c in checks {
            match c {
                StoreCheck::Nil(p) => self.nil_check(p),
                StoreCheck::Bounds(i, n) => self.bounds_check(i, n),
            }
        }
    }

    pub fn define(&mut self, lhs: &[Expr], rhs: &[Expr]) {
        let vals = self.rhs_values(rhs, lhs.len());
        let sites = box_sites(rhs, lhs.len());
        let multi = lhs.len() > 1;
        let mut items = Vec::new();
        for (i, (l, (v, vty))) in lhs.iter().zip(vals).enumerate() {
            let lty = match &l.kind {
                ExprKind::Name(id) if !id.is_blank() => self
                    .g
                    .info
                    .object_of(id.id)
                    .map(|o| self.g.info.obj(o).ty)
                    .unwrap_or(vty),
                _ => vty,
            };
            let v = self.convert_at(v, vty, lty, sites.get(i).copied());
            let v = if multi { self.materialize(lty, v) } else { v };
            items.push((l, lty, v));
        }
        for (l, lty, v) in items {
            let ExprKind::Name(id) = &l.kind else {
                continue;
            };
            if id.is_blank() {
                continue;
            }
            if let Some(o) = self.g.info.defs.get(&id.id).copied() {
                if matches!(self.g.info.obj(o).kind, ObjKind::Var(_)) {
                    self.declare_local(o, lty, Some(v));
                }
            } else {
                let lv = self.lvalue(l);
                self.store_lvalue(&lv, lty, v);
            }
        }
    }

    /// `x op= y` (and `x++` / `x--` with `rhs` None).
    pub fn op_assign(&mut self, lhs: &Expr, op: ast::BinaryOp, rhs: Option<&Expr>) {
        if self.map_op_assign(lhs, op, rhs, |fx, t| fx.one_of(t)) {
            return;
        }
        let lty = self.type_of(lhs.id);
        // A call on the right runs before the target is read (and before
        // its nil/bounds check), as in gc: `x += f()` sees f's writes to x.
        if let Some(e) = rhs.filter(|e| self.has_call(e)) {
            let (lv, checks) = self.lvalue_deferred(lhs);
            let (r, rty) = (self.expr(e), self.type_of(e.id));
            self.store_checks(checks);
            let cur = self.load_lvalue(&lv, lty);
            let res = self.binary_vals(op, lhs.pos, lty, cur, rty, r);
            self.store_lvalue(&lv, lty, res);
            return;
        }
        let lv = self.lvalue(lhs);
        let cur = self.load_lvalue(&lv, lty);
        let (r, rty) = match rhs {
            Some(e) => (self.expr(e), self.type_of(e.id)),
            None => (self.one_of(lty), lty),
        };
        let res = self.binary_vals(op, lhs.pos, lty, cur, rty, r);
        self.store_lvalue(&lv, lty, res);
    }

    /// The constant 1 of a numeric type.
    fn one_of(&mut self, ty: TypeId) -> Val {
        let leaf = crate::abi::leaf_types(&self.g.tt, ty);
        let vals = leaf
            .iter()
            .enumerate()
            .map(|(i, t)| match (t, i) {
                (ssa::Type::F32, 0) => self.b.f32const(1.0),
                (ssa::Type::F64, 0) => self.b.f64const(1.0),
                (t, 0) => self.b.iconst(*t, 1),
                (t, _) => self.zero_of(*t),
            })
            .collect();
        Val::S(vals)
    }

    /// Converts a value for assignment to a variable of type `to`: boxes
    /// non-interface values into interfaces; otherwise the representation
    /// is unchanged.
    pub fn convert_assign(&mut self, v: Val, from: TypeId, to: TypeId) -> Val {
        let to_iface = matches!(self.under(to), Type::Interface(_));
        let from_iface = matches!(self.under(from), Type::Interface(_));
        let from_nil = self.g.tt.basic_kind(from) == Some(types::BasicKind::UntypedNil);
        if to_iface && !from_iface && !from_nil {
            if let Type::Interface(ms) = self.under(to)
                && !ms.is_empty()
            {
                return self.make_iface(v, from, to);
            }
            return self.box_any(v, from);
        }
        if to_iface && from_iface && to != from {
            let to_empty = matches!(self.under(to), Type::Interface(ms) if ms.is_empty());
            let from_empty = matches!(self.under(from), Type::Interface(ms) if ms.is_empty());
            if to_empty && !from_empty {
                // I → any: the type word is the itab's dynamic type.
                let t = self.iface_dyn_type(v.leaves()[0]);
                return Val::S(vec![t, v.leaves()[1]]);
            }
            if self.under(to) != self.under(from) && !to_empty {
                // J → I: look the itab up for the dynamic type.
                let t = if from_empty {
                    v.leaves()[0]
                } else {
                    self.iface_dyn_type(v.leaves()[0])
                };
                let itab = self.getitab(to, t);
                return Val::S(vec![itab, v.leaves()[1]]);
            }
        }
        if from_nil && to != from {
            return self.zero_val(to);
        }
        v
    }
}

/// The allocation sites of the interface boxes an assignment of `rhs` to
/// `n` targets may make: each right-hand operand names its own (escape
/// analysis's `stack_sites`), unless one multi-value call spreads into
/// the targets (no site: a heap box).
pub(crate) fn box_sites(rhs: &[Expr], n: usize) -> Vec<NodeId> {
    if rhs.len() == n {
        rhs.iter().map(|e| e.id).collect()
    } else {
        Vec::new()
    }
}
