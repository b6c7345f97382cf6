//! Escape analysis: decides which variables and allocations of a package
//! can live in their function's frame and which must go to the heap, and
//! produces gc's `-m` diagnostics (`moved to heap: x`, `func literal does
//! not escape`, `leaking param: p`, ...). The model is gc's
//! `cmd/compile/internal/escape`.
//!
//! The contract with ssagen is [`Escapes`]: ssagen asks it, per variable
//! and per allocation site, whether the storage may live in the frame.
//! Anything not listed stays on the heap, so an incomplete analysis is
//! never unsound, only slower. [`addr_taken_var`] and [`base_var`] are
//! gc's address-taken rule, which ssagen's own scan shares.
//!
//! How it works (docs/escape.md): the declared functions are split into
//! strongly connected groups of the static call graph and analysed in
//! bottom-up order (`prepass.rs`); each group with its function literals
//! becomes one graph of locations and flows (`batch.rs`, built from
//! statements in `walk.rs` and expressions and calls in `expr.rs`),
//! solved in `graph.rs`; the parameters' resulting tags (`leaks.rs`) are
//! what later groups' calls use. `report.rs` words the `-m` lines.

use std::collections::{HashMap, HashSet};

use syntax::ast::{self, Expr, NodeId};
use syntax::{Pos, SourceFile};
use types::{Info, ObjId};

mod autotmp;
mod batch;
mod captures;
pub mod deadcode;
mod expr;
mod graph;
mod leaks;
mod prepass;
mod report;
mod util;
mod walk;

pub use captures::{addr_taken_var, base_var};

/// Escape facts for the whole (merged) file.
#[derive(Default)]
pub struct Escapes<'a> {
    /// Local variables (parameters and results included) that live in a
    /// heap cell: gc's `moved to heap: x`.
    pub moved_to_heap: HashSet<ObjId>,
    /// Variables captured by a function literal or whose address is
    /// taken (`&x`, `x[:]` of an array, a pointer-method call on `x`),
    /// found syntactically: the set gocc's conservative pass gave heap
    /// cells, for an ssagen that cannot yet keep them in its frame.
    pub captured_or_addr_taken: HashSet<ObjId>,
    /// Variables captured by function literals, per literal (by the
    /// literal's expression id), in order of first use.
    pub captures: HashMap<NodeId, Vec<ObjId>>,
    /// Captured variables that closures copy (capture by value, as gc
    /// does for a variable never reassigned after capture, at most 128
    /// bytes); every other captured variable is shared by reference.
    pub captured_by_value: HashSet<ObjId>,
    /// Allocation sites whose object does not escape, so it may live in
    /// the frame of the function that executes the site. A site is named
    /// by the id of the expression that allocates:
    /// - a function literal (`func literal does not escape`): the FuncLit;
    /// - `&T{...}`: the `&` unary expression;
    /// - `new(T)`, `make(...)`: the call;
    /// - `[]T{...}`: the composite literal;
    /// - the backing array of a call's `...` arguments: the call;
    /// - a value converted to an interface (implicitly or by `I(x)`): the
    ///   converted operand `x`;
    /// - a map literal `map[K]V{...}`: the composite literal;
    /// - a method value `x.M`: the selector expression;
    /// - `[]byte(s)`, `[]rune(s)`, `string(b)`, `string(r)`, `string(i)`:
    ///   the conversion call;
    /// - a string concatenation `a + b + c`: the outermost `+` expression
    ///   (the result's bytes);
    /// - `append(s, ...)`'s new backing store: the call.
    ///
    /// When one id names two sites (a `[]T{...}` literal that is also
    /// converted to an interface, a variadic call whose result is), it is
    /// listed only if neither escapes. A `make([]T, n)` with a
    /// non-constant size listed here does not escape, but its size is
    /// unknown: the frame can hold it only up to a size checked at run
    /// time (gc uses a 32-byte buffer then); sites too large for the
    /// frame (gc's 64 KB implicit limit, 128 KB for variables) are never
    /// listed.
    pub stack_sites: HashSet<NodeId>,
    /// Every function literal by id (ssagen queues them by id).
    pub lits: HashMap<NodeId, &'a Expr>,
    /// gc's `-m` lines for the user's package, in gc's order.
    pub diagnostics: Vec<(Pos, String)>,
}

/// Analyses every function of `file` (the merged program: the user's
/// package and the Go-source std packages it imports).
pub fn analyze<'a>(file: &'a ast::File, info: &Info) -> Escapes<'a> {
    run(file, info, None)
}

/// [`analyze`], also producing gc's `-m` lines for the user's part of
/// `src` (the merged program's source) in [`Escapes::diagnostics`].
pub fn analyze_with_diagnostics<'a>(
    file: &'a ast::File,
    info: &Info,
    src: &SourceFile,
) -> Escapes<'a> {
    run(file, info, Some(src))
}

fn run<'a>(file: &'a ast::File, info: &Info, src: Option<&SourceFile>) -> Escapes<'a> {
    let caps = captures::scan(file, info);
    let pre = prepass::Prepass::new(file, info);
    let closures = caps
        .captures
        .iter()
        .filter(|(_, c)| !c.is_empty())
        .map(|(&l, _)| l)
        .collect();
    let (batches, init_at) = pre.batches(file, info, &closures);
    let consts = pre.const_vars(info);
    let (autotmps, callee_tmps) = autotmp::number(file, info);
    let mut a = batch::Analysis {
        info,
        pre,
        caps,
        tags: HashMap::new(),
        printer: src.map(|s| {
            report::Printer::new(
                &s.text,
                info,
                consts.clone(),
                autotmps.clone(),
                callee_tmps.clone(),
            )
        }),
        consts,
        autotmps,
    };
    let mut out = batch::Out {
        esc: Escapes::default(),
        heap_ids: HashSet::new(),
        diags: Vec::new(),
        devirt: Vec::new(),
    };
    for (i, members) in batches.iter().enumerate() {
        if i == init_at {
            batch::run_init(&mut a, file, &mut out);
        }
        batch::run(&mut a, members, &mut out);
    }
    if init_at >= batches.len() {
        batch::run_init(&mut a, file, &mut out);
    }
    let mut esc = out.esc;
    for id in &out.heap_ids {
        esc.stack_sites.remove(id);
    }
    esc.captures = a.caps.captures;
    esc.captured_or_addr_taken = a.caps.captured_or_addr;
    esc.lits = a.caps.lits;
    // With -m gc prints each message as it is made (base.WarnfAt
    // flushes): batch by batch, in its order, neither sorted nor deduped.
    esc.diagnostics = out.devirt;
    esc.diagnostics.extend(out.diags);
    esc
}
