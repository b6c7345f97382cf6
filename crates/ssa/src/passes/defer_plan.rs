//! gc's choice of defer strategy for one function (issue #3,
//! docs/defer.md), read from the abstract defer instructions ssagen emits.
//!
//! - **open-coded** when optimizing (not `-N`), at most 8 defers, none in
//!   a loop, no result moved to the heap by escape analysis
//!   ([`Function::heap_results`]), and explicit returns × defers ≤ 15;
//! - otherwise a record per defer: **heap-allocated** for a defer in a
//!   loop, **stack-allocated** for the others.
//!
//! Loop-ness and the counts are syntactic facts (gc takes them from
//! escape analysis' loop depth and the statements its front end keeps
//! after dead-code elimination): ssagen attaches them to `defer` and
//! `defer_entry`. gc counts the `defer` statements of its IR, not those
//! of the code that is finally generated, so the counted ones
//! (`defer_entry`) can differ from the `defer` instructions left in the
//! IR (a `defer` after a `break` is counted, and is in a loop, but is
//! unreachable).

use crate::function::Function;
use crate::ir::{DeferSite, DeferStmt, InstData};

/// gc's limit on open-coded defers per function.
pub const MAX_OPEN_DEFERS: usize = 8;
/// gc's limit on explicit returns × defers for open-coding.
pub const MAX_RETURNS_TIMES_DEFERS: usize = 15;

/// How one `defer` is compiled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Strategy {
    /// A `deferBits` bit and a closure slot in the frame.
    OpenCoded,
    /// A record in the frame (`runtime.deferprocStack`).
    StackRecord,
    /// A heap record (`runtime.deferproc`): a defer in a loop.
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

/// The decision for one function.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeferPlan {
    /// The `defer` instructions of the IR, in source order (bit `i` of
    /// `deferBits` is `sites[i]` when open-coded).
    pub sites: Vec<DeferSite>,
    /// The `defer` statements gc counts, in source order; `-d=defer`
    /// prints the `reported` ones.
    pub stmts: Vec<DeferStmt>,
    /// Explicit `return` statements gc counts.
    pub returns: u32,
    /// Open-coded (else records).
    pub open: bool,
    /// Why, e.g. `open-coded: 2 defers, 2 returns (4 <= 15), none in a
    /// loop` or `records: the defer at line 8 is in a loop`.
    pub reason: String,
}

impl DeferPlan {
    /// The strategy of `sites[i]`.
    pub fn strategy(&self, i: usize) -> Strategy {
        self.strategy_for(self.sites[i].in_loop)
    }

    /// The strategy of a defer statement in a loop or not.
    pub fn strategy_for(&self, in_loop: bool) -> Strategy {
        if self.open {
            Strategy::OpenCoded
        } else if in_loop {
            Strategy::HeapRecord
        } else {
            Strategy::StackRecord
        }
    }
}

/// Chooses the strategy of `f` from its `defer_entry` and `defer`
/// instructions; None when it has no `defer_entry`.
pub fn plan_defers(f: &Function, optimize: bool) -> Option<DeferPlan> {
    let mut entry = None;
    let mut sites = Vec::new();
    for &b in &f.layout {
        for &i in f.block_insts(b) {
            match f.inst(i) {
                InstData::DeferEntry {
                    returns, defers, ..
                } => entry = Some((*returns, defers.clone())),
                InstData::Defer { site, .. } => sites.push(site.clone()),
                _ => {}
            }
        }
    }
    let (returns, mut stmts) = entry?;
    sites.sort_by_key(|s| s.pos);
    stmts.sort_by_key(|s| s.pos);
    let (open, reason) = choose(&stmts, returns as usize, optimize, f.heap_results);
    Some(DeferPlan {
        sites,
        stmts,
        returns,
        open,
        reason,
    })
}

/// gc's rules, in the order gc checks them; the reason names the rule
/// that failed.
fn choose(sites: &[DeferStmt], r: usize, optimize: bool, heap_results: bool) -> (bool, String) {
    let n = sites.len();
    if !optimize {
        return (false, "records: optimizations off (-N)".into());
    }
    if let Some(s) = sites.iter().find(|s| s.in_loop) {
        return (
            false,
            format!("records: the defer at line {} is in a loop", s.line),
        );
    }
    if n > MAX_OPEN_DEFERS {
        return (false, format!("records: {n} defers (> {MAX_OPEN_DEFERS})"));
    }
    if heap_results {
        return (false, "records: a result is moved to the heap".into());
    }
    if r * n > MAX_RETURNS_TIMES_DEFERS {
        return (
            false,
            format!(
                "records: {r} returns x {n} defers = {} > {MAX_RETURNS_TIMES_DEFERS}",
                r * n
            ),
        );
    }
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    (
        true,
        format!(
            "open-coded: {n} defer{}, {r} return{} ({} <= {MAX_RETURNS_TIMES_DEFERS}), none in a loop",
            plural(n),
            plural(r),
            r * n
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(line: u32, in_loop: bool) -> DeferStmt {
        DeferStmt {
            pos: line * 100,
            line,
            col: 2,
            in_loop,
            reported: true,
        }
    }

    #[test]
    fn gc_rules() {
        let two = [site(3, false), site(4, false)];
        assert_eq!(
            choose(&two, 2, true, false),
            (
                true,
                "open-coded: 2 defers, 2 returns (4 <= 15), none in a loop".into()
            )
        );
        assert_eq!(
            choose(&two, 2, false, false).1,
            "records: optimizations off (-N)"
        );
        let looped = [site(3, false), site(7, true)];
        assert_eq!(
            choose(&looped, 0, true, false).1,
            "records: the defer at line 7 is in a loop"
        );
        let four = [
            site(1, false),
            site(2, false),
            site(3, false),
            site(4, false),
        ];
        assert!(choose(&four, 3, true, false).0);
        assert_eq!(
            choose(&four, 4, true, false).1,
            "records: 4 returns x 4 defers = 16 > 15"
        );
        let nine: Vec<DeferStmt> = (1..=9).map(|l| site(l, false)).collect();
        assert_eq!(choose(&nine, 0, true, false).1, "records: 9 defers (> 8)");
        let one = [site(1, false)];
        assert_eq!(
            choose(&one, 1, true, false).1,
            "open-coded: 1 defer, 1 return (1 <= 15), none in a loop"
        );
        assert_eq!(
            choose(&one, 1, true, true).1,
            "records: a result is moved to the heap"
        );
    }
}
