//! Expressions: names, selectors, indexing, dereference, unary and binary
//! operators with Go's integer, float and string semantics, conversions.

use ssa::{FloatCC, IntCC, Type as T, Value};
use syntax::Pos;
use syntax::ast::{self, BinaryOp, Expr, ExprKind, UnaryOp};
use types::{BasicKind, Mode, ObjKind, SelectionKind, Type, TypeId};

use crate::abi;
use crate::func::{Fx, Val};

impl Fx<'_, '_, '_> {
    /// Lowers an expression with a single value.
    pub fn expr(&mut self, e: &Expr) -> Val {
        syntax::stack::guard();
        if let Some(v) = self.overrides.get(&e.id) {
            return v.clone();
        }
        // Instructions of this expression carry its position (restored
        // after each operand: the call or index instruction itself comes
        // after its operands).
        let saved = self.b.pos();
        self.b.set_pos(line_pos(e));
        let v = self.expr_inner(e);
        let ty = self.type_of(e.id);
        let v = self.fix_shape(v, ty);
        self.b.set_pos(saved);
        v
    }

    /// Makes sure a value has the shape its type needs (after an
    /// unsupported construct produced a placeholder), so that later code
    /// never indexes missing leaves.
    fn fix_shape(&mut self, v: Val, ty: TypeId) -> Val {
        let agg = self.is_agg(ty);
        match &v {
            Val::S(ls) if !agg => {
                if matches!(self.g.tt.get(ty), Type::Tuple(_))
                    || ls.len() == abi::leaf_types(&self.g.tt, ty).len()
                {
                    v
                } else {
                    Val::S(self.zero_leaves(ty))
                }
            }
            Val::S(_) => self.zero_val(ty),
            Val::M(_) if !agg => Val::S(self.zero_leaves(ty)),
            Val::M(_) => v,
        }
    }

    fn expr_inner(&mut self, e: &Expr) -> Val {
        self.pos = e.pos;
        let tv = self.g.info.expr_types.get(&e.id).cloned();
        if let Some(tv) = &tv {
            if let (Mode::Constant, Some(c)) = (tv.mode, &tv.value) {
                return self.const_val(c, tv.ty);
            }
            if tv.mode == Mode::TypeExpr {
                self.g.unsupported(e.pos, "type used as expression");
                return Val::S(vec![]);
            }
        }
        let ty = self.type_of(e.id);
        match &e.kind {
            ExprKind::Paren(x) => self.expr(x),
            ExprKind::Name(id) => self.name(e, id, ty),
            ExprKind::BasicLit { .. } => {
                self.g.unsupported(e.pos, "literal without constant value");
                self.zero_val(ty)
            }
            ExprKind::CompositeLit { .. } => self.composite(e, ty, None),
            ExprKind::FuncLit { .. } => self.func_lit(e),
            ExprKind::Selector(x, sel) => self.selector(e, x, sel, ty),
            ExprKind::Index(x, i) => self.index(e, x, i, ty),
            ExprKind::Slice { .. } => self.slice_expr(e),
            ExprKind::TypeAssert(x, _) => self.type_assert(e, x, ty),
            ExprKind::Call { .. } => {
                let mut vs = self.call(e);
                if vs.is_empty() {
                    Val::S(vec![])
                } else {
                    vs.swap_remove(0)
                }
            }
            ExprKind::Star(x) => {
                let p = self.expr(x).v();
                self.nil_check(p);
                self.load_mem(p, ty)
            }
            ExprKind::Unary(UnaryOp::Addr, x)
                if matches!(unparen(x).kind, ExprKind::CompositeLit { .. }) =>
            {
                // `&T{...}`: the allocation site is the `&` expression.
                let lit = unparen(x);
                let lty = self.type_of(lit.id);
                self.composite(lit, lty, Some(e.id))
            }
            ExprKind::Unary(op, x) => self.unary(*op, x),
            ExprKind::Binary(op, a, b) => self.binary(e, *op, a, b, ty),
            _ => {
                self.g.unsupported(e.pos, "expression");
                self.zero_val(ty)
            }
        }
    }

    /// Lowers an expression that may have several values (a call).
    pub fn expr_multi(&mut self, e: &Expr) -> Vec<Val> {
        let saved = self.b.pos();
        self.b.set_pos(line_pos(e));
        let vs = self.expr_multi_inner(e);
        self.b.set_pos(saved);
        vs
    }

    fn expr_multi_inner(&mut self, e: &Expr) -> Vec<Val> {
        let comma_ok = self
            .g
            .info
            .expr_types
            .get(&e.id)
            .is_some_and(|t| t.mode == Mode::CommaOk);
        match &e.kind {
            ExprKind::Paren(x) => self.expr_multi(x),
            ExprKind::Index(x, i) if comma_ok => self.map_index2(x, i),
            ExprKind::TypeAssert(x, _) if comma_ok => self.type_assert2(e, x),
            ExprKind::Unary(UnaryOp::Recv, x) if comma_ok => self.chan_recv2(x),
            ExprKind::Call { .. }
                if self
                    .g
                    .info
                    .expr_types
                    .get(&e.id)
                    .is_none_or(|tv| tv.mode != Mode::Constant) =>
            {
                self.call(e)
            }
            _ => vec![self.expr(e)],
        }
    }

    fn name(&mut self, e: &Expr, id: &ast::Ident, ty: TypeId) -> Val {
        let Some(obj) = self.g.info.object_of(id.id) else {
            self.g.unsupported(e.pos, "unresolved name");
            return self.zero_val(ty);
        };
        match self.g.info.obj(obj).kind {
            ObjKind::Var(_) => self.read_var(obj),
            ObjKind::Nil => self.zero_val(ty),
            ObjKind::Func => self.func_value(obj),
            _ => {
                self.g.unsupported(e.pos, "name used as value");
                self.zero_val(ty)
            }
        }
    }

    fn selector(&mut self, e: &Expr, x: &Expr, sel: &ast::Ident, ty: TypeId) -> Val {
        if let Some(s) = self.g.info.selections.get(&e.id).cloned() {
            return match s.kind {
                SelectionKind::FieldVal => {
                    let a = self.addr_of(e);
                    self.load_mem(a, ty)
                }
                SelectionKind::MethodVal => self.method_value(e, x, &s),
                SelectionKind::MethodExpr => self.method_expr(e, &s, ty),
            };
        }
        // A package-qualified name.
        match self.g.info.uses.get(&sel.id).copied() {
            Some(obj) => match self.g.info.obj(obj).kind {
                ObjKind::Var(_) => {
                    let a = self.global_addr(obj);
                    self.load_mem(a, ty)
                }
                ObjKind::Func => self.func_value(obj),
                _ => {
                    self.g.unsupported(e.pos, "qualified name");
                    self.zero_val(ty)
                }
            },
            None => {
                self.g.unsupported(e.pos, "selector");
                self.zero_val(ty)
            }
        }
    }

    fn index(&mut self, e: &Expr, x: &Expr, i: &Expr, ty: TypeId) -> Val {
        let xty = self.type_of(x.id);
        match self.under(xty).clone() {
            Type::Basic(_) => {
                // String indexing yields a byte.
                let s = self.expr(x);
                let idx = self.index_value(i);
                let (p, n) = (s.leaves()[0], s.leaves()[1]);
                self.bounds_check(idx, n);
                let a = self.b.iadd(p, idx);
                Val::scalar(self.b.load(T::I8, a, 0))
            }
            Type::Map { .. } => {
                let _ = ty;
                self.map_index(x, i)
            }
            _ => {
                let a = self.addr_of(e);
                self.load_mem(a, ty)
            }
        }
    }

    /// An index operand as an `i64` (sign- or zero-extended).
    pub fn index_value(&mut self, i: &Expr) -> Value {
        let ity = self.type_of(i.id);
        let v = self.expr(i).v();
        self.widen_i64(v, ity)
    }

    /// The value of an integer constant instruction, if `v` is one.
    pub fn const_int(&self, v: Value) -> Option<i64> {
        match self.b.func.value_def(v) {
            ssa::ValueDef::Result(inst, 0) => match self.b.func.inst(inst) {
                ssa::InstData::Iconst { imm, .. } => Some(*imm),
                _ => None,
            },
            _ => None,
        }
    }

    /// Widens an integer of Go type `ty` to `i64`.
    pub fn widen_i64(&mut self, v: Value, ty: TypeId) -> Value {
        let vt = self.b.value_type(v);
        if vt == T::I64 {
            return v;
        }
        if let Some(k) = self.const_int(v) {
            let bits = vt.bits();
            let k = if self.is_unsigned(ty) {
                k & ((1i64 << bits) - 1)
            } else {
                (k << (64 - bits)) >> (64 - bits)
            };
            return self.b.iconst(T::I64, k);
        }
        if self.is_unsigned(ty) {
            self.b.uextend(T::I64, v)
        } else {
            self.b.sextend(T::I64, v)
        }
    }

    /// True if `x[i]` is known in range: `i` is the key of an enclosing
    /// `range x` loop that assigns neither (see `range_bce`).
    pub(crate) fn in_range_by_loop(&self, x: &Expr, i: &Expr) -> bool {
        let (ExprKind::Name(xs), ExprKind::Name(k)) = (&x.kind, &i.kind) else {
            return false;
        };
        let (Some(so), Some(ko)) = (self.g.info.uses.get(&xs.id), self.g.info.uses.get(&k.id))
        else {
            return false;
        };
        self.bce.iter().any(|(s, k)| s == so && k == ko)
    }

    /// `runtime.panicIndex(i, n)` unless `0 <= i < n`.
    pub fn bounds_check(&mut self, i: Value, n: Value) {
        if let (Some(a), Some(b)) = (self.const_int(i), self.const_int(n))
            && a >= 0
            && a < b
        {
            return;
        }
        let bad = self.b.icmp(IntCC::Uge, i, n);
        self.check_cold2(bad, "runtime.panicIndex", i, n);
    }

    /// The address of an addressable expression (or of a temporary copy of
    /// a non-addressable aggregate).
    pub fn addr_of(&mut self, e: &Expr) -> Value {
        let ty = self.type_of(e.id);
        match &e.kind {
            ExprKind::Paren(x) => self.addr_of(x),
            ExprKind::Name(id) => {
                if let Some(obj) = self.g.info.object_of(id.id)
                    && self.g.info.obj(obj).is_var()
                {
                    if let Some(a) = self.local_addr(obj) {
                        return a;
                    }
                    if !self.locals.contains_key(&obj) {
                        return self.global_addr(obj);
                    }
                }
                let v = self.expr(e);
                self.spill(ty, v)
            }
            ExprKind::Star(x) => {
                let p = self.expr(x).v();
                self.nil_check(p);
                p
            }
            ExprKind::Selector(x, _) => {
                let Some(s) = self.g.info.selections.get(&e.id).cloned() else {
                    let v = self.expr(e);
                    return self.spill(ty, v);
                };
                if s.kind != SelectionKind::FieldVal {
                    let v = self.expr(e);
                    return self.spill(ty, v);
                }
                let (mut a, mut cur) = self.selector_base(x);
                let n = s.path.len();
                for (k, idx) in s.path.iter().enumerate() {
                    let offs = self.g.tt.field_offsets(cur);
                    let fty = match self.under(cur) {
                        Type::Struct(fs) => fs.get(*idx).map(|f| f.ty),
                        _ => None,
                    };
                    let Some(fty) = fty else { break };
                    a = self.add_off(a, offs.get(*idx).copied().unwrap_or(0));
                    cur = fty;
                    if k + 1 < n
                        && let Type::Pointer(elem) = self.under(fty).clone()
                    {
                        a = self.b.load(T::I64, a, 0);
                        self.nil_check(a);
                        cur = elem;
                    }
                }
                a
            }
            ExprKind::Index(x, i) => {
                let xty = self.type_of(x.id);
                match self.under(xty).clone() {
                    Type::Array { elem, len } => {
                        let base = self.expr(x).v();
                        let idx = self.index_value(i);
                        let n = self.b.iconst(T::I64, len as i64);
                        self.bounds_check(idx, n);
                        self.elem_addr(base, idx, elem)
                    }
                    Type::Pointer(arr) => {
                        let (elem, len) = match self.under(arr) {
                            Type::Array { elem, len } => (*elem, *len),
                            _ => (arr, 0),
                        };
                        let base = self.expr(x).v();
                        self.nil_check(base);
                        let idx = self.index_value(i);
                        let n = self.b.iconst(T::I64, len as i64);
                        self.bounds_check(idx, n);
                        self.elem_addr(base, idx, elem)
                    }
                    Type::Slice(elem) => {
                        let s = self.expr(x);
                        let idx = self.index_value(i);
                        let (p, n) = (s.leaves()[0], s.leaves()[1]);
                        if !self.in_range_by_loop(x, i) {
                            self.bounds_check(idx, n);
                        }
                        self.elem_addr(p, idx, elem)
                    }
                    _ => {
                        let v = self.expr(e);
                        self.spill(ty, v)
                    }
                }
            }
            ExprKind::CompositeLit { .. } => self.composite(e, ty, Some(e.id)).v(),
            _ => {
                let v = self.expr(e);
                self.spill(ty, v)
            }
        }
    }

    /// The address of the struct a field selector starts from, and its
    /// (struct) type: `x` itself, or what the pointer `x` points to.
    fn selector_base(&mut self, x: &Expr) -> (Value, TypeId) {
        let xty = self.type_of(x.id);
        if let Type::Pointer(elem) = self.under(xty).clone() {
            let p = self.expr(x).v();
            self.nil_check(p);
            (p, elem)
        } else {
            (self.expr(x).v(), xty)
        }
    }

    /// A value in a fresh stack slot; returns the address.
    pub fn spill(&mut self, ty: TypeId, v: Val) -> Value {
        match v {
            Val::M(a) => a,
            s => {
                let a = self.temp_slot(ty);
                self.store_mem(a, ty, &s);
                a
            }
        }
    }

    pub fn add_off(&mut self, a: Value, off: u64) -> Value {
        if off == 0 {
            return a;
        }
        let o = self.b.iconst(T::I64, off as i64);
        self.b.iadd(a, o)
    }

    pub fn elem_addr(&mut self, base: Value, idx: Value, elem: TypeId) -> Value {
        let es = self.g.tt.size_of(elem);
        let off = if es == 1 {
            idx
        } else {
            let s = self.b.iconst(T::I64, es as i64);
            self.b.imul(idx, s)
        };
        self.b.iadd(base, off)
    }

    fn unary(&mut self, op: UnaryOp, x: &Expr) -> Val {
        match op {
            UnaryOp::Addr => Val::scalar(self.addr_of(x)),
            UnaryOp::Pos => self.expr(x),
            UnaryOp::Neg => {
                let v = self.expr(x);
                let ls: Vec<Value> = v.leaves().to_vec();
                let out = ls
                    .into_iter()
                    .map(|l| {
                        if self.b.value_type(l).is_float() {
                            self.b.fneg(l)
                        } else {
                            self.b.ineg(l)
                        }
                    })
                    .collect();
                Val::S(out)
            }
            UnaryOp::Not => {
                let v = self.expr(x).v();
                let one = self.b.iconst(T::I8, 1);
                Val::scalar(self.b.bxor(v, one))
            }
            UnaryOp::BitNot => {
                let v = self.expr(x).v();
                Val::scalar(self.b.bnot(v))
            }
            UnaryOp::Recv => self.chan_recv(x),
        }
    }

    fn binary(&mut self, e: &Expr, op: BinaryOp, a: &Expr, b: &Expr, ty: TypeId) -> Val {
        match op {
            BinaryOp::AndAnd | BinaryOp::OrOr => {
                let av = self.cond(a);
                let rhs = self.b.create_block();
                let join = self.b.create_block();
                let res = self.b.append_block_param(join, T::I8);
                if op == BinaryOp::AndAnd {
                    self.b.brif(av, rhs, &[], join, &[av]);
                } else {
                    self.b.brif(av, join, &[av], rhs, &[]);
                }
                self.b.seal_block(rhs);
                self.b.switch_to_block(rhs);
                let bv = self.cond(b);
                self.b.jump(join, &[bv]);
                self.b.seal_block(join);
                self.b.switch_to_block(join);
                Val::scalar(res)
            }
            _ if op.is_comparison() => {
                let aty = self.type_of(a.id);
                let bty = self.type_of(b.id);
                let (av, bv) = self.operands(a, b);
                // Comparing with nil or mixed interface/concrete operands.
                let (av, bv, cty) = self.unify_cmp(av, aty, bv, bty);
                Val::scalar(self.compare(e.pos, op, cty, av, bv))
            }
            BinaryOp::Add if self.is_string(ty) => self.concat(e),
            _ => {
                let aty = self.type_of(a.id);
                let bty = self.type_of(b.id);
                let (av, bv) = self.operands(a, b);
                let _ = ty;
                self.binary_vals(op, e.pos, aty, av, bty, bv)
            }
        }
    }

    /// Evaluates two operands; when only the right one calls a function,
    /// it goes first (gc's order pass: calls before variable reads).
    fn operands(&mut self, a: &Expr, b: &Expr) -> (Val, Val) {
        if !self.has_call(a) && self.has_call(b) {
            let bv = self.expr(b);
            let bty = self.type_of(b.id);
            let bv = self.materialize(bty, bv);
            let av = self.expr(a);
            (av, bv)
        } else {
            let av = self.expr(a);
            let av = if self.has_call(b) {
                let aty = self.type_of(a.id);
                self.materialize(aty, av)
            } else {
                av
            };
            let bv = self.expr(b);
            (av, bv)
        }
    }

    /// Brings comparison operands to a common type (nil takes the other
    /// side's type; a concrete value compared with an interface is boxed).
    fn unify_cmp(&mut self, av: Val, aty: TypeId, bv: Val, bty: TypeId) -> (Val, Val, TypeId) {
        let nil = |s: &Self, t: TypeId| s.g.tt.basic_kind(t) == Some(BasicKind::UntypedNil);
        if nil(self, bty) {
            let z = self.zero_val(aty);
            return (av, z, aty);
        }
        if nil(self, aty) {
            let z = self.zero_val(bty);
            return (z, bv, bty);
        }
        let ai = matches!(self.under(aty), Type::Interface(_));
        let bi = matches!(self.under(bty), Type::Interface(_));
        if ai && bi && self.under(aty) != self.under(bty) {
            // Different interface types (`any` vs `error`): compare as
            // `any`, i.e. by dynamic type and value.
            let any = self.g.tt.intern(Type::Interface(Vec::new()));
            let av = self.convert_assign(av, aty, any);
            let bv = self.convert_assign(bv, bty, any);
            return (av, bv, any);
        }
        if ai && !bi {
            let bv = self.convert_assign(bv, bty, aty);
            return (av, bv, aty);
        }
        if bi && !ai {
            let av = self.convert_assign(av, aty, bty);
            return (av, bv, bty);
        }
        (av, bv, aty)
    }

    pub fn is_string(&self, ty: TypeId) -> bool {
        self.g.tt.basic_kind(ty).is_some_and(|k| k.is_string())
    }

    pub fn is_unsigned(&self, ty: TypeId) -> bool {
        self.g.tt.basic_kind(ty).is_some_and(|k| k.is_unsigned())
    }

    pub fn is_float(&self, ty: TypeId) -> bool {
        self.g.tt.basic_kind(ty).is_some_and(|k| k.is_float())
    }

    /// Arithmetic `a op b` on operands of type `ty` (for shifts `b` has
    /// its own type `bty`).
    pub fn binary_vals(
        &mut self,
        op: BinaryOp,
        pos: Pos,
        ty: TypeId,
        a: Val,
        bty: TypeId,
        b: Val,
    ) -> Val {
        let kind = self.g.tt.basic_kind(ty).unwrap_or(BasicKind::Int);
        if kind.is_complex() {
            return self.complex_op(op, pos, a, b, ty);
        }
        if self.is_string(ty) && op == BinaryOp::Add {
            return self.concat_vals(vec![a, b]);
        }
        let (x, y) = (a.v(), b.v());
        let v = if kind.is_float() {
            match op {
                BinaryOp::Add => self.b.fadd(x, y),
                BinaryOp::Sub => self.b.fsub(x, y),
                BinaryOp::Mul => self.b.fmul(x, y),
                BinaryOp::Div => self.b.fdiv(x, y),
                _ => {
                    self.g.unsupported(pos, "float operator");
                    x
                }
            }
        } else {
            let signed = !kind.is_unsigned();
            match op {
                BinaryOp::Add => self.b.iadd(x, y),
                BinaryOp::Sub => self.b.isub(x, y),
                BinaryOp::Mul => self.b.imul(x, y),
                BinaryOp::And => self.b.band(x, y),
                BinaryOp::Or => self.b.bor(x, y),
                BinaryOp::Xor => self.b.bxor(x, y),
                BinaryOp::AndNot => {
                    let ny = self.b.bnot(y);
                    self.b.band(x, ny)
                }
                BinaryOp::Div | BinaryOp::Rem => self.divide(op, signed, x, y),
                BinaryOp::Shl | BinaryOp::Shr => self.shift(op, signed, x, y, bty),
                _ => {
                    self.g.unsupported(pos, "operator");
                    x
                }
            }
        };
        Val::scalar(v)
    }

    /// Integer `/` and `%`: panics on a zero divisor; `MIN / -1` is `MIN`
    /// and `MIN % -1` is 0 (x86 `idiv` would trap, so divide by 1 instead).
    fn divide(&mut self, op: BinaryOp, signed: bool, x: Value, y: Value) -> Value {
        let t = self.b.value_type(y);
        if let Some(c) = self.const_int(y).filter(|c| *c != 0) {
            // A known nonzero divisor needs no zero check.
            let is_div = op == BinaryOp::Div;
            return match (signed, c, is_div) {
                (true, -1, true) => self.b.ineg(x),
                (true, -1, false) => self.b.iconst(t, 0),
                (true, _, true) => self.b.sdiv(x, y),
                (true, _, false) => self.b.srem(x, y),
                (false, _, true) => self.b.udiv(x, y),
                (false, _, false) => self.b.urem(x, y),
            };
        }
        let z = self.b.iconst(t, 0);
        let is_zero = self.b.icmp(IntCC::Eq, y, z);
        self.check_cold(is_zero, "runtime.panicdivide");
        if !signed {
            return if op == BinaryOp::Div {
                self.b.udiv(x, y)
            } else {
                self.b.urem(x, y)
            };
        }
        let m1 = self.b.iconst(t, -1);
        let is_m1 = self.b.icmp(IntCC::Eq, y, m1);
        let one = self.b.iconst(t, 1);
        let safe = self.b.select(is_m1, one, y);
        if op == BinaryOp::Div {
            let q = self.b.sdiv(x, safe);
            let nx = self.b.ineg(x);
            self.b.select(is_m1, nx, q)
        } else {
            self.b.srem(x, safe)
        }
    }

    /// Go shifts: counts ≥ the width give 0 (or all sign bits for signed
    /// `>>`); a negative signed count panics.
    fn shift(&mut self, op: BinaryOp, signed: bool, x: Value, y: Value, cty: TypeId) -> Value {
        let t = self.b.value_type(x);
        let width = t.bits() as i64;
        if let Some(k) = self.const_int(y) {
            let k = if self.is_unsigned(cty) {
                // Reinterpret the constant's bits at its own width.
                let bits = self.b.value_type(y).bits();
                if bits < 64 {
                    k & ((1i64 << bits) - 1)
                } else {
                    k
                }
            } else {
                k
            };
            if (0..width).contains(&k) {
                let c = self.b.iconst(T::I64, k);
                return match op {
                    BinaryOp::Shl => self.b.ishl(x, c),
                    _ if signed => self.b.sshr(x, c),
                    _ => self.b.ushr(x, c),
                };
            }
        }
        let c = self.widen_i64(y, cty);
        if !self.is_unsigned(cty) {
            let z = self.b.iconst(T::I64, 0);
            let neg = self.b.icmp(IntCC::Slt, c, z);
            self.check_cold(neg, "runtime.panicshift");
        }
        let w = self.b.iconst(T::I64, width);
        let big = self.b.icmp(IntCC::Uge, c, w);
        match op {
            BinaryOp::Shl => {
                let r = self.b.ishl(x, c);
                let z = self.b.iconst(t, 0);
                self.b.select(big, z, r)
            }
            _ if signed => {
                let wm1 = self.b.iconst(T::I64, width - 1);
                let cc = self.b.select(big, wm1, c);
                self.b.sshr(x, cc)
            }
            _ => {
                let r = self.b.ushr(x, c);
                let z = self.b.iconst(t, 0);
                self.b.select(big, z, r)
            }
        }
    }

    fn complex_op(&mut self, op: BinaryOp, pos: Pos, a: Val, b: Val, _ty: TypeId) -> Val {
        let (ar, ai) = (a.leaves()[0], a.leaves()[1]);
        let (br, bi) = (b.leaves()[0], b.leaves()[1]);
        match op {
            BinaryOp::Add => {
                let r = self.b.fadd(ar, br);
                let i = self.b.fadd(ai, bi);
                Val::S(vec![r, i])
            }
            BinaryOp::Sub => {
                let r = self.b.fsub(ar, br);
                let i = self.b.fsub(ai, bi);
                Val::S(vec![r, i])
            }
            BinaryOp::Mul => {
                let p1 = self.b.fmul(ar, br);
                let p2 = self.b.fmul(ai, bi);
                let r = self.b.fsub(p1, p2);
                let p3 = self.b.fmul(ar, bi);
                let p4 = self.b.fmul(ai, br);
                let i = self.b.fadd(p3, p4);
                Val::S(vec![r, i])
            }
            BinaryOp::Div => self.complex_div(&a, &b),
            _ => {
                self.g.unsupported(pos, "complex operator");
                a
            }
        }
    }

    /// A comparison `a op b` of values of type `ty`; an `i8` 0/1.
    pub fn compare(&mut self, pos: Pos, op: BinaryOp, ty: TypeId, a: Val, b: Val) -> Value {
        match op {
            BinaryOp::Eq => self.equal(ty, a, b),
            BinaryOp::Ne => {
                let e = self.equal(ty, a, b);
                let one = self.b.iconst(T::I8, 1);
                self.b.bxor(e, one)
            }
            _ => {
                if self.is_string(ty) {
                    return self.string_less(op, a, b);
                }
                let (x, y) = (a.v(), b.v());
                if self.is_float(ty) {
                    let cc = match op {
                        BinaryOp::Lt => FloatCC::Lt,
                        BinaryOp::Le => FloatCC::Le,
                        BinaryOp::Gt => FloatCC::Gt,
                        _ => FloatCC::Ge,
                    };
                    return self.b.fcmp(cc, x, y);
                }
                let u = self.is_unsigned(ty);
                let cc = match (op, u) {
                    (BinaryOp::Lt, false) => IntCC::Slt,
                    (BinaryOp::Le, false) => IntCC::Sle,
                    (BinaryOp::Gt, false) => IntCC::Sgt,
                    (BinaryOp::Ge, false) => IntCC::Sge,
                    (BinaryOp::Lt, true) => IntCC::Ult,
                    (BinaryOp::Le, true) => IntCC::Ule,
                    (BinaryOp::Gt, true) => IntCC::Ugt,
                    _ => IntCC::Uge,
                };
                let _ = pos;
                self.b.icmp(cc, x, y)
            }
        }
    }

    /// `a == b` for any comparable type.
    pub fn equal(&mut self, ty: TypeId, a: Val, b: Val) -> Value {
        match self.under(ty).clone() {
            Type::Basic(k) if k.is_string() => self.string_eq(a, b),
            Type::Basic(k) if k.is_float() || k.is_complex() => {
                let ls: Vec<(Value, Value)> = a
                    .leaves()
                    .iter()
                    .copied()
                    .zip(b.leaves().iter().copied())
                    .collect();
                let mut acc = None;
                for (x, y) in ls {
                    let c = self.b.fcmp(FloatCC::Eq, x, y);
                    acc = Some(match acc {
                        None => c,
                        Some(p) => self.b.band(p, c),
                    });
                }
                acc.unwrap_or_else(|| self.b.iconst(T::I8, 1))
            }
            Type::Interface(ms) => {
                // Same type word, then nil, then the runtime compares the
                // dynamic values (and panics on uncomparable types).
                let (ta, da) = (a.leaves()[0], a.leaves()[1]);
                let (tb, db) = (b.leaves()[0], b.leaves()[1]);
                let same = if ms.is_empty() {
                    self.b.icmp(IntCC::Eq, ta, tb)
                } else {
                    // Itabs are not unique per (type, interface) pair (the
                    // runtime has its own for errors.New values): compare
                    // the dynamic types.
                    let (xa, xb) = (self.iface_dyn_type(ta), self.iface_dyn_type(tb));
                    self.b.icmp(IntCC::Eq, xa, xb)
                };
                let check = self.b.create_block();
                let call = self.b.create_block();
                let join = self.b.create_block();
                let res = self.b.append_block_param(join, T::I8);
                let f = self.b.iconst(T::I8, 0);
                self.b.brif(same, check, &[], join, &[f]);
                self.b.seal_block(check);
                self.b.switch_to_block(check);
                let z = self.b.iconst(T::I64, 0);
                let is_nil = self.b.icmp(IntCC::Eq, ta, z);
                let t = self.b.iconst(T::I8, 1);
                self.b.brif(is_nil, join, &[t], call, &[]);
                self.b.seal_block(call);
                self.b.switch_to_block(call);
                let f = if ms.is_empty() {
                    "runtime.efaceeq"
                } else {
                    "runtime.ifaceeq"
                };
                let r = self.rt(f, &[ta, da, db], &[T::I8])[0];
                self.b.jump(join, &[r]);
                self.b.seal_block(join);
                self.b.switch_to_block(join);
                res
            }
            Type::Slice(_) | Type::Map { .. } | Type::Func(_) => {
                // Only comparable with nil: compare the pointer word.
                self.b.icmp(IntCC::Eq, a.leaves()[0], b.leaves()[0])
            }
            Type::Struct(fields) => {
                let offs = self.g.tt.field_offsets(ty);
                let (pa, pb) = (a.v(), b.v());
                let mut acc = self.b.iconst(T::I8, 1);
                for (f, off) in fields.iter().zip(offs) {
                    if f.name == "_" {
                        continue;
                    }
                    let fa = self.add_off(pa, off);
                    let fb = self.add_off(pb, off);
                    let va = self.load_mem(fa, f.ty);
                    let vb = self.load_mem(fb, f.ty);
                    let c = self.equal(f.ty, va, vb);
                    acc = self.b.band(acc, c);
                }
                acc
            }
            Type::Array { elem, len } => {
                let es = self.g.tt.size_of(elem);
                let (pa, pb) = (a.v(), b.v());
                if len > 16 {
                    // Long arrays: compare element by element in a loop.
                    let acc = self.b.declare_var(T::I8);
                    let one = self.b.iconst(T::I8, 1);
                    self.b.def_var(acc, one);
                    let n = self.b.iconst(T::I64, len as i64);
                    self.counted_loop(n, None, |fx, i| {
                        let fa = fx.elem_addr(pa, i, elem);
                        let fb = fx.elem_addr(pb, i, elem);
                        let va = fx.load_mem(fa, elem);
                        let vb = fx.load_mem(fb, elem);
                        let c = fx.equal(elem, va, vb);
                        let prev = fx.b.use_var(acc);
                        let nx = fx.b.band(prev, c);
                        fx.b.def_var(acc, nx);
                    });
                    return self.b.use_var(acc);
                }
                let mut acc = self.b.iconst(T::I8, 1);
                for i in 0..len {
                    let fa = self.add_off(pa, i * es);
                    let fb = self.add_off(pb, i * es);
                    let va = self.load_mem(fa, elem);
                    let vb = self.load_mem(fb, elem);
                    let c = self.equal(elem, va, vb);
                    acc = self.b.band(acc, c);
                }
                acc
            }
            _ => {
                let (x, y) = (a.v(), b.v());
                self.b.icmp(IntCC::Eq, x, y)
            }
        }
    }

    /// Widens or narrows an integer IR value to `to`.
    pub fn int_resize(&mut self, v: Value, signed: bool, to: T) -> Value {
        let from = self.b.value_type(v);
        if from == to {
            v
        } else if from.bits() > to.bits() {
            self.b.ireduce(to, v)
        } else if signed {
            self.b.sextend(to, v)
        } else {
            self.b.uextend(to, v)
        }
    }

    /// An explicit conversion `T(x)`.
    /// The conversion `call` (`T(x)`) of `x` to `to`. The call names the
    /// allocation site of `[]byte(s)` / `[]rune(s)`; `x` the box of a
    /// conversion to an interface.
    pub fn conversion(&mut self, call: &Expr, to: TypeId, x: &Expr) -> Val {
        let from = self.type_of(x.id);
        if matches!(self.under(from), Type::Basic(k) if k.is_string())
            && matches!(self.under(to), Type::Slice(_))
        {
            return self.string_to_slice_at(call.id, x, to);
        }
        let v = self.expr(x);
        self.box_site = Some(x.id);
        let v = self.convert(call.pos, v, from, to);
        self.box_site = None;
        v
    }

    pub fn convert(&mut self, pos: Pos, v: Val, from: TypeId, to: TypeId) -> Val {
        let fu = self.under(from).clone();
        let tu = self.under(to).clone();
        match (&fu, &tu) {
            (_, Type::Interface(_)) => self.convert_assign(v, from, to),
            (Type::Basic(fk), Type::Basic(tk)) => {
                let (fk, tk) = (*fk, *tk);
                if tk.is_string() {
                    if fk.is_integer() {
                        let x = self.widen_i64(v.v(), from);
                        return self.intstring(x);
                    }
                    return v;
                }
                if fk.is_string() {
                    return v;
                }
                if tk.is_complex() || fk.is_complex() {
                    if fk.is_complex() && tk.is_complex() {
                        let t = abi::leaf_types(&self.g.tt, to)[0];
                        let ls: Vec<Value> = v
                            .leaves()
                            .iter()
                            .map(|l| self.float_resize(*l, t))
                            .collect();
                        return Val::S(ls);
                    }
                    self.g.unsupported(pos, "complex conversion");
                    return self.zero_val(to);
                }
                let tt = abi::leaf_types(&self.g.tt, to)[0];
                let x = v.v();
                let r = if fk.is_float() && tk.is_float() {
                    self.float_resize(x, tt)
                } else if fk.is_float() {
                    self.float_to_int(x, tk, tt)
                } else if tk.is_float() {
                    if fk.is_unsigned() {
                        self.b.fcvt_from_uint(tt, x)
                    } else {
                        self.b.fcvt_from_sint(tt, x)
                    }
                } else {
                    self.int_resize(x, !fk.is_unsigned(), tt)
                };
                Val::scalar(r)
            }
            (Type::Slice(_), Type::Pointer(arr)) => {
                let n = match self.under(*arr) {
                    Type::Array { len, .. } => *len,
                    _ => 0,
                };
                Val::scalar(self.slice_to_array_ptr(v, n))
            }
            (Type::Slice(_), Type::Array { len, .. }) => {
                let p = self.slice_to_array_ptr(v, *len);
                let val = self.load_mem(p, to);
                self.materialize(to, val)
            }
            (Type::Slice(_), Type::Basic(_)) => self.slice_to_string(v, from),
            (Type::Basic(_), Type::Slice(_)) => self.string_to_slice(v, to),
            _ => v,
        }
    }

    /// `(*[n]T)(s)`: panics unless `len(s) >= n`.
    fn slice_to_array_ptr(&mut self, v: Val, n: u64) -> Value {
        let (p, len) = (v.leaves()[0], v.leaves()[1]);
        let nv = self.b.iconst(T::I64, n as i64);
        let bad = self.b.icmp(IntCC::Slt, len, nv);
        self.check_cold2(bad, "runtime.panicSliceConvert", nv, len);
        p
    }

    /// Float to integer with gc's amd64 results: x86 `cvttsd2si` gives the
    /// minimum integer for NaN and out-of-range values; narrow types
    /// convert through int32 (signed and 8/16-bit) or int64 (uint32), and
    /// uint64 uses gc's two-range sequence.
    fn float_to_int(&mut self, x: Value, tk: BasicKind, tt: T) -> Value {
        use BasicKind::*;
        match tk {
            Int8 | Int16 | Uint8 | Uint16 | Int32 => {
                let v = self.cvt_x86(x, T::I32);
                self.int_resize(v, true, tt)
            }
            Uint32 => {
                let v = self.cvt_x86(x, T::I64);
                self.int_resize(v, true, tt)
            }
            Uint | Uint64 | Uintptr => {
                let ft = self.b.value_type(x);
                let two63 = self.fconst(ft, 9223372036854775808.0);
                let small = self.b.fcmp(FloatCC::Lt, x, two63);
                let lo = self.cvt_x86(x, T::I64);
                let y = self.b.fsub(x, two63);
                let hi = self.cvt_x86(y, T::I64);
                let min = self.b.iconst(T::I64, i64::MIN);
                let hi = self.b.bor(hi, min);
                self.b.select(small, lo, hi)
            }
            _ => self.cvt_x86(x, T::I64),
        }
    }

    /// `cvttsd2si` into `to` (I32 or I64).
    fn cvt_x86(&mut self, x: Value, to: T) -> Value {
        let ft = self.b.value_type(x);
        let lim = if to == T::I32 {
            2147483648.0
        } else {
            9223372036854775808.0
        };
        let hi = self.fconst(ft, lim);
        let lo = self.fconst(ft, -lim);
        let ge = self.b.fcmp(FloatCC::Ge, x, lo);
        let lt = self.b.fcmp(FloatCC::Lt, x, hi);
        let ok = self.b.band(ge, lt);
        let v = self.b.fcvt_to_sint(to, x);
        let min = self.b.iconst(
            to,
            if to == T::I32 {
                i32::MIN as i64
            } else {
                i64::MIN
            },
        );
        self.b.select(ok, v, min)
    }

    fn fconst(&mut self, t: T, v: f64) -> Value {
        if t == T::F32 {
            self.b.f32const(v as f32)
        } else {
            self.b.f64const(v)
        }
    }

    fn float_resize(&mut self, v: Value, to: T) -> Value {
        let from = self.b.value_type(v);
        if from == to {
            v
        } else if to == T::F64 {
            self.b.fpromote(T::F64, v)
        } else {
            self.b.fdemote(T::F32, v)
        }
    }
}

/// `e` without enclosing parentheses.
pub(crate) fn unparen(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(x) => unparen(x),
        _ => e,
    }
}

/// The position gc gives an expression's instructions (its line in
/// tracebacks): a call's is its `(`, which the AST does not keep; the
/// function's last token stands for it where that is known (a literal's
/// closing brace, a selector's name), so `func() { ... }()` is at its
/// `}()` line as in gc.
fn line_pos(e: &Expr) -> syntax::Pos {
    match &e.kind {
        ExprKind::Call { fun, .. } => match &fun.kind {
            ExprKind::FuncLit { body, .. } => body.rbrace,
            ExprKind::Selector(_, sel) => sel.pos,
            _ => e.pos,
        },
        _ => e.pos,
    }
}
