//! IR-to-IR passes, run between ssagen and codegen.
//!
//! The defer lowering of issue #3 belongs here: it will choose each
//! function's strategy (open-coded / stack / heap, gc's rules), rewrite
//! calls that may panic into `try_call`s to a landing pad, and record the
//! choice and its reason in `Function::annotations`.

mod dead_blocks;
mod inline;

pub use dead_blocks::remove_unreachable_blocks;
pub use inline::inline_leaf_functions;

use crate::module::Module;

/// The optimisation pipeline run between ssagen and codegen: inlining of
/// small leaf functions when `optimize` is on (off under `-N`, as gc's
/// `-N` disables inlining), then dead-block removal. The defer lowering
/// (issue #3) runs after this.
pub fn optimize(m: &mut Module, optimize: bool) {
    if optimize {
        inline_leaf_functions(m);
    }
    for f in &mut m.functions {
        remove_unreachable_blocks(f);
    }
}
