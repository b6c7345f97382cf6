//! Inlining of small leaf functions (gc inlines small functions too; a
//! call per iteration of a hot loop costs more than the body).
//!
//! Only *leaf* functions are inlined: no calls, no `try_call`, no
//! `frame_pointer`. Such a body cannot panic through a runtime call, so
//! panic stack walks, landing pads and `recover` (which look at frames)
//! see exactly the frames they would see without inlining. Run it before
//! the defer lowering.

use std::collections::HashMap;

use crate::entities::{Block, Inst, Value};
use crate::function::{Function, ValueDef};
use crate::ir::{BlockCall, Callee, InstData};
use crate::module::Module;
use crate::types::CallConv;

/// A callee is inlined when it has at most this many instructions other
/// than plain jumps (gc's budget is 80 nodes)...
const MAX_INSTS: usize = 40;
/// ... and at most this many blocks.
const MAX_BLOCKS: usize = 24;

/// Inlines every direct call of a small leaf Go function of the module.
/// Returns the number of call sites inlined.
pub fn inline_leaf_functions(m: &mut Module) -> usize {
    let candidates: HashMap<String, Function> = m
        .functions
        .iter()
        .filter(|f| is_candidate(f))
        .map(|f| (f.name.clone(), f.clone()))
        .collect();
    if candidates.is_empty() {
        return 0;
    }
    let mut count = 0;
    for f in &mut m.functions {
        count += inline_into(f, &candidates);
    }
    count
}

pub(crate) fn is_candidate(f: &Function) -> bool {
    if f.sig.call_conv != CallConv::Go || f.layout.len() > MAX_BLOCKS {
        return false;
    }
    let insts: Vec<Inst> = f
        .layout
        .iter()
        .flat_map(|&b| f.block_insts(b).iter().copied())
        .collect();
    let cost = insts
        .iter()
        .filter(|&&i| !matches!(f.inst(i), InstData::Jump { .. }))
        .count();
    cost <= MAX_INSTS
        && insts.iter().all(|&i| {
            !matches!(
                f.inst(i),
                InstData::Call { .. } | InstData::TryCall { .. } | InstData::FramePointer
            )
        })
}

/// Inlines candidate calls in `f`; returns how many.
///
/// Linear in the size of `f`, however many calls one block holds (a
/// 100,000-deep `f(f(f(...)))` is one block of 100,000 calls): a block's
/// calls are inlined from its last one backwards, so each split moves only
/// the few instructions after the call, and the layout is rebuilt once at
/// the end instead of being searched and shifted for every new block.
fn inline_into(f: &mut Function, candidates: &HashMap<String, Function>) -> usize {
    let mut count = 0;
    // The blocks each inlining created, by the block they follow, in the
    // order they were created (later groups go first: they come from
    // earlier calls of the same block).
    let mut placed: HashMap<Block, Vec<Vec<Block>>> = HashMap::new();
    let mut work: Vec<Block> = f.layout.clone();
    while let Some(block) = work.pop() {
        // The continuation holds what followed the last candidate call
        // (no candidate calls) and an inlined leaf body has no calls, so
        // only `block` itself needs another look.
        let site = f.block_insts(block).iter().rposition(|&i| {
            matches!(f.inst(i), InstData::Call { callee: Callee::Direct(name), sig, .. }
                if candidates.get(name).is_some_and(|g| g.sig == *sig))
        });
        let Some(pos) = site else {
            continue;
        };
        let call = f.block_insts(block)[pos];
        let InstData::Call {
            callee: Callee::Direct(name),
            args,
            ..
        } = f.inst(call).clone()
        else {
            continue;
        };
        let callee = &candidates[&name];
        let new_blocks = inline_call_unplaced(f, block, pos, call, callee, &args);
        placed.entry(block).or_default().push(new_blocks);
        count += 1;
        work.push(block);
    }
    if !placed.is_empty() {
        let mut layout = Vec::with_capacity(f.blocks.len());
        for &b in &f.layout {
            layout.push(b);
            for group in placed.get(&b).into_iter().flatten().rev() {
                layout.extend_from_slice(group);
            }
        }
        f.layout = layout;
    }
    count
}

