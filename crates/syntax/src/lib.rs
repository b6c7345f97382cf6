//! Go source text to AST: positions, diagnostics, the lexer (logos, with
//! Go's automatic semicolon insertion) and the parser (lalrpop).
//!
//! # API
//!
//! - [`parse_file`]: a [`SourceFile`] to an [`ast::File`], or the first
//!   lexical or syntax error as a [`Diagnostic`] worded as gc words it.
//!   Every [`ast::Expr`] and [`ast::Ident`] (and each type-switch clause's
//!   `bind_id`) gets a fresh [`ast::NodeId`]; `File::node_count` is their
//!   number. [`parse_file_from`] starts the ids at a given number (the
//!   files of one program share an id space). Type parameter lists are rejected with
//!   `unsupported: generics (type parameters)`.
//! - [`lexer::tokenize`]: the token stream with inserted semicolons.
//! - [`literal`]: values of literals from their raw text (strings as bytes,
//!   runes as code points, exact integers and floats).
//! - [`stack`]: a large stack for the compiler thread and the guard
//!   that turns too deep a nesting into an error instead of an overflow.
//! - [`visit`]: the direct child statements and expressions of a node,
//!   for the walks of later stages ([`visit::Visitor`], `walk_stmt`,
//!   `walk_expr`).
//! - [`dump`] prints a file back as Go source; [`expr_string`] prints an
//!   expression the way gc quotes it in messages (`[]int{…}[0] + s`).
//!
//! # Positions
//!
//! Every `pos` is a byte offset ([`Pos`]) of the first character of its
//! node: an expression's leftmost token (for `a + b`, `a`; for `x.f`, `x`;
//! for `f(x)`, `f`), a statement's first token (for `x, y = 1, 2`, `x`).
//! Separate positions are kept where gc reports at a token inside the
//! node: `Call::rparen`, `Call::ellipsis`, `CompositeLit::rbrace`,
//! `Block::rbrace`, selectors' `Ident`.
//!
//! # Design
//!
//! - The lexer is a logos token enum ([`token::Token`]); literals and
//!   comments are finished by hand-written callbacks so malformed ones get
//!   gc's messages. Semicolon insertion runs over the logos stream; an
//!   inserted `;` has an empty span (at its newline, or at end of file),
//!   which is how syntax errors say `newline` and `EOF`.
//! - The grammar (`grammar.lalrpop`) is LR(1) with no precedence
//!   annotations: five binary levels as separate rules. Expression rules
//!   take a parameter that forbids `T{` composite literals at the top level
//!   of `if`/`for`/`switch` headers. Types in type positions have their own
//!   rules; types in expression positions (`[]byte(s)`, `make(chan int)`,
//!   type switch cases) are expressions. Bare function, channel and
//!   composite types take no operators, which keeps `func() {` and
//!   `func() *T` unambiguous.
//! - Syntax errors: lalrpop reports the offending token and the tokens it
//!   expected; `errors.rs` recovers gc's context from that and from the
//!   tokens before the error (innermost open bracket, open statement
//!   header). The wording and position match gc exactly for the common
//!   mistakes (tests/syntax_errors.rs), for all of Go's own syntax-error
//!   tests in `test/syntax` and most errorcheck files, and for about 98%
//!   of random single-token mutations of real programs
//!   (tests/gc_mutations.rs compares with `go tool compile` live).
//! - gc keeps lexing after a lexical error; so does [`parse_file`] to the
//!   extent that a syntax error earlier in the file is reported first.
//! - Only the first error is reported (gc reports one per line).

// `Decl::Func` is much larger than the other variants; boxing it would
// change the AST other crates are written against.
#[allow(clippy::large_enum_variant)]
pub mod ast;
mod build;
pub mod diag;
mod errors;
pub mod gocmd;
pub mod lexer;
pub mod literal;
mod parser;
pub mod pos;
mod printer;
pub mod stack;
pub mod token;
pub mod visit;

pub use diag::Diagnostic;
pub use parser::{parse_file, parse_file_from};
pub use pos::{FileEntry, Pos, SourceFile};
pub use printer::{dump, expr_string, simple_stmt_string};
