//! Dominator tree (Cooper, Harvey, Kennedy: "A Simple, Fast Dominance
//! Algorithm") with constant-time dominance queries.

use crate::entities::Block;
use crate::function::Function;

/// The dominator tree of the blocks reachable from the entry.
pub struct DomTree {
    rpo: Vec<Block>,
    idom: Vec<Option<Block>>,
    children: Vec<Vec<Block>>,
    /// Pre/post numbers of a DFS of the tree: `a` dominates `b` iff
    /// `b`'s interval nests in `a`'s (walking idom chains would be
    /// quadratic on long functions).
    pre: Vec<u32>,
    post: Vec<u32>,
}

impl DomTree {
    /// Computes the tree of `f` (from its current terminators).
    pub fn compute(f: &Function) -> DomTree {
        let n = f.blocks.len();
        let rpo = f.reverse_postorder();
        let mut order = vec![usize::MAX; n];
        for (i, &b) in rpo.iter().enumerate() {
            order[b.index()] = i;
        }
        let mut preds: Vec<Vec<Block>> = vec![Vec::new(); n];
        for &b in &rpo {
            for s in f.successors(b) {
                preds[s.index()].push(b);
            }
        }
        let mut idom: Vec<Option<Block>> = vec![None; n];
        if let Some(&entry) = rpo.first() {
            idom[entry.index()] = Some(entry);
        }
        let intersect = |idom: &[Option<Block>], mut a: Block, mut b: Block| {
            while a != b {
                while order[a.index()] > order[b.index()] {
                    a = idom[a.index()].unwrap_or(a);
                }
                while order[b.index()] > order[a.index()] {
                    b = idom[b.index()].unwrap_or(b);
                }
            }
            a
        };
        let mut changed = true;
        while changed {
            changed = false;
            for &b in rpo.iter().skip(1) {
                let mut new: Option<Block> = None;
                for &p in &preds[b.index()] {
                    if idom[p.index()].is_none() {
                        continue;
                    }
                    new = Some(match new {
                        None => p,
                        Some(x) => intersect(&idom, p, x),
                    });
                }
                if new.is_some() && idom[b.index()] != new {
                    idom[b.index()] = new;
                    changed = true;
                }
            }
        }
        let mut children: Vec<Vec<Block>> = vec![Vec::new(); n];
        for &b in rpo.iter().skip(1) {
            if let Some(p) = idom[b.index()] {
                children[p.index()].push(b);
            }
        }
        let mut tree = DomTree {
            rpo,
            idom,
            children,
            pre: vec![u32::MAX; n],
            post: vec![0; n],
        };
        tree.number();
        tree
    }

    fn number(&mut self) {
        let Some(&root) = self.rpo.first() else {
            return;
        };
        let mut counter = 0u32;
        let mut stack = vec![(root, 0usize)];
        self.pre[root.index()] = counter;
        while let Some((b, i)) = stack.last_mut() {
            let b = *b;
            if let Some(&c) = self.children[b.index()].get(*i) {
                *i += 1;
                counter += 1;
                self.pre[c.index()] = counter;
                stack.push((c, 0));
            } else {
                counter += 1;
                self.post[b.index()] = counter;
                stack.pop();
            }
        }
    }

    /// Reachable blocks in reverse postorder.
    pub fn rpo(&self) -> &[Block] {
        &self.rpo
    }

    /// The immediate dominator (`None` for the entry and unreachable
    /// blocks).
    pub fn idom(&self, b: Block) -> Option<Block> {
        self.idom[b.index()].filter(|&d| d != b)
    }

    /// Blocks immediately dominated by `b`.
    pub fn children(&self, b: Block) -> &[Block] {
        &self.children[b.index()]
    }

    /// True if `b` is reachable from the entry.
    pub fn is_reachable(&self, b: Block) -> bool {
        self.pre[b.index()] != u32::MAX
    }

    /// True if every path from the entry to `b` goes through `a` (a block
    /// dominates itself). False if either is unreachable.
    pub fn dominates(&self, a: Block, b: Block) -> bool {
        let (pa, pb) = (self.pre[a.index()], self.pre[b.index()]);
        pa != u32::MAX && pb != u32::MAX && pa <= pb && self.post[b.index()] <= self.post[a.index()]
    }
}
