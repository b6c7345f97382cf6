//! Entry point of the parser: lexes, runs the lalrpop grammar, and turns
//! its errors into gc-style diagnostics.

use crate::ast::{Decl, File};
use crate::build::Ids;
use crate::diag::Diagnostic;
use crate::lexer::tokenize;
use crate::pos::SourceFile;

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, clippy::pedantic, unused)]
    grammar
);

/// Parses one Go source file. On failure, returns the first error (lexical
/// or syntax) as gc would word it.
pub fn parse_file(file: &SourceFile) -> Result<File, Vec<Diagnostic>> {
    let tokens = tokenize(&file.text).map_err(|d| vec![d])?;
    let ids = Ids::default();
    let parser = grammar::SourceFileParser::new();
    let result = parser.parse(&ids, tokens.iter().cloned().map(Ok::<_, Diagnostic>));
    match result {
        Ok(f) => reject_generics(&f).map(|()| f).map_err(|d| vec![d]),
        Err(e) => Err(vec![crate::errors::syntax_error(&file.text, &tokens, e)]),
    }
}

/// Type parameters are parsed but not supported.
fn reject_generics(f: &File) -> Result<(), Diagnostic> {
    for d in &f.decls {
        let tp = match d {
            Decl::Func(fd) => fd.type_params,
            Decl::Type(specs) => specs.iter().find_map(|s| s.type_params),
            _ => None,
        };
        if let Some(pos) = tp {
            return Err(Diagnostic::new(
                pos,
                "unsupported: generics (type parameters)",
            ));
        }
    }
    Ok(())
}
