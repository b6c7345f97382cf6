//! Bounds-check elimination for counted loops.
//!
//! A bounds check is `brif (icmp uge i, n), panic, ok`: unsigned, so one
//! compare rejects negative indexes too. In
//!
//! ```go
//! for j := i + 1; j < len(s); j++ { s[j] }
//! ```
//!
//! the loop condition `j < n` (signed) dominates the check, and `j` is
//! never negative: it starts at a non-negative value and only grows by one
//! on paths where `j < something` held, so it cannot overflow. Together
//! they decide `j <u n`, and the check's branch becomes a jump to `ok`
//! (`fold_dominated_branches` folds only checks repeated verbatim; gc's
//! prove pass does this and more).
//!
//! Non-negative values: `iconst` >= 0; `iadd x, 1` where `x` is
//! non-negative and a dominating branch established `x <s y` for some `y`
//! (so `x + 1 <= y` does not wrap); block parameters all of whose incoming
//! arguments are non-negative. Loops are handled optimistically (the
//! largest set closed under these rules), which is sound: every value in
//! it is non-negative by induction on the order of execution.

use std::collections::HashSet;

use crate::dominance::DomTree;
use crate::entities::{Block, Value};
use crate::function::{Function, ValueDef};
use crate::ir::{BinaryOp, InstData, IntCC};
use crate::types::Type;

/// What a comparison looks like with its operands in a fixed order:
/// `(a < b)` with the comparison's truth, or nothing for others.
enum Less {
    Signed(Value, Value, bool),
    Unsigned(Value, Value, bool),
}

fn icmp_of(f: &Function, cond: Value) -> Option<(IntCC, Value, Value)> {
    if let ValueDef::Result(inst, 0) = f.value_def(cond)
        && let InstData::Icmp { cc, args } = f.inst(inst)
    {
        return Some((*cc, args[0], args[1]));
    }
    None
}

/// `cond == truth` as a `<` fact (`a >= b` false is `a < b` true, ...).
fn as_less(f: &Function, cond: Value, truth: bool) -> Option<Less> {
    let (cc, a, b) = icmp_of(f, cond)?;
    Some(match cc {
        IntCC::Slt => Less::Signed(a, b, truth),
        IntCC::Sgt => Less::Signed(b, a, truth),
        IntCC::Sge => Less::Signed(a, b, !truth),
        IntCC::Sle => Less::Signed(b, a, !truth),
        IntCC::Ult => Less::Unsigned(a, b, truth),
        IntCC::Ugt => Less::Unsigned(b, a, truth),
        IntCC::Uge => Less::Unsigned(a, b, !truth),
        IntCC::Ule => Less::Unsigned(b, a, !truth),
        IntCC::Eq | IntCC::Ne => return None,
    })
}

/// For each block entered by the only edge from a `brif` in its immediate
/// dominator: the branch condition and which way it went.
fn edge_facts(f: &Function, tree: &DomTree) -> Vec<Option<(Value, bool)>> {
    let mut edges = vec![0u32; f.blocks.len()];
    for &b in tree.rpo() {
        for s in f.successors(b) {
            edges[s.index()] += 1;
        }
    }
    let mut facts = vec![None; f.blocks.len()];
    for &b in tree.rpo() {
        if edges[b.index()] != 1 {
            continue;
        }
        if let Some(p) = tree.idom(b)
            && let Some(t) = f.terminator(p)
            && let InstData::Brif {
                cond,
                then_dest,
                else_dest,
            } = f.inst(t)
            && (then_dest.block == b) != (else_dest.block == b)
        {
            facts[b.index()] = Some((*cond, then_dest.block == b));
        }
    }
    facts
}

struct Ctx<'a> {
    f: &'a Function,
    tree: &'a DomTree,
    facts: Vec<Option<(Value, bool)>>,
}

impl Ctx<'_> {
    /// Whether some branch dominating `block` established `pred`.
    fn known(&self, block: Block, pred: impl Fn(Less) -> bool) -> bool {
        let mut b = Some(block);
        while let Some(cur) = b {
            if let Some((cond, truth)) = self.facts[cur.index()]
                && let Some(l) = as_less(self.f, cond, truth)
                && pred(l)
            {
                return true;
            }
            b = self.tree.idom(cur);
        }
        false
    }

    /// `x <s y` for some `y`, at `block`.
    fn bounded_above(&self, block: Block, x: Value) -> bool {
        self.known(block, |l| matches!(l, Less::Signed(a, _, true) if a == x))
    }
}

fn iconst(f: &Function, v: Value) -> Option<i64> {
    if let ValueDef::Result(inst, 0) = f.value_def(v)
        && let InstData::Iconst { ty: Type::I64, imm } = f.inst(inst)
    {
        return Some(*imm);
    }
    None
}

