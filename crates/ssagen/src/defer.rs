//! `defer`, `recover()` and the landing pad (issue #3; docs/defer.md).
//!
//! Per function, [`plan`] chooses gc's strategy from the syntax alone:
//! open-coded when optimizing, at most 8 defers, none in a loop, and
//! explicit returns × defers ≤ 15; otherwise a stack record per defer, or
//! a heap record for a defer in a loop.
//!
//! Every `defer` evaluates its function and arguments into a zero-argument
//! closure (`f.deferwrapN`, gc's wrapping), unless the deferred call is
//! already a call of a `func()` value. Open-coded defers keep the closure
//! in a frame slot and set a bit of `deferBits`; records are linked into
//! the goroutine's chain by `runtime.deferprocStack` / `runtime.deferproc`.
//!
//! All `return`s store the results into memory and jump to one exit block
//! that runs the pending defers (bits high to low, then records through
//! `runtime.deferpop`) and returns. The landing pad runs the same sequence
//! while panicking, asking `runtime.gocc_recovered` after each deferred
//! call whether it recovered (then it continues at the exit block), and
//! finally hands the panic to the caller's frames with
//! `runtime.gocc_panic_continue`. Every call in the function that may
//! panic is then rewritten into a `try_call` to the landing pad
//! (`ssa::passes::route_calls_to_landing_pad`).

use ssa::{Block, CallConv, Function, FunctionBuilder, Linkage, Signature, StackSlot, Value};
use ssa::{InstData, Type as T};
use syntax::Pos;
use syntax::ast::{self, Expr, ExprKind, Stmt, StmtKind};
use types::{Builtin, Mode, Type, TypeId};

use crate::abi::FuncAbi;
use crate::func::{Fx, Local, Val};

/// gc's limit on open-coded defers per function.
const MAX_OPEN_DEFERS: usize = 8;
/// gc's limit on returns × defers for open-coding.
const MAX_RETURNS_TIMES_DEFERS: usize = 15;

/// How one defer statement is compiled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Strategy {
    OpenCoded,
    StackRecord,
    HeapRecord,
}

impl Strategy {
    /// gc's `-d=defer` wording.
    pub fn describe(self) -> &'static str {
        match self {
            Strategy::OpenCoded => "open-coded defer",
            Strategy::StackRecord => "stack-allocated defer",
            Strategy::HeapRecord => "heap-allocated defer",
        }
    }
}

/// The defer statements of one function and the strategy chosen.
#[derive(Clone, Debug)]
pub struct Plan {
    /// Each defer statement in source order: position and whether it is
    /// in a loop.
    pub defers: Vec<(Pos, bool)>,
    /// Open-coded (else records).
    pub open: bool,
    /// The annotation explaining the choice.
    pub reason: String,
}

impl Plan {
    pub fn strategy(&self, i: usize) -> Strategy {
        if self.open {
            Strategy::OpenCoded
        } else if self.defers[i].1 {
            Strategy::HeapRecord
        } else {
            Strategy::StackRecord
        }
    }
}

#[derive(Default)]
struct Scan {
    defers: Vec<(Pos, bool)>,
    returns: usize,
    labels: Vec<(String, Pos)>,
    gotos: Vec<(String, Pos)>,
}

impl Scan {
    fn stmts(&mut self, ss: &[Stmt], depth: u32) {
        for s in ss {
            self.stmt(s, depth);
        }
    }

    fn stmt(&mut self, s: &Stmt, depth: u32) {
        match &s.kind {
            StmtKind::Defer(_) => self.defers.push((s.pos, depth > 0)),
            StmtKind::Return(_) => self.returns += 1,
            StmtKind::Goto(l) => self.gotos.push((l.name.clone(), s.pos)),
            StmtKind::Labeled(l, inner) => {
                self.labels.push((l.name.clone(), s.pos));
                self.stmt(inner, depth);
            }
            StmtKind::Block(b) => self.stmts(&b.stmts, depth),
            StmtKind::If {
                init, then, els, ..
            } => {
                if let Some(i) = init {
                    self.stmt(i, depth);
                }
                self.stmts(&then.stmts, depth);
                if let Some(e) = els {
                    self.stmt(e, depth);
                }
            }
            StmtKind::Switch { init, body, .. } => {
                if let Some(i) = init {
                    self.stmt(i, depth);
                }
                for c in body {
                    self.stmts(&c.body, depth);
                }
            }
            StmtKind::TypeSwitch { init, body, .. } => {
                if let Some(i) = init {
                    self.stmt(i, depth);
                }
                for c in body {
                    self.stmts(&c.body, depth);
                }
            }
            StmtKind::Select { body, .. } => {
                for c in body {
                    self.stmts(&c.body, depth);
                }
            }
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                self.stmts(&body.stmts, depth + 1)
            }
            _ => {}
        }
    }
}

