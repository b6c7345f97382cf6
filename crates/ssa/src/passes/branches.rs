//! Folding of branches whose condition a dominating branch already
//! decided: `if p == nil { panic }` repeated for every field access of
//! `p`, or the same bounds check twice. Cranelift's GVN merges the equal
//! comparisons but does not know which way a dominating branch went.

use std::collections::HashMap;

use crate::dominance::DomTree;
use crate::entities::{Block, Value};
use crate::function::{Function, ValueDef};
use crate::ir::{InstData, IntCC};
use crate::types::Type;

/// A comparison operand: a value, or an integer constant by value (each
/// `iconst` is a new value, so constants are compared by contents).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Operand {
    Value(Value),
    Const(Type, i64),
}

type Key = (IntCC, Operand, Operand);

fn inverse(cc: IntCC) -> IntCC {
    match cc {
        IntCC::Eq => IntCC::Ne,
        IntCC::Ne => IntCC::Eq,
        IntCC::Slt => IntCC::Sge,
        IntCC::Sge => IntCC::Slt,
        IntCC::Sle => IntCC::Sgt,
        IntCC::Sgt => IntCC::Sle,
        IntCC::Ult => IntCC::Uge,
        IntCC::Uge => IntCC::Ult,
        IntCC::Ule => IntCC::Ugt,
        IntCC::Ugt => IntCC::Ule,
    }
}

/// The condition with its operands swapped (`a < b` is `b > a`).
fn swapped(cc: IntCC) -> IntCC {
    match cc {
        IntCC::Eq | IntCC::Ne => cc,
        IntCC::Slt => IntCC::Sgt,
        IntCC::Sgt => IntCC::Slt,
        IntCC::Sle => IntCC::Sge,
        IntCC::Sge => IntCC::Sle,
        IntCC::Ult => IntCC::Ugt,
        IntCC::Ugt => IntCC::Ult,
        IntCC::Ule => IntCC::Uge,
        IntCC::Uge => IntCC::Ule,
    }
}

fn operand(f: &Function, v: Value) -> Operand {
    if let ValueDef::Result(inst, 0) = f.value_def(v)
        && let InstData::Iconst { ty, imm } = f.inst(inst)
    {
        let bits = ty.bits();
        let imm = if bits < 64 {
            imm & ((1i64 << bits) - 1)
        } else {
            *imm
        };
        return Operand::Const(*ty, imm);
    }
    Operand::Value(v)
}

/// What a `brif` on `cond` tests, as a comparison key.
fn cond_key(f: &Function, cond: Value) -> Key {
    if let ValueDef::Result(inst, 0) = f.value_def(cond)
        && let InstData::Icmp { cc, args } = f.inst(inst)
    {
        return (*cc, operand(f, args[0]), operand(f, args[1]));
    }
    let ty = f.value_type(cond);
    (IntCC::Ne, Operand::Value(cond), Operand::Const(ty, 0))
}

/// Known comparison outcomes along the current dominator-tree path, with
/// an undo log.
#[derive(Default)]
struct Facts {
    known: HashMap<Key, bool>,
    undo: Vec<(Key, Option<bool>)>,
}

impl Facts {
    fn set(&mut self, key: Key, truth: bool) {
        let (cc, a, b) = key;
        for (k, t) in [
            ((cc, a, b), truth),
            ((inverse(cc), a, b), !truth),
            ((swapped(cc), b, a), truth),
            ((inverse(swapped(cc)), b, a), !truth),
        ] {
            let old = self.known.insert(k, t);
            self.undo.push((k, old));
        }
    }

    fn rollback(&mut self, mark: usize) {
        while self.undo.len() > mark {
            let Some((k, old)) = self.undo.pop() else {
                break;
            };
            match old {
                Some(t) => self.known.insert(k, t),
                None => self.known.remove(&k),
            };
        }
    }
}

/// Replaces each `brif` whose outcome is implied by the branches that
/// dominate it with a `jump`. Returns the number of branches folded.
/// Leaves unreachable blocks behind (run `remove_unreachable_blocks`).
pub fn fold_dominated_branches(f: &mut Function) -> usize {
    let tree = DomTree::compute(f);
    let Some(&entry) = tree.rpo().first() else {
        return 0;
    };
    // Incoming edge counts (an edge per successor entry).
    let mut edges = vec![0u32; f.blocks.len()];
    for &b in tree.rpo() {
        for s in f.successors(b) {
            edges[s.index()] += 1;
        }
    }
    enum Step {
        Enter(Block),
        Exit(usize),
    }
    let mut facts = Facts::default();
    let mut folded = 0;
    let mut stack = vec![Step::Enter(entry)];
    while let Some(step) = stack.pop() {
        let block = match step {
            Step::Exit(mark) => {
                facts.rollback(mark);
                continue;
            }
            Step::Enter(b) => b,
        };
        let mark = facts.undo.len();
        // The edge into a single-predecessor block decides its branch.
        if edges[block.index()] == 1
            && let Some(p) = tree.idom(block)
            && let Some(t) = f.terminator(p)
            && let InstData::Brif {
                cond,
                then_dest,
                else_dest,
            } = f.inst(t)
            && (then_dest.block == block) != (else_dest.block == block)
        {
            let key = cond_key(f, *cond);
            facts.set(key, then_dest.block == block);
        }
        if let Some(t) = f.terminator(block)
            && let InstData::Brif {
                cond,
                then_dest,
                else_dest,
            } = f.inst(t)
            && let Some(&truth) = facts.known.get(&cond_key(f, *cond))
        {
            let dest = if truth { then_dest } else { else_dest }.clone();
            f.insts[t.index()].data = InstData::Jump { dest };
            folded += 1;
        }
        stack.push(Step::Exit(mark));
        for &c in tree.children(block) {
            stack.push(Step::Enter(c));
        }
    }
    folded
}
