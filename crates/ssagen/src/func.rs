//! Function bodies: the per-function lowering state, parameters, named
//! results, local variable storage and returns.

use std::collections::HashMap;

use ssa::{
    Block, CallConv, Function, FunctionBuilder, Linkage, Signature, StackSlot, Type as T, Value,
    Var,
};
use syntax::Pos;
use syntax::ast::{self, ExprKind, NodeId};
use types::{ObjId, Type, TypeId};

use crate::Gen;
use crate::abi::{self, FuncAbi, Pass};

/// A Go value during lowering.
#[derive(Clone, Debug)]
pub(crate) enum Val {
    /// The scalar leaves of a non-aggregate value.
    S(Vec<Value>),
    /// An aggregate (struct/array) in memory at this address. A view, not
    /// a copy: consumers copy it out.
    M(Value),
}

impl Val {
    pub fn scalar(v: Value) -> Val {
        Val::S(vec![v])
    }

    /// The leaves of a scalar value (empty for `M`).
    pub fn leaves(&self) -> &[Value] {
        match self {
            Val::S(v) => v,
            Val::M(_) => &[],
        }
    }

    /// The first leaf (the value itself for one-leaf types).
    pub fn v(&self) -> Value {
        match self {
            Val::S(v) => v[0],
            Val::M(a) => *a,
        }
    }
}

/// Where a local variable lives.
#[derive(Clone, Debug)]
pub(crate) enum Local {
    /// A scalar-leaf value kept in SSA variables.
    Vars(Vec<Var>),
    /// A non-escaping aggregate in a stack slot.
    Slot(StackSlot),
    /// A heap cell; the variable holds the cell pointer (it changes for
    /// per-iteration loop variables).
    Cell(Var),
}

/// A break/continue target.
pub(crate) struct Target {
    pub label: Option<String>,
    pub brk: Block,
    pub cont: Option<Block>,
}

/// Per-function lowering state.
pub(crate) struct Fx<'g, 'a, 'f> {
    pub g: &'g mut Gen<'a>,
    pub b: FunctionBuilder<'f>,
    pub sym: String,
    pub locals: HashMap<ObjId, Local>,
    pub results: Vec<ObjId>,
    pub abi: FuncAbi,
    /// Hidden result buffers, one per by-ref result (None for leaves).
    pub sret: Vec<Option<Value>>,
    pub targets: Vec<Target>,
    pub labels: HashMap<String, Block>,
    /// Shared cold blocks calling argument-less panic routines.
    pub panic_blocks: HashMap<&'static str, Block>,
    pub nlits: u32,
    /// Label of the statement being lowered (for labelled loops/switches).
    pub pending_label: Option<String>,
    /// Body block of the next switch case, for `fallthrough`.
    pub fallthrough_to: Option<Block>,
    /// Position of the expression being lowered (for diagnostics raised
    /// deep inside helpers).
    pub pos: Pos,
    /// Active bounds-check eliminations: (slice variable, range key).
    pub bce: Vec<(ObjId, ObjId)>,
    /// Defer state of a function containing `defer` (defer.rs).
    pub defers: Option<Box<crate::defer::FrameDefers>>,
    /// Values standing for expressions: the elements a `go`/`defer`
    /// wrapper captured, while it builds the literal holding them
    /// (godefer.rs).
    pub overrides: HashMap<NodeId, Val>,
    /// The operand being converted by the next `convert_assign`, when the
    /// caller knows it: names the allocation site of an interface box
    /// (escape's `stack_sites`); `box_any` consumes it.
    pub box_site: Option<NodeId>,
    /// The contents of the static composite literals lowered so far
    /// (walk/complit.go isStaticCompositeLiteral: struct and array
    /// literals of numeric and bool constants), by literal: a conversion
    /// of one to an interface points at a shared read-only copy.
    pub static_lits: HashMap<NodeId, Vec<u8>>,
    /// Slices (a variable or an operand expression) whose first `append`
    /// site has been given a frame buffer (alloc.rs `append_buffer`).
    pub append_keys: std::collections::HashSet<(bool, u32)>,
    /// gc 1.26's slice variables moved to the heap when shared
    /// (slicebuf.rs), and the frame buffer of each slice variable.
    pub slicebufs: crate::slicebuf::SliceBufs,
    pub var_bufs: HashMap<ObjId, StackSlot>,
}

