//! Go source text to AST: positions, diagnostics, the lexer (logos, with
//! Go's automatic semicolon insertion) and the parser (lalrpop).

pub mod ast;
mod build;
pub mod diag;
mod errors;
pub mod lexer;
pub mod literal;
mod parser;
pub mod pos;
pub mod token;

pub use diag::Diagnostic;
pub use parser::parse_file;
pub use pos::{Pos, SourceFile};
