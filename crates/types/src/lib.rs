//! The Go type checker (the counterpart of `cmd/compile/internal/types2`).
//!
//! [`check`] resolves names, computes the type of every expression,
//! evaluates constants exactly and reports gc's error messages. Its result
//! is an [`Info`]: side tables keyed by AST node ids that ssagen reads.
//!
//! What later stages can rely on (see `info.rs` for each table):
//! - every expression node has an entry in `Info::expr_types` with its
//!   final type (untyped constants take their context's type or their
//!   default type; `nil` takes the type it is converted to), including
//!   type expressions, callees and builtin names; constants carry their
//!   value, and so do the objects of constant declarations;
//! - `v, ok := m[k]` / `x.(T)` / `<-ch` operands are recorded with
//!   `Mode::CommaOk` and the `(T, bool)` tuple type;
//! - interface methods found by selectors get `ObjKind::Func` objects
//!   with `recv: None` (one per interface type and name), so
//!   `Selection::method` and `uses` always name an object;
//! - blank package-level variables get objects (named `_`, no `defs`
//!   entry) so that `Initializer::lhs` lines up with the values;
//! - imported functions and variables are objects with `pkg` set to the
//!   import path (`fmt`, `os`); runtime-provided ones (`Object::runtime`)
//!   are declared in [`stdlib`], Go-source ones come from the std
//!   packages' own files, checked first as real packages ([`program`]).
//!
//! Deliberate approximations: `byte`/`rune` share ids with uint8/int32,
//! so messages print byte/rune unless the source spells uint8/int32 (gc
//! follows the spelling of each type); function types carry no parameter
//! names;
//! untyped float constants are exact rationals up to 8192-bit terms and
//! f64 beyond; an untyped complex constant is an `untyped float` typed
//! operand whose value is `ConstValue::Complex` (it defaults to
//! complex128). The checker runs on its own thread with a large stack so
//! deeply nested programs do not overflow it.

pub mod bigint;
mod check;
pub mod constant;
pub mod info;
pub mod lookup;
pub mod object;
pub mod program;
pub mod rat;
pub mod stdlib;
pub mod ty;

/// go/constant's `String` of a value (diagnostics, `-m` lines).
pub use check::constant::{const_string, quote_rune};
pub use check::spells;
pub use constant::ConstValue;
pub use info::{Info, Initializer, Mode, PackageInit, Selection, SelectionKind, TypeAndValue};
pub use object::{Builtin, ObjId, ObjKind, Object, Receiver, VarKind};
pub use ty::{
    BasicKind, ChanDir, InterfaceMethod, NamedType, Signature, StructField, Type, TypeId, TypeTable,
};

use syntax::{Diagnostic, SourceFile, ast};

/// Type-checks one `package main` file that imports no Go-source std
/// package (see [`program::Program`] for whole programs). On errors
/// returns them sorted by position (gc reports at most 10, then `too many
/// errors`).
pub fn check(file: &ast::File, src: &SourceFile) -> Result<Info, Vec<Diagnostic>> {
    let pkg = check::PackageFiles {
        path: "main",
        files: std::slice::from_ref(file),
        std: false,
        errors: &[],
    };
    check_packages(&[pkg], src, Unit::Program)
}

/// What the user's file is checked as.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Unit {
    /// A program for `gocc build`/`run`: its package must be `main` (gocc
    /// builds executables only).
    #[default]
    Program,
    /// A package of any name, as `go tool compile` checks one (`gocc tool
    /// compile`; most of Go's `// errorcheck` tests are `package p`).
    Package,
}

/// Type-checks `packages` (each after the packages it imports), the last
/// as `unit`; all positions are in `src`.
pub(crate) fn check_packages(
    packages: &[check::PackageFiles<'_>],
    src: &SourceFile,
    unit: Unit,
) -> Result<Info, Vec<Diagnostic>> {
    // Checking recurses over the AST; give deeply nested programs room
    // (syntax::stack: a large stack, committed only as it is used, with
    // the guard's clear error past it). A panic would be a checker bug:
    // report it as an internal error rather than crash.
    let run = || check::Checker::new(src).with_unit(unit).run(packages);
    syntax::stack::run_catching(run).unwrap_or_else(|p| {
        let what = p
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| p.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        Err(vec![Diagnostic::new(
            0,
            format!("internal compiler error: type checker panicked: {what}"),
        )])
    })
}
