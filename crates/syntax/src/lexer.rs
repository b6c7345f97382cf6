//! The lexer: logos tokens plus Go's automatic semicolon insertion, with
//! gc's wording for lexical errors.
//!
//! The scanning callbacks below finish the literals and comments whose first
//! character the logos patterns in [`crate::token`] matched. They validate
//! as gc's scanner does, so errors carry gc's messages and positions.

use logos::Logos;

use crate::ast::LitKind;
use crate::diag::Diagnostic;
use crate::pos::Pos;
use crate::token::Token;

/// A lexical error. `pos` is an absolute byte offset; `None` (the default,
/// produced by logos for input no pattern matches) means "invalid character
/// at the start of the failed token".
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LexError {
    pub pos: Option<usize>,
    pub msg: String,
}

fn err(pos: usize, msg: impl Into<String>) -> LexError {
    LexError {
        pos: Some(pos),
        msg: msg.into(),
    }
}

type Lx<'s> = logos::Lexer<'s, Token>;

/// Moves the logos cursor so that the current token ends at absolute
/// offset `end`.
fn finish(lex: &mut Lx, end: usize) {
    let cur = lex.span().end;
    lex.bump(end - cur);
}

fn lit(lex: &mut Lx, kind: LitKind, end: usize) -> (LitKind, String) {
    finish(lex, end);
    (kind, lex.slice().to_string())
}

pub(crate) fn line_comment(lex: &mut Lx) {
    let src = lex.source().as_bytes();
    let start = lex.span().start;
    let end = src[start..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(src.len(), |n| start + n);
    finish(lex, end);
}

pub(crate) fn block_comment(lex: &mut Lx) -> Result<(), LexError> {
    let src = lex.source();
    let start = lex.span().start;
    match src[start + 2..].find("*/") {
        Some(n) => {
            finish(lex, start + 2 + n + 2);
            Ok(())
        }
        None => Err(err(start, "comment not terminated")),
    }
}

pub(crate) fn raw_string(lex: &mut Lx) -> Result<(LitKind, String), LexError> {
    let src = lex.source();
    let start = lex.span().start;
    match src[start + 1..].find('`') {
        Some(n) => Ok(lit(lex, LitKind::String, start + 1 + n + 1)),
        None => Err(err(start, "string not terminated")),
    }
}

pub(crate) fn string(lex: &mut Lx) -> Result<(LitKind, String), LexError> {
    let src = lex.source().as_bytes();
    let start = lex.span().start;
    let mut i = start + 1;
    loop {
        match src.get(i) {
            None => return Err(err(start, "string not terminated")),
            Some(b'"') => return Ok(lit(lex, LitKind::String, i + 1)),
            Some(b'\n') => return Err(err(i, "newline in string")),
            Some(b'\\') => i = escape(src, i + 1, b'"')?,
            Some(_) => i += 1,
        }
    }
}

pub(crate) fn rune(lex: &mut Lx) -> Result<(LitKind, String), LexError> {
    let src = lex.source();
    let bytes = src.as_bytes();
    let start = lex.span().start;
    let mut i = start + 1;
    let mut n = 0;
    loop {
        match bytes.get(i) {
            None => return Err(err(start, "rune literal not terminated")),
            Some(b'\'') => {
                if n == 0 {
                    return Err(err(i, "empty rune literal or unescaped ' in rune literal"));
                }
                if n > 1 {
                    return Err(err(start, "more than one character in rune literal"));
                }
                return Ok(lit(lex, LitKind::Rune, i + 1));
            }
            Some(b'\n') => return Err(err(i, "newline in rune literal")),
            Some(b'\\') => {
                i = escape(bytes, i + 1, b'\'')?;
                n += 1;
            }
            Some(_) => {
                // Step over one whole UTF-8 character.
                let ch = src[i..].chars().next().map_or(1, char::len_utf8);
                i += ch;
                n += 1;
            }
        }
    }
}

/// Validates the escape sequence whose first character (after `\`) is at
/// `i`; returns the offset just past it. `quote` is the literal's quote,
/// which may be escaped.
fn escape(src: &[u8], i: usize, quote: u8) -> Result<usize, LexError> {
    let Some(&c) = src.get(i) else {
        return Err(err(i, "escape sequence not terminated"));
    };
    let (n, base, max): (usize, u32, u32) = match c {
        b'a' | b'b' | b'f' | b'n' | b'r' | b't' | b'v' | b'\\' => return Ok(i + 1),
        _ if c == quote => return Ok(i + 1),
        b'0'..=b'7' => (3, 8, 255),
        b'x' => (2, 16, 255),
        b'u' => (4, 16, 0x10FFFF),
        b'U' => (8, 16, 0x10FFFF),
        b'\n' => return Err(err(i, "newline in string")),
        _ => return Err(err(i, "unknown escape")),
    };
    let first = if base == 8 { i } else { i + 1 };
    let mut x: u32 = 0;
    for k in 0..n {
        let p = first + k;
        let d = match src.get(p) {
            None => return Err(err(p, "escape sequence not terminated")),
            Some(&b) => (b as char).to_digit(base),
        };
        let Some(d) = d else {
            let what = if base == 8 { "octal" } else { "hexadecimal" };
            let ch = String::from_utf8_lossy(&src[p..(p + 4).min(src.len())])
                .chars()
                .next()
                .unwrap_or('?');
            return Err(err(p, format!("invalid character {ch:?} in {what} escape")));
        };
        x = x.wrapping_mul(base).wrapping_add(d);
    }
    let end = first + n;
    if x > max && base == 8 {
        return Err(err(end, format!("octal escape value {x} > 255")));
    }
    if x > max || (0xD800..0xE000).contains(&x) && max > 255 {
        return Err(err(
            end,
            format!("escape is invalid Unicode code point U+{x:04X}"),
        ));
    }
    Ok(end)
}

fn base_name(base: u32) -> &'static str {
    match base {
        2 => "binary literal",
        8 => "octal literal",
        16 => "hexadecimal literal",
        _ => "decimal literal",
    }
}

