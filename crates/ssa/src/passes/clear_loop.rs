//! The clearing-loop idiom: `for i := range s { s[i] = 0 }` becomes one
//! `runtime.memclrNoHeapPointers(&s[0], len(s)*size)` call, as gc does
//! (cmd/compile's arrayClear). A byte loop over a 10 MB slice is ten
//! million stores; memset runs a word or a vector at a time.
//!
//! The loop must be exactly what ssagen emits for the idiom, once the
//! bounds check (if any) is gone:
//!
//! ```text
//! pre:    ... jump H(0)
//! H(i):   c = icmp slt i, n ; brif c, B, X
//! B:      a = iadd base, i       (or iadd base, (imul i, size))
//!         z = iconst 0 ; store z, a
//!         jump L                 (or straight to H)
//! L:      one = iconst 1 ; i2 = iadd i, one ; jump H(i2)
//! ```
//!
//! with the store's width equal to `size`, `base` and `n` defined outside
//! the loop, and nothing defined in the loop used after it. The rewrite
//! sends `pre` to a new block that clears `n * size` bytes when `n > 0`
//! and then goes to `X`; the loop blocks become unreachable.

use std::collections::HashSet;

use crate::entities::{Block, Inst, Value};
use crate::function::{Function, ValueDef};
use crate::ir::{BinaryOp, BlockCall, Callee, InstData, IntCC};
use crate::types::{CallConv, Signature, Type};

/// The runtime routine (runtime/src/slice.rs): `(ptr, n)`.
const MEMCLR: &str = "runtime.memclrNoHeapPointers";

struct ClearLoop {
    pre_jump: Inst,
    exit: Block,
    base: Value,
    n: Value,
    size: i64,
}

fn def_inst(f: &Function, v: Value) -> Option<&InstData> {
    match f.value_def(v) {
        ValueDef::Result(inst, 0) => Some(f.inst(inst)),
        _ => None,
    }
}

fn is_const(f: &Function, v: Value, want: i64) -> bool {
    matches!(def_inst(f, v), Some(InstData::Iconst { imm, .. }) if *imm == want)
}

/// `v` defined in one of `blocks`.
fn defined_in(f: &Function, v: Value, blocks: &[Block]) -> bool {
    let b = match f.value_def(v) {
        ValueDef::Result(inst, _) => f.insts[inst.index()].block,
        ValueDef::Param(b, _) => b,
    };
    blocks.contains(&b)
}

fn jump_target(f: &Function, b: Block) -> Option<(Block, Vec<Value>)> {
    match f.inst(f.terminator(b)?) {
        InstData::Jump { dest } => Some((dest.block, dest.args.clone())),
        _ => None,
    }
}

