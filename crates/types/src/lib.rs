//! The Go type checker (the counterpart of `cmd/compile/internal/types2`).
//!
//! [`check`] resolves names, computes the type of every expression,
//! evaluates constants exactly and reports gc's error messages. Its result
//! is an [`Info`]: side tables keyed by AST node ids that ssagen reads.

pub mod bigint;
mod check;
pub mod constant;
pub mod info;
pub mod object;
pub mod rat;
pub mod stdlib;
pub mod ty;

pub use constant::ConstValue;
pub use info::{Info, Initializer, Mode, Selection, SelectionKind, TypeAndValue};
pub use object::{Builtin, ObjId, ObjKind, Object, Receiver, VarKind};
pub use ty::{
    BasicKind, ChanDir, InterfaceMethod, NamedType, Signature, StructField, Type, TypeId, TypeTable,
};

use syntax::{Diagnostic, SourceFile, ast};

/// Type-checks one `package main` file. On errors returns them sorted by
/// position (gc reports at most 10, then `too many errors`).
pub fn check(file: &ast::File, src: &SourceFile) -> Result<Info, Vec<Diagnostic>> {
    check::Checker::new(file, src).run()
}