/// Lowers a function or method declaration.
pub(crate) fn lower_decl(g: &mut Gen<'_>, fd: &ast::FuncDecl, name: &str) {
    let Some(body) = &fd.body else {
        g.unsupported(fd.pos, "function declaration without body");
        return;
    };
    let params = g
        .info
        .func_params
        .get(&fd.name.id)
        .cloned()
        .unwrap_or_default();
    let results = g
        .info
        .func_results
        .get(&fd.name.id)
        .cloned()
        .unwrap_or_default();
    let linkage = Linkage::Local;
    lower_body(
        g,
        name,
        &params,
        &results,
        false,
        &[],
        body,
        linkage,
        fd.name.pos,
    );
}

/// Lowers a function literal (queued by `closure.rs`).
pub(crate) fn lower_lit(g: &mut Gen<'_>, lit: &ast::Expr, name: &str) {
    let ExprKind::FuncLit { body, .. } = &lit.kind else {
        return;
    };
    let params = g.info.func_params.get(&lit.id).cloned().unwrap_or_default();
    let results = g
        .info
        .func_results
        .get(&lit.id)
        .cloned()
        .unwrap_or_default();
    let caps = g.captures.get(&lit.id).cloned().unwrap_or_default();
    lower_body(
        g,
        name,
        &params,
        &results,
        true,
        &caps,
        body,
        Linkage::Local,
        lit.pos,
    );
}

#[allow(clippy::too_many_arguments)]
fn lower_body(
    g: &mut Gen<'_>,
    name: &str,
    params: &[ObjId],
    results: &[ObjId],
    closure: bool,
    caps: &[ObjId],
    body: &ast::Block,
    linkage: Linkage,
    pos: Pos,
) {
    let ptys: Vec<TypeId> = params.iter().map(|p| g.info.obj(*p).ty).collect();
    let rtys: Vec<TypeId> = results.iter().map(|r| g.info.obj(*r).ty).collect();
    let fabi = FuncAbi::new(&g.tt, &ptys, &rtys, closure);
    let mut func = Function::new(name, fabi.sig.clone(), linkage);
    {
        let b = FunctionBuilder::new(&mut func);
        let mut fx = Fx::new(g, b, name.to_string(), fabi);
        fx.prologue(params, results, caps);
        if fx.g.opts.optimize {
            fx.slicebufs =
                crate::slicebuf::analyze(fx.g.info, &fx.g.tt, params, results, &body.stmts);
        }
        if let Some(facts) = crate::defer::scan(fx.g.info, fx.g.src, body) {
            fx.defer_begin(facts);
        }
        fx.block(&body.stmts);
        // Falling off the end, and the exit running the deferred calls,
        // are at the closing brace (gc's line for them in tracebacks).
        fx.b.set_pos(body.rbrace);
        if !fx.b.is_terminated() {
            fx.ret_named();
        }
        fx.defer_end();
        fx.b.finish();
    }
    // gc's limit on a frame (ssagen/pgen.go), reported at the function's
    // name (a literal's `func`); Cranelift cannot address one over 2 GB.
    let locals: u64 = func.stack_slots.iter().map(|s| u64::from(s.size)).sum();
    if locals >= MAX_STACK_SIZE {
        let args: u64 = ptys.iter().map(|&t| g.tt.size_of(t)).sum();
        g.diags.push(syntax::Diagnostic::new(
            pos,
            format!(
                "stack frame too large (>1GB): {} MB locals + {} MB args",
                locals >> 20,
                args >> 20
            ),
        ));
    }
    g.module.functions.push(func);
}

/// gc's `maxStackSize`: the largest frame a function may have.
const MAX_STACK_SIZE: u64 = 1 << 30;

/// gc's `ir.MaxStackVarSize`: a declared variable larger than this lives on
/// the heap, whatever escape analysis says.
pub(crate) const MAX_STACK_VAR_SIZE: u64 = 128 * 1024;

impl<'g, 'a, 'f> Fx<'g, 'a, 'f> {
    pub fn new(g: &'g mut Gen<'a>, b: FunctionBuilder<'f>, sym: String, abi: FuncAbi) -> Self {
        Fx {
            g,
            b,
            sym,
            locals: HashMap::new(),
            results: Vec::new(),
            abi,
            sret: Vec::new(),
            targets: Vec::new(),
            labels: HashMap::new(),
            panic_blocks: HashMap::new(),
            nlits: 0,
            pending_label: None,
            fallthrough_to: None,
            pos: 0,
            bce: Vec::new(),
            defers: None,
            overrides: HashMap::new(),
            box_site: None,
            static_lits: HashMap::new(),
            append_keys: Default::default(),
            slicebufs: Default::default(),
            var_bufs: HashMap::new(),
        }
    }

