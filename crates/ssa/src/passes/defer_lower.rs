//! The defer lowering (issue #3, docs/defer.md): replaces the abstract
//! defer instructions of a function by the code of the strategy
//! [`plan_defers`] picks, then routes the calls that may panic to the
//! landing pad.
//!
//! - `defer_entry cont, landing L`: open-coded clears `deferBits` at the
//!   top of the entry block; becomes `jump cont`.
//! - `defer clo`: open-coded stores `clo` into its frame slot and sets its
//!   bit; records call `runtime.deferprocStack(record, fp, clo)` with a
//!   record slot of the frame, or for a defer in a loop the 32 bytes in
//!   front of its heap closure (one allocation, see `DeferSite::in_loop`);
//!   a func value deferred in a loop gets `runtime.deferproc(fp, clo)`.
//! - `defer_return` (first in the exit block): runs the pending deferred
//!   calls: open-coded tests the bits high to low, clearing each before
//!   its call, and calls the known deferwrap inlined (so the deferred
//!   function is called directly by this frame, as gc does), or, when
//!   optimizing and inlining, a deferred small leaf function literal
//!   inlined (`known_closure_code`), or else the closure indirectly;
//!   records loop on `runtime.deferpop(fp)`.
//! - `defer_landing exit`: the same sequence while panicking, asking
//!   `runtime.gocc_recovered(fp)` after each call (recovered: continue at
//!   `exit`), then `runtime.gocc_panic_continue(fp)`.

use std::collections::HashMap;

use super::defer::{may_panic, route_calls_to_landing_pad};
use super::defer_plan::{DeferPlan, Strategy, plan_defers};
use super::inline::{inline_call, is_candidate};
use crate::entities::{Block, Inst, StackSlot, Value};
use crate::function::{Function, ValueDef};
use crate::ir::{BinaryOp, BlockCall, Callee, InstData, IntCC};
use crate::module::Module;
use crate::types::{CallConv, Signature, Type};

/// Size of a defer record (runtime `DeferRec`); a heap record sits right
/// before its closure.
const HEAP_RECORD: i64 = 32;

/// Lowers the abstract defer instructions of every function of `m` and
/// turns deferwraps' final calls into tail calls. Returns each lowered
/// function's name and plan, in module order.
pub fn lower_defers(m: &mut Module, optimize: bool) -> Vec<(String, DeferPlan)> {
    lower_defers_with(m, optimize, optimize)
}

/// [`lower_defers`] with inlining chosen apart (gc's `-l`): `inline`
/// lets open-coded exits call a deferred small leaf function literal
/// directly and inline it (needs `optimize`, which open-codes).
pub fn lower_defers_with(m: &mut Module, optimize: bool, inline: bool) -> Vec<(String, DeferPlan)> {
    let wrapper_names: Vec<String> = m
        .functions
        .iter()
        .flat_map(|f| f.insts.iter())
        .filter_map(|n| match &n.data {
            InstData::Defer { site, .. } => site.wrapper.clone(),
            _ => None,
        })
        .collect();
    // With optimization, a deferred function literal whose code is known
    // (`defer func() { ... }()`) and is a small leaf is called directly
    // and inlined at the open-coded exits, like a deferwrap.
    let leaf_names: Vec<String> = if optimize && inline {
        m.functions
            .iter()
            .flat_map(|f| {
                f.insts.iter().filter_map(|n| match &n.data {
                    InstData::Defer { closure, site } if site.wrapper.is_none() => {
                        known_closure_code(f, *closure)
                    }
                    _ => None,
                })
            })
            .collect()
    } else {
        Vec::new()
    };
    let bodies: HashMap<String, Function> = m
        .functions
        .iter()
        .filter(|f| {
            wrapper_names.contains(&f.name)
                || (leaf_names.contains(&f.name) && is_candidate(f) && f.sig == closure_sig())
        })
        .map(|f| (f.name.clone(), f.clone()))
        .collect();
    let wrappers: HashMap<String, Function> = bodies
        .iter()
        .filter(|(n, _)| wrapper_names.contains(n))
        .map(|(n, f)| (n.clone(), f.clone()))
        .collect();
    let mut plans = Vec::new();
    let mut thunks: Vec<(String, Signature)> = Vec::new();
    for f in &mut m.functions {
        let mut thunk = |name: &str, sig: &Signature| {
            thunks.push((name.to_string(), sig.clone()));
            format!("{name}·tail")
        };
        if let Some(p) = lower_function_defers(f, optimize, &bodies, &mut thunk) {
            plans.push((f.name.clone(), p));
        }
    }
    for (name, sig) in thunks {
        m.tail_thunk(&name, &sig);
    }
    for f in &mut m.functions {
        if wrappers.contains_key(&f.name) {
            tail_call_target(f);
        }
    }
    plans
}

