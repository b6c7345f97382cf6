//! The escape graph of one batch of functions and its solver (gc's
//! `escape/graph.go` and `escape/solve.go`).
//!
//! A *location* is storage: a variable, an allocation site (the object a
//! `&T{}`, `new`, `make`, closure, ... creates), a temporary, or one of the
//! pseudo-locations heap / mutator / callee / blank. An *edge* `dst <- src`
//! with `derefs` says that `*^derefs src` is assigned to `dst` (`derefs
//! = -1`: `dst = &src`). Solving walks backwards from every location
//! computing the minimal dereference count of every flow into it: a
//! location whose address (derefs -1, clamped at 0 on the path) reaches a
//! location that outlives it must be heap allocated; a parameter's value
//! reaching the heap or a result becomes its leak tag.

use crate::leaks::Leaks;

pub(crate) type LocId = usize;

/// Pseudo-locations, created first in every graph.
pub(crate) const HEAP: LocId = 0;
pub(crate) const MUTATOR: LocId = 1;
pub(crate) const CALLEE: LocId = 2;
pub(crate) const BLANK: LocId = 3;

pub(crate) const ESCAPES: u8 = 1;
/// The location must outlive its statement (not a transient temporary).
pub(crate) const PERSISTS: u8 = 2;
/// Something may write through a pointer held here.
pub(crate) const MUTATES: u8 = 4;
/// Something may call a function value held here.
pub(crate) const CALLS: u8 = 8;

/// Where values flow: a location and how many times what flows in is
/// dereferenced first (-1: its address).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Hole {
    pub dst: LocId,
    pub derefs: i32,
    pub addrtaken: bool,
}

