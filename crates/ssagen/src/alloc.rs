//! Where allocation sites put their objects: in the frame of the function
//! executing them when escape analysis lists the site in `stack_sites`
//! (and the object is within gc's size limits), on the heap otherwise.
//!
//! A frame object is one stack slot per site *in the code*, not per
//! execution: a site in a loop reuses its slot on every iteration. That is
//! correct only because escape analysis never lists a site whose object
//! outlives the iteration that allocated it (gc's loop depth: storing the
//! pointer in a location declared outside the loop makes it escape).
//! ssagen relies on that invariant (docs/ssagen.md, "Allocation sites").

use ssa::{IntCC, StackSlot, Type as T, Value, Var};
use syntax::ast::NodeId;
use syntax::ast::{Expr, ExprKind};
use types::ObjId;
use types::TypeId;

use crate::func::Fx;

/// gc's `ir.MaxImplicitStackVarSize`: the largest implicit variable
/// (`new(T)`, `&T{...}`, a closure record, the backing array of
/// `make([]T, n)`) that may live in the frame (cmd/compile/internal/ir/cfg.go;
/// escape.HeapAllocReason).
pub(crate) const MAX_IMPLICIT_STACK_VAR_SIZE: u64 = 64 * 1024;

/// The largest value a non-escaping interface conversion copies into the
/// frame (walk/convert.go dataWord: `fromType.Size() <= 1024`).
pub(crate) const MAX_STACK_IFACE_BOX: u64 = 1024;

/// gc's `base.Debug.VariableMakeThreshold`: the bytes of the frame buffer
/// given to a non-escaping `make([]T, n)` of non-constant size and to a
/// non-escaping `append` from an empty slice (walk/builtin.go
/// walkMakeSlice, ssagen/ssa.go getBackingStoreInfo); gc 1.25+, and never
/// under `-N`.
pub(crate) const VARIABLE_MAKE_THRESHOLD: u64 = 32;

impl Fx<'_, '_, '_> {
    /// Whether the object allocated at `site`, of `size` bytes, lives in
    /// the frame: escape analysis says it does not escape and it is no
    /// larger than `limit`.
    pub fn on_stack(&self, site: NodeId, size: u64, limit: u64) -> bool {
        self.g.stack_sites.contains(&site) && size <= limit
    }

    /// A frame slot of `size` bytes aligned like a heap object (8), not
    /// initialized; returns its address.
    pub fn frame_object(&mut self, size: u64) -> Value {
        let slot = self.b.create_stack_slot(size.max(1) as u32, 8);
        self.b.stack_addr(slot, 0)
    }

    /// Zeroed memory for one `ty` allocated at `site` (`new(T)`,
    /// `&T{...}`): a frame slot when the site does not escape (walk's
    /// walkNew/stackTempAddr), else the heap.
    pub fn alloc_at(&mut self, site: NodeId, ty: TypeId) -> Value {
        let size = self.g.tt.size_of(ty);
        if self.on_stack(site, size, MAX_IMPLICIT_STACK_VAR_SIZE) {
            let a = self.frame_object(size);
            if size > 0 {
                self.b.memzero(a, size, 8);
            }
            a
        } else {
            self.alloc(ty)
        }
    }

    /// A zeroed array of `n` values of `elem` at `site` with a frame limit
    /// of `limit` (backing arrays of slice literals, `...` arguments and
    /// constant string conversions); on the heap it is scanned by the
    /// element's pointer bitmap.
    pub fn alloc_array_at(&mut self, site: NodeId, elem: TypeId, n: u64, limit: u64) -> Value {
        let bytes = self.g.tt.size_of(elem) * n;
        if self.on_stack(site, bytes, limit) {
            let a = self.frame_object(bytes);
            if bytes > 0 {
                self.b.memzero(a, bytes, 8);
            }
            a
        } else {
            self.alloc_array(elem, n)
        }
    }
}