/// Matches the idiom with header `h`.
fn match_loop(f: &Function, h: Block, preds: &[(Block, Inst)]) -> Option<ClearLoop> {
    let [i] = f.block_params(h) else { return None };
    let i = *i;
    if f.value_type(i) != Type::I64 || f.block_insts(h).len() != 2 {
        return None;
    }
    let InstData::Brif {
        cond,
        then_dest,
        else_dest,
    } = f.inst(f.terminator(h)?)
    else {
        return None;
    };
    let (body, exit) = (then_dest.block, else_dest.block);
    if !then_dest.args.is_empty() || !else_dest.args.is_empty() || body == h || exit == h {
        return None;
    }
    let Some(InstData::Icmp {
        cc: IntCC::Slt,
        args: [ci, n],
    }) = def_inst(f, *cond)
    else {
        return None;
    };
    if *ci != i {
        return None;
    }
    // Body: address, zero, store, jump (to the latch or the header).
    let binsts = f.block_insts(body);
    let store = binsts.iter().find_map(|&x| match f.inst(x) {
        InstData::Store {
            value,
            addr,
            offset: 0,
            ..
        } => Some((*value, *addr)),
        _ => None,
    });
    let (zero, addr) = store?;
    let width = f.value_type(zero).bytes() as i64;
    let zero_ok = match def_inst(f, zero) {
        Some(InstData::Iconst { imm, .. }) => *imm == 0,
        Some(InstData::Fconst { bits, .. }) => *bits == 0,
        _ => false,
    };
    if !zero_ok {
        return None;
    }
    let Some(InstData::Binary {
        op: BinaryOp::Iadd,
        args: [base, off],
    }) = def_inst(f, addr)
    else {
        return None;
    };
    let size = if *off == i {
        1
    } else {
        match def_inst(f, *off) {
            Some(InstData::Binary {
                op: BinaryOp::Imul,
                args: [x, k],
            }) if *x == i => match def_inst(f, *k) {
                Some(InstData::Iconst { imm, .. }) => *imm,
                _ => return None,
            },
            _ => return None,
        }
    };
    if size != width {
        return None;
    }
    // Only the address computation, constants and the store in the body.
    let body_ok = binsts.iter().all(|&x| match f.inst(x) {
        InstData::Iconst { .. } | InstData::Fconst { .. } | InstData::Store { .. } => true,
        InstData::Binary { op, .. } => matches!(op, BinaryOp::Iadd | BinaryOp::Imul),
        InstData::Jump { .. } => true,
        _ => false,
    });
    if !body_ok
        || binsts
            .iter()
            .filter(|&&x| matches!(f.inst(x), InstData::Store { .. }))
            .count()
            != 1
    {
        return None;
    }
    // The increment, in the body itself or in a latch block.
    let (next, args) = jump_target(f, body)?;
    let (latch, (back, back_args)) = if next == h {
        (None, (next, args))
    } else {
        if !args.is_empty() || f.block_insts(next).len() != 3 {
            return None;
        }
        (Some(next), jump_target(f, next)?)
    };
    if back != h {
        return None;
    }
    let [inc] = back_args[..] else { return None };
    let Some(InstData::Binary {
        op: BinaryOp::Iadd,
        args: [x, one],
    }) = def_inst(f, inc)
    else {
        return None;
    };
    if *x != i || !is_const(f, *one, 1) {
        return None;
    }
    let mut blocks = vec![h, body];
    blocks.extend(latch);
    if defined_in(f, *base, &blocks) || defined_in(f, *n, &blocks) {
        return None;
    }
    // Exactly two ways in: the back edge and one jump passing 0.
    let outside: Vec<&(Block, Inst)> = preds.iter().filter(|(p, _)| !blocks.contains(p)).collect();
    let [(_, pre_jump)] = outside[..] else {
        return None;
    };
    if preds.len() != 2 {
        return None;
    }
    let InstData::Jump { dest } = f.inst(*pre_jump) else {
        return None;
    };
    if dest.args.len() != 1 || !is_const(f, dest.args[0], 0) {
        return None;
    }
    // Nothing computed in the loop is used outside it.
    let inside: HashSet<Value> = blocks
        .iter()
        .flat_map(|&b| {
            f.block_params(b).iter().copied().chain(
                f.block_insts(b)
                    .iter()
                    .flat_map(|&x| f.inst_results(x).iter().copied()),
            )
        })
        .collect();
    for &b in &f.layout {
        if blocks.contains(&b) {
            continue;
        }
        for &x in f.block_insts(b) {
            let mut leaks = false;
            f.inst(x).visit_operands(|v| leaks |= inside.contains(v));
            if leaks {
                return None;
            }
        }
    }
    Some(ClearLoop {
        pre_jump: *pre_jump,
        exit,
        base: *base,
        n: *n,
        size,
    })
}

/// Replaces each clearing loop of `f` by a memclr call; returns how many.
/// Leaves the loops unreachable (run `remove_unreachable_blocks`).
pub fn clear_loops_to_memclr(f: &mut Function) -> usize {
    // Predecessor edges (block, terminator) of every block.
    let mut preds: Vec<Vec<(Block, Inst)>> = vec![Vec::new(); f.blocks.len()];
    for &b in &f.layout {
        if let Some(t) = f.terminator(b) {
            for s in f.successors(b) {
                preds[s.index()].push((b, t));
            }
        }
    }
    let found: Vec<ClearLoop> = f
        .layout
        .iter()
        .filter_map(|&h| match_loop(f, h, &preds[h.index()]))
        .collect();
    for l in &found {
        let pre = f.insts[l.pre_jump.index()].block;
        let clear = f.create_block_after(pre);
        // In `pre`, before its jump: `some = n > 0`; the jump becomes
        // `brif some, clear, exit`.
        let at = f.blocks[pre.index()].insts.len() - 1;
        let zero = f.insert_inst(
            pre,
            at,
            InstData::Iconst {
                ty: Type::I64,
                imm: 0,
            },
        );
        let zero = f.inst_results(zero)[0];
        let some = f.insert_inst(
            pre,
            at + 1,
            InstData::Icmp {
                cc: IntCC::Sgt,
                args: [l.n, zero],
            },
        );
        let some = f.inst_results(some)[0];
        f.insts[l.pre_jump.index()].data = InstData::Brif {
            cond: some,
            then_dest: BlockCall::new(clear, &[]),
            else_dest: BlockCall::new(l.exit, &[]),
        };
        let bytes = if l.size == 1 {
            l.n
        } else {
            let k = f.append_inst(
                clear,
                InstData::Iconst {
                    ty: Type::I64,
                    imm: l.size,
                },
            );
            let k = f.inst_results(k)[0];
            let m = f.append_inst(
                clear,
                InstData::Binary {
                    op: BinaryOp::Imul,
                    args: [l.n, k],
                },
            );
            f.inst_results(m)[0]
        };
        f.append_inst(
            clear,
            InstData::Call {
                callee: Callee::Direct(MEMCLR.to_string()),
                sig: Signature::new(vec![Type::I64, Type::I64], vec![], CallConv::C),
                args: vec![l.base, bytes],
            },
        );
        f.append_inst(
            clear,
            InstData::Jump {
                dest: BlockCall::new(l.exit, &[]),
            },
        );
    }
    found.len()
}
