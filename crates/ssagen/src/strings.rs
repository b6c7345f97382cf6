//! Strings: concatenation, comparison, conversions, `range` over strings.

use ssa::{IntCC, Type as T, Value};
use syntax::ast::{BinaryOp, Expr, ExprKind};
use types::{BasicKind, Mode, Type, TypeId};

use crate::func::{Fx, Target, Val};

impl Fx<'_, '_, '_> {
    /// `a + b + ...` on strings: one `runtime.concatstrings` call for the
    /// whole chain.
    pub fn concat(&mut self, e: &Expr) -> Val {
        let mut ops = Vec::new();
        self.collect_concat(e, &mut ops);
        let vals = ops.into_iter().map(|x| self.expr(x)).collect();
        self.concat_vals(vals)
    }

    fn collect_concat<'e>(&self, e: &'e Expr, out: &mut Vec<&'e Expr>) {
        let constant = self
            .g
            .info
            .expr_types
            .get(&e.id)
            .is_some_and(|t| t.mode == Mode::Constant);
        match &e.kind {
            ExprKind::Binary(BinaryOp::Add, a, b) if !constant => {
                self.collect_concat(a, out);
                self.collect_concat(b, out);
            }
            ExprKind::Paren(x) if !constant => self.collect_concat(x, out),
            _ => out.push(e),
        }
    }

    pub fn concat_vals(&mut self, vals: Vec<Val>) -> Val {
        let n = vals.len();
        let slot = self.b.create_stack_slot(16 * n as u32, 8);
        let buf = self.b.stack_addr(slot, 0);
        for (i, v) in vals.iter().enumerate() {
            self.b.store(v.leaves()[0], buf, 16 * i as i32);
            self.b.store(v.leaves()[1], buf, 16 * i as i32 + 8);
        }
        let nv = self.b.iconst(T::I64, n as i64);
        Val::S(self.rt("runtime.concatstrings", &[buf, nv], &[T::I64, T::I64]))
    }

    /// String equality: lengths first, `runtime.memequal` only when they
    /// match.
    pub fn string_eq(&mut self, a: Val, b: Val) -> Value {
        let (pa, la) = (a.leaves()[0], a.leaves()[1]);
        let (pb, lb) = (b.leaves()[0], b.leaves()[1]);
        let same_len = self.b.icmp(IntCC::Eq, la, lb);
        let cmp = self.b.create_block();
        let join = self.b.create_block();
        let res = self.b.append_block_param(join, T::I8);
        let zero = self.b.iconst(T::I8, 0);
        self.b.brif(same_len, cmp, &[], join, &[zero]);
        self.b.seal_block(cmp);
        self.b.switch_to_block(cmp);
        let eq = self.rt("runtime.memequal", &[pa, pb, la], &[T::I8])[0];
        self.b.jump(join, &[eq]);
        self.b.seal_block(join);
        self.b.switch_to_block(join);
        res
    }

    /// `<`, `<=`, `>`, `>=` on strings via `runtime.cmpstring`.
    pub fn string_less(&mut self, op: BinaryOp, a: Val, b: Val) -> Value {
        let mut args = a.leaves().to_vec();
        args.extend_from_slice(b.leaves());
        let c = self.rt("runtime.cmpstring", &args, &[T::I64])[0];
        let z = self.b.iconst(T::I64, 0);
        let cc = match op {
            BinaryOp::Lt => IntCC::Slt,
            BinaryOp::Le => IntCC::Sle,
            BinaryOp::Gt => IntCC::Sgt,
            _ => IntCC::Sge,
        };
        self.b.icmp(cc, c, z)
    }

    /// `string(rune)`.
    pub fn intstring(&mut self, x: Value) -> Val {
        Val::S(self.rt("runtime.intstring", &[x], &[T::I64, T::I64]))
    }

    fn elem_kind(&self, slice_ty: TypeId) -> Option<BasicKind> {
        match self.under(slice_ty) {
            Type::Slice(e) => self.g.tt.basic_kind(*e),
            _ => None,
        }
    }

    /// `string(b)` for `[]byte` / `[]rune`.
    pub fn slice_to_string(&mut self, v: Val, from: TypeId) -> Val {
        let f = if self.elem_kind(from) == Some(BasicKind::Int32) {
            "runtime.slicerunetostring"
        } else {
            "runtime.slicebytetostring"
        };
        let (p, n) = (v.leaves()[0], v.leaves()[1]);
        Val::S(self.rt(f, &[p, n], &[T::I64, T::I64]))
    }

    /// `[]byte(s)` / `[]rune(s)`.
    pub fn string_to_slice(&mut self, v: Val, to: TypeId) -> Val {
        let f = if self.elem_kind(to) == Some(BasicKind::Int32) {
            "runtime.stringtoslicerune"
        } else {
            "runtime.stringtoslicebyte"
        };
        let slot = self.b.create_stack_slot(24, 8);
        let out = self.b.stack_addr(slot, 0);
        self.rt(f, &[out, v.leaves()[0], v.leaves()[1]], &[]);
        let p = self.b.load(T::I64, out, 0);
        let l = self.b.load(T::I64, out, 8);
        let c = self.b.load(T::I64, out, 16);
        Val::S(vec![p, l, c])
    }

    /// `for i, r := range s`: an inline ASCII fast path, otherwise
    /// `runtime.decoderune`.
    pub fn range_string(
        &mut self,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        s: Val,
        body: &syntax::ast::Block,
        label: Option<String>,
    ) {
        let (p, n) = (s.leaves()[0], s.leaves()[1]);
        let int = self.g.tt.basic(BasicKind::Int);
        let rune = self.g.tt.basic(BasicKind::Int32);
        let i = self.b.declare_var(T::I64);
        let next = self.b.declare_var(T::I64);
        let z = self.b.iconst(T::I64, 0);
        self.b.def_var(i, z);
        let header = self.b.create_block();
        let decode = self.b.create_block();
        let ascii = self.b.create_block();
        let slow = self.b.create_block();
        let bodyb = self.b.create_block();
        let rv = self.b.append_block_param(bodyb, T::I32);
        let nv = self.b.append_block_param(bodyb, T::I64);
        let cont = self.b.create_block();
        let done = self.b.create_block();
        self.b.jump(header, &[]);
        self.b.switch_to_block(header);
        let iv = self.b.use_var(i);
        let c = self.b.icmp(IntCC::Slt, iv, n);
        self.b.brif(c, decode, &[], done, &[]);
        self.b.seal_block(decode);
        self.b.switch_to_block(decode);
        let a = self.b.iadd(p, iv);
        let byte = self.b.load(T::I8, a, 0);
        let lim = self.b.iconst(T::I8, 0x80);
        let is_ascii = self.b.icmp(IntCC::Ult, byte, lim);
        self.b.brif(is_ascii, ascii, &[], slow, &[]);
        self.b.seal_block(ascii);
        self.b.seal_block(slow);
        self.b.switch_to_block(ascii);
        let r = self.b.uextend(T::I32, byte);
        let one = self.b.iconst(T::I64, 1);
        let nx = self.b.iadd(iv, one);
        self.b.jump(bodyb, &[r, nx]);
        self.b.switch_to_block(slow);
        let res = self.rt("runtime.decoderune", &[p, n, iv], &[T::I64, T::I64]);
        let r = self.b.ireduce(T::I32, res[0]);
        self.b.jump(bodyb, &[r, res[1]]);
        self.b.seal_block(bodyb);
        self.b.switch_to_block(bodyb);
        self.b.def_var(next, nv);
        self.bind_iters(
            define,
            (key, Val::scalar(iv), int),
            (value, Val::scalar(rv), rune),
        );
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
        let nxv = self.b.use_var(next);
        self.b.def_var(i, nxv);
        self.b.jump(header, &[]);
        self.b.seal_block(header);
        self.b.seal_block(done);
        self.b.switch_to_block(done);
    }
}