impl Fx<'_, '_, '_> {
    /// The backing array of `make([]elem, len, cap)` at `site`
    /// (walk/builtin.go walkMakeSlice). When the slice does not escape:
    /// - a constant capacity (at most MaxImplicitStackVarSize bytes; escape's
    ///   HeapAllocReason) gets a `[cap]elem` in the frame;
    /// - otherwise, when optimizing (gc's `tryStack` is off under `-N`), a
    ///   capacity of at most K = 32 / sizeof(elem) uses a K-element frame
    ///   buffer, and a larger one the heap.
    ///
    /// The frame paths check only `uint(len) > cap` (panicmakeslicelen /
    /// panicmakeslicecap, as gc), the heap path is `runtime.makeslice`,
    /// given the element's descriptor (null: pointer-free, so noscan).
    pub fn make_backing(
        &mut self,
        site: syntax::ast::NodeId,
        elem: TypeId,
        len: Value,
        cap: Value,
        cap_const: Option<u64>,
    ) -> Value {
        let esz = self.g.tt.size_of(elem);
        let es = self.b.iconst(T::I64, esz as i64);
        let stack = self.g.stack_sites.contains(&site) && esz > 0;
        if stack
            && let Some(c) = cap_const
            && c <= i32::MAX as u64
            && c <= MAX_IMPLICIT_STACK_VAR_SIZE / esz
        {
            self.make_len_check(len, cap);
            let bytes = c * esz;
            let a = self.frame_object(bytes);
            if bytes > 0 {
                self.b.memzero(a, bytes, 8);
            }
            return a;
        }
        let k = VARIABLE_MAKE_THRESHOLD / esz.max(1);
        if !(stack && cap_const.is_none() && self.g.opts.optimize && k > 0) {
            let et = self.elem_desc(elem);
            return self.rt("runtime.makeslice", &[es, len, cap, et], &[T::I64])[0];
        }
        let kv = self.b.iconst(T::I64, k as i64);
        let small = self.b.icmp(IntCC::Ule, cap, kv);
        let sb = self.b.create_block();
        let hb = self.b.create_block();
        let join = self.b.create_block();
        let p = self.b.append_block_param(join, T::I64);
        self.b.brif(small, sb, &[], hb, &[]);
        self.b.seal_block(sb);
        self.b.seal_block(hb);
        self.b.switch_to_block(sb);
        self.make_len_check(len, cap);
        // `struct{ _ [0]uintptr; arr [K]E }`: word aligned (issue 73199).
        let a = self.frame_object(k * esz);
        self.b.memzero(a, k * esz, 8);
        self.b.jump(join, &[a]);
        self.b.switch_to_block(hb);
        let et = self.elem_desc(elem);
        let h = self.rt("runtime.makeslice", &[es, len, cap, et], &[T::I64])[0];
        self.b.jump(join, &[h]);
        self.b.seal_block(join);
        self.b.switch_to_block(join);
        p
    }

    /// gc's checks before slicing a frame array for `make`:
    /// `if uint(len) > cap { if len < 0 { panicmakeslicelen() };
    /// panicmakeslicecap() }`.
    fn make_len_check(&mut self, len: Value, cap: Value) {
        let bad = self.b.icmp(IntCC::Ugt, len, cap);
        let chk = self.b.create_block();
        self.b.set_cold_block(chk);
        let ok = self.b.create_block();
        self.b.brif(bad, chk, &[], ok, &[]);
        self.b.seal_block(chk);
        self.b.seal_block(ok);
        self.b.switch_to_block(chk);
        let z = self.b.iconst(T::I64, 0);
        let neg = self.b.icmp(IntCC::Slt, len, z);
        let lb = self.panic_block("runtime.panicmakeslicelen");
        let cb = self.panic_block("runtime.panicmakeslicecap");
        self.b.brif(neg, lb, &[], cb, &[]);
        self.b.switch_to_block(ok);
    }
}