    /// Entry block: binds parameters, captured cells and result variables.
    fn prologue(&mut self, params: &[ObjId], results: &[ObjId], caps: &[ObjId]) {
        let args = self.start();
        let mut it = args.into_iter();
        if self.abi.closure {
            let clo = it.next().unwrap_or_else(|| self.b.iconst(T::I64, 0));
            let (offs, _) = self.g.closure_layout(caps);
            let mut by_value = Vec::new();
            for (c, off) in caps.iter().zip(offs) {
                if self.g.by_value.contains(c) {
                    by_value.push((*c, off));
                    continue;
                }
                let cell = self.b.load(T::I64, clo, off as i32);
                let var = self.b.declare_var(T::I64);
                self.b.def_var(var, cell);
                self.locals.insert(*c, Local::Cell(var));
            }
            // Variables captured by value become this function's locals,
            // initialized from the record (gc reads them from the closure
            // too; they are never assigned).
            for (c, off) in by_value {
                let ty = self.g.info.obj(c).ty;
                let a = self.add_off(clo, off);
                let v = self.load_mem(a, ty);
                self.declare_local(c, ty, Some(v));
            }
        }
        let vals = self.unpack_params(&mut it);
        for (obj, (val, (ty, _))) in params
            .iter()
            .zip(vals.into_iter().zip(self.abi.params.clone()))
        {
            self.declare_local(*obj, ty, Some(val));
        }
        self.results = results.to_vec();
        for r in results {
            let o = self.g.info.obj(*r);
            let ty = o.ty;
            if o.name.is_empty() && !self.is_agg(ty) {
                // Unnamed results are never read: declare the variables
                // without materializing a zero.
                let vars = abi::leaf_types(&self.g.tt, ty)
                    .into_iter()
                    .map(|t| self.b.declare_var(t))
                    .collect();
                self.locals.insert(*r, Local::Vars(vars));
                continue;
            }
            self.declare_local(*r, ty, None);
        }
    }

    /// Binds the hidden result buffers (into `self.sret`) and rebuilds the
    /// Go parameter values from the entry block's arguments.
    pub fn unpack_params(&mut self, it: &mut impl Iterator<Item = Value>) -> Vec<Val> {
        let rabi = self.abi.results.clone();
        for (_, p) in &rabi {
            let v = match p {
                Pass::ByRef => it.next(),
                Pass::Leaves => None,
            };
            self.sret.push(v);
        }
        let pabi = self.abi.params.clone();
        let mut out = Vec::new();
        for (ty, pass) in pabi {
            let val = match pass {
                Pass::ByRef => Val::M(it.next().unwrap_or_else(|| self.b.iconst(T::I64, 0))),
                Pass::Leaves => {
                    let n = abi::leaf_types(&self.g.tt, ty).len();
                    let leaves: Vec<Value> = it.by_ref().take(n).collect();
                    if abi::is_aggregate(&self.g.tt, ty) {
                        let tmp = self.temp_slot(ty);
                        self.store_leaves(tmp, ty, &leaves);
                        Val::M(tmp)
                    } else {
                        Val::S(leaves)
                    }
                }
            };
            out.push(val);
        }
        out
    }

    /// Starts a function: entry block, sealed, with the signature's
    /// parameters; returns them.
    pub fn start(&mut self) -> Vec<Value> {
        let entry = self.b.create_block();
        let args = self.b.append_params_for_signature(entry);
        self.b.switch_to_block(entry);
        self.b.seal_block(entry);
        args
    }

    /// A zero-initialized temporary stack slot for a value of type `ty`;
    /// returns its address.
    pub fn temp_slot(&mut self, ty: TypeId) -> Value {
        if self.g.tt.size_of(ty) > MAX_STACK_VAR_SIZE {
            // Too big for the frame (gc moves such temporaries to the heap).
            return self.alloc(ty);
        }
        let size = self.g.tt.size_of(ty).max(1) as u32;
        let align = self.g.tt.align_of(ty) as u32;
        let slot = self.b.create_stack_slot(size, align);
        self.b.stack_addr(slot, 0)
    }

