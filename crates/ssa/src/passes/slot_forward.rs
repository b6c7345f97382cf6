//! Store-to-load forwarding over the stack slots whose address does not
//! escape the function (issue #8/#11, `bench/closuredefer.go`).
//!
//! A slot is *private* when every use of an address into it (a
//! `stack_addr` of the slot, or such an address plus an `iconst` through
//! `iadd`, at any depth) is the address operand of a `load` or `store`.
//! Any other use (a call argument, a stored value, a block argument, a
//! `memcpy`/`memzero`, a `defer`, a comparison...) makes the slot
//! escape: a call could then read or write it, so it is left alone. No
//! runtime routine finds a slot through the frame pointer (the panic
//! machinery reads the defer bits and closure slots only through the IR
//! of the landing pad, which this pass sees like any other code), so only
//! this function's own `store`s write a private slot.
//!
//! For each load of `ty` at byte `off` of a private slot:
//!
//! - scanning back in its block, then up through its predecessor while
//!   there is exactly one (one edge), the first store overlapping the
//!   loaded bytes decides: a store of a `ty` value at exactly `off`
//!   forwards that value, anything else keeps the load;
//! - with no such store on that chain, the load is forwarded
//!   when the slot has exactly one store overlapping the loaded bytes in
//!   the whole function, of a `ty` value at exactly `off`, in a block that
//!   strictly dominates the load's (every path to the load passes that
//!   store and no other store touches those bytes).
//!
//! Stores are kept (the landing pad and the code after a recovered panic
//! read the slots in memory), except when no load of a private slot is
//! left: its stores are then dead and removed, which can make a slot whose
//! address they stored private in the next round (a closure record whose
//! address only sat in an open-coded defer's closure slot). The pass
//! repeats until nothing changes (at most 8 rounds). It first drops the
//! unreachable blocks. Not run with `-N`.

use std::collections::{HashMap, HashSet};

use super::remove_unreachable_blocks;
use crate::dominance::DomTree;
use crate::entities::{Block, Inst, StackSlot, Value};
use crate::function::{Function, ValueDef};
use crate::ir::{BinaryOp, InstData};

/// Runs the forwarding to a fixed point; returns the number of loads
/// replaced and stores removed.
pub fn forward_stack_slots(f: &mut Function) -> usize {
    // Unreachable code would count as uses and accesses (and is never
    // dominated); it goes first.
    remove_unreachable_blocks(f);
    let mut total = 0;
    for _ in 0..8 {
        let n = forward_once(f);
        if n == 0 {
            break;
        }
        total += n;
    }
    total
}

/// One access of a private slot.
struct Access {
    inst: Inst,
    /// Its block and index there (an instruction's own `block` field is
    /// not kept up to date by every rewrite).
    block: Block,
    pos: usize,
    off: i64,
    size: i64,
    store: bool,
}

