//! Strings: concatenation, comparison, conversions, `range` over strings.

use ssa::{IntCC, Type as T, Value};
use syntax::ast::{BinaryOp, Expr, ExprKind, NodeId};
use types::{BasicKind, ConstValue, Mode, Type, TypeId};

use crate::alloc::MAX_IMPLICIT_STACK_VAR_SIZE;
use crate::func::{Fx, MAX_STACK_VAR_SIZE, Target, Val};

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

    /// `[]byte(s)` / `[]rune(s)` (a value already converted, no site:
    /// the heap).
    pub fn string_to_slice(&mut self, v: Val, to: TypeId) -> Val {
        let z = self.b.iconst(T::I64, 0);
        self.string_to_slice_buf(v, to, z)
    }

    /// The conversion `site` (`[]byte(x)` / `[]rune(x)`) with gc's
    /// capacities (walk/convert.go): a constant string becomes exactly
    /// `len` bytes (walkStringToBytes: a `[n]byte` in the frame, at most
    /// MaxImplicitStackVarSize, when the conversion does not escape, else
    /// `new([n]byte)`) or, for runes, a slice literal of its runes (cap =
    /// rune count; typecheck turns the conversion into `[]rune{...}`);
    /// another string goes through the runtime with a 32-element frame
    /// buffer when the conversion does not escape.
    pub fn string_to_slice_at(&mut self, site: NodeId, x: &Expr, to: TypeId) -> Val {
        let runes = self.elem_kind(to) == Some(BasicKind::Int32);
        let konst = match self
            .g
            .info
            .expr_types
            .get(&x.id)
            .and_then(|t| t.value.as_ref())
        {
            Some(ConstValue::String(b)) => Some(b.clone()),
            _ => None,
        };
        if let Some(bytes) = konst {
            if runes {
                // Go decodes each byte of an invalid sequence as U+FFFD.
                let mut rs: Vec<u32> = Vec::new();
                for chunk in bytes.utf8_chunks() {
                    rs.extend(chunk.valid().chars().map(|c| c as u32));
                    rs.extend(chunk.invalid().iter().map(|_| 0xfffd));
                }
                let n = rs.len() as u64;
                let limit = MAX_STACK_VAR_SIZE;
                let p = if n == 0 {
                    self.b.symbol_addr("runtime.zerobase")
                } else {
                    let rune = self.g.tt.basic(types::BasicKind::Int32);
                    self.alloc_array_at(site, rune, n, limit)
                };
                for (i, r) in rs.into_iter().enumerate() {
                    let v = self.b.iconst(T::I32, r as i64);
                    self.b.store(v, p, 4 * i as i32);
                }
                let nv = self.b.iconst(T::I64, n as i64);
                return Val::S(vec![p, nv, nv]);
            }
            let n = bytes.len() as u64;
            let s = self.expr(x);
            let p = if n == 0 {
                self.b.symbol_addr("runtime.zerobase")
            } else {
                let byte = self.g.tt.basic(types::BasicKind::Uint8);
                self.alloc_array_at(site, byte, n, MAX_IMPLICIT_STACK_VAR_SIZE)
            };
            if n > 0 {
                self.b.memcpy(p, s.leaves()[0], n, 1);
            }
            let nv = self.b.iconst(T::I64, n as i64);
            return Val::S(vec![p, nv, nv]);
        }
        let v = self.expr(x);
        let buf = if self.g.stack_sites.contains(&site) {
            let bytes = if runes { 4 * 32 } else { 32 };
            self.frame_object(bytes)
        } else {
            self.b.iconst(T::I64, 0)
        };
        self.string_to_slice_buf(v, to, buf)
    }

    fn string_to_slice_buf(&mut self, v: Val, to: TypeId, buf: Value) -> Val {
        let f = if self.elem_kind(to) == Some(BasicKind::Int32) {
            "runtime.stringtoslicerune"
        } else {
            "runtime.stringtoslicebyte"
        };
        let slot = self.b.create_stack_slot(24, 8);
        let out = self.b.stack_addr(slot, 0);
        self.rt(f, &[out, buf, v.leaves()[0], v.leaves()[1]], &[]);
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