/// Scans the digits of `base` (any decimal digit for bases up to 10, so
/// that `08` can be reported) and `_` separators from `i`. Returns the end
/// and the position of the first digit invalid for `base`, if any.
fn digits(src: &[u8], mut i: usize, base: u32) -> (usize, bool, Option<usize>) {
    let mut any = false;
    let mut invalid = None;
    while let Some(&b) = src.get(i) {
        let ok = if base <= 10 {
            b.is_ascii_digit()
        } else {
            b.is_ascii_hexdigit()
        };
        if b == b'_' {
        } else if ok {
            any = true;
            if base <= 10 && (b - b'0') as u32 >= base && invalid.is_none() {
                invalid = Some(i);
            }
        } else {
            break;
        }
        i += 1;
    }
    (i, any, invalid)
}

pub(crate) fn number(lex: &mut Lx) -> Result<(LitKind, String), LexError> {
    let src = lex.source().as_bytes();
    let start = lex.span().start;
    let (kind, end) = scan_number(src, start)?;
    Ok(lit(lex, kind, end))
}

/// Scans a number literal starting at `start` (a digit, or `.` followed by
/// a digit), following the Go spec's grammar and gc's error messages.
fn scan_number(src: &[u8], start: usize) -> Result<(LitKind, usize), LexError> {
    let mut i = start;
    let mut base = 10;
    // 'x', 'o', 'b' for explicit prefixes, '0' for a legacy octal literal.
    let mut prefix = 0u8;
    let mut kind = LitKind::Int;
    let mut invalid = None;
    let mut any_digits = false;

    if src[i] != b'.' {
        if src[i] == b'0' {
            i += 1;
            match src.get(i).map(u8::to_ascii_lowercase) {
                Some(b'x') => (base, prefix) = (16, b'x'),
                Some(b'o') => (base, prefix) = (8, b'o'),
                Some(b'b') => (base, prefix) = (2, b'b'),
                _ => {
                    (base, prefix) = (8, b'0');
                    any_digits = true; // the 0 itself
                }
            }
            if prefix != b'0' {
                i += 1;
            }
        }
        let (end, any, inv) = digits(src, i, base);
        i = end;
        any_digits |= any;
        invalid = inv;
        if !any_digits && src.get(i) != Some(&b'.') {
            return Err(err(i, format!("{} has no digits", base_name(base))));
        }
    }

    // Fraction.
    if src.get(i) == Some(&b'.') {
        kind = LitKind::Float;
        if prefix == b'o' || prefix == b'b' {
            return Err(err(
                i,
                format!("invalid radix point in {}", base_name(base)),
            ));
        }
        let (end, any, _) = digits(src, i + 1, if base == 16 { 16 } else { 10 });
        i = end;
        any_digits |= any;
        if !any_digits {
            return Err(err(i, format!("{} has no digits", base_name(base))));
        }
    }

    // Exponent.
    if let Some(e) = src.get(i).map(u8::to_ascii_lowercase) {
        if e == b'e' || e == b'p' {
            if e == b'e' && prefix != 0 && prefix != b'0' {
                return Err(err(
                    i,
                    format!("'{}' exponent requires decimal mantissa", src[i] as char),
                ));
            }
            if e == b'p' && prefix != b'x' {
                return Err(err(
                    i,
                    format!(
                        "'{}' exponent requires hexadecimal mantissa",
                        src[i] as char
                    ),
                ));
            }
            kind = LitKind::Float;
            i += 1;
            if matches!(src.get(i), Some(b'+' | b'-')) {
                i += 1;
            }
            let (end, any, _) = digits(src, i, 10);
            if !any {
                return Err(err(end, "exponent has no digits"));
            }
            i = end;
        } else if prefix == b'x' && kind == LitKind::Float {
            return Err(err(i, "hexadecimal mantissa requires a 'p' exponent"));
        }
    } else if prefix == b'x' && kind == LitKind::Float {
        return Err(err(i, "hexadecimal mantissa requires a 'p' exponent"));
    }

    if src.get(i) == Some(&b'i') {
        kind = LitKind::Imag;
        i += 1;
    }

    // A legacy octal literal with 8 or 9 is fine as a float or imaginary
    // mantissa (`09.5`, `09i`), not as an integer.
    if kind == LitKind::Int
        && let Some(p) = invalid
    {
        return Err(err(
            p,
            format!("invalid digit '{}' in {}", src[p] as char, base_name(base)),
        ));
    }
    check_separators(src, start, i)?;
    Ok((kind, i))
}