fn forward_once(f: &mut Function) -> usize {
    let dom = DomTree::compute(f);
    // Addresses into slots: value -> (slot, byte offset).
    // In reverse postorder every definition comes before its uses (the
    // unreachable blocks are gone).
    let mut addr: HashMap<Value, (StackSlot, i64)> = HashMap::new();
    for &b in dom.rpo() {
        for &i in f.block_insts(b) {
            let Some(&r) = f.inst_results(i).first() else {
                continue;
            };
            match f.inst(i) {
                InstData::StackAddr { slot, offset } => {
                    addr.insert(r, (*slot, i64::from(*offset)));
                }
                InstData::Binary {
                    op: BinaryOp::Iadd,
                    args: [x, y],
                } => {
                    let (base, k) = match (addr.get(x), addr.get(y)) {
                        (Some(&a), None) => (a, *y),
                        (None, Some(&a)) => (a, *x),
                        _ => continue,
                    };
                    if let Some(c) = iconst(f, k) {
                        addr.insert(r, (base.0, base.1.wrapping_add(c)));
                    }
                }
                _ => {}
            }
        }
    }
    if addr.is_empty() {
        return 0;
    }
    // Escapes, and the accesses of each slot.
    let mut escaped: Vec<bool> = vec![false; f.stack_slots.len()];
    let mut accesses: HashMap<StackSlot, Vec<Access>> = HashMap::new();
    for &b in &f.layout {
        for (pos, &i) in f.block_insts(b).iter().enumerate() {
            let data = f.inst(i);
            // A load or store through a slot address: (address, offset,
            // bytes, is a store).
            let access = match data {
                InstData::Load {
                    ty,
                    addr: a,
                    offset,
                } => Some((a, offset, ty.bytes(), false)),
                InstData::Store {
                    value,
                    addr: a,
                    offset,
                } => Some((a, offset, f.value_type(*value).bytes(), true)),
                _ => None,
            };
            if let Some((a, offset, bytes, store)) = access
                && let Some(&(s, o)) = addr.get(a)
            {
                accesses.entry(s).or_default().push(Access {
                    inst: i,
                    block: b,
                    pos,
                    off: o + i64::from(*offset),
                    size: i64::from(bytes),
                    store,
                });
                // A slot's address stored as a value escapes.
                if let InstData::Store { value, .. } = data
                    && let Some(&(vs, _)) = addr.get(value)
                {
                    escaped[vs.index()] = true;
                }
                continue;
            }
            let derived = matches!(
                data,
                InstData::Binary {
                    op: BinaryOp::Iadd,
                    ..
                }
            ) && f
                .inst_results(i)
                .first()
                .is_some_and(|r| addr.contains_key(r));
            if derived {
                continue;
            }
            data.visit_operands(|v| {
                if let Some(&(s, _)) = addr.get(v) {
                    escaped[s.index()] = true;
                }
            });
        }
    }

    // Predecessors, one entry per edge (two edges from one block are not
    // a single predecessor).
    let mut preds: HashMap<Block, Vec<Block>> = HashMap::new();
    for &b in dom.rpo() {
        for s in f.successors(b) {
            preds.entry(s).or_default().push(b);
        }
    }
    let mut subst: HashMap<Value, Value> = HashMap::new();
    let mut dead: Vec<Inst> = Vec::new();
    for (slot, acc) in &accesses {
        if escaped[slot.index()] {
            continue;
        }
        if acc.iter().all(|a| a.store) {
            dead.extend(acc.iter().map(|a| a.inst));
            continue;
        }
        for l in acc.iter().filter(|a| !a.store) {
            if let Some(v) = reaching_value(f, &dom, &preds, acc, l) {
                subst.insert(f.inst_results(l.inst)[0], v);
                dead.push(l.inst);
            }
        }
    }
    if dead.is_empty() {
        return 0;
    }
    let resolve = |mut v: Value| {
        while let Some(&w) = subst.get(&v) {
            v = w;
        }
        v
    };
    f.substitute_values(resolve);
    let n = dead.len();
    let dead: HashSet<Inst> = dead.into_iter().collect();
    for &b in &f.layout {
        f.blocks[b.index()].insts.retain(|x| !dead.contains(x));
    }
    n
}

/// The value load `l` reads, if the rules of the module doc decide it.
fn reaching_value(
    f: &Function,
    dom: &DomTree,
    preds: &HashMap<Block, Vec<Block>>,
    acc: &[Access],
    l: &Access,
) -> Option<Value> {
    let InstData::Load { ty, .. } = f.inst(l.inst) else {
        return None;
    };
    let overlaps = |a: &Access| a.off < l.off + l.size && l.off < a.off + a.size;
    let exact = |a: &Access| match f.inst(a.inst) {
        InstData::Store { value, .. } if a.off == l.off && f.value_type(*value) == *ty => {
            Some(*value)
        }
        _ => None,
    };
    let lb = l.block;
    // The load's block, then up the chain of single predecessors.
    let (mut b, mut limit) = (lb, l.pos);
    let mut seen: HashSet<Block> = HashSet::new();
    loop {
        let before = acc
            .iter()
            .filter(|a| a.store && a.block == b && a.pos < limit && overlaps(a))
            .max_by_key(|a| a.pos);
        if let Some(a) = before {
            return exact(a);
        }
        // The entry is also entered by the call itself.
        if Some(b) == f.entry_block() {
            break;
        }
        match preds.get(&b).map(Vec::as_slice) {
            Some(&[p]) if seen.insert(p) => (b, limit) = (p, usize::MAX),
            _ => break,
        }
    }
    let mut stores = acc.iter().filter(|a| a.store && overlaps(a));
    let s = stores.next()?;
    if stores.next().is_some() {
        return None;
    }
    let sb = s.block;
    if sb == lb || !dom.dominates(sb, lb) {
        return None;
    }
    exact(s)
}

fn iconst(f: &Function, v: Value) -> Option<i64> {
    match f.value_def(v) {
        ValueDef::Result(i, _) => match f.inst(i) {
            InstData::Iconst { imm, .. } => Some(*imm),
            _ => None,
        },
        _ => None,
    }
}
