//! IR-to-IR passes, run between ssagen and codegen.
//!
//! The defer lowering of issue #3 belongs here: it will choose each
//! function's strategy (open-coded / stack / heap, gc's rules), rewrite
//! calls that may panic into `try_call`s to a landing pad, and record the
//! choice and its reason in `Function::annotations`.

mod dead_blocks;

pub use dead_blocks::remove_unreachable_blocks;