/// Lowers the defers of one function (see the module doc). `wrappers`
/// holds the deferwrap bodies open-coded exits inline; `thunk` names the
/// `tail` thunk of a C routine (normally [`Module::tail_thunk`]). None
/// when `f` has no `defer_entry`.
pub fn lower_function_defers(
    f: &mut Function,
    optimize: bool,
    wrappers: &HashMap<String, Function>,
    thunk: &mut dyn FnMut(&str, &Signature) -> String,
) -> Option<DeferPlan> {
    let plan = plan_defers(f, optimize)?;
    // Open-coded defers of a known function literal among `wrappers`
    // (with optimization) call it directly.
    let mut direct: Vec<Option<String>> = vec![None; plan.sites.len()];
    if optimize && plan.open {
        for n in &f.insts {
            if let InstData::Defer { closure, site } = &n.data
                && site.wrapper.is_none()
                && let Some(k) = plan.sites.iter().position(|s| s.pos == site.pos)
            {
                direct[k] = known_closure_code(f, *closure).filter(|c| wrappers.contains_key(c));
            }
        }
    }
    let mut lw = Lowering::new(f, &plan);
    lw.direct = direct;
    lw.rewrite_defers();
    let landing = lw.rewrite_entry_and_landing();
    lw.rewrite_returns();
    let Lowering { inline_sites, .. } = lw;
    // Open-coded exits call known deferwraps; inline them now (before
    // routing, so their calls become try_calls too).
    for call in inline_sites {
        let block = f.insts[call.index()].block;
        let Some(pos) = f.block_insts(block).iter().position(|&i| i == call) else {
            continue;
        };
        let InstData::Call {
            callee: Callee::Direct(name),
            args,
            ..
        } = f.inst(call).clone()
        else {
            continue;
        };
        if let Some(g) = wrappers.get(&name) {
            inline_call(f, block, pos, call, g, &args);
        }
    }
    if let Some(landing) = landing {
        route_calls_to_landing_pad(f, landing, &may_panic, thunk);
    }
    f.annotations.push(format!("defer: {}", plan.reason));
    f.renumber();
    Some(plan)
}

/// The signature of a closure's code without parameters and results:
/// the closure context only.
fn closure_sig() -> Signature {
    Signature::new(vec![Type::I64], vec![], CallConv::Go)
}

/// The code of closure `clo` when `f` built it: `clo` is a frame slot's
/// address or a call's result (the allocator), and the block defining it
/// stores `symbol_addr F` at `clo + 0` after it. A closure record's code
/// word is written only when it is built (docs/abi.md), so `F` is the
/// code every call of `clo` runs.
fn known_closure_code(f: &Function, clo: Value) -> Option<String> {
    let ValueDef::Result(def, _) = f.value_def(clo) else {
        return None;
    };
    match f.inst(def) {
        InstData::StackAddr { offset: 0, .. } => {}
        InstData::Call {
            callee: Callee::Direct(name),
            ..
        } if name.starts_with("runtime.") => {}
        _ => return None,
    }
    let block = f.insts[def.index()].block;
    let insts = f.block_insts(block);
    let at = insts.iter().position(|&i| i == def)?;
    let value = insts[at + 1..].iter().find_map(|&i| match f.inst(i) {
        InstData::Store {
            value,
            addr,
            offset: 0,
        } if *addr == clo => Some(*value),
        _ => None,
    })?;
    let ValueDef::Result(s, _) = f.value_def(value) else {
        return None;
    };
    match f.inst(s) {
        InstData::SymbolAddr { name } => Some(name.clone()),
        _ => None,
    }
}