    /// Creates storage for a variable and initializes it with `init` (or
    /// the zero value). Called at the declaration each time it executes,
    /// which gives every loop iteration a fresh cell for captured vars.
    pub fn declare_local(&mut self, obj: ObjId, ty: TypeId, init: Option<Val>) {
        let escapes = self.g.escaping.contains(&obj) || self.g.tt.size_of(ty) > MAX_STACK_VAR_SIZE;
        // An address-taken variable that does not escape lives in a frame
        // slot, like an aggregate (a slot reused by every execution of
        // the declaration: see alloc.rs).
        let agg = abi::is_aggregate(&self.g.tt, ty) || self.g.addr_taken.contains(&obj);
        if escapes {
            let p = self.alloc(ty);
            let var = self.b.declare_var(T::I64);
            self.b.def_var(var, p);
            self.locals.insert(obj, Local::Cell(var));
            if let Some(v) = init {
                self.store_mem(p, ty, &v);
            }
        } else if agg {
            let size = self.g.tt.size_of(ty).max(1) as u32;
            let align = self.g.tt.align_of(ty) as u32;
            let slot = match self.locals.get(&obj) {
                Some(Local::Slot(s)) => *s,
                _ => self.b.create_stack_slot(size, align),
            };
            self.locals.insert(obj, Local::Slot(slot));
            let addr = self.b.stack_addr(slot, 0);
            match init {
                Some(v) => self.store_mem(addr, ty, &v),
                None => self.zero_mem(addr, ty),
            }
        } else {
            let tys = abi::leaf_types(&self.g.tt, ty);
            let vars: Vec<Var> = match self.locals.get(&obj) {
                Some(Local::Vars(vs)) => vs.clone(),
                _ => tys.iter().map(|t| self.b.declare_var(*t)).collect(),
            };
            let vals = match init {
                Some(Val::S(vs)) => vs,
                _ => self.zero_leaves(ty),
            };
            for (var, v) in vars.iter().zip(vals) {
                self.b.def_var(*var, v);
            }
            self.locals.insert(obj, Local::Vars(vars));
        }
    }

    /// Heap-allocates zeroed memory for one value of type `ty`, passing
    /// its descriptor: the collector scans only its pointer words and
    /// allocates it noscan when it has none (docs/gc.md).
    pub fn alloc(&mut self, ty: TypeId) -> Value {
        let size = self.g.tt.size_of(ty);
        let n = self.b.iconst(T::I64, size as i64);
        if size == 0 {
            return self.mallocgc(n);
        }
        let sym = self.g.typedesc(ty);
        let typ = self.b.symbol_addr(&sym);
        self.mallocgc_typed(n, typ)
    }

    /// Heap-allocates `size` zeroed bytes of unknown layout: scanned
    /// conservatively. Only zero-size allocations (`runtime.zerobase`) and
    /// layouts too large to describe come here.
    pub fn mallocgc(&mut self, size: Value) -> Value {
        let z = self.b.iconst(T::I64, 0);
        self.mallocgc_typed(size, z)
    }

    /// Heap-allocates `size` zeroed bytes holding values of the given
    /// types at the given offsets (a closure record, a `defer` or `go`
    /// record; `unsafe.Pointer` for a word that is some pointer): the
    /// collector scans just their pointer words, and nothing when there
    /// are none (docs/gc.md).
    pub fn alloc_layout(&mut self, size: u64, parts: &[(u64, TypeId)]) -> Value {
        let n = self.b.iconst(T::I64, size as i64);
        let mut words = Vec::new();
        for &(off, ty) in parts {
            if self.g.ptr_words(ty, off, &mut words).is_none() {
                return self.mallocgc(n);
            }
        }
        words.sort_unstable();
        words.dedup();
        let sym = self.g.layout_desc(size, &words);
        let typ = self.b.symbol_addr(&sym);
        self.mallocgc_typed(n, typ)
    }

    /// Heap-allocates a zeroed array of `n` values of `elem`, scanned by
    /// the element's pointer bitmap (noscan when it has none).
    pub fn alloc_array(&mut self, elem: TypeId, n: u64) -> Value {
        let bytes = self.g.tt.size_of(elem) * n;
        let size = self.b.iconst(T::I64, bytes as i64);
        if bytes == 0 {
            return self.mallocgc(size);
        }
        let sym = self.g.typedesc(elem);
        let typ = self.b.symbol_addr(&sym);
        self.mallocgc_typed(size, typ)
    }