/// Scans a function body (not nested function literals) and chooses the
/// strategy as gc does. None when the body has no defer.
pub fn plan(body: &ast::Block, optimize: bool, line_of: &dyn Fn(Pos) -> u32) -> Option<Plan> {
    let mut sc = Scan::default();
    sc.stmts(&body.stmts, 0);
    if sc.defers.is_empty() {
        return None;
    }
    // A defer after a label that a later goto jumps back to is in a loop.
    for d in sc.defers.iter_mut() {
        if d.1 {
            continue;
        }
        d.1 = sc.labels.iter().any(|(name, lpos)| {
            // gc's escape analysis: a label with a later goto to it heads
            // a loop that extends to the end of the function.
            *lpos < d.0 && sc.gotos.iter().any(|(g, gpos)| g == name && *gpos > *lpos)
        });
    }
    let n = sc.defers.len();
    let r = sc.returns;
    let looped = sc.defers.iter().find(|d| d.1).map(|d| line_of(d.0));
    let (open, reason) = if !optimize {
        (false, "records: optimizations off (-N)".to_string())
    } else if let Some(line) = looped {
        (
            false,
            format!("records: the defer at line {line} is in a loop"),
        )
    } else if n > MAX_OPEN_DEFERS {
        (false, format!("records: {n} defers (> {MAX_OPEN_DEFERS})"))
    } else if r * n > MAX_RETURNS_TIMES_DEFERS {
        (
            false,
            format!(
                "records: {r} returns x {n} defers = {} > {MAX_RETURNS_TIMES_DEFERS}",
                r * n
            ),
        )
    } else {
        (
            true,
            format!(
                "open-coded: {n} defer{}, {r} return{} ({} <= {MAX_RETURNS_TIMES_DEFERS}), none in a loop",
                if n == 1 { "" } else { "s" },
                if r == 1 { "" } else { "s" },
                r * n
            ),
        )
    };
    Some(Plan {
        defers: sc.defers,
        open,
        reason,
    })
}

/// The `-d=defer` report of a file: one `file:line:col: ... defer` line
/// per defer statement, sorted by position (gc sorts its diagnostics).
pub fn debug_lines(
    file: &ast::File,
    info: &types::Info,
    src: &syntax::SourceFile,
    optimize: bool,
) -> Vec<String> {
    let mut bodies: Vec<&ast::Block> = Vec::new();
    for d in &file.decls {
        if let ast::Decl::Func(fd) = d
            && let Some(b) = &fd.body
        {
            bodies.push(b);
        }
    }
    for lit in crate::escape::analyze(file, info).lits.values() {
        if let ExprKind::FuncLit { body, .. } = &lit.kind {
            bodies.push(body);
        }
    }
    let mut out: Vec<(Pos, String)> = Vec::new();
    let line_of = |p: Pos| src.line_col(p).0;
    for b in bodies {
        if let Some(p) = plan(b, optimize, &line_of) {
            for (i, (pos, _)) in p.defers.iter().enumerate() {
                out.push((
                    *pos,
                    format!("{}: {}", src.position(*pos), p.strategy(i).describe()),
                ));
            }
        }
    }
    out.sort_by_key(|x| x.0);
    out.into_iter().map(|x| x.1).collect()
}