/// A deferwrap whose body ends with `call target(args); return` of a
/// target without results (and which keeps nothing in its frame) calls it
/// with `return_call`: the target's caller is then the frame running the
/// deferred calls, which is what `recover` checks. Returns whether it did.
pub fn tail_call_target(f: &mut Function) -> bool {
    if f.sig.call_conv != CallConv::Go || !f.sig.results.is_empty() || !f.stack_slots.is_empty() {
        return false;
    }
    let mut done = false;
    for b in f.layout.clone() {
        let insts = f.block_insts(b).to_vec();
        let [.., call, ret] = insts[..] else {
            continue;
        };
        let (InstData::Call { callee, sig, args }, InstData::Return { values }) =
            (f.inst(call).clone(), f.inst(ret))
        else {
            continue;
        };
        if !values.is_empty() || sig.call_conv != CallConv::Go || !sig.results.is_empty() {
            continue;
        }
        f.blocks[b.index()].insts.pop();
        f.insts[call.index()].data = InstData::ReturnCall { callee, sig, args };
        done = true;
    }
    done
}

/// The state of one function's lowering.
struct Lowering<'f> {
    f: &'f mut Function,
    plan: DeferPlan,
    /// Open-coded: the `deferBits` byte and one closure slot per defer.
    bits: Option<StackSlot>,
    slots: Vec<StackSlot>,
    /// Records: the frame slot of each stack-allocated record.
    records: Vec<Option<StackSlot>>,
    /// Calls of deferwraps to inline afterwards.
    inline_sites: Vec<Inst>,
    /// Per open-coded defer: the known function literal it calls
    /// directly (and inlines) instead of its closure's code pointer.
    direct: Vec<Option<String>>,
    /// The shared cold block raising the nil-dereference panic.
    nil_block: Option<Block>,
    /// The block the emitter appends to.
    cur: Block,
}

impl<'f> Lowering<'f> {
    fn new(f: &'f mut Function, plan: &DeferPlan) -> Self {
        let n = plan.sites.len();
        let (mut bits, mut slots, mut records) = (None, Vec::new(), Vec::new());
        if plan.open {
            bits = Some(f.create_stack_slot(1, 1));
            slots = (0..n).map(|_| f.create_stack_slot(8, 8)).collect();
        } else {
            for i in 0..n {
                records.push(
                    (plan.strategy(i) == Strategy::StackRecord).then(|| f.create_stack_slot(32, 8)),
                );
            }
        }
        let cur = f.entry_block().unwrap_or(Block(0));
        Lowering {
            f,
            plan: plan.clone(),
            bits,
            slots,
            records,
            inline_sites: Vec::new(),
            direct: vec![None; n],
            nil_block: None,
            cur,
        }
    }

    // ---- a tiny emitter appending to `self.cur` ------------------------

    fn ins(&mut self, data: InstData) -> Inst {
        self.f.append_inst(self.cur, data)
    }

    fn ins1(&mut self, data: InstData) -> Value {
        let i = self.ins(data);
        self.f.inst_results(i)[0]
    }

    fn iconst(&mut self, ty: Type, imm: i64) -> Value {
        self.ins1(InstData::Iconst { ty, imm })
    }

    fn slot_addr(&mut self, slot: StackSlot) -> Value {
        self.ins1(InstData::StackAddr { slot, offset: 0 })
    }

    fn load(&mut self, ty: Type, addr: Value, offset: i32) -> Value {
        self.ins1(InstData::Load { ty, addr, offset })
    }

    fn store(&mut self, value: Value, addr: Value) {
        self.ins(InstData::Store {
            value,
            addr,
            offset: 0,
        });
    }

    fn binary(&mut self, op: BinaryOp, a: Value, b: Value) -> Value {
        self.ins1(InstData::Binary { op, args: [a, b] })
    }

    fn fp(&mut self) -> Value {
        self.ins1(InstData::FramePointer)
    }

    /// A call of a C runtime routine.
    fn rt(&mut self, name: &str, args: &[Value], results: Vec<Type>) -> Vec<Value> {
        let params = vec![Type::I64; args.len()];
        let i = self.ins(InstData::Call {
            callee: Callee::Direct(name.to_string()),
            sig: Signature::new(params, results, CallConv::C),
            args: args.to_vec(),
        });
        self.f.inst_results(i).to_vec()
    }

    fn jump(&mut self, to: Block) {
        self.ins(InstData::Jump {
            dest: BlockCall::new(to, &[]),
        });
    }

    fn brif(&mut self, cond: Value, then: Block, els: Block) {
        self.ins(InstData::Brif {
            cond,
            then_dest: BlockCall::new(then, &[]),
            else_dest: BlockCall::new(els, &[]),
        });
    }