/// gc's rule: each `_` must sit between two digits (the base prefix counts
/// as a digit).
fn check_separators(src: &[u8], start: usize, end: usize) -> Result<(), LexError> {
    let text = &src[start..end];
    let hex = text.len() > 1 && (text[1] == b'x' || text[1] == b'X');
    let is_digit = |b: u8| {
        if hex {
            b.is_ascii_hexdigit()
        } else {
            b.is_ascii_digit()
        }
    };
    for k in 0..text.len() {
        if text[k] != b'_' {
            continue;
        }
        let prev_ok = k > 0
            && (is_digit(text[k - 1])
                || (k == 2 && text[0] == b'0' && matches!(text[1] | 0x20, b'x' | b'o' | b'b')));
        if !prev_ok {
            return Err(err(start + k, "'_' must separate successive digits"));
        }
        let next = text.get(k + 1).copied();
        if next != Some(b'_') && !next.is_some_and(is_digit) {
            return Err(err(start + k, "'_' must separate successive digits"));
        }
    }
    Ok(())
}

/// gc's message for a character that starts no token.
fn invalid_char_message(c: char) -> String {
    // Go's `%#U`: the code point, and the character itself if printable.
    let printable = !c.is_control()
        && !c.is_whitespace()
        && !matches!(c as u32, 0x200B..=0x200F | 0x2028..=0x202E | 0x2060..=0x2064 | 0xFEFF);
    let u = if printable {
        format!("U+{:04X} '{c}'", c as u32)
    } else {
        format!("U+{:04X}", c as u32)
    };
    if c == '\0' {
        "invalid NUL character".into()
    } else if c.is_ascii() {
        format!("invalid character {u}")
    } else if c.is_numeric() {
        format!("identifier cannot begin with digit {u}")
    } else {
        format!("invalid character {u} in identifier")
    }
}

