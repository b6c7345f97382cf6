//! Straight-line block fusion (gc's `fuse` pass, its plain case): a block
//! that ends in `jump C(args)` where it is `C`'s only predecessor absorbs
//! `C`, whose parameters become the jump's arguments.
//!
//! Inlining splits the caller's block at every inlined call, so without
//! this a chain of inlined calls is a chain of blocks as long as the
//! chain of calls: 100,000 nested `f(f(...))` make a dominator tree
//! 200,000 deep, and Cranelift's egraph pass spends time proportional to
//! that depth for every pure instruction (`depth_of_block_in_gvn_map`
//! searches the dominator-tree stack linearly), which is quadratic.

use std::collections::HashMap;

use crate::entities::Value;
use crate::function::Function;
use crate::ir::InstData;

/// Fuses every `jump` into its target when the jumping block is the
/// target's only predecessor (and both are equally hot or cold). Returns
/// the number of blocks absorbed.
pub fn fuse_straight_line_blocks(f: &mut Function) -> usize {
    let Some(entry) = f.entry_block() else {
        return 0;
    };
    let mut preds = vec![0u32; f.blocks.len()];
    for &b in &f.layout {
        for s in f.successors(b) {
            preds[s.index()] += 1;
        }
    }
    let mut absorbed = vec![false; f.blocks.len()];
    let mut subst: HashMap<Value, Value> = HashMap::new();
    let mut count = 0;
    for i in 0..f.layout.len() {
        let b = f.layout[i];
        if absorbed[b.index()] {
            continue;
        }
        // `b` may absorb a chain: after absorbing `c` it ends in `c`'s
        // terminator.
        while let Some(t) = f.terminator(b) {
            let InstData::Jump { dest } = f.inst(t) else {
                break;
            };
            let c = dest.block;
            if c == b
                || c == entry
                || preds[c.index()] != 1
                || f.blocks[c.index()].cold != f.blocks[b.index()].cold
            {
                break;
            }
            let args = dest.args.clone();
            let params = std::mem::take(&mut f.blocks[c.index()].params);
            for (p, a) in params.into_iter().zip(args) {
                subst.insert(p, a);
            }
            f.blocks[b.index()].insts.pop();
            let moved = std::mem::take(&mut f.blocks[c.index()].insts);
            for &inst in &moved {
                f.insts[inst.index()].block = b;
            }
            f.blocks[b.index()].insts.extend(moved);
            absorbed[c.index()] = true;
            count += 1;
        }
    }
    if count > 0 {
        f.layout.retain(|b| !absorbed[b.index()]);
        // A jump argument may itself be an absorbed parameter.
        let resolve = |mut v: Value| {
            while let Some(&n) = subst.get(&v) {
                v = n;
            }
            v
        };
        f.substitute_values(resolve);
    }
    count
}
