//! Builtins called with one multi-value call as their only argument:
//! `complex(f())`, `copy(f())`, `append(f())`, `delete(f())` (the checker
//! accepts them as
//! gc does; Go's test suite has issue5793 and issue15992). The call's
//! results become the operands; the rest mirrors the ordinary lowering.

use ssa::{IntCC, Type as T};
use syntax::ast::Expr;
use types::{Builtin, Type, TypeId};

use crate::func::{Fx, Val};

impl Fx<'_, '_, '_> {
    /// Lowers `b(f())` when `args` is a single multi-value call; `None`
    /// when that is not the case (the ordinary path handles it).
    pub(crate) fn multi_value_builtin(
        &mut self,
        b: Builtin,
        ty: TypeId,
        args: &[Expr],
    ) -> Option<Vec<Val>> {
        if args.len() != 1
            || !matches!(
                b,
                Builtin::Complex | Builtin::Copy | Builtin::Append | Builtin::Delete
            )
        {
            return None;
        }
        let tys = match self.g.tt.get(self.type_of(args[0].id)) {
            Type::Tuple(ts) if ts.len() >= 2 => ts.clone(),
            _ => return None,
        };
        let vals = self.expr_multi(&args[0]);
        if vals.len() != tys.len() {
            return None;
        }
        if b == Builtin::Delete {
            let (kty, _) = self.map_kv(tys[0]);
            let k = self.convert_assign(vals[1].clone(), tys[1], kty);
            let mt = self.map_desc(tys[0]);
            let kp = self.key_addr(k, kty);
            let m = vals[0].v();
            self.rt("runtime.mapdelete", &[mt, m, kp], &[]);
            return Some(Vec::new());
        }
        Some(vec![match b {
            Builtin::Complex => Val::S(vec![vals[0].v(), vals[1].v()]),
            Builtin::Copy => {
                let elem = match self.under(tys[0]) {
                    Type::Slice(e) => *e,
                    _ => tys[0],
                };
                let (d, s) = (&vals[0], &vals[1]);
                let (dl, sl) = (d.leaves()[1], s.leaves()[1]);
                let lt = self.b.icmp(IntCC::Slt, dl, sl);
                let n = self.b.select(lt, dl, sl);
                let esz = self.g.tt.size_of(elem) as i64;
                let es = self.b.iconst(T::I64, esz);
                let bytes = self.b.imul(n, es);
                let (dp, sp) = (d.leaves()[0], s.leaves()[0]);
                self.rt("runtime.memmove", &[dp, sp, bytes], &[]);
                Val::scalar(n)
            }
            _ => self.append_values(ty, &vals, &tys),
        }])
    }

    /// `append(s, x...)` with the operands already evaluated.
    fn append_values(&mut self, ty: TypeId, vals: &[Val], tys: &[TypeId]) -> Val {
        let elem = match self.under(ty) {
            Type::Slice(e) => *e,
            _ => ty,
        };
        let s = self.convert_assign(vals[0].clone(), tys[0], ty);
        let (p, len, cap) = (s.leaves()[0], s.leaves()[1], s.leaves()[2]);
        let mut xs = Vec::new();
        for (v, t) in vals[1..].iter().zip(&tys[1..]) {
            let v = self.convert_assign(v.clone(), *t, elem);
            xs.push(self.materialize(elem, v));
        }
        let esz = self.g.tt.size_of(elem);
        let n = self.b.iconst(T::I64, xs.len() as i64);
        let newlen = self.b.iadd(len, n);
        let es = self.b.iconst(T::I64, esz as i64);
        let grow = self.b.icmp(IntCC::Ugt, newlen, cap);
        let gb = self.b.create_block();
        let join = self.b.create_block();
        let np = self.b.append_block_param(join, T::I64);
        let ncap = self.b.append_block_param(join, T::I64);
        self.b.brif(grow, gb, &[], join, &[p, cap]);
        self.b.seal_block(gb);
        self.b.switch_to_block(gb);
        let slot = self.b.create_stack_slot(24, 8);
        let out = self.b.stack_addr(slot, 0);
        let td = if self.has_pointers(elem) {
            let sym = self.g.typedesc(elem);
            self.b.symbol_addr(&sym)
        } else {
            self.b.iconst(T::I64, 0)
        };
        self.rt(
            "runtime.growslice",
            &[out, p, len, cap, newlen, es, td],
            &[],
        );
        let gp = self.b.load(T::I64, out, 0);
        let gc = self.b.load(T::I64, out, 16);
        self.b.jump(join, &[gp, gc]);
        self.b.seal_block(join);
        self.b.switch_to_block(join);
        let dst = self.elem_addr(np, len, elem);
        for (i, v) in xs.into_iter().enumerate() {
            let a = self.add_off(dst, i as u64 * esz);
            self.store_mem(a, elem, &v);
        }
        Val::S(vec![np, newlen, ncap])
    }
}
