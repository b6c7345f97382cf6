//! The closure of a `defer` statement (gc's wrapping): `defer f(args)`
//! evaluates `f` and the arguments at the statement (the normalization
//! shared with `go`, `godefer.rs`) into a zero-argument closure
//! `{&f.deferwrapN, captured values...}`; the deferwrap loads the captured
//! values and calls the target. A deferwrap whose target returns nothing
//! tail-calls it (`passes::lower_defers` turns its final call into
//! `return_call`), so the target's caller is the frame running the
//! deferred calls, as `recover` requires.

use ssa::{Type as T, Value};
use syntax::ast::Expr;

use crate::func::Fx;
use crate::godefer::{GoDefer, WrapStorage};

/// Bytes in front of the heap closure of a defer in a loop, for its
/// record (`ssa::DeferSite::in_loop`, runtime `DeferRec`).
const HEAP_RECORD: u64 = 32;

impl Fx<'_, '_, '_> {
    /// The closure run for `defer call`, with the function value and the
    /// arguments evaluated now: in the frame, or for a defer in a loop
    /// (`heap`), whose closure outlives the iteration, on the heap after
    /// room for its record. The deferwrap's name, if one was built, is
    /// left in `FrameDefers::last_wrapper` for the `defer` instruction.
    pub(crate) fn deferred_closure(&mut self, call: &Expr, heap: bool) -> Value {
        match self.normalize_go_defer(call, "defer") {
            // `defer f()` of a func() value: the value is the closure (nil
            // panics when the deferred call runs).
            Some(GoDefer::FuncValue(f)) => f,
            Some(GoDefer::Wrapped(wc)) => {
                let at = if heap {
                    WrapStorage::Heap {
                        prefix: HEAP_RECORD,
                    }
                } else {
                    WrapStorage::Frame
                };
                let (clo, name) = self.wrap_closure(wc, "deferwrap", at);
                if let Some(d) = self.defers.as_mut() {
                    d.last_wrapper = Some(name);
                }
                clo
            }
            None => self.b.iconst(T::I64, 0),
        }
    }
}