    fn trap(&mut self) {
        self.ins(InstData::Trap { code: 0 });
    }

    // ---- the rewrites --------------------------------------------------

    /// Every `defer clo`: registers the closure.
    fn rewrite_defers(&mut self) {
        let mut defers: Vec<(Inst, Value, u32)> = Vec::new();
        for &b in &self.f.layout {
            for &i in self.f.block_insts(b) {
                if let InstData::Defer { closure, site } = self.f.inst(i) {
                    defers.push((i, *closure, site.pos));
                }
            }
        }
        for (inst, clo, pos) in defers {
            let Some(k) = self.plan.sites.iter().position(|s| s.pos == pos) else {
                continue;
            };
            let code = self.capture(|lw| lw.register(k, clo));
            self.replace(inst, code);
        }
    }

    /// Registration of defer `k` with closure `clo`.
    fn register(&mut self, k: usize, clo: Value) {
        match self.plan.strategy(k) {
            Strategy::OpenCoded => {
                let a = self.slot_addr(self.slots[k]);
                self.store(clo, a);
                let Some(bits) = self.bits else {
                    return;
                };
                let ba = self.slot_addr(bits);
                let old = self.load(Type::I8, ba, 0);
                let m = self.iconst(Type::I8, 1 << k);
                let new = self.binary(BinaryOp::Bor, old, m);
                self.store(new, ba);
            }
            Strategy::StackRecord => {
                let fp = self.fp();
                let rec = match self.records[k] {
                    Some(s) => self.slot_addr(s),
                    None => self.iconst(Type::I64, 0),
                };
                self.rt("runtime.deferprocStack", &[rec, fp, clo], vec![]);
            }
            Strategy::HeapRecord if self.plan.sites[k].wrapper.is_none() => {
                // A func value: the runtime allocates the record.
                let fp = self.fp();
                self.rt("runtime.deferproc", &[fp, clo], vec![]);
            }
            Strategy::HeapRecord => {
                // The record lives in front of the closure (DeferSite::in_loop).
                let off = self.iconst(Type::I64, -HEAP_RECORD);
                let rec = self.binary(BinaryOp::Iadd, clo, off);
                let fp = self.fp();
                self.rt("runtime.deferprocStack", &[rec, fp, clo], vec![]);
            }
        }
    }

    /// Emits `gen`'s code into a scratch block and returns its
    /// instructions (straight-line code, to splice in elsewhere).
    fn capture(&mut self, emit: impl FnOnce(&mut Self)) -> Vec<Inst> {
        let scratch = self.f.create_block();
        let saved = std::mem::replace(&mut self.cur, scratch);
        emit(self);
        self.cur = saved;
        let insts = std::mem::take(&mut self.f.blocks[scratch.index()].insts);
        self.f.layout.retain(|&b| b != scratch);
        insts
    }

    /// Puts `code` where `inst` is, in its block, and drops `inst`.
    fn replace(&mut self, inst: Inst, code: Vec<Inst>) {
        let block = self.f.insts[inst.index()].block;
        for &i in &code {
            self.f.insts[i.index()].block = block;
        }
        let list = &mut self.f.blocks[block.index()].insts;
        if let Some(p) = list.iter().position(|&i| i == inst) {
            list.splice(p..=p, code);
        }
    }

    /// `defer_entry` becomes a jump (open-coded: `deferBits = 0` first
    /// thing in the entry block); `defer_landing` becomes the landing
    /// pad. Returns the landing block.
    fn rewrite_entry_and_landing(&mut self) -> Option<Block> {
        let mut entry_inst = None;
        let mut landing_inst = None;
        for &b in &self.f.layout {
            if let Some(t) = self.f.terminator(b) {
                match self.f.inst(t) {
                    InstData::DeferEntry { .. } => entry_inst = Some(t),
                    InstData::DeferLanding { .. } => landing_inst = Some(t),
                    _ => {}
                }
            }
        }
        let t = entry_inst?;
        let InstData::DeferEntry { cont, landing, .. } = self.f.inst(t).clone() else {
            return None;
        };
        self.f.insts[t.index()].data = InstData::Jump { dest: cont };
        if let (Some(bits), Some(entry)) = (self.bits, self.f.entry_block()) {
            let code = self.capture(|lw| {
                let a = lw.slot_addr(bits);
                let z = lw.iconst(Type::I8, 0);
                lw.store(z, a);
            });
            for &i in &code {
                self.f.insts[i.index()].block = entry;
            }
            self.f.blocks[entry.index()].insts.splice(0..0, code);
        }
        if let Some(l) = landing_inst
            && let InstData::DeferLanding { exit } = self.f.inst(l).clone()
        {
            let block = self.f.insts[l.index()].block;
            self.f.blocks[block.index()].insts.pop();
            self.cur = block;
            self.run_pending(Some(exit.block));
            let fp = self.fp();
            self.rt("runtime.gocc_panic_continue", &[fp], vec![]);
            self.trap();
        }
        Some(landing.block)
    }