    fn mallocgc_typed(&mut self, size: Value, typ: Value) -> Value {
        let z = typ;
        let one = self.b.iconst(T::I8, 1);
        let sig = Signature::new(vec![T::I64, T::I64, T::I8], vec![T::I64], CallConv::C);
        self.b.call("runtime.mallocgc", &sig, &[size, z, one])[0]
    }

    /// Zero leaves of a scalar-leaf type.
    pub fn zero_leaves(&mut self, ty: TypeId) -> Vec<Value> {
        abi::leaf_types(&self.g.tt, ty)
            .into_iter()
            .map(|t| self.zero_of(t))
            .collect()
    }

    pub fn zero_of(&mut self, t: T) -> Value {
        match t {
            T::F32 => self.b.f32const(0.0),
            T::F64 => self.b.f64const(0.0),
            t => self.b.iconst(t, 0),
        }
    }

    /// The zero value of `ty` (aggregates in a fresh zeroed slot).
    pub fn zero_val(&mut self, ty: TypeId) -> Val {
        if abi::is_aggregate(&self.g.tt, ty) {
            let a = self.temp_slot(ty);
            self.zero_mem(a, ty);
            Val::M(a)
        } else {
            Val::S(self.zero_leaves(ty))
        }
    }

    pub fn zero_mem(&mut self, addr: Value, ty: TypeId) {
        let size = self.g.tt.size_of(ty);
        if size > 0 {
            let al = self.g.tt.align_of(ty).min(8) as u8;
            self.b.memzero(addr, size, al);
        }
    }

    /// Stores leaves of an aggregate passed flattened into memory.
    pub fn store_leaves(&mut self, addr: Value, ty: TypeId, vals: &[Value]) {
        for (l, v) in abi::leaves(&self.g.tt, ty).into_iter().zip(vals) {
            self.b.store(*v, addr, l.off as i32);
        }
    }

    /// Loads the leaves of a value in memory (for small aggregates too).
    pub fn load_leaves(&mut self, addr: Value, ty: TypeId) -> Vec<Value> {
        abi::leaves(&self.g.tt, ty)
            .into_iter()
            .map(|l| self.b.load(l.ty, addr, l.off as i32))
            .collect()
    }

    /// Stores value `v` of type `ty` at `addr`.
    pub fn store_mem(&mut self, addr: Value, ty: TypeId, v: &Val) {
        match v {
            Val::M(src) => {
                let size = self.g.tt.size_of(ty);
                if size > 0 {
                    let al = self.g.tt.align_of(ty).min(8) as u8;
                    self.b.memcpy(addr, *src, size, al);
                }
            }
            Val::S(leaves) => {
                let leaves = leaves.clone();
                self.store_leaves(addr, ty, &leaves);
            }
        }
    }

    /// Reads a value of type `ty` from memory: scalars are loaded,
    /// aggregates stay a view at `addr`.
    pub fn load_mem(&mut self, addr: Value, ty: TypeId) -> Val {
        if abi::is_aggregate(&self.g.tt, ty) {
            Val::M(addr)
        } else {
            Val::S(self.load_leaves(addr, ty))
        }
    }

    /// Copies an aggregate view into a fresh temporary (so later stores to
    /// the source do not change it).
    pub fn materialize(&mut self, ty: TypeId, v: Val) -> Val {
        match v {
            Val::M(src) => {
                let tmp = self.temp_slot(ty);
                self.store_mem(tmp, ty, &Val::M(src));
                Val::M(tmp)
            }
            s => s,
        }
    }

    /// The address of a local stored in memory (`None` for SSA vars).
    pub fn local_addr(&mut self, obj: ObjId) -> Option<Value> {
        match self.locals.get(&obj)?.clone() {
            Local::Slot(s) => Some(self.b.stack_addr(s, 0)),
            Local::Cell(v) => Some(self.b.use_var(v)),
            Local::Vars(_) => None,
        }
    }