/// Replaces the call at `block[pos]` by a jump into a copy of `g`'s body
/// whose returns jump to a new continuation block holding the rest of
/// `block`. The call's result values become the continuation's
/// parameters, so no use needs rewriting. Returns the continuation.
pub(crate) fn inline_call(
    f: &mut Function,
    block: Block,
    pos: usize,
    call: Inst,
    g: &Function,
    args: &[Value],
) -> Block {
    let new_blocks = inline_call_unplaced(f, block, pos, call, g, args);
    let at = f
        .layout
        .iter()
        .position(|&b| b == block)
        .map_or(f.layout.len(), |i| i + 1);
    f.layout.splice(at..at, new_blocks.iter().copied());
    *new_blocks
        .last()
        .expect("the continuation is always created")
}

/// `inline_call` without placing the new blocks in the layout: returns
/// them in the order they belong right after `block` (the copied body in
/// the callee's layout order, then the continuation, last).
fn inline_call_unplaced(
    f: &mut Function,
    block: Block,
    pos: usize,
    call: Inst,
    g: &Function,
    args: &[Value],
) -> Vec<Block> {
    let cont = f.create_unplaced_block();
    // The inlined code is the call's line (the callee cannot panic: it
    // makes no call, so no traceback ever shows its frame).
    let saved_pos = std::mem::replace(&mut f.srcpos, f.insts[call.index()].pos);
    // Move everything after the call into the continuation.
    let rest: Vec<Inst> = f.blocks[block.index()].insts.split_off(pos + 1);
    f.blocks[block.index()].insts.pop(); // the call itself
    for &i in &rest {
        f.insts[i.index()].block = cont;
    }
    f.blocks[cont.index()].insts = rest;
    let results = std::mem::take(&mut f.insts[call.index()].results);
    for (n, &r) in results.iter().enumerate() {
        f.values[r.index()].def = ValueDef::Param(cont, n as u32);
    }
    f.blocks[cont.index()].params = results;

    // Copy the callee's blocks, in its layout order, after `block`.
    let mut bmap: HashMap<Block, Block> = HashMap::new();
    let mut vmap: HashMap<Value, Value> = HashMap::new();
    let mut new_blocks = Vec::with_capacity(g.layout.len() + 1);
    for &gb in &g.layout {
        let nb = f.create_unplaced_block();
        new_blocks.push(nb);
        f.blocks[nb.index()].cold = g.blocks[gb.index()].cold;
        bmap.insert(gb, nb);
        for &p in g.block_params(gb) {
            let np = f.append_block_param(nb, g.value_type(p));
            vmap.insert(p, np);
        }
    }
    let slot_base = f.stack_slots.len() as u32;
    f.stack_slots.extend(g.stack_slots.iter().copied());

    // Reverse postorder: every operand's definition is copied before use.
    for gb in g.reverse_postorder() {
        let Some(&nb) = bmap.get(&gb) else {
            continue;
        };
        for &gi in g.block_insts(gb) {
            let mut data = g.inst(gi).clone();
            // Lookups cannot fail on verified IR; on broken IR the
            // original reference is kept for the verifier to report.
            data.visit_operands_mut(|v| *v = vmap.get(v).copied().unwrap_or(*v));
            for edge in data.successors_mut() {
                edge.block = bmap.get(&edge.block).copied().unwrap_or(edge.block);
            }
            match &mut data {
                InstData::Return { values } => {
                    data = InstData::Jump {
                        dest: BlockCall::new(cont, values),
                    };
                }
                InstData::ReturnCall { callee, sig, args } => {
                    // A tail call becomes a call whose results go to the
                    // continuation.
                    let call = f.append_inst(
                        nb,
                        InstData::Call {
                            callee: callee.clone(),
                            sig: sig.clone(),
                            args: args.clone(),
                        },
                    );
                    let rs = f.inst_results(call).to_vec();
                    data = InstData::Jump {
                        dest: BlockCall::new(cont, &rs),
                    };
                }
                InstData::StackAddr { slot, .. } => slot.0 += slot_base,
                _ => {}
            }
            let ni = f.append_inst(nb, data);
            for (&old, &new) in g.inst_results(gi).iter().zip(f.inst_results(ni)) {
                vmap.insert(old, new);
            }
        }
    }
    new_blocks.push(cont);
    let Some(entry) = g.entry_block() else {
        f.srcpos = saved_pos;
        return new_blocks;
    };
    f.append_inst(
        block,
        InstData::Jump {
            dest: BlockCall::new(bmap.get(&entry).copied().unwrap_or(cont), args),
        },
    );
    f.srcpos = saved_pos;
    new_blocks
}