    /// Every `defer_return`: the pending deferred calls, then the rest of
    /// its block.
    fn rewrite_returns(&mut self) {
        let mut sites = Vec::new();
        for &b in &self.f.layout {
            for &i in self.f.block_insts(b) {
                if matches!(self.f.inst(i), InstData::DeferReturn) {
                    sites.push(i);
                }
            }
        }
        for inst in sites {
            // The deferred calls of an exit are at its line (the closing
            // brace's, as gc's deferreturn).
            self.f.srcpos = self.f.insts[inst.index()].pos;
            let block = self.f.insts[inst.index()].block;
            let Some(pos) = self.f.block_insts(block).iter().position(|&i| i == inst) else {
                continue;
            };
            let rest_block = self.f.create_block_after(block);
            let rest = self.f.blocks[block.index()].insts.split_off(pos + 1);
            self.f.blocks[block.index()].insts.pop();
            for &i in &rest {
                self.f.insts[i.index()].block = rest_block;
            }
            self.f.blocks[rest_block.index()].insts = rest;
            self.cur = block;
            self.run_pending(None);
            self.jump(rest_block);
        }
    }

    /// Runs the pending deferred calls from `self.cur`, leaving `cur` at
    /// the block after them. `recovered_exit`: panicking; after each call
    /// a recovered panic continues there.
    fn run_pending(&mut self, recovered_exit: Option<Block>) {
        if self.plan.open {
            for k in (0..self.plan.sites.len()).rev() {
                let Some(bits) = self.bits else {
                    return;
                };
                let ba = self.slot_addr(bits);
                let bv = self.load(Type::I8, ba, 0);
                let m = self.iconst(Type::I8, 1 << k);
                let set = self.binary(BinaryOp::Band, bv, m);
                let run = self.f.create_block();
                let next = self.f.create_block();
                self.brif(set, run, next);
                self.cur = run;
                let nm = self.iconst(Type::I8, !(1i64 << k));
                let cleared = self.binary(BinaryOp::Band, bv, nm);
                self.store(cleared, ba);
                let sa = self.slot_addr(self.slots[k]);
                let clo = self.load(Type::I64, sa, 0);
                match self.plan.sites[k]
                    .wrapper
                    .clone()
                    .or(self.direct[k].clone())
                {
                    Some(w) => {
                        let sig = Signature::new(vec![Type::I64], vec![], CallConv::Go);
                        let call = self.ins(InstData::Call {
                            callee: Callee::Direct(w),
                            sig,
                            args: vec![clo],
                        });
                        self.inline_sites.push(call);
                    }
                    None => self.call_closure(clo),
                }
                self.after_call(recovered_exit, next);
                self.cur = next;
            }
        } else {
            let hdr = self.f.create_block();
            let body = self.f.create_block();
            let done = self.f.create_block();
            self.jump(hdr);
            self.cur = hdr;
            let fp = self.fp();
            let rec = self.rt("runtime.deferpop", &[fp], vec![Type::I64])[0];
            self.brif(rec, body, done);
            self.cur = body;
            // The record's closure (nil for `defer f()` of a nil f).
            let clo = self.load(Type::I64, rec, 16);
            self.call_closure(clo);
            self.after_call(recovered_exit, hdr);
            self.cur = done;
        }
    }

    /// After a deferred call: while panicking, a recovered panic
    /// continues at the exit; else go on at `next`.
    fn after_call(&mut self, recovered_exit: Option<Block>, next: Block) {
        match recovered_exit {
            Some(exit) => {
                let fp = self.fp();
                let r = self.rt("runtime.gocc_recovered", &[fp], vec![Type::I8])[0];
                self.brif(r, exit, next);
            }
            None => self.jump(next),
        }
    }

