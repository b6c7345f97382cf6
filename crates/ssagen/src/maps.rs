//! Maps through the runtime's gc-style entry points: `makemap`,
//! `mapaccess1/2`, `mapassign`, `mapdelete`, `maplen`, `mapclear` and the
//! `mapiterinit`/`mapiternext` iterator (an 8-word `HIter` in the frame).
//! Keys are passed by address; values are read and written through the
//! entry pointer the runtime returns.

use ssa::{IntCC, Type as T, Value};
use syntax::ast::{self, Expr, ExprKind};
use types::{Type, TypeId};

use crate::func::{Fx, Target, Val};

/// Size of the runtime's `HIter` (runtime/src/map.rs).
const HITER_SIZE: u32 = 64;

impl Fx<'_, '_, '_> {
    /// Key and value types of map type `mty`.
    pub fn map_kv(&self, mty: TypeId) -> (TypeId, TypeId) {
        match self.under(mty) {
            Type::Map { key, value } => (*key, *value),
            _ => (mty, mty),
        }
    }

    pub fn map_desc(&mut self, mty: TypeId) -> Value {
        let sym = self.g.typedesc(mty);
        self.b.symbol_addr(&sym)
    }

    /// The key's address (a temporary copy for scalar keys).
    pub fn key_addr(&mut self, k: Val, kty: TypeId) -> Value {
        self.spill(kty, k)
    }

    /// Evaluates `m` and `k` of `m[k]`: (map type desc, map, key address).
    pub fn map_operands(&mut self, x: &Expr, i: &Expr) -> (Value, Value, Value) {
        let mty = self.type_of(x.id);
        let (kty, _) = self.map_kv(mty);
        let m = self.expr(x).v();
        let ity = self.type_of(i.id);
        let k = self.map_key(i, kty);
        let k = self.convert_assign(k, ity, kty);
        let mt = self.map_desc(mty);
        let kp = self.key_addr(k, kty);
        (mt, m, kp)
    }

    /// A key or value expression of a map (elided composite literals take
    /// the map's key/value type).
    fn map_key(&mut self, e: &Expr, ty: TypeId) -> Val {
        if let ExprKind::CompositeLit { ty: None, .. } = &e.kind {
            if let Type::Pointer(inner) = self.under(ty).clone() {
                return self.composite(e, inner, Some(e.id));
            }
            return self.composite(e, ty, None);
        }
        self.expr(e)
    }

    /// `m[k]` as a value.
    pub fn map_index(&mut self, x: &Expr, i: &Expr) -> Val {
        let (_, vty) = self.map_kv(self.type_of(x.id));
        let (mt, m, kp) = self.map_operands(x, i);
        let p = self.rt("runtime.mapaccess1", &[mt, m, kp], &[T::I64])[0];
        let v = self.load_mem(p, vty);
        self.materialize(vty, v)
    }

    /// `v, ok := m[k]`.
    pub fn map_index2(&mut self, x: &Expr, i: &Expr) -> Vec<Val> {
        let (_, vty) = self.map_kv(self.type_of(x.id));
        let (mt, m, kp) = self.map_operands(x, i);
        let r = self.rt("runtime.mapaccess2", &[mt, m, kp], &[T::I64, T::I64]);
        let v = self.load_mem(r[0], vty);
        let v = self.materialize(vty, v);
        let ok = self.b.ireduce(T::I8, r[1]);
        vec![v, Val::scalar(ok)]
    }

    /// Stores `v` into `m[k]` (`mapassign` runs after the right-hand side
    /// was evaluated, as Go requires).
    pub fn map_store(&mut self, mt: Value, m: Value, kp: Value, vty: TypeId, v: Val) {
        let v = self.materialize(vty, v);
        let p = self.rt("runtime.mapassign", &[mt, m, kp], &[T::I64])[0];
        self.store_mem(p, vty, &v);
    }

    /// `m[k] op= r` (or `m[k]++`) with an operator that cannot panic:
    /// one `mapassign` whose slot is read, updated and written, instead of
    /// gc's `mapaccess1` + `mapassign`. The observable behaviour is the
    /// same: `m`, `k` and `r` are evaluated first in the same order, and
    /// nothing between the two map operations can fail or see the map (a
    /// nil map panics in `mapassign` either way). Returns false (nothing
    /// emitted) when `lhs` is not a map index or `op` may panic.
    pub fn map_op_assign(
        &mut self,
        lhs: &Expr,
        op: ast::BinaryOp,
        rhs: Option<&Expr>,
        one: impl FnOnce(&mut Self, TypeId) -> Val,
    ) -> bool {
        use ast::BinaryOp::*;
        let ExprKind::Index(x, i) = &lhs.kind else {
            return false;
        };
        if !matches!(self.under(self.type_of(x.id)), Type::Map { .. })
            || !matches!(op, Add | Sub | Mul | Or | And | Xor | AndNot)
        {
            return false;
        }
        let (_, vty) = self.map_kv(self.type_of(x.id));
        let (mt, m, kp) = self.map_operands(x, i);
        let (r, rty) = match rhs {
            Some(e) => (self.expr(e), self.type_of(e.id)),
            None => (one(self, vty), vty),
        };
        let p = self.rt("runtime.mapassign", &[mt, m, kp], &[T::I64])[0];
        let cur = self.load_mem(p, vty);
        let cur = self.materialize(vty, cur);
        let res = self.binary_vals(op, lhs.pos, vty, cur, rty, r);
        let res = self.materialize(vty, res);
        self.store_mem(p, vty, &res);
        true
    }

    pub fn map_load(&mut self, mt: Value, m: Value, kp: Value, vty: TypeId) -> Val {
        let p = self.rt("runtime.mapaccess1", &[mt, m, kp], &[T::I64])[0];
        let v = self.load_mem(p, vty);
        self.materialize(vty, v)
    }

    pub fn make_map(&mut self, mty: TypeId, hint: Option<&Expr>) -> Val {
        let h = match hint {
            Some(a) => self.index_value(a),
            None => self.b.iconst(T::I64, 0),
        };
        let mt = self.map_desc(mty);
        Val::S(self.rt("runtime.makemap", &[mt, h], &[T::I64]))
    }

    /// `map[K]V{k: v, ...}`.
    pub fn map_literal(&mut self, mty: TypeId, elts: &[ast::KeyedElement]) -> Val {
        let (kty, vty) = self.map_kv(mty);
        let mt = self.map_desc(mty);
        let n = self.b.iconst(T::I64, elts.len() as i64);
        let m = self.rt("runtime.makemap", &[mt, n], &[T::I64])[0];
        for el in elts {
            let Some(k) = &el.key else { continue };
            let kt = self.type_of(k.id);
            let kv = self.map_key(k, kty);
            let kv = self.convert_assign(kv, kt, kty);
            let kv = self.materialize(kty, kv);
            let vt = self.type_of(el.value.id);
            let vv = self.map_key(&el.value, vty);
            let vv = self.convert_assign(vv, vt, vty);
            let kp = self.key_addr(kv, kty);
            self.map_store(mt, m, kp, vty, vv);
        }
        Val::scalar(m)
    }

    pub fn map_delete(&mut self, args: &[Expr]) {
        let (mt, m, kp) = self.map_operands(&args[0], &args[1]);
        self.rt("runtime.mapdelete", &[mt, m, kp], &[]);
    }

    pub fn map_len(&mut self, m: Value) -> Value {
        self.rt("runtime.maplen", &[m], &[T::I64])[0]
    }

    /// `for k, v := range m` with the runtime iterator.
    pub fn range_map(
        &mut self,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        x: &Expr,
        body: &ast::Block,
        label: Option<String>,
    ) {
        let mty = self.type_of(x.id);
        let (kty, vty) = self.map_kv(mty);
        let m = self.expr(x).v();
        let mt = self.map_desc(mty);
        let slot = self.b.create_stack_slot(HITER_SIZE, 8);
        let it = self.b.stack_addr(slot, 0);
        self.rt("runtime.mapiterinit", &[mt, m, it], &[]);
        let header = self.b.create_block();
        let bodyb = self.b.create_block();
        let cont = self.b.create_block();
        let done = self.b.create_block();
        self.b.jump(header, &[]);
        self.b.switch_to_block(header);
        let it = self.b.stack_addr(slot, 0);
        let kp = self.b.load(T::I64, it, 0);
        let z = self.b.iconst(T::I64, 0);
        let end = self.b.icmp(IntCC::Eq, kp, z);
        self.b.brif(end, done, &[], bodyb, &[]);
        self.b.seal_block(bodyb);
        self.b.switch_to_block(bodyb);
        let k = if key.is_some() {
            let k = self.load_mem(kp, kty);
            self.materialize(kty, k)
        } else {
            Val::scalar(kp)
        };
        let v = if value.is_some() {
            let vp = self.b.load(T::I64, it, 8);
            let v = self.load_mem(vp, vty);
            self.materialize(vty, v)
        } else {
            Val::scalar(kp)
        };
        self.bind_iters(define, (key, k, kty), (value, v, vty));
        self.targets.push(Target {
            label,
            brk: done,
            cont: Some(cont),
        });
        self.block(&body.stmts);
        self.targets.pop();
        if !self.b.is_terminated() {
            self.b.jump(cont, &[]);
        }
        self.b.seal_block(cont);
        self.b.switch_to_block(cont);
        let it = self.b.stack_addr(slot, 0);
        self.rt("runtime.mapiternext", &[it], &[]);
        self.b.jump(header, &[]);
        self.b.seal_block(header);
        self.b.seal_block(done);
        self.b.switch_to_block(done);
    }
}
