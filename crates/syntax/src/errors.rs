//! Translating lalrpop's parse errors into gc's wording.

use lalrpop_util::ParseError;

use crate::diag::Diagnostic;
use crate::pos::Pos;
use crate::token::Token;

pub(crate) fn syntax_error(
    src: &str,
    tokens: &[(Pos, Token, Pos)],
    e: ParseError<Pos, Token, Diagnostic>,
) -> Diagnostic {
    let _ = (src, tokens);
    match e {
        ParseError::User { error } => error,
        ParseError::InvalidToken { location } => {
            Diagnostic::new(location, "syntax error: invalid token")
        }
        ParseError::UnrecognizedEof { location, .. } => {
            Diagnostic::new(location, "syntax error: unexpected EOF")
        }
        ParseError::UnrecognizedToken {
            token: (l, t, _),
            expected,
        } => Diagnostic::new(
            l,
            format!(
                "syntax error: unexpected {t}, expected {}",
                expected.join(" ")
            ),
        ),
        ParseError::ExtraToken { token: (l, t, _) } => {
            Diagnostic::new(l, format!("syntax error: unexpected {t}"))
        }
    }
}
