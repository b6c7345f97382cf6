//! IR-to-IR passes, run between ssagen and codegen.
//!
//! The defer lowering of issue #3 belongs here: it will choose each
//! function's strategy (open-coded / stack / heap, gc's rules), rewrite
//! calls that may panic into `try_call`s to a landing pad, and record the
//! choice and its reason in `Function::annotations`.

mod branches;
mod dead_blocks;
pub mod defer;
mod inline;

pub use branches::fold_dominated_branches;
pub use dead_blocks::remove_unreachable_blocks;
pub use defer::route_calls_to_landing_pad;
pub use inline::inline_leaf_functions;

use crate::module::Module;

/// The optimisation pipeline run between ssagen and codegen. When
/// `optimize` is on (off under `-N`, which in gc disables inlining and
/// nil-check elimination too): inlining of small leaf functions, then
/// folding of branches decided by dominating ones (repeated nil and
/// bounds checks). Always: dead-block removal. The defer lowering
/// (issue #3) runs after this.
pub fn optimize(m: &mut Module, optimize: bool) {
    if optimize {
        inline_leaf_functions(m);
    }
    for f in &mut m.functions {
        if optimize {
            fold_dominated_branches(f);
        }
        remove_unreachable_blocks(f);
    }
}