/// Per-function defer state while lowering.
pub(crate) struct FrameDefers {
    plan: Plan,
    next: usize,
    bits: StackSlot,
    slots: Vec<StackSlot>,
    records: Vec<Option<StackSlot>>,
    exit: Block,
    landing: Block,
    /// Where the placeholder edge to the landing pad starts.
    anchor: Block,
    /// Set while emitting the real return in the exit block.
    returning: bool,
    nwrap: u32,
    /// Per open-coded defer: the deferwrap's target and capture layout,
    /// so the exit sequence makes the call directly (as gc does) instead
    /// of calling the wrapper indirectly.
    direct: Vec<Option<WrapInfo>>,
    /// Set by `wrap` for the defer being lowered.
    last_wrap: Option<WrapInfo>,
    /// Heap closure allocated with room for its record in front.
    heap_base: Option<Value>,
}

/// A deferwrap's target, captured types and their offsets.
type WrapInfo = (Wrapped, Vec<TypeId>, Vec<u64>);

/// What ssagen needs after `finish` to wire the landing pad.
pub(crate) struct Finish {
    landing: Block,
    anchor: Block,
    reason: String,
}

/// Symbols of C runtime routines that never panic: calls of these stay
/// plain calls in functions with defers.
pub fn never_panics(name: &str) -> bool {
    name == "runtime.mallocgc"
        || name.starts_with("runtime.print")
        || name.starts_with("runtime.defer")
        || name.starts_with("runtime.gocc_")
        || name == "runtime.gorecover"
        || !name.contains('.')
}

fn go_sig(params: Vec<T>) -> Signature {
    Signature::new(params, vec![], CallConv::Go)
}

