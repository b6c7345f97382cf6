//! gocc's SSA IR, modelled on Cranelift IR: a [`Module`] of [`Function`]s
//! and [`DataObject`]s; functions are blocks with parameters (no phi
//! nodes) holding instructions over scalar values ([`Type`]).
//!
//! - [`FunctionBuilder`] appends instructions and builds SSA form for
//!   mutable variables on the fly (`declare_var` / `def_var` / `use_var`).
//! - [`print`] renders the text format used by `gocc --emit-ssa` and
//!   golden tests (also available through `Display`).
//! - [`verify`] checks structure, types and dominance.
//! - [`passes`] holds IR-to-IR passes (defer lowering goes there).

pub mod builder;
pub mod entities;
pub mod function;
pub mod ir;
pub mod module;
pub mod passes;
pub mod print;
pub mod types;
pub mod verify;

pub use builder::FunctionBuilder;
pub use entities::{Block, Inst, StackSlot, Value, Var};
pub use function::{BlockData, Function, InstNode, StackSlotData, ValueData, ValueDef};
pub use ir::{BinaryOp, BlockCall, Callee, ConvOp, FloatCC, InstData, IntCC, UnaryOp};
pub use module::{DataObject, Extern, ExternKind, Module, Reloc};
pub use print::{print_function, print_module};
pub use types::{CallConv, Linkage, Signature, Type};
pub use verify::{verify_function, verify_module};
