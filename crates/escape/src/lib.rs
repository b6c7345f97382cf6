//! Escape analysis: decides which variables and allocations of a package
//! can live in their function's frame and which must go to the heap, and
//! produces gc's `-m` diagnostics (`moved to heap: x`, `func literal does
//! not escape`, `leaking param: p`, ...). The model is gc's
//! `cmd/compile/internal/escape`.
//!
//! The contract with ssagen is [`Escapes`]: ssagen asks it, per variable
//! and per allocation site, whether the storage may live in the frame.
//! Anything not listed stays on the heap, so an incomplete analysis is
//! never unsound, only slower.

use std::collections::{HashMap, HashSet};

use syntax::Pos;
use syntax::ast::{self, Expr, NodeId};
use types::{Info, ObjId};

mod walk;

/// Escape facts for the whole (merged) file.
#[derive(Default)]
pub struct Escapes<'a> {
    /// Local variables (parameters and results included) that live in a
    /// heap cell: gc's `moved to heap: x`.
    pub moved_to_heap: HashSet<ObjId>,
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
    ///   converted operand `x`.
    pub stack_sites: HashSet<NodeId>,
    /// Every function literal by id (ssagen queues them by id).
    pub lits: HashMap<NodeId, &'a Expr>,
    /// gc's `-m` lines for the user's package, in gc's order.
    pub diagnostics: Vec<(Pos, String)>,
}

/// Analyses every function of `file` (the merged program: the user's
/// package and the Go-source std packages it imports).
pub fn analyze<'a>(file: &'a ast::File, info: &Info) -> Escapes<'a> {
    walk::analyze(file, info)
}