impl Hole {
    pub fn to(dst: LocId) -> Hole {
        Hole {
            dst,
            derefs: 0,
            addrtaken: false,
        }
    }
    pub fn shift(self, delta: i32) -> Hole {
        Hole {
            dst: self.dst,
            derefs: (self.derefs + delta).max(-1),
            addrtaken: delta < 0,
        }
    }
    pub fn deref(self) -> Hole {
        self.shift(1)
    }
    pub fn addr(self) -> Hole {
        self.shift(-1)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum LocKind {
    Pseudo,
    /// A variable (an index into the batch's variable table).
    Var,
    /// An allocation site (an index into the batch's site table).
    Site(usize),
    Temp,
}

#[derive(Debug)]
pub(crate) struct Loc {
    pub kind: LocKind,
    /// The function (index into `Graph::fns`) the location belongs to.
    pub curfn: usize,
    /// Incoming edges: (source, derefs).
    pub edges: Vec<(LocId, i32)>,
    pub loop_depth: i32,
    /// For a result variable: its index among its function's results.
    pub result_index: Option<usize>,
    pub param: bool,
    pub attrs: u8,
    pub leaks: Leaks,
    pub captured: bool,
    pub reassigned: bool,
    pub addrtaken: bool,
    derefs: i32,
    walkgen: u32,
    queued: bool,
}

/// A function of the batch: declarations, closures and the wrappers of
/// `go`/`defer` calls, nested by `parent`.
#[derive(Debug)]
pub(crate) struct FnCtx {
    pub parent: Option<usize>,
    /// The closure's allocation site location, for closures.
    pub closure_site: Option<LocId>,
    /// Its results' locations.
    pub results: Vec<LocId>,
    /// A closure whose value reached an unknown call: its results may
    /// flow anywhere (gc's `ClosureResultsLost`).
    pub results_lost: bool,
}

#[derive(Default)]
pub(crate) struct Graph {
    pub locs: Vec<Loc>,
    pub fns: Vec<FnCtx>,
}

impl Graph {
    pub fn new() -> Graph {
        let mut g = Graph::default();
        g.fns.push(FnCtx {
            parent: None,
            closure_site: None,
            results: Vec::new(),
            results_lost: false,
        });
        for (i, attrs) in [ESCAPES | PERSISTS | MUTATES | CALLS, MUTATES, CALLS, 0]
            .into_iter()
            .enumerate()
        {
            let l = g.new_loc(LocKind::Pseudo, 0, 0, false);
            debug_assert_eq!(l, i);
            g.locs[l].attrs = attrs;
        }
        g
    }

    pub fn new_fn(&mut self, parent: Option<usize>) -> usize {
        self.fns.push(FnCtx {
            parent,
            closure_site: None,
            results: Vec::new(),
            results_lost: false,
        });
        self.fns.len() - 1
    }

    pub fn new_loc(
        &mut self,
        kind: LocKind,
        curfn: usize,
        loop_depth: i32,
        persists: bool,
    ) -> LocId {
        self.locs.push(Loc {
            kind,
            curfn,
            edges: Vec::new(),
            loop_depth,
            result_index: None,
            param: false,
            attrs: if persists { PERSISTS } else { 0 },
            leaks: Leaks::default(),
            captured: false,
            reassigned: false,
            addrtaken: false,
            derefs: 0,
            walkgen: 0,
            queued: false,
        });
        self.locs.len() - 1
    }

    pub fn has(&self, l: LocId, attr: u8) -> bool {
        self.locs[l].attrs & attr != 0
    }

    /// Records that what `k` describes receives `src` (gc's `flow`).
    pub fn flow(&mut self, k: Hole, src: LocId) {
        if k.addrtaken {
            self.locs[src].addrtaken = true;
        }
        let dst = k.dst;
        if dst == BLANK {
            return;
        }
        if dst == src && k.derefs >= 0 {
            // x = x, x = *x: nothing new flows.
            return;
        }
        if self.has(dst, ESCAPES) && k.derefs < 0 {
            // heap = &src
            self.locs[src].attrs |= ESCAPES | PERSISTS | MUTATES | CALLS;
            return;
        }
        self.locs[dst].edges.push((src, k.derefs));
    }

    /// Whether function `c` is nested (transitively) in function `f`.
    fn contains_closure(&self, f: usize, c: usize) -> bool {
        let mut p = self.fns[c].parent;
        while let Some(x) = p {
            if x == f {
                return true;
            }
            p = self.fns[x].parent;
        }
        false
    }

    /// Whether location `l` may outlive `other` (gc's `outlives`).
    fn outlives(&self, l: LocId, other: LocId) -> bool {
        if self.has(l, ESCAPES) {
            return true;
        }
        if l == MUTATOR || l == CALLEE {
            return false;
        }
        let (lf, of) = (self.locs[l].curfn, self.locs[other].curfn);
        if self.locs[l].result_index.is_some() {
            // Callers may keep a returned value forever, except a closure
            // whose every call is known (its results flow in its parent).
            return !self.contains_closure(of, lf) || self.fns[lf].results_lost;
        }
        if lf == of && self.locs[l].loop_depth < self.locs[other].loop_depth {
            return true;
        }
        self.contains_closure(lf, of)
    }

    /// Solves the graph: the fixed point of walking from every location
    /// (gc's `walkAll`).
    pub fn solve(&mut self) {
        let mut todo: std::collections::VecDeque<LocId> = std::collections::VecDeque::new();
        for l in 0..self.locs.len() {
            todo.push_front(l);
            self.locs[l].queued = true;
        }
        todo.push_front(MUTATOR);
        todo.push_front(CALLEE);
        todo.push_front(HEAP);
        let mut walkgen = 0u32;
        while let Some(root) = todo.pop_front() {
            self.locs[root].queued = false;
            walkgen += 1;
            let mut enqueue = Vec::new();
            self.walk_one(root, walkgen, &mut enqueue);
            for l in enqueue {
                if !self.locs[l].queued {
                    self.locs[l].queued = true;
                    if self.has(l, ESCAPES) {
                        todo.push_front(l);
                    } else {
                        todo.push_back(l);
                    }
                }
            }
        }
    }

    /// Minimal derefs from every location to `root` (gc's `walkOne`).
    fn walk_one(&mut self, root: LocId, walkgen: u32, enqueue: &mut Vec<LocId>) {
        self.locs[root].walkgen = walkgen;
        self.locs[root].derefs = 0;
        if self.has(root, CALLS)
            && let LocKind::Site(_) = self.locs[root].kind
            && let Some(f) = (0..self.fns.len()).find(|&f| self.fns[f].closure_site == Some(root))
            && !self.fns[f].results_lost
        {
            self.fns[f].results_lost = true;
            enqueue.extend(self.fns[f].results.iter().copied());
        }
        let mut todo = vec![root];
        while let Some(l) = todo.pop() {
            let mut derefs = self.locs[l].derefs;
            let mut new_attrs = 0u8;
            if derefs < 0 {
                // l's address flows to root.
                derefs = 0;
                if self.outlives(root, l) {
                    new_attrs |= ESCAPES | PERSISTS | MUTATES | CALLS;
                } else if self.has(root, PERSISTS) {
                    new_attrs |= PERSISTS;
                }
            }
            if derefs == 0 {
                new_attrs |= self.locs[root].attrs & (MUTATES | CALLS);
            }
            if self.locs[l].param {
                if self.outlives(root, l) {
                    self.leak_to(l, root, derefs);
                }
                if self.has(root, MUTATES) {
                    self.locs[l].leaks.add_mutator(derefs);
                }
                if self.has(root, CALLS) {
                    self.locs[l].leaks.add_callee(derefs);
                }
            }
            if new_attrs & !self.locs[l].attrs != 0 {
                self.locs[l].attrs |= new_attrs;
                enqueue.push(l);
                if self.has(l, ESCAPES) {
                    continue;
                }
            }
            for i in 0..self.locs[l].edges.len() {
                let (src, ed) = self.locs[l].edges[i];
                if self.has(src, ESCAPES) {
                    continue;
                }
                let d = derefs + ed;
                let s = &mut self.locs[src];
                if s.walkgen != walkgen || s.derefs > d {
                    s.walkgen = walkgen;
                    s.derefs = d;
                    todo.push(src);
                }
            }
        }
    }

    fn leak_to(&mut self, l: LocId, sink: LocId, derefs: i32) {
        if !self.has(sink, ESCAPES)
            && let Some(ri) = self.locs[sink].result_index
            && self.locs[sink].curfn == self.locs[l].curfn
            && ri < crate::leaks::NUM_RESULTS
        {
            self.locs[l].leaks.add_result(ri, derefs);
            return;
        }
        self.locs[l].leaks.add_heap(derefs);
    }
}
