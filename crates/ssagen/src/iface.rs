//! Type assertions and type switches on empty interfaces (`any`): the
//! dynamic type word is compared with the target's descriptor address
//! (descriptors are unique per type within the program). Non-empty
//! interfaces (itabs) are a later issue.

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
                self.g.unsupported(e.pos, "interfaces with methods");
                self.b.iconst(T::I8, 0)
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

    /// `x.(T)` (panicking form).
    pub fn type_assert(&mut self, e: &Expr, x: &Expr, ty: TypeId) -> Val {
        let xty = self.type_of(x.id);
        if !self.is_empty_iface(xty) {
            self.g
                .unsupported(e.pos, "type assertion on interfaces with methods");
            return self.zero_val(ty);
        }
        let v = self.expr(x);
        let tab = v.leaves()[0];
        let ok = self.type_test(e, tab, ty);
        let bad = self.b.create_block();
        self.b.set_cold_block(bad);
        let good = self.b.create_block();
        self.b.brif(ok, good, &[], bad, &[]);
        self.b.seal_block(bad);
        self.b.seal_block(good);
        self.b.switch_to_block(bad);
        let want_t = if matches!(self.under(ty), Type::Interface(_)) {
            self.b.iconst(T::I64, 0)
        } else {
            let sym = self.g.typedesc(ty);
            self.b.symbol_addr(&sym)
        };
        let isym = self.g.typedesc(xty);
        let iface_t = self.b.symbol_addr(&isym);
        let sig = Signature::new(vec![T::I64; 3], vec![], CallConv::C);
        self.b
            .call("runtime.panicdottypeE", &sig, &[tab, want_t, iface_t]);
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
        let xty = self.type_of(x.id);
        if !self.is_empty_iface(xty) {
            self.g
                .unsupported(e.pos, "type assertion on interfaces with methods");
            let z = self.b.iconst(T::I8, 0);
            return vec![self.zero_val(ty), Val::scalar(z)];
        }
        let v = self.expr(x);
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
        if !self.is_empty_iface(xty) {
            self.g
                .unsupported(x.pos, "type switch on interfaces with methods");
            return;
        }
        let v = self.expr(x);
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
                    v.clone()
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