    /// Reads a variable (local or package-level).
    pub fn read_var(&mut self, obj: ObjId) -> Val {
        let ty = self.g.info.obj(obj).ty;
        match self.locals.get(&obj).cloned() {
            Some(Local::Vars(vs)) => Val::S(vs.iter().map(|v| self.b.use_var(*v)).collect()),
            Some(_) => {
                let a = self
                    .local_addr(obj)
                    .unwrap_or_else(|| self.b.iconst(T::I64, 0));
                self.load_mem(a, ty)
            }
            None => {
                let a = self.global_addr(obj);
                self.load_mem(a, ty)
            }
        }
    }

    /// Address of a package-level variable (ours or another package's).
    pub fn global_addr(&mut self, obj: ObjId) -> Value {
        let o = self.g.info.obj(obj);
        if !o.runtime && self.g.tt.size_of(o.ty) == 0 {
            // Zero-size variables all live at runtime.zerobase, like gc's.
            return self.b.symbol_addr("runtime.zerobase");
        }
        let pkg = if o.pkg.is_empty() { "main" } else { &o.pkg };
        let sym = format!("{pkg}.{}", o.name);
        self.b.symbol_addr(&sym)
    }

    /// Shared cold block calling an argument-less panic routine.
    pub fn panic_block(&mut self, routine: &'static str) -> Block {
        if let Some(b) = self.panic_blocks.get(routine) {
            return *b;
        }
        let cur = self.b.current_block();
        let blk = self.b.create_block();
        self.b.set_cold_block(blk);
        self.b.switch_to_block(blk);
        let sig = Signature::new(vec![], vec![], CallConv::C);
        self.b.call(routine, &sig, &[]);
        self.b.unreachable();
        if let Some(c) = cur {
            self.b.switch_to_block(c);
        }
        self.panic_blocks.insert(routine, blk);
        blk
    }

    /// Branches to the panic routine when `cond` is nonzero.
    pub fn check_cold(&mut self, cond: Value, routine: &'static str) {
        let pb = self.panic_block(routine);
        let ok = self.b.create_block();
        self.b.brif(cond, pb, &[], ok, &[]);
        self.b.seal_block(ok);
        self.b.switch_to_block(ok);
    }

    /// Panics with `runtime.panicmem` if `p` is nil.
    pub fn nil_check(&mut self, p: Value) {
        let z = self.b.iconst(T::I64, 0);
        let c = self.b.icmp(ssa::IntCC::Eq, p, z);
        self.check_cold(c, "runtime.panicmem");
    }

    /// When `cond` is nonzero, calls `routine(x, y)` in a cold block.
    pub fn check_cold2(&mut self, cond: Value, routine: &str, x: Value, y: Value) {
        let pb = self.b.create_block();
        self.b.set_cold_block(pb);
        let ok = self.b.create_block();
        self.b.brif(cond, pb, &[], ok, &[]);
        self.b.seal_block(pb);
        self.b.seal_block(ok);
        self.b.switch_to_block(pb);
        let sig = Signature::new(vec![T::I64, T::I64], vec![], CallConv::C);
        self.b.call(routine, &sig, &[x, y]);
        self.b.unreachable();
        self.b.switch_to_block(ok);
    }

    /// Returns the current values of the result variables.
    pub fn ret_named(&mut self) {
        let vals: Vec<Val> = self
            .results
            .clone()
            .into_iter()
            .map(|r| self.read_var(r))
            .collect();
        self.ret_vals(vals);
    }

    /// Returns `vals` (already converted to the result types).
    pub fn ret_vals(&mut self, vals: Vec<Val>) {
        if self.defer_return(&vals) {
            return;
        }
        let mut out = Vec::new();
        let rabi = self.abi.results.clone();
        for (i, ((ty, pass), v)) in rabi.into_iter().zip(vals).enumerate() {
            match pass {
                Pass::ByRef => {
                    if let Some(Some(buf)) = self.sret.get(i).copied() {
                        self.store_mem(buf, ty, &v);
                    }
                }
                Pass::Leaves => match v {
                    Val::S(ls) => out.extend(ls),
                    Val::M(a) => out.extend(self.load_leaves(a, ty)),
                },
            }
        }
        self.b.return_(&out);
    }

    pub fn type_of(&self, id: NodeId) -> TypeId {
        self.g.info.type_of(id).unwrap_or(self.g.tt.invalid())
    }

    pub fn is_agg(&self, ty: TypeId) -> bool {
        abi::is_aggregate(&self.g.tt, ty)
    }

    pub fn under(&self, ty: TypeId) -> &Type {
        self.g.tt.under(ty)
    }
}
