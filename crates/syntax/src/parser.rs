//! Entry point of the parser: lexes, runs the lalrpop grammar, and turns
//! its errors into gc-style diagnostics.

use crate::ast::{Decl, File};
use crate::build::Ids;
use crate::diag::Diagnostic;
use crate::lexer::scan;
use crate::pos::{Pos, SourceFile};
use crate::token::Token;
use lalrpop_util::ParseError;

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, clippy::pedantic, unused)]
    pub(crate) grammar
);

/// Parses one Go source file. On failure, returns the first error (lexical
/// or syntax) as gc would word it.
pub fn parse_file(file: &SourceFile) -> Result<File, Vec<Diagnostic>> {
    parse_file_from(file, 0)
}

/// [`parse_file`] with node ids starting at `first_id` (`File::node_count`
/// is then the next free id): several files of one program parsed this
/// way share one id space, so the checker's tables can hold them all.
pub fn parse_file_from(file: &SourceFile, first_id: u32) -> Result<File, Vec<Diagnostic>> {
    let (tokens, lex_error) = scan(&file.text);
    if let Some(lex) = lex_error {
        // gc keeps going after a lexical error; a syntax error earlier in
        // the file is reported first.
        return Err(vec![match parse(file, &tokens, true, first_id) {
            Err(Some(d)) if d.pos < lex.pos => d,
            _ => lex,
        }]);
    }
    match parse(file, &tokens, false, first_id) {
        Ok(f) => {
            label_before_case(&tokens).map_err(|d| vec![d])?;
            reject_generics(&f).map(|()| f).map_err(|d| vec![d])
        }
        Err(d) => Err(d.into_iter().collect()),
    }
}

/// Runs the grammar over `tokens`. With `partial` (the tokens before a
/// lexical error), running out of tokens is no error of its own: `None`.
fn parse(
    file: &SourceFile,
    tokens: &[(Pos, Token, Pos)],
    partial: bool,
    first_id: u32,
) -> Result<File, Option<Diagnostic>> {
    let ids = Ids::starting_at(first_id);
    let parser = grammar::SourceFileParser::new();
    let result = parser.parse(&ids, tokens.iter().cloned().map(Ok::<_, Diagnostic>));
    match result {
        Ok(f) => Ok(f),
        Err(ParseError::UnrecognizedEof { .. }) if partial => Err(None),
        Err(e) => {
            let d = crate::errors::syntax_error(&file.text, tokens, e);
            // A syntax error in a file that declares type parameters is
            // most likely a use of generics the grammar does not have
            // (`L[T]` as a type); say what is unsupported instead.
            // So is one in a file that declares them later or has a `~`
            // (constraint interfaces such as `interface{ ~int | ~uint }`
            // usually come before their uses); reported where it occurred.
            Err(Some(match type_params_before(tokens, d.pos) {
                Some(pos) => generics(pos),
                None if tokens.iter().any(|t| t.1 == Token::Tilde)
                    || type_params_before(tokens, Pos::MAX).is_some() =>
                {
                    generics(d.pos)
                }
                None => d,
            }))
        }
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

fn generics(pos: Pos) -> Diagnostic {
    Diagnostic::new(pos, "unsupported: generics (type parameters)")
}

/// The position of the first type parameter list (`func F[T any]`,
/// `type L[T any, U comparable]`) before `end`, found on the tokens.
fn type_params_before(tokens: &[(Pos, Token, Pos)], end: Pos) -> Option<Pos> {
    tokens.windows(5).find_map(|w| {
        if w[2].0 >= end {
            return None;
        }
        match (&w[0].1, &w[1].1, &w[2].1, &w[3].1, &w[4].1) {
            (Token::Func, Token::Ident(_), Token::LBrack, _, _) => Some(w[2].0),
            (
                Token::Type | Token::Semi | Token::LParen,
                Token::Ident(_),
                Token::LBrack,
                Token::Ident(_),
                Token::Ident(_) | Token::Interface | Token::Tilde | Token::Comma,
            ) => Some(w[2].0),
            _ => None,
        }
    })
}

/// A label must label a statement (an empty one is allowed only before
/// `}` or as an explicit `;`): `L:` right before `case` or `default` is
/// gc's "missing statement after label", at the colon. Found on the
/// tokens, which still show whether an explicit `;` followed the label.
fn label_before_case(tokens: &[(Pos, Token, Pos)]) -> Result<(), Diagnostic> {
    for w in tokens.windows(4) {
        if matches!(w[0].1, Token::Semi | Token::Colon | Token::LBrace)
            && matches!(w[1].1, Token::Ident(_))
            && w[2].1 == Token::Colon
            && matches!(w[3].1, Token::Case | Token::Default)
        {
            return Err(Diagnostic::new(
                w[2].0,
                "syntax error: missing statement after label",
            ));
        }
    }
    Ok(())
}