/// Turns a logos error into a diagnostic at the right place.
fn lex_diagnostic(src: &str, span_start: usize, e: LexError) -> Diagnostic {
    match e.pos {
        Some(p) => Diagnostic::new(p as Pos, e.msg),
        None => {
            let c = src[span_start..].chars().next().unwrap_or('\0');
            Diagnostic::new(span_start as Pos, invalid_char_message(c))
        }
    }
}

/// Scans `src` into tokens with their start and end offsets, inserting
/// automatic semicolons (Go spec, "Semicolons"): after a line's final
/// token if it is an identifier, a literal, one of the keywords `break`
/// `continue` `fallthrough` `return`, or one of `++ -- ) ] }`. A block
/// comment containing a newline counts as a newline. An inserted semicolon
/// has an empty span at the newline it replaces, or at the end of the file.
/// Comments are dropped. Stops at the first lexical error.
pub fn tokenize(src: &str) -> Result<Vec<(Pos, Token, Pos)>, Diagnostic> {
    match scan(src) {
        (tokens, None) => Ok(tokens),
        (_, Some(d)) => Err(d),
    }
}

/// Like [`tokenize`], but also returns the tokens before a lexical error
/// (without the end-of-file semicolon), so that the parser can report a
/// syntax error that comes earlier in the file, as gc does.
pub(crate) fn scan(src: &str) -> (Vec<(Pos, Token, Pos)>, Option<Diagnostic>) {
    let mut out = Vec::new();
    let mut lexer = Token::lexer(src);
    let mut last_end = 0usize;
    let mut semi_pending = false;
    while let Some(res) = lexer.next() {
        let span = lexer.span();
        let tok = match res {
            Ok(t) => t,
            Err(e) => {
                // gc's scanner still makes a literal of a string cut by a
                // newline; the parser may report it as unexpected first.
                let kind = match e.msg.as_str() {
                    "newline in string" => Some(LitKind::String),
                    "newline in rune literal" => Some(LitKind::Rune),
                    _ => None,
                };
                if let (Some(kind), Some(end)) = (kind, e.pos) {
                    let text = src[span.start..end].to_string();
                    out.push((span.start as Pos, Token::Lit((kind, text)), end as Pos));
                }
                return (out, Some(lex_diagnostic(src, span.start, e)));
            }
        };
        if tok == Token::Bom && span.start == 0 {
            last_end = span.end;
            continue;
        }
        if semi_pending && let Some(nl) = src[last_end..span.start].find('\n') {
            let at = (last_end + nl) as Pos;
            out.push((at, Token::Semi, at));
            semi_pending = false;
        }
        if tok == Token::Comment {
            // A comment belongs to the gap between tokens: `last_end` stays
            // at the previous token, so a newline inside a block comment
            // (or after a line comment) is found by the check above.
            continue;
        }
        if tok == Token::Bom {
            let d = Diagnostic::new(span.start as Pos, "invalid BOM in the middle of the file");
            return (out, Some(d));
        }
        semi_pending = tok.ends_line();
        out.push((span.start as Pos, tok, span.end as Pos));
        last_end = span.end;
    }
    if semi_pending {
        if let Some(nl) = src[last_end..].find('\n') {
            let at = (last_end + nl) as Pos;
            out.push((at, Token::Semi, at));
        } else {
            let at = src.len() as Pos;
            out.push((at, Token::Semi, at));
        }
    }
    (out, None)
}