    /// Calls the closure `clo` indirectly; nil panics like a nil
    /// dereference (Go: the deferred call of a nil func value).
    fn call_closure(&mut self, clo: Value) {
        let z = self.iconst(Type::I64, 0);
        let is_nil = self.ins1(InstData::Icmp {
            cc: IntCC::Eq,
            args: [clo, z],
        });
        let nil = self.nil_block();
        let ok = self.f.create_block();
        self.brif(is_nil, nil, ok);
        self.cur = ok;
        let code = self.load(Type::I64, clo, 0);
        let sig = Signature::new(vec![Type::I64], vec![], CallConv::Go);
        self.ins(InstData::Call {
            callee: Callee::Indirect(code),
            sig,
            args: vec![clo],
        });
    }

    fn nil_block(&mut self) -> Block {
        if let Some(b) = self.nil_block {
            return b;
        }
        let b = self.f.create_block();
        self.f.blocks[b.index()].cold = true;
        let saved = std::mem::replace(&mut self.cur, b);
        self.rt("runtime.panicmem", &[], vec![]);
        self.trap();
        self.cur = saved;
        self.nil_block = Some(b);
        b
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builder::FunctionBuilder;
    use crate::ir::DeferSite;
    use crate::types::Linkage;
    use crate::verify::verify_function;

    fn site(line: u32, in_loop: bool, wrapper: Option<&str>) -> DeferSite {
        DeferSite {
            pos: line * 10,
            line,
            col: 2,
            in_loop,
            wrapper: wrapper.map(str::to_string),
        }
    }

    /// `func f() { defer w(); defer fv(); g(); return }` in abstract form:
    /// the first defer's closure is a known deferwrap, the second a func
    /// value (`in_loop` for the second when asked).
    fn abstract_fn(second_in_loop: bool) -> Function {
        let go0 = Signature::new(vec![], vec![], CallConv::Go);
        let mut f = Function::new("main.f", go0.clone(), Linkage::Local);
        let mut b = FunctionBuilder::new(&mut f);
        let entry = b.create_block();
        let (exit, landing, body) = (b.create_block(), b.create_block(), b.create_block());
        b.switch_to_block(entry);
        let counted = |line, in_loop| crate::ir::DeferStmt {
            pos: line * 10,
            line,
            col: 2,
            in_loop,
            reported: true,
        };
        b.defer_entry(
            body,
            landing,
            1,
            vec![counted(3, false), counted(4, second_in_loop)],
        );
        b.switch_to_block(landing);
        b.defer_landing(exit);
        b.switch_to_block(body);
        let s = b.create_stack_slot(8, 8);
        let clo = b.stack_addr(s, 0);
        let code = b.symbol_addr("main.f.deferwrap1");
        b.store(code, clo, 0);
        b.defer(clo, site(3, false, Some("main.f.deferwrap1")));
        let fv = b.symbol_addr("main.fv·f");
        b.defer(fv, site(4, second_in_loop, None));
        b.call("main.g", &go0, &[]);
        b.jump(exit, &[]);
        b.switch_to_block(exit);
        b.defer_return();
        b.return_(&[]);
        b.finish();
        verify_function(&f).unwrap();
        f
    }

    /// `main.f.deferwrap1`: calls `main.h` (which has no results).
    fn wrapper() -> Function {
        let sig = Signature::new(vec![Type::I64], vec![], CallConv::Go);
        let mut w = Function::new("main.f.deferwrap1", sig, Linkage::Local);
        let mut b = FunctionBuilder::new(&mut w);
        let entry = b.create_block();
        b.append_params_for_signature(entry);
        b.switch_to_block(entry);
        b.call("main.h", &Signature::new(vec![], vec![], CallConv::Go), &[]);
        b.return_(&[]);
        b.finish();
        w
    }

    fn lower(f: &mut Function, optimize: bool) -> DeferPlan {
        let wrappers = HashMap::from([("main.f.deferwrap1".to_string(), wrapper())]);
        let plan = lower_function_defers(f, optimize, &wrappers, &mut |n, _| format!("{n}·tail"))
            .expect("a function with defers");
        verify_function(f).unwrap_or_else(|e| panic!("{e:?}\n{f}"));
        let left = f
            .layout
            .iter()
            .flat_map(|&b| f.block_insts(b))
            .any(|&i| f.inst(i).is_abstract_defer());
        assert!(!left, "{f}");
        plan
    }

    #[test]
    fn abstract_form_prints() {
        let text = abstract_fn(false).to_string();
        for want in [
            "defer_entry block3, landing block2, returns 1, defers [3:2, 4:2]",
            "defer_landing block1",
            "defer v0, line 3:2, wrapper main.f.deferwrap1",
            "defer v2, line 4:2\n",
            "block1:\n    defer_return\n    return",
        ] {
            assert!(text.contains(want), "{want:?} in\n{text}");
        }
        assert!(abstract_fn(true).to_string().contains("line 4:2, in loop"));
    }

    #[test]
    fn open_coded() {
        let mut f = abstract_fn(false);
        let plan = lower(&mut f, true);
        assert!(plan.open);
        assert_eq!(
            plan.reason,
            "open-coded: 2 defers, 1 return (2 <= 15), none in a loop"
        );
        assert_eq!(plan.strategy(1), Strategy::OpenCoded);
        let text = f.to_string();
        for want in [
            "; defer: open-coded",
            // deferBits cleared first thing, bits set at each defer.
            "block0:\n    v",
            "bor.i8",
            // The wrapper is inlined: main.h is called by the frame.
            "try_call main.h() : () go",
            // The func value is called indirectly after a nil check.
            "try_call_indirect",
            "try_call runtime.panicmem·tail()",
            "call runtime.gocc_recovered",
            "call runtime.gocc_panic_continue",
            "try_call main.g() : () go",
        ] {
            assert!(text.contains(want), "{want:?} in\n{text}");
        }
        assert!(!text.contains("deferproc"), "{text}");
        // Renumbered: blocks print in order block0, block1, ...
        let headers: Vec<&str> = text
            .lines()
            .filter(|l| l.starts_with("block"))
            .map(|l| l.split([':', '(', ' ']).next().unwrap_or(""))
            .collect();
        let want: Vec<String> = (0..headers.len()).map(|i| format!("block{i}")).collect();
        assert_eq!(headers, want, "{text}");
        assert!(!text.contains("main.f.deferwrap1("), "{text}");
    }

    #[test]
    fn records() {
        let mut f = abstract_fn(false);
        let plan = lower(&mut f, false);
        assert!(!plan.open);
        assert_eq!(plan.reason, "records: optimizations off (-N)");
        let text = f.to_string();
        assert_eq!(
            text.matches("call runtime.deferprocStack(").count(),
            2,
            "{text}"
        );
        assert_eq!(text.matches("call runtime.deferpop(").count(), 2, "{text}");

        let mut f = abstract_fn(true);
        let plan = lower(&mut f, true);
        assert_eq!(plan.reason, "records: the defer at line 4 is in a loop");
        assert_eq!(plan.strategy(0), Strategy::StackRecord);
        assert_eq!(plan.strategy(1), Strategy::HeapRecord);
        let text = f.to_string();
        // A func value: a runtime heap record.
        assert!(text.contains("call runtime.deferprocStack("), "{text}");
        assert!(text.contains("call runtime.deferproc("), "{text}");
        // A deferwrap closure: its heap record in front, at clo - 32.
        let mut f = abstract_fn(false);
        for n in &mut f.insts {
            match &mut n.data {
                InstData::Defer { site, .. } => site.in_loop = true,
                InstData::DeferEntry { defers, .. } => {
                    defers.iter_mut().for_each(|d| d.in_loop = true)
                }
                _ => {}
            }
        }
        lower(&mut f, true);
        let text = f.to_string();
        assert!(text.contains("iconst.i64 -32"), "{text}");
        assert!(text.contains("call runtime.deferproc("), "{text}");
    }

    #[test]
    fn deferwrap_tail_calls_a_target_without_results() {
        let mut w = wrapper();
        assert!(tail_call_target(&mut w));
        verify_function(&w).unwrap();
        assert!(w.to_string().contains("return_call main.h() : () go\n}"));
        // A target with results: a plain call stays.
        let sig = Signature::new(vec![Type::I64], vec![], CallConv::Go);
        let mut w = Function::new("main.f.deferwrap2", sig, Linkage::Local);
        let mut b = FunctionBuilder::new(&mut w);
        let entry = b.create_block();
        b.append_params_for_signature(entry);
        b.switch_to_block(entry);
        let one = Signature::new(vec![], vec![Type::I64], CallConv::Go);
        b.call("main.k", &one, &[]);
        b.return_(&[]);
        b.finish();
        assert!(!tail_call_target(&mut w));
    }
}