impl Fx<'_, '_, '_> {
    /// gc 1.25+'s frame buffer for `append(s, x...)` (fixed count) whose
    /// result does not escape (ssagen/ssa.go getBackingStoreInfo and
    /// append): when optimizing and the element is 1..=32 bytes, the first
    /// append site of each slice (keyed like gc: the variable, or the
    /// operand expression) gets a K = 32 / size element buffer and a
    /// `used` flag, false on entry (a never-assigned SSA variable reads as
    /// zero); a growth from length 0 to at most K elements takes the
    /// buffer if unused. Later sites of the same variable (gc's
    /// `usedStatic`) and operands that gc appends in place (a variable in
    /// memory) always call growslice.
    pub fn append_buffer(
        &mut self,
        call: &Expr,
        operand: &Expr,
        elem: TypeId,
    ) -> Option<(StackSlot, Var)> {
        let esz = self.g.tt.size_of(elem);
        if !self.g.opts.optimize
            || !(self.g.stack_sites.contains(&call.id)
                || self.slicebufs.appends.contains_key(&call.id))
            || esz == 0
            || esz > VARIABLE_MAKE_THRESHOLD
        {
            return None;
        }
        let operand = crate::expr::unparen(operand);
        let key = match &operand.kind {
            ExprKind::Name(id) => match self.g.info.object_of(id.id) {
                Some(obj) => match self.locals.get(&obj) {
                    Some(crate::func::Local::Vars(_)) => (true, obj.0),
                    // In memory: gc appends in place, without the buffer.
                    _ => return None,
                },
                None => return None,
            },
            _ => (false, operand.id.0),
        };
        if !self.append_keys.insert(key) {
            return None;
        }
        let slot = if key.0 {
            self.var_buf(ObjId(key.1))
        } else {
            self.b.create_stack_slot(VARIABLE_MAKE_THRESHOLD as u32, 8)
        };
        let used = self.b.declare_var(T::I8);
        Some((slot, used))
    }
}

impl Fx<'_, '_, '_> {
    /// The frame buffer of slice variable `v` (one per variable, shared by
    /// its append sites and its move to the heap).
    pub fn var_buf(&mut self, v: ObjId) -> StackSlot {
        if let Some(s) = self.var_bufs.get(&v) {
            return *s;
        }
        let s = self.b.create_stack_slot(VARIABLE_MAKE_THRESHOLD as u32, 8);
        self.var_bufs.insert(v, s);
        s
    }

    /// gc's move2heap (ssagen/ssa.go) of slice variable `v` before the
    /// statement that shares it: if its backing store is this frame's
    /// buffer, it is copied to the heap (keeping the capacity when the
    /// program uses it).
    pub fn move2heap(&mut self, v: ObjId) {
        let Some(crate::func::Local::Vars(vs)) = self.locals.get(&v).cloned() else {
            return;
        };
        let ty = self.g.info.obj(v).ty;
        let types::Type::Slice(elem) = self.under(ty).clone() else {
            return;
        };
        let esz = self.g.tt.size_of(elem);
        if esz == 0 || vs.len() != 3 {
            return;
        }
        let slot = self.var_buf(v);
        let (p, l, c) = (
            self.b.use_var(vs[0]),
            self.b.use_var(vs[1]),
            self.b.use_var(vs[2]),
        );
        let buf = self.b.stack_addr(slot, 0);
        let off = self.b.isub(p, buf);
        let k = self
            .b
            .iconst(T::I64, (VARIABLE_MAKE_THRESHOLD / esz * esz) as i64);
        let inside = self.b.icmp(IntCC::Ult, off, k);
        let mb = self.b.create_block();
        let join = self.b.create_block();
        self.b.brif(inside, mb, &[], join, &[]);
        self.b.seal_block(mb);
        self.b.switch_to_block(mb);
        let keep_cap = self.slicebufs.cap_used.get(&v).copied().unwrap_or(true);
        let cap = if keep_cap {
            c
        } else {
            self.b.iconst(T::I64, -1)
        };
        let out_slot = self.b.create_stack_slot(24, 8);
        let out = self.b.stack_addr(out_slot, 0);
        let es = self.b.iconst(T::I64, esz as i64);
        let td = self.elem_desc(elem);
        self.rt("runtime.moveSlice", &[out, es, td, p, l, cap], &[]);
        for (i, var) in vs.iter().enumerate() {
            let x = self.b.load(T::I64, out, 8 * i as i32);
            self.b.def_var(*var, x);
        }
        self.b.jump(join, &[]);
        self.b.seal_block(join);
        self.b.switch_to_block(join);
    }
}