/// The non-negative `i64` values of `f` (see the module comment).
fn nonneg_values(cx: &Ctx) -> HashSet<Value> {
    let f = cx.f;
    // Incoming arguments per block parameter; None when some edge into the
    // block does not pass them all (a try_call's results).
    let mut incoming: Vec<Option<Vec<Vec<Value>>>> = f
        .blocks
        .iter()
        .map(|b| Some(vec![Vec::new(); b.params.len()]))
        .collect();
    for &b in cx.tree.rpo() {
        let Some(t) = f.terminator(b) else { continue };
        let plain = matches!(
            f.inst(t),
            InstData::Jump { .. } | InstData::Brif { .. } | InstData::BrTable { .. }
        );
        for edge in f.inst(t).successors() {
            let slot = &mut incoming[edge.block.index()];
            match slot {
                Some(lists) if plain && edge.args.len() == lists.len() => {
                    for (l, &a) in lists.iter_mut().zip(&edge.args) {
                        l.push(a);
                    }
                }
                _ => *slot = None,
            }
        }
    }
    // The entry block's parameters are the function's arguments.
    if let Some(&entry) = cx.tree.rpo().first() {
        incoming[entry.index()] = None;
    }
    // Candidates, then removal of those whose rule fails until stable.
    let mut set: HashSet<Value> = HashSet::new();
    for &b in cx.tree.rpo() {
        for &p in f.block_params(b) {
            if f.value_type(p) == Type::I64 && incoming[b.index()].is_some() {
                set.insert(p);
            }
        }
        for &i in f.block_insts(b) {
            if let [r] = f.inst_results(i)
                && f.value_type(*r) == Type::I64
                && matches!(
                    f.inst(i),
                    InstData::Iconst { .. }
                        | InstData::Binary {
                            op: BinaryOp::Iadd,
                            ..
                        }
                )
            {
                set.insert(*r);
            }
        }
    }
    loop {
        let keep = |v: &Value, set: &HashSet<Value>| -> bool {
            match f.value_def(*v) {
                ValueDef::Param(b, n) => incoming[b.index()]
                    .as_ref()
                    .is_some_and(|lists| lists[n as usize].iter().all(|a| set.contains(a))),
                ValueDef::Result(inst, _) => match f.inst(inst) {
                    InstData::Iconst { imm, .. } => *imm >= 0,
                    InstData::Binary {
                        op: BinaryOp::Iadd,
                        args,
                    } => {
                        let block = f.insts[inst.index()].block;
                        let step = |x: Value, c: Value| {
                            iconst(f, c) == Some(1)
                                && set.contains(&x)
                                && cx.bounded_above(block, x)
                        };
                        step(args[0], args[1]) || step(args[1], args[0])
                    }
                    _ => false,
                },
            }
        };
        let drop: Vec<Value> = set.iter().copied().filter(|v| !keep(v, &set)).collect();
        if drop.is_empty() {
            return set;
        }
        for v in drop {
            set.remove(&v);
        }
    }
}

/// Replaces each bounds-check branch `brif (icmp uge i, n)` whose outcome
/// is decided (false) by a dominating `i <s n` and `i >= 0` with a jump to
/// its else edge. Returns the number of checks removed. Leaves the panic
/// blocks unreachable (run `remove_unreachable_blocks`).
pub fn eliminate_bounds_checks(f: &mut Function) -> usize {
    let tree = DomTree::compute(f);
    let cx = Ctx {
        f,
        tree: &tree,
        facts: edge_facts(f, &tree),
    };
    let mut nonneg: Option<HashSet<Value>> = None;
    let mut fold = Vec::new();
    for &b in tree.rpo() {
        let Some(t) = f.terminator(b) else { continue };
        let InstData::Brif { cond, .. } = f.inst(t) else {
            continue;
        };
        // The check's "out of range" outcome: `i >=u n` (or `n <=u i`).
        let Some(Less::Unsigned(i, n, false)) = as_less(f, *cond, true) else {
            continue;
        };
        if i == n {
            continue;
        }
        let in_range = cx.known(b, |l| match l {
            Less::Signed(a, c, true) | Less::Unsigned(a, c, true) => a == i && c == n,
            _ => false,
        });
        if !in_range {
            continue;
        }
        let set = nonneg.get_or_insert_with(|| nonneg_values(&cx));
        let unsigned_known = cx.known(
            b,
            |l| matches!(l, Less::Unsigned(a, c, true) if a == i && c == n),
        );
        if unsigned_known || set.contains(&i) {
            fold.push(t);
        }
    }
    for &t in &fold {
        if let InstData::Brif { else_dest, .. } = f.inst(t) {
            let dest = else_dest.clone();
            f.insts[t.index()].data = InstData::Jump { dest };
        }
    }
    fold.len()
}
