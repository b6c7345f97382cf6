//! Slices and arrays: slicing with bounds checks, make, append, copy,
//! composite literals, and `range` over ints, slices, arrays and
//! pointers to arrays.

use ssa::{IntCC, Type as T, Value};
use syntax::ast::{self, Expr, ExprKind, NodeId};
use types::{BasicKind, Type, TypeId};

use crate::alloc::VARIABLE_MAKE_THRESHOLD;
use crate::func::{Fx, MAX_STACK_VAR_SIZE, Val};

impl Fx<'_, '_, '_> {
    /// `x[lo:hi]` / `x[lo:hi:max]` on strings, slices, arrays and
    /// pointers to arrays.
    pub fn slice_expr(&mut self, e: &Expr) -> Val {
        let ExprKind::Slice { x, lo, hi, max, .. } = &e.kind else {
            return Val::S(vec![]);
        };
        let xty = self.type_of(x.id);
        let (ptr, len, cap, esz, is_str, is_arr) = match self.under(xty).clone() {
            Type::Basic(_) => {
                let s = self.expr(x);
                (s.leaves()[0], s.leaves()[1], s.leaves()[1], 1, true, false)
            }
            Type::Slice(elem) => {
                let s = self.expr(x);
                let l = s.leaves();
                (l[0], l[1], l[2], self.g.tt.size_of(elem), false, false)
            }
            Type::Array { elem, len } => {
                let p = self.addr_of(x);
                let n = self.b.iconst(T::I64, len as i64);
                (p, n, n, self.g.tt.size_of(elem), false, true)
            }
            Type::Pointer(arr) => {
                let p = self.expr(x).v();
                self.nil_check(p);
                let (elem, len) = match self.under(arr) {
                    Type::Array { elem, len } => (*elem, *len),
                    _ => (arr, 0),
                };
                let n = self.b.iconst(T::I64, len as i64);
                (p, n, n, self.g.tt.size_of(elem), false, true)
            }
            _ => {
                self.g.unsupported(e.pos, "slice of this type");
                return self.zero_val(self.type_of(e.id));
            }
        };
        let lo_v = match lo {
            Some(l) => self.index_value(l),
            None => self.b.iconst(T::I64, 0),
        };
        let hi_v = hi.as_ref().map(|h| self.index_value(h));
        let max_v = max.as_ref().map(|m| self.index_value(m));
        let (hi_v, max_v) = match (hi_v, max_v) {
            (Some(h), Some(m)) => {
                let f = if is_arr {
                    "runtime.panicSlice3Alen"
                } else {
                    "runtime.panicSlice3Acap"
                };
                let bad = self.b.icmp(IntCC::Ugt, m, cap);
                self.check_cold2(bad, f, m, cap);
                let bad = self.b.icmp(IntCC::Ugt, h, m);
                self.check_cold2(bad, "runtime.panicSlice3B", h, m);
                let bad = self.b.icmp(IntCC::Ugt, lo_v, h);
                self.check_cold2(bad, "runtime.panicSlice3C", lo_v, h);
                (h, m)
            }
            (Some(h), None) => {
                let (f, bound) = if is_str || is_arr {
                    ("runtime.panicSliceAlen", len)
                } else {
                    ("runtime.panicSliceAcap", cap)
                };
                let bad = self.b.icmp(IntCC::Ugt, h, bound);
                self.check_cold2(bad, f, h, bound);
                let bad = self.b.icmp(IntCC::Ugt, lo_v, h);
                self.check_cold2(bad, "runtime.panicSliceB", lo_v, h);
                (h, cap)
            }
            _ => {
                if lo.is_some() {
                    let bad = self.b.icmp(IntCC::Ugt, lo_v, len);
                    self.check_cold2(bad, "runtime.panicSliceB", lo_v, len);
                }
                (len, cap)
            }
        };
        let nlen = self.b.isub(hi_v, lo_v);
        let ncap = self.b.isub(max_v, lo_v);
        let off = if esz == 1 {
            lo_v
        } else {
            let s = self.b.iconst(T::I64, esz as i64);
            self.b.imul(lo_v, s)
        };
        // Never point past the end of the backing array (gc's rule): an
        // empty result keeps the original pointer.
        let moved = self.b.iadd(ptr, off);
        let z = self.b.iconst(T::I64, 0);
        let empty = self.b.icmp(IntCC::Eq, if is_str { nlen } else { ncap }, z);
        let np = self.b.select(empty, ptr, moved);
        if is_str {
            Val::S(vec![np, nlen])
        } else {
            Val::S(vec![np, nlen, ncap])
        }
    }

    pub fn make(&mut self, e: &Expr, ty: TypeId, args: &[Expr]) -> Val {
        if let Type::Map { .. } = self.under(ty) {
            return self.make_map(ty, args.get(1));
        }
        if let Type::Chan { .. } = self.under(ty) {
            return self.make_chan(ty, args.get(1));
        }
        let Type::Slice(elem) = self.under(ty).clone() else {
            self.g.unsupported(e.pos, "make of channels");
            return self.zero_val(ty);
        };
        let len = match args.get(1) {
            Some(a) => self.index_value(a),
            None => self.b.iconst(T::I64, 0),
        };
        let cap = match args.get(2) {
            Some(a) => self.index_value(a),
            None => len,
        };
        let cap_const = args
            .get(2)
            .or(args.get(1))
            .and_then(|a| self.const_index(a));
        let p = self.make_backing(e.id, elem, len, cap, cap_const);
        Val::S(vec![p, len, cap])
    }

    /// The element type descriptor for `growslice` (null when the element
    /// holds no pointers, which is all the runtime needs to know).
    pub fn elem_desc(&mut self, elem: TypeId) -> Value {
        if self.has_pointers(elem) {
            let sym = self.g.typedesc(elem);
            self.b.symbol_addr(&sym)
        } else {
            self.b.iconst(T::I64, 0)
        }
    }

    pub fn has_pointers(&self, t: TypeId) -> bool {
        match self.under(t) {
            Type::Basic(k) => matches!(k, BasicKind::String | BasicKind::UnsafePointer),
            Type::Array { elem, len } => *len > 0 && self.has_pointers(*elem),
            Type::Struct(fs) => fs.iter().any(|f| self.has_pointers(f.ty)),
            _ => true,
        }
    }

    pub fn append(&mut self, e: &Expr, ty: TypeId, args: &[Expr], spread: bool) -> Val {
        let elem = match self.under(ty) {
            Type::Slice(e) => *e,
            _ => ty,
        };
        let esz = self.g.tt.size_of(elem);
        let s = self.expr(&args[0]);
        let s0ty = self.type_of(args[0].id);
        let s = self.convert_assign(s, s0ty, ty);
        let (p, len, cap) = (s.leaves()[0], s.leaves()[1], s.leaves()[2]);
        enum Extra {
            Vals(Vec<Val>),
            Spread(Value, Value),
        }
        let extra = if spread {
            let o = self.expr(&args[1]);
            Extra::Spread(o.leaves()[0], o.leaves()[1])
        } else {
            let mut vs = Vec::new();
            for a in &args[1..] {
                let at = self.type_of(a.id);
                let v = self.expr(a);
                let v = self.convert_assign(v, at, elem);
                vs.push(self.materialize(elem, v));
            }
            Extra::Vals(vs)
        };
        let n = match &extra {
            Extra::Vals(vs) => {
                if vs.is_empty() {
                    return s;
                }
                self.b.iconst(T::I64, vs.len() as i64)
            }
            Extra::Spread(_, n) => *n,
        };
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
        let use_buf = self
            .slicebufs
            .appends
            .get(&e.id)
            .copied()
            .filter(|v| !spread && self.slicebufs.cap_used.get(v) == Some(&true))
            .filter(|_| esz > 0 && esz <= VARIABLE_MAKE_THRESHOLD)
            // Only a slice held in SSA variables (gc: not an in-place
            // append). One in memory, such as a named result of a
            // function with defers, is never moved to the heap by
            // move2heap, so its store must not be in the frame.
            .filter(|v| matches!(self.locals.get(v), Some(crate::func::Local::Vars(_))));
        if use_buf.is_none()
            && !spread
            && let Some(k) = self.append_buffer(e, &args[0], elem)
        {
            // First growth of an empty slice that does not escape: the
            // frame buffer, once per call of this function.
            let (stack, used) = k;
            let kv = self
                .b
                .iconst(T::I64, (VARIABLE_MAKE_THRESHOLD / esz) as i64);
            let fits = self.b.icmp(IntCC::Sle, newlen, kv);
            let u = self.b.use_var(used);
            let z8 = self.b.iconst(T::I8, 0);
            let unused = self.b.icmp(IntCC::Eq, u, z8);
            let z = self.b.iconst(T::I64, 0);
            let empty = self.b.icmp(IntCC::Eq, len, z);
            let c = self.b.band(fits, unused);
            let c = self.b.band(c, empty);
            let sb = self.b.create_block();
            let hb = self.b.create_block();
            self.b.brif(c, sb, &[], hb, &[]);
            self.b.seal_block(sb);
            self.b.seal_block(hb);
            self.b.switch_to_block(sb);
            let a = self.b.stack_addr(stack, 0);
            self.b.memzero(a, VARIABLE_MAKE_THRESHOLD, 8);
            let one = self.b.iconst(T::I8, 1);
            self.b.def_var(used, one);
            self.b.jump(join, &[a, kv]);
            self.b.switch_to_block(hb);
        }
        let slot = self.b.create_stack_slot(24, 8);
        let out = self.b.stack_addr(slot, 0);
        let td = self.elem_desc(elem);
        match use_buf {
            // gc 1.26 `UseBuf`: every growth may use the variable's frame
            // buffer (slicebuf.rs).
            Some(v) => {
                let slot = self.var_buf(v);
                let buf = self.b.stack_addr(slot, 0);
                let k = self
                    .b
                    .iconst(T::I64, (VARIABLE_MAKE_THRESHOLD / esz) as i64);
                self.rt(
                    "runtime.growsliceBuf",
                    &[out, p, len, cap, newlen, es, td, buf, k],
                    &[],
                );
            }
            None => {
                self.rt(
                    "runtime.growslice",
                    &[out, p, len, cap, newlen, es, td],
                    &[],
                );
            }
        }
        let gp = self.b.load(T::I64, out, 0);
        let gc = self.b.load(T::I64, out, 16);
        self.b.jump(join, &[gp, gc]);
        self.b.seal_block(join);
        self.b.switch_to_block(join);
        let dst = self.elem_addr(np, len, elem);
        match extra {
            Extra::Vals(vs) => {
                for (i, v) in vs.into_iter().enumerate() {
                    let a = self.add_off(dst, i as u64 * esz);
                    self.store_mem(a, elem, &v);
                }
            }
            Extra::Spread(src, n) => {
                let bytes = if esz == 1 { n } else { self.b.imul(n, es) };
                self.rt("runtime.memmove", &[dst, src, bytes], &[]);
            }
        }
        Val::S(vec![np, newlen, ncap])
    }

    pub fn copy_builtin(&mut self, args: &[Expr]) -> Val {
        let dty = self.type_of(args[0].id);
        let elem = match self.under(dty) {
            Type::Slice(e) => *e,
            _ => dty,
        };
        let d = self.expr(&args[0]);
        let s = self.expr(&args[1]);
        let (dl, sl) = (d.leaves()[1], s.leaves()[1]);
        let lt = self.b.icmp(IntCC::Slt, dl, sl);
        let n = self.b.select(lt, dl, sl);
        let esz = self.g.tt.size_of(elem);
        let bytes = if esz == 1 {
            n
        } else {
            let es = self.b.iconst(T::I64, esz as i64);
            self.b.imul(n, es)
        };
        self.rt(
            "runtime.memmove",
            &[d.leaves()[0], s.leaves()[0], bytes],
            &[],
        );
        Val::scalar(n)
    }

    /// A composite literal. With `ptr` (the allocation site: the `&`
    /// expression, or the literal for an elided `&T` element), the value is
    /// built in a fresh object (in the frame when the site does not
    /// escape) and the result is its address (`&T{...}`).
    pub fn composite(&mut self, e: &Expr, ty: TypeId, ptr: Option<NodeId>) -> Val {
        let heap = ptr.is_some();
        let ExprKind::CompositeLit { elts, .. } = &e.kind else {
            return self.zero_val(ty);
        };
        // `&T{}` records the pointer type on the literal in some checkers.
        let ty = match (heap, self.under(ty).clone()) {
            (true, Type::Pointer(inner)) => inner,
            _ => ty,
        };
        if !heap
            && matches!(self.under(ty), Type::Struct(_) | Type::Array { .. })
            && let Some(bytes) = self.static_lit_bytes(e, ty)
        {
            self.static_lits.insert(e.id, bytes);
        }
        match self.under(ty).clone() {
            Type::Struct(fields) => {
                let dst = match ptr {
                    Some(site) => self.alloc_at(site, ty),
                    None => {
                        let t = self.temp_slot(ty);
                        self.zero_mem(t, ty);
                        t
                    }
                };
                let offs = self.g.tt.field_offsets(ty);
                for (i, el) in elts.iter().enumerate() {
                    let fi = match &el.key {
                        Some(k) => match &k.kind {
                            ExprKind::Name(id) => fields.iter().position(|f| f.name == id.name),
                            _ => None,
                        },
                        None => Some(i),
                    };
                    let Some(fi) = fi else { continue };
                    let fty = fields[fi].ty;
                    let a = self.add_off(dst, offs[fi]);
                    self.init_elem(a, fty, &el.value);
                }
                if heap { Val::scalar(dst) } else { Val::M(dst) }
            }
            Type::Array { elem, .. } => {
                let dst = match ptr {
                    Some(site) => self.alloc_at(site, ty),
                    None => {
                        let t = self.temp_slot(ty);
                        self.zero_mem(t, ty);
                        t
                    }
                };
                let esz = self.g.tt.size_of(elem);
                self.fill_elems(dst, elem, esz, elts);
                if heap { Val::scalar(dst) } else { Val::M(dst) }
            }
            Type::Slice(elem) => {
                let esz = self.g.tt.size_of(elem);
                let n = self.literal_len(elts);
                let v = if n == 0 {
                    // A non-nil empty slice: point at zerobase.
                    let p = self.b.symbol_addr("runtime.zerobase");
                    let z = self.b.iconst(T::I64, 0);
                    Val::S(vec![p, z, z])
                } else {
                    // The backing array: a frame temporary when the
                    // literal does not escape (walk/complit.go slicelit).
                    let p = self.alloc_array_at(e.id, elem, n, MAX_STACK_VAR_SIZE);
                    self.fill_elems(p, elem, esz, elts);
                    let nv = self.b.iconst(T::I64, n as i64);
                    Val::S(vec![p, nv, nv])
                };
                if let Some(site) = ptr {
                    let h = self.alloc_at(site, ty);
                    self.store_mem(h, ty, &v);
                    return Val::scalar(h);
                }
                v
            }
            Type::Map { .. } => {
                let m = self.map_literal(ty, elts);
                if let Some(site) = ptr {
                    let h = self.alloc_at(site, ty);
                    self.store_mem(h, ty, &m);
                    return Val::scalar(h);
                }
                m
            }
            _ => {
                self.g.unsupported(e.pos, "composite literal of this type");
                self.zero_val(ty)
            }
        }
    }

    /// The bytes of `e`, a composite literal of `ty`, if it is static
    /// (numeric and bool constants only, nested in struct and array
    /// literals; gc's isStaticCompositeLiteral also takes strings and
    /// nil, which are left to the heap here).
    fn static_lit_bytes(&mut self, e: &Expr, ty: TypeId) -> Option<Vec<u8>> {
        let mut buf = vec![0u8; self.g.tt.size_of(ty) as usize];
        self.fill_static(e, ty, &mut buf, 0)?;
        Some(buf)
    }

    fn fill_static(&mut self, e: &Expr, ty: TypeId, buf: &mut [u8], off: u64) -> Option<()> {
        let e = crate::expr::unparen(e);
        let c = self
            .g
            .info
            .expr_types
            .get(&e.id)
            .and_then(|tv| tv.value.clone());
        if let Some(c) = c {
            match self.under(ty) {
                Type::Basic(k) if !k.is_string() => {}
                _ => return None,
            }
            let k = match self.under(ty) {
                Type::Basic(k) => *k,
                _ => return None,
            };
            // The constant's bytes as `basic_const` emits them (Go
            // constants have no negative zero).
            let words: Vec<(u64, usize)> = match k {
                BasicKind::Bool => vec![(c.as_bool()? as u64, 1)],
                BasicKind::Float32 => vec![(((c.to_f64() as f32) + 0.0).to_bits() as u64, 4)],
                BasicKind::Float64 => vec![((c.to_f64() + 0.0).to_bits(), 8)],
                BasicKind::Complex64 => {
                    let (re, im) = c.to_complex();
                    vec![
                        (((re as f32) + 0.0).to_bits() as u64, 4),
                        (((im as f32) + 0.0).to_bits() as u64, 4),
                    ]
                }
                BasicKind::Complex128 => {
                    let (re, im) = c.to_complex();
                    vec![((re + 0.0).to_bits(), 8), ((im + 0.0).to_bits(), 8)]
                }
                k if k.is_integer() => {
                    let v = c.as_i64().map(|v| v as u64).or_else(|| c.as_u64())?;
                    vec![(v, self.g.tt.size_of(ty) as usize)]
                }
                _ => return None,
            };
            let mut at = off as usize;
            for (bits, n) in words {
                buf[at..at + n].copy_from_slice(&bits.to_le_bytes()[..n]);
                at += n;
            }
            return Some(());
        }
        let ExprKind::CompositeLit { elts, .. } = &e.kind else {
            return None;
        };
        match self.under(ty).clone() {
            Type::Struct(fields) => {
                let offs = self.g.tt.field_offsets(ty);
                for (i, el) in elts.iter().enumerate() {
                    let fi = match &el.key {
                        Some(k) => match &k.kind {
                            ExprKind::Name(id) => fields.iter().position(|f| f.name == id.name)?,
                            _ => return None,
                        },
                        None => i,
                    };
                    self.fill_static(&el.value, fields[fi].ty, buf, off + offs[fi])?;
                }
                Some(())
            }
            Type::Array { elem, .. } => {
                let esz = self.g.tt.size_of(elem);
                let mut idx = 0u64;
                for el in elts {
                    if let Some(k) = &el.key {
                        idx = self.const_index(k)?;
                    }
                    self.fill_static(&el.value, elem, buf, off + idx * esz)?;
                    idx += 1;
                }
                Some(())
            }
            _ => None,
        }
    }

    fn literal_len(&self, elts: &[ast::KeyedElement]) -> u64 {
        let mut idx = 0u64;
        let mut max = 0u64;
        for el in elts {
            if let Some(k) = &el.key
                && let Some(v) = self.const_index(k)
            {
                idx = v;
            }
            idx += 1;
            max = max.max(idx);
        }
        max
    }

    pub fn const_index(&self, k: &Expr) -> Option<u64> {
        self.g
            .info
            .expr_types
            .get(&k.id)
            .and_then(|tv| tv.value.as_ref())
            .and_then(|c| c.as_u64())
    }

    fn fill_elems(&mut self, base: Value, elem: TypeId, esz: u64, elts: &[ast::KeyedElement]) {
        let mut idx = 0u64;
        for el in elts {
            if let Some(k) = &el.key
                && let Some(v) = self.const_index(k)
            {
                idx = v;
            }
            let a = self.add_off(base, idx * esz);
            self.init_elem(a, elem, &el.value);
            idx += 1;
        }
    }

    /// Stores an element of a composite literal (elided `{...}` literals
    /// included, also as `&T{...}` for pointer elements).
    fn init_elem(&mut self, addr: Value, ety: TypeId, v: &Expr) {
        if let ExprKind::CompositeLit { ty: None, .. } = &v.kind
            && let Type::Pointer(inner) = self.under(ety).clone()
        {
            let p = self.composite(v, inner, Some(v.id));
            self.store_mem(addr, ety, &p);
            return;
        }
        let vty = self.type_of(v.id);
        let val = if let ExprKind::CompositeLit { ty: None, .. } = &v.kind {
            self.composite(v, ety, None)
        } else {
            self.expr(v)
        };
        let val = self.convert_at(val, vty, ety, Some(v.id));
        self.store_mem(addr, ety, &val);
    }

    /// Bounds-check elimination for `for i := range s { ... s[i] ... }`:
    /// when `s` is a local slice held in SSA variables and neither `s` nor
    /// `i` is assigned in the body, `s[i]` is always in range.
    fn range_bce(
        &self,
        x: &Expr,
        key: Option<&Expr>,
        define: bool,
        body: &ast::Block,
    ) -> Option<(types::ObjId, types::ObjId)> {
        let (ExprKind::Name(xs), Some(ExprKind::Name(k))) = (&x.kind, key.map(|k| &k.kind)) else {
            return None;
        };
        if !define {
            return None;
        }
        let so = self.g.info.uses.get(&xs.id).copied()?;
        let ko = self.g.info.defs.get(&k.id).copied()?;
        if !matches!(self.locals.get(&so), Some(crate::func::Local::Vars(_)))
            || self.g.escaping.contains(&ko)
            || self.g.addr_taken.contains(&ko)
        {
            return None;
        }
        let names = [xs.name.as_str(), k.name.as_str()];
        (!assigns_any(&body.stmts, &names)).then_some((so, ko))
    }

    /// `for k, v := range x` over ints, strings, slices, arrays and
    /// pointers to arrays.
    #[allow(clippy::too_many_arguments)]
    pub fn range(
        &mut self,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        x: &Expr,
        body: &ast::Block,
        label: Option<String>,
    ) {
        let xty = self.type_of(x.id);
        let int = self.g.tt.basic(BasicKind::Int);
        let key = key.filter(|k| !matches!(&k.kind, ExprKind::Name(id) if id.is_blank()));
        let value = value.filter(|k| !matches!(&k.kind, ExprKind::Name(id) if id.is_blank()));
        match self.under(xty).clone() {
            Type::Basic(k) if k.is_string() => {
                let s = self.expr(x);
                self.range_string(key, value, define, s, body, label);
            }
            Type::Basic(k) if k.is_integer() => {
                let n = self.expr(x).v();
                let n = self.widen_i64(n, xty);
                let kt = if k.is_untyped() { int } else { xty };
                let leaf = crate::abi::leaf_types(&self.g.tt, kt)[0];
                self.counted_loop(n, label, |fx, i| {
                    let iv = fx.int_resize(i, true, leaf);
                    fx.bind_iter(key, define, Val::scalar(iv), kt);
                    fx.block(&body.stmts);
                });
            }
            Type::Slice(elem) => {
                let s = self.expr(x);
                let (p, n) = (s.leaves()[0], s.leaves()[1]);
                let bce = self.range_bce(x, key, define, body);
                if let Some(pair) = bce {
                    self.bce.push(pair);
                }
                self.counted_loop(n, label, |fx, i| {
                    let v = if value.is_some() {
                        let a = fx.elem_addr(p, i, elem);
                        fx.load_mem(a, elem)
                    } else {
                        Val::scalar(i)
                    };
                    fx.bind_iters(define, (key, Val::scalar(i), int), (value, v, elem));
                    fx.block(&body.stmts);
                });
                if bce.is_some() {
                    self.bce.pop();
                }
            }
            Type::Array { elem, len } => {
                // The range expression is evaluated once; with a value
                // variable the loop ranges over a copy of the array.
                let base = if value.is_some() {
                    let v = self.expr(x);
                    let v = self.materialize(xty, v);
                    Some(v.v())
                } else {
                    // Without a value variable `x` is evaluated only when
                    // `len(x)` is not constant (spec, For statements).
                    if self.has_call(x) || has_recv(x) {
                        let _ = self.expr(x);
                    }
                    None
                };
                let n = self.b.iconst(T::I64, len as i64);
                self.counted_loop(n, label, |fx, i| {
                    let v = match base {
                        Some(b) => {
                            let a = fx.elem_addr(b, i, elem);
                            fx.load_mem(a, elem)
                        }
                        None => Val::scalar(i),
                    };
                    fx.bind_iters(define, (key, Val::scalar(i), int), (value, v, elem));
                    fx.block(&body.stmts);
                });
            }
            Type::Pointer(arr) => {
                let (elem, len) = match self.under(arr) {
                    Type::Array { elem, len } => (*elem, *len),
                    _ => (arr, 0),
                };
                let p = self.expr(x).v();
                let n = self.b.iconst(T::I64, len as i64);
                self.counted_loop(n, label, |fx, i| {
                    let v = if value.is_some() {
                        fx.nil_check(p);
                        let a = fx.elem_addr(p, i, elem);
                        fx.load_mem(a, elem)
                    } else {
                        Val::scalar(i)
                    };
                    fx.bind_iters(define, (key, Val::scalar(i), int), (value, v, elem));
                    fx.block(&body.stmts);
                });
            }
            Type::Map { .. } => self.range_map(key, value, define, x, body, label),
            Type::Chan { .. } => self.range_chan(key, define, x, body, label),
            _ => self.g.unsupported(x.pos, "range over this type"),
        }
    }
}

