//! Go source text to AST: positions, diagnostics, the lexer (logos, with
//! Go's automatic semicolon insertion) and the parser (lalrpop).

// `Decl::Func` is much larger than the other variants; boxing it would
// change the AST other crates are written against.
#[allow(clippy::large_enum_variant)]
pub mod ast;
mod build;
pub mod diag;
mod errors;
pub mod lexer;
pub mod literal;
mod parser;
pub mod pos;
mod printer;
pub mod token;

pub use diag::Diagnostic;
pub use parser::parse_file;
pub use pos::{Pos, SourceFile};
pub use printer::{dump, expr_string, simple_stmt_string};
