//! IR-to-IR passes, run between ssagen and codegen.
//!
//! [`lower_defers`] (issue #3, docs/defer.md) runs first: it chooses each
//! function's defer strategy (open-coded / stack / heap, gc's rules) from
//! the abstract defer instructions ssagen emits, rewrites them, routes the
//! calls that may panic into `try_call`s to the landing pad, and records
//! the choice and its reason in `Function::annotations`.

mod bce;
mod branches;
mod clear_loop;
mod cold_args;
mod dead_blocks;
pub mod defer;
mod defer_lower;
mod defer_plan;
mod fuse;
mod inline;
mod slot_forward;

pub use bce::eliminate_bounds_checks;
pub use branches::fold_dominated_branches;
pub use clear_loop::clear_loops_to_memclr;
pub use cold_args::panic_args_on_stack;
pub use dead_blocks::remove_unreachable_blocks;
pub use defer::{may_panic, route_calls_to_landing_pad};
pub use defer_lower::{lower_defers, lower_defers_with, lower_function_defers, tail_call_target};
pub use defer_plan::{DeferPlan, MAX_OPEN_DEFERS, MAX_RETURNS_TIMES_DEFERS, Strategy, plan_defers};
pub use fuse::fuse_straight_line_blocks;
pub use inline::inline_leaf_functions;
pub use slot_forward::forward_stack_slots;

use crate::module::Module;

/// The optimisation pipeline run between ssagen and codegen. When
/// `optimize` is on (off under `-N`, which in gc disables inlining and
/// nil-check elimination too): inlining of small leaf functions, then
/// fusion of straight-line blocks, store-to-load forwarding over private
/// stack slots, folding of branches decided by dominating ones (repeated nil and
/// bounds checks). Always: dead-block removal. Run [`lower_defers`]
/// first.
pub fn optimize(m: &mut Module, optimize: bool) {
    optimize_with(m, optimize, optimize);
}

/// [`optimize`] with inlining chosen apart: gc's `-l` turns inlining off
/// and leaves the other optimizations on.
pub fn optimize_with(m: &mut Module, optimize: bool, inline: bool) {
    if inline {
        inline_leaf_functions(m);
    }
    for f in &mut m.functions {
        if optimize {
            fuse_straight_line_blocks(f);
            // Loads of private stack slots (open-coded defers' closure
            // slots, closure records in the frame) see their stores;
            // after fusion, which turns an inlined body's parameters
            // into the caller's values (addresses among them).
            forward_stack_slots(f);
            fold_dominated_branches(f);
            // perf: counted-loop bounds checks, clearing loops, and
            // bounds-check panics with stack arguments (see each file).
            eliminate_bounds_checks(f);
            clear_loops_to_memclr(f);
            panic_args_on_stack(f);
        }
        remove_unreachable_blocks(f);
    }
}