/// Whether `x` contains a channel receive (with a call, one of the things
/// that make `len(x)` of an array non-constant).
fn has_recv(x: &Expr) -> bool {
    match &x.kind {
        ExprKind::Unary(ast::UnaryOp::Recv, _) => true,
        ExprKind::Paren(y)
        | ExprKind::Star(y)
        | ExprKind::Selector(y, _)
        | ExprKind::Unary(_, y) => has_recv(y),
        ExprKind::Index(y, i) | ExprKind::Binary(_, y, i) => has_recv(y) || has_recv(i),
        _ => false,
    }
}

/// True if any statement (recursively) may assign to a variable with one
/// of these names (conservative: by name, so shadowing only loses BCE).
fn assigns_any(stmts: &[ast::Stmt], names: &[&str]) -> bool {
    use ast::StmtKind as S;
    let hits = |es: &[Expr]| {
        es.iter().any(|e| {
            let mut e = e;
            while let ExprKind::Paren(x) = &e.kind {
                e = x;
            }
            matches!(&e.kind, ExprKind::Name(id) if names.contains(&id.name.as_str()))
        })
    };
    stmts.iter().any(|s| match &s.kind {
        S::Assign { lhs, .. } => hits(lhs),
        S::IncDec(e, _) => hits(std::slice::from_ref(e)),
        S::Decl(ast::Decl::Var(specs)) => specs
            .iter()
            .any(|sp| sp.names.iter().any(|n| names.contains(&n.name.as_str()))),
        S::Block(b) => assigns_any(&b.stmts, names),
        S::If {
            init, then, els, ..
        } => {
            init.as_ref()
                .is_some_and(|i| assigns_any(std::slice::from_ref(i), names))
                || assigns_any(&then.stmts, names)
                || els
                    .as_ref()
                    .is_some_and(|e| assigns_any(std::slice::from_ref(e), names))
        }
        S::For {
            init, post, body, ..
        } => {
            init.as_ref()
                .is_some_and(|i| assigns_any(std::slice::from_ref(i), names))
                || post
                    .as_ref()
                    .is_some_and(|p| assigns_any(std::slice::from_ref(p), names))
                || assigns_any(&body.stmts, names)
        }
        S::Range {
            key, value, body, ..
        } => {
            hits(&key.iter().chain(value.iter()).cloned().collect::<Vec<_>>())
                || assigns_any(&body.stmts, names)
        }
        S::Switch { init, body, .. } => {
            init.as_ref()
                .is_some_and(|i| assigns_any(std::slice::from_ref(i), names))
                || body.iter().any(|c| assigns_any(&c.body, names))
        }
        S::TypeSwitch { .. } | S::Select { .. } => true,
        S::Labeled(_, s) => assigns_any(std::slice::from_ref(s), names),
        _ => false,
    })
}
