//! Go source text to AST: positions, diagnostics, the lexer (logos, with
//! Go's automatic semicolon insertion) and the parser (lalrpop).

pub mod ast;
pub mod diag;
pub mod pos;

pub use diag::Diagnostic;
pub use pos::{Pos, SourceFile};