impl Fx<'_, '_, '_> {
    /// Sets up a function with defers (after the prologue): frame slots,
    /// results in memory, the exit block and the landing pad.
    pub fn defer_begin(&mut self, plan: Plan) {
        let n = plan.defers.len();
        let bits = self.b.create_stack_slot(1, 1);
        let mut slots = Vec::new();
        let mut records = Vec::new();
        if plan.open {
            let a = self.b.stack_addr(bits, 0);
            let z = self.b.iconst(T::I8, 0);
            self.b.store(z, a, 0);
            slots = (0..n).map(|_| self.b.create_stack_slot(8, 8)).collect();
        } else {
            for i in 0..n {
                records.push(
                    (plan.strategy(i) == Strategy::StackRecord)
                        .then(|| self.b.create_stack_slot(32, 8)),
                );
            }
        }
        // Results live in memory: deferred calls may change named results,
        // and the exit block and landing pad read them from there.
        for r in self.results.clone() {
            if let Some(Local::Vars(vs)) = self.locals.get(&r).cloned() {
                let ty = self.g.info.obj(r).ty;
                let vals: Vec<Value> = vs.iter().map(|v| self.b.use_var(*v)).collect();
                let size = self.g.tt.size_of(ty).max(1) as u32;
                let align = self.g.tt.align_of(ty).max(1) as u32;
                let slot = self.b.create_stack_slot(size, align);
                let a = self.b.stack_addr(slot, 0);
                self.store_leaves(a, ty, &vals);
                self.locals.insert(r, Local::Slot(slot));
            }
        }
        let exit = self.b.create_block();
        let landing = self.b.create_block();
        // The landing pad's real predecessors (try_calls) are added after
        // the function is built; a placeholder edge keeps it alive and
        // makes the entry dominate it (removed in `defer_wire`).
        let anchor = self.b.current_block().unwrap_or(landing);
        let cont = self.b.create_block();
        let z = self.b.iconst(T::I8, 0);
        self.b.brif(z, landing, &[], cont, &[]);
        self.b.seal_block(landing);
        self.b.seal_block(cont);
        self.b.switch_to_block(cont);
        self.defers = Some(Box::new(FrameDefers {
            plan,
            next: 0,
            bits,
            slots,
            records,
            exit,
            landing,
            anchor,
            returning: false,
            nwrap: 0,
            direct: Vec::new(),
            last_wrap: None,
            heap_base: None,
        }));
    }

    /// `return` in a function with defers: store the results and jump to
    /// the exit block. False when the function has no defers (or the exit
    /// block itself is returning).
    pub fn defer_return(&mut self, vals: &[Val]) -> bool {
        let exit = match &self.defers {
            Some(d) if !d.returning => d.exit,
            _ => return false,
        };
        let rs = self.results.clone();
        for (r, v) in rs.iter().zip(vals) {
            let ty = self.g.info.obj(*r).ty;
            if let Some(a) = self.local_addr(*r) {
                // `return` without values reads the results themselves.
                if !matches!(v, Val::M(src) if *src == a) {
                    self.store_mem(a, ty, v);
                }
            }
        }
        self.b.jump(exit, &[]);
        true
    }

    /// `defer call`.
    pub fn defer_stmt(&mut self, call: &Expr, pos: Pos) {
        let Some(d) = self.defers.as_mut() else {
            self.g.unsupported(pos, "defer");
            return;
        };
        let i = d.next;
        d.next += 1;
        if i >= d.plan.defers.len() {
            self.g.unsupported(pos, "defer");
            return;
        }
        let strategy = d.plan.strategy(i);
        d.last_wrap = None;
        d.heap_base = None;
        let clo = self.deferred_closure(call, strategy == Strategy::HeapRecord);
        let Some(d) = self.defers.as_mut() else {
            return;
        };
        let (wrapped, heap_base) = (d.last_wrap.take(), d.heap_base.take());
        if strategy == Strategy::OpenCoded {
            d.direct.resize_with(i + 1, || None);
            d.direct[i] = wrapped;
        }
        if let (Strategy::HeapRecord, Some(base)) = (strategy, heap_base) {
            // One allocation holds the record and the closure.
            let fp = self.b.frame_pointer();
            let sig = Signature::new(vec![T::I64, T::I64, T::I64], vec![], CallConv::C);
            self.b
                .call("runtime.deferprocStack", &sig, &[base, fp, clo]);
            return;
        }
        let Some(d) = self.defers.as_ref() else {
            return;
        };
        match strategy {
            Strategy::OpenCoded => {
                let (slot, bits) = (d.slots[i], d.bits);
                let a = self.b.stack_addr(slot, 0);
                self.b.store(clo, a, 0);
                let ba = self.b.stack_addr(bits, 0);
                let old = self.b.load(T::I8, ba, 0);
                let m = self.b.iconst(T::I8, 1 << i);
                let new = self.b.bor(old, m);
                self.b.store(new, ba, 0);
            }
            Strategy::StackRecord => {
                let rec = d.records[i];
                let fp = self.b.frame_pointer();
                let r = match rec {
                    Some(s) => self.b.stack_addr(s, 0),
                    None => self.b.iconst(T::I64, 0),
                };
                let sig = Signature::new(vec![T::I64, T::I64, T::I64], vec![], CallConv::C);
                self.b.call("runtime.deferprocStack", &sig, &[r, fp, clo]);
            }
            Strategy::HeapRecord => {
                let fp = self.b.frame_pointer();
                let sig = Signature::new(vec![T::I64, T::I64], vec![], CallConv::C);
                self.b.call("runtime.deferproc", &sig, &[fp, clo]);
            }
        }
    }

    /// Calls a deferred closure (nil: the nil-dereference panic).
    fn call_deferred(&mut self, clo: Value) {
        self.nil_check(clo);
        let code = self.b.load(T::I64, clo, 0);
        self.b.call_indirect(&go_sig(vec![T::I64]), code, &[clo]);
    }

    /// Runs the frame's pending defers; while panicking, after each call
    /// asks the runtime whether it recovered (then continues at `exit`).
    fn run_pending(&mut self, panicking: bool) {
        let Some(d) = self.defers.as_ref() else {
            return;
        };
        let (open, n, bits, slots, exit) = (
            d.plan.open,
            d.plan.defers.len(),
            d.bits,
            d.slots.clone(),
            d.exit,
        );
        let after_call = |fx: &mut Self, next: Block| {
            if panicking {
                let fp = fx.b.frame_pointer();
                let sig = Signature::new(vec![T::I64], vec![T::I8], CallConv::C);
                let r = fx.b.call("runtime.gocc_recovered", &sig, &[fp])[0];
                fx.b.brif(r, exit, &[], next, &[]);
            } else {
                fx.b.jump(next, &[]);
            }
        };
        if open {
            for i in (0..n).rev() {
                let ba = self.b.stack_addr(bits, 0);
                let bv = self.b.load(T::I8, ba, 0);
                let m = self.b.iconst(T::I8, 1 << i);
                let set = self.b.band(bv, m);
                let run = self.b.create_block();
                let next = self.b.create_block();
                self.b.brif(set, run, &[], next, &[]);
                self.b.seal_block(run);
                self.b.switch_to_block(run);
                let nm = self.b.iconst(T::I8, !(1i64 << i));
                let cleared = self.b.band(bv, nm);
                self.b.store(cleared, ba, 0);
                let sa = self.b.stack_addr(slots[i], 0);
                let clo = self.b.load(T::I64, sa, 0);
                let direct = self
                    .defers
                    .as_ref()
                    .and_then(|d| d.direct.get(i).cloned().flatten());
                match direct {
                    Some((target, tys, layout)) => {
                        let mut vals = Vec::new();
                        for (ty, o) in tys.iter().zip(&layout) {
                            let a = self.b.iconst(T::I64, *o as i64);
                            let a = self.b.iadd(clo, a);
                            vals.push((self.load_mem(a, *ty), *ty));
                        }
                        self.call_wrapped(target, vals);
                    }
                    None => self.call_deferred(clo),
                }
                after_call(self, next);
                self.b.seal_block(next);
                self.b.switch_to_block(next);
            }
        } else {
            let hdr = self.b.create_block();
            let body = self.b.create_block();
            let done = self.b.create_block();
            self.b.jump(hdr, &[]);
            self.b.switch_to_block(hdr);
            let fp = self.b.frame_pointer();
            let sig = Signature::new(vec![T::I64], vec![T::I64], CallConv::C);
            let rec = self.b.call("runtime.deferpop", &sig, &[fp])[0];
            self.b.brif(rec, body, &[], done, &[]);
            self.b.seal_block(body);
            self.b.seal_block(done);
            self.b.switch_to_block(body);
            // The record's closure (possibly nil: `defer f()` of a nil f).
            let c = self.b.load(T::I64, rec, 16);
            self.call_deferred(c);
            after_call(self, hdr);
            self.b.seal_block(hdr);
            self.b.switch_to_block(done);
        }
    }

    /// Emits the landing pad and the exit block; call after the body.
    pub fn defer_end(&mut self) -> Option<Finish> {
        let (landing, exit, anchor) = {
            let d = self.defers.as_ref()?;
            (d.landing, d.exit, d.anchor)
        };
        // Landing pad: run the pending defers while panicking.
        self.b.switch_to_block(landing);
        self.run_pending(true);
        let fp = self.b.frame_pointer();
        let sig = Signature::new(vec![T::I64], vec![], CallConv::C);
        self.b.call("runtime.gocc_panic_continue", &sig, &[fp]);
        self.b.unreachable();
        // Exit block: run the pending defers, return the results.
        self.b.seal_block(exit);
        self.b.switch_to_block(exit);
        self.run_pending(false);
        if let Some(d) = self.defers.as_mut() {
            d.returning = true;
        }
        self.ret_named();
        let d = self.defers.as_ref()?;
        Some(Finish {
            landing,
            anchor,
            reason: d.plan.reason.clone(),
        })
    }

    /// `recover()`: `runtime.gorecover(fp of our caller, our return
    /// address)`; the runtime accepts only a caller running this panic's
    /// deferred calls (or a `deferwrap` called by it).
    pub fn recover_call(&mut self) -> Val {
        let fp = self.b.frame_pointer();
        let caller = self.b.load(T::I64, fp, 0);
        let ret = self.b.load(T::I64, fp, 8);
        let sig = Signature::new(vec![T::I64, T::I64], vec![T::I64, T::I64], CallConv::C);
        Val::S(self.b.call("runtime.gorecover", &sig, &[caller, ret]))
    }

    /// The closure run for `defer call`, with the function value and the
    /// arguments evaluated now.
    fn deferred_closure(&mut self, call: &Expr, heap: bool) -> Value {
        let ExprKind::Call {
            fun,
            args,
            ellipsis,
            ..
        } = &call.kind
        else {
            self.g.unsupported(call.pos, "defer of a non-call");
            return self.b.iconst(T::I64, 0);
        };
        let spread = ellipsis.is_some();
        let ftv = self.g.info.expr_types.get(&fun.id).cloned();
        if let Some(Mode::Builtin(b)) = ftv.as_ref().map(|t| t.mode) {
            return self.deferred_builtin(call, b, args, heap);
        }
        if matches!(ftv.as_ref().map(|t| t.mode), Some(Mode::TypeExpr)) {
            self.g.unsupported(call.pos, "defer of a conversion");
            return self.b.iconst(T::I64, 0);
        }
        let fty = self.type_of(fun.id);
        let Type::Func(sig) = self.under(fty).clone() else {
            self.g.unsupported(call.pos, "defer of a non-function");
            return self.b.iconst(T::I64, 0);
        };
        let direct = self.callee_func(fun);
        // `defer f()` of a func() value: the value is the closure.
        if direct.is_none()
            && sig.params.is_empty()
            && sig.results.is_empty()
            && !self.g.info.selections.contains_key(&fun.id)
        {
            return self.expr(fun).v();
        }
        let target = match direct {
            Some(obj) => {
                let sym = self.g.func_symbol(obj);
                let pkg = self.g.info.obj(obj).pkg.clone();
                if pkg == "main" || pkg.is_empty() {
                    Wrapped::Method(sym, sig.results.clone())
                } else {
                    Wrapped::Runtime(sym, sig.results.clone())
                }
            }
            None => {
                if let Some((iv, ity, name)) = self.iface_callee(fun) {
                    // Evaluating `x.M` of a nil interface panics at the
                    // defer statement (gc, issue15975).
                    if let Some(&tab) = iv.leaves().first() {
                        self.nil_check(tab);
                    }
                    let argv = self.call_args(args, spread, &sig);
                    let mut caps = vec![(iv, ity)];
                    caps.extend(argv);
                    return self.wrap(Wrapped::Iface(name, sig.results.clone()), caps, heap);
                }
                match self.method_callee(fun) {
                    Some((sym, rv, rty)) => {
                        let argv = self.call_args(args, spread, &sig);
                        let mut caps = vec![(rv, rty)];
                        caps.extend(argv);
                        return self.wrap(Wrapped::Method(sym, sig.results.clone()), caps, heap);
                    }
                    None => {
                        let f = self.expr(fun);
                        let argv = self.call_args(args, spread, &sig);
                        let mut caps = vec![(f, fty)];
                        caps.extend(argv);
                        return self.wrap(Wrapped::Closure(sig.results.clone()), caps, heap);
                    }
                }
            }
        };
        let argv = self.call_args(args, spread, &sig);
        self.wrap(target, argv, heap)
    }

    fn deferred_builtin(&mut self, call: &Expr, b: Builtin, args: &[Expr], heap: bool) -> Value {
        match b {
            Builtin::Recover => self.wrap(Wrapped::Nothing, Vec::new(), heap),
            Builtin::Panic => {
                let Some(a) = args.first() else {
                    return self.b.iconst(T::I64, 0);
                };
                let aty = self.type_of(a.id);
                let v = self.expr(a);
                let any = self.g.tt.intern(Type::Interface(Vec::new()));
                let bx = self.convert_assign(v, aty, any);
                self.wrap(Wrapped::Panic, vec![(bx, any)], heap)
            }
            Builtin::Print | Builtin::Println => {
                let mut caps = Vec::new();
                for a in args {
                    let ty = self.storage_type(self.type_of(a.id));
                    let v = self.expr(a);
                    caps.push((v, ty));
                }
                let poss = args.iter().map(|a| a.pos).collect();
                self.wrap(Wrapped::Print(b == Builtin::Println, poss), caps, heap)
            }
            Builtin::Delete if args.len() == 2 => {
                let mty = self.type_of(args[0].id);
                let (kty, _) = self.map_kv(mty);
                let m = self.expr(&args[0]);
                let aty = self.type_of(args[1].id);
                let k = self.expr(&args[1]);
                let k = self.convert_assign(k, aty, kty);
                let k = self.materialize(kty, k);
                self.wrap(Wrapped::Delete(mty, kty), vec![(m, mty), (k, kty)], heap)
            }
            Builtin::Copy if args.len() == 2 => {
                let dty = self.type_of(args[0].id);
                let elem = match self.under(dty) {
                    Type::Slice(e) => *e,
                    _ => dty,
                };
                let sty = self.storage_type(self.type_of(args[1].id));
                let d = self.expr(&args[0]);
                let s = self.expr(&args[1]);
                self.wrap(Wrapped::Copy(elem), vec![(d, dty), (s, sty)], heap)
            }
            _ => {
                self.g.unsupported(call.pos, &format!("defer {}", b.name()));
                self.b.iconst(T::I64, 0)
            }
        }
    }

    /// A type values of `ty` can be stored as (untyped constants get
    /// their default type).
    fn storage_type(&mut self, ty: TypeId) -> TypeId {
        use types::BasicKind::*;
        let k = match self.g.tt.basic_kind(ty) {
            Some(UntypedBool) => Bool,
            Some(UntypedInt) => Int,
            Some(UntypedRune) => Int32,
            Some(UntypedFloat) => Float64,
            Some(UntypedString) => String,
            Some(UntypedNil) => UnsafePointer,
            _ => return ty,
        };
        self.g.tt.basic(k)
    }

    /// Builds the closure `{&wrapper, captured values...}` (in the frame,
    /// or on the heap for a defer in a loop) and the wrapper that calls
    /// `target` with them.
    fn wrap(&mut self, target: Wrapped, caps: Vec<(Val, TypeId)>, heap: bool) -> Value {
        let mut layout = Vec::new();
        let mut off = 8u64;
        for (_, ty) in &caps {
            let al = self.g.tt.align_of(*ty).max(1);
            off = off.div_ceil(al) * al;
            layout.push(off);
            off += self.g.tt.size_of(*ty);
        }
        let size = off.div_ceil(8) * 8;
        let clo = if heap {
            // Room for the defer record in front (runtime DeferRec).
            let n = self.b.iconst(T::I64, size as i64 + 32);
            let base = self.mallocgc(n);
            if let Some(d) = self.defers.as_mut() {
                d.heap_base = Some(base);
            }
            let k = self.b.iconst(T::I64, 32);
            self.b.iadd(base, k)
        } else {
            let s = self.b.create_stack_slot(size as u32, 8);
            self.b.stack_addr(s, 0)
        };
        let name = {
            let d = self.defers.as_mut();
            let k = d.map(|d| {
                d.nwrap += 1;
                d.nwrap
            });
            format!("{}.deferwrap{}", self.sym, k.unwrap_or(0))
        };
        let code = self.b.symbol_addr(&name);
        self.b.store(code, clo, 0);
        for ((v, ty), o) in caps.iter().zip(&layout) {
            let a = self.b.iconst(T::I64, *o as i64);
            let a = self.b.iadd(clo, a);
            self.store_mem(a, *ty, v);
        }
        let tys: Vec<TypeId> = caps.iter().map(|c| c.1).collect();
        if let Some(d) = self.defers.as_mut() {
            d.last_wrap = Some((target.clone(), tys.clone(), layout.clone()));
        }
        self.emit_wrapper(&name, target, &tys, &layout);
        clo
    }

    fn emit_wrapper(&mut self, name: &str, target: Wrapped, tys: &[TypeId], layout: &[u64]) {
        let wabi = FuncAbi::new(&self.g.tt, &[], &[], true);
        let mut wf = Function::new(name, wabi.sig.clone(), Linkage::Local);
        {
            let b = FunctionBuilder::new(&mut wf);
            let mut w = Fx::new(&mut *self.g, b, name.to_string(), wabi);
            let params = w.start();
            let clo = params
                .first()
                .copied()
                .unwrap_or_else(|| w.b.iconst(T::I64, 0));
            let mut vals = Vec::new();
            for (ty, o) in tys.iter().zip(layout) {
                let a = w.b.iconst(T::I64, *o as i64);
                let a = w.b.iadd(clo, a);
                vals.push((w.load_mem(a, *ty), *ty));
            }
            w.call_wrapped(target, vals);
            if !w.b.is_terminated() {
                w.b.return_(&[]);
            }
            w.b.finish();
        }
        self.g.module.functions.push(wf);
    }

    fn call_wrapped(&mut self, target: Wrapped, mut vals: Vec<(Val, TypeId)>) {
        match target {
            Wrapped::Nothing => {}
            Wrapped::Panic => {
                let ls = vals
                    .first()
                    .map(|v| v.0.leaves().to_vec())
                    .unwrap_or_default();
                self.rt("runtime.gopanic", &ls, &[]);
                self.b.unreachable();
            }
            Wrapped::Print(ln, poss) => {
                let items = vals
                    .into_iter()
                    .zip(poss)
                    .map(|((v, t), p)| (v, t, p))
                    .collect();
                self.print_vals(items, ln);
            }
            Wrapped::Method(sym, results) => {
                let ptys: Vec<TypeId> = vals.iter().map(|v| v.1).collect();
                let vs: Vec<Val> = vals.into_iter().map(|v| v.0).collect();
                let fabi = FuncAbi::new(&self.g.tt, &ptys, &results, false);
                self.go_call(&fabi, |b, sig, args| b.call(&sym, sig, args), None, vs);
            }
            Wrapped::Delete(mty, kty) => {
                if let [(m, _), (k, _)] = &vals[..] {
                    let mt = self.map_desc(mty);
                    let kp = self.temp_slot(kty);
                    self.store_mem(kp, kty, k);
                    let m = m.v();
                    self.rt("runtime.mapdelete", &[mt, m, kp], &[]);
                }
            }
            Wrapped::Copy(elem) => {
                if let [(d, _), (s, _)] = &vals[..] {
                    let (dl, sl) = (d.leaves()[1], s.leaves()[1]);
                    let lt = self.b.icmp(ssa::IntCC::Slt, dl, sl);
                    let n = self.b.select(lt, dl, sl);
                    let es = self.b.iconst(T::I64, self.g.tt.size_of(elem) as i64);
                    let bytes = self.b.imul(n, es);
                    let (dp, sp) = (d.leaves()[0], s.leaves()[0]);
                    self.rt("runtime.memmove", &[dp, sp, bytes], &[]);
                }
            }
            Wrapped::Runtime(sym, results) => {
                self.runtime_call(&sym, &vals, &results);
            }
            Wrapped::Iface(name, results) => {
                if vals.is_empty() {
                    return;
                }
                let (iv, ity) = vals.remove(0);
                self.iface_call(iv, ity, &name, vals, &results);
            }
            Wrapped::Closure(results) => {
                if vals.is_empty() {
                    return;
                }
                let (f, _) = vals.remove(0);
                let f = f.v();
                self.nil_check(f);
                let code = self.b.load(T::I64, f, 0);
                let ptys: Vec<TypeId> = vals.iter().map(|v| v.1).collect();
                let vs: Vec<Val> = vals.into_iter().map(|v| v.0).collect();
                let fabi = FuncAbi::new(&self.g.tt, &ptys, &results, true);
                self.go_call(
                    &fabi,
                    move |b, sig, args| b.call_indirect(sig, code, args),
                    Some(f),
                    vs,
                );
            }
        }
    }
}

/// What a deferwrap calls.
#[derive(Clone)]
enum Wrapped {
    /// `defer recover()`: nothing (it never recovers).
    Nothing,
    Panic,
    Print(bool, Vec<Pos>),
    /// A Go function or method by symbol; the first captured value is the
    /// receiver for methods.
    Method(String, Vec<TypeId>),
    /// `delete(m, k)`: map type, key type.
    Delete(TypeId, TypeId),
    /// `copy(dst, src)`: element type.
    Copy(TypeId),
    /// A function of another package (implemented by the runtime).
    Runtime(String, Vec<TypeId>),
    Iface(String, Vec<TypeId>),
    Closure(Vec<TypeId>),
}

/// After `finish`: removes the placeholder edge, routes the calls that
/// may panic to the landing pad and annotates the function.
pub(crate) fn defer_wire(m: &mut ssa::Module, f: &mut Function, fin: Finish) {
    // Placeholder `brif 0, landing, cont` at the end of the anchor block.
    if let Some(t) = f.terminator(fin.anchor)
        && let InstData::Brif {
            then_dest,
            else_dest,
            ..
        } = f.inst(t).clone()
        && then_dest.block == fin.landing
    {
        f.insts[t.index()].data = InstData::Jump { dest: else_dest };
    }
    ssa::passes::route_calls_to_landing_pad(
        f,
        fin.landing,
        &|n| !never_panics(n),
        &mut |n, sig| m.tail_thunk(n, sig),
    );
    f.annotations.push(format!("defer: {}", fin.reason));
}
