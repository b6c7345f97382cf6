//! A forgiving Go tokenizer over bytes: it never fails (mutants are often not
//! valid UTF-8 or valid Go) and only needs token boundaries and rough kinds
//! for the token-level mutations and the token pass of the minimizer.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Ident,
    Keyword,
    Number,
    Str,
    Char,
    Comment,
    Op,
    Other,
}

#[derive(Clone, Copy, Debug)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
}

pub const KEYWORDS: &[&str] = &[
    "break",
    "case",
    "chan",
    "const",
    "continue",
    "default",
    "defer",
    "else",
    "fallthrough",
    "for",
    "func",
    "go",
    "goto",
    "if",
    "import",
    "interface",
    "map",
    "package",
    "range",
    "return",
    "select",
    "struct",
    "switch",
    "type",
    "var",
];

/// Operators and delimiters, longest first so that the first match wins.
pub const OPERATORS: &[&str] = &[
    "<<=", ">>=", "&^=", "...", "&&", "||", "<-", "++", "--", "==", "!=", "<=", ">=", ":=", "+=",
    "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<", ">>", "&^", "+", "-", "*", "/", "%", "&", "|",
    "^", "<", ">", "=", "!", "(", ")", "[", "]", "{", "}", ",", ";", ".", ":", "~",
];

fn is_ident_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

/// Splits `src` into tokens; whitespace between them is not a token.
pub fn tokenize(src: &[u8]) -> Vec<Tok> {
    let mut toks = Vec::new();
    let mut i = 0;
    let n = src.len();
    while i < n {
        let b = src[i];
        if matches!(b, b' ' | b'\t' | b'\r' | b'\n') {
            i += 1;
            continue;
        }
        let start = i;
        let kind = if src[i..].starts_with(b"//") {
            while i < n && src[i] != b'\n' {
                i += 1;
            }
            Kind::Comment
        } else if src[i..].starts_with(b"/*") {
            i += 2;
            while i < n && !src[i..].starts_with(b"*/") {
                i += 1;
            }
            i = (i + 2).min(n);
            Kind::Comment
        } else if b.is_ascii_digit() || (b == b'.' && i + 1 < n && src[i + 1].is_ascii_digit()) {
            while i < n {
                let c = src[i];
                let sign = (c == b'+' || c == b'-')
                    && (matches!(src[i - 1], b'p' | b'P')
                        || matches!(src[i - 1], b'e' | b'E') && !src[start..].starts_with(b"0x"));
                if c.is_ascii_alphanumeric() || c == b'_' || c == b'.' || sign {
                    i += 1;
                } else {
                    break;
                }
            }
            Kind::Number
        } else if is_ident_byte(b) {
            while i < n && is_ident_byte(src[i]) {
                i += 1;
            }
            let word = &src[start..i];
            if KEYWORDS.iter().any(|k| k.as_bytes() == word) {
                Kind::Keyword
            } else {
                Kind::Ident
            }
        } else if b == b'"' || b == b'\'' {
            i += 1;
            while i < n && src[i] != b && src[i] != b'\n' {
                if src[i] == b'\\' {
                    i += 1;
                }
                i += 1;
            }
            i = (i + 1).min(n);
            if b == b'"' { Kind::Str } else { Kind::Char }
        } else if b == b'`' {
            i += 1;
            while i < n && src[i] != b'`' {
                i += 1;
            }
            i = (i + 1).min(n);
            Kind::Str
        } else if let Some(op) = OPERATORS
            .iter()
            .find(|op| src[i..].starts_with(op.as_bytes()))
        {
            i += op.len();
            Kind::Op
        } else {
            i += 1;
            Kind::Other
        };
        toks.push(Tok {
            start,
            end: i.min(n),
            kind,
        });
    }
    toks
}

/// Splits `src` into pieces, each one token with the whitespace before it
/// (the last piece also takes trailing whitespace), so that concatenating
/// the pieces gives `src` back.
pub fn token_pieces(src: &[u8]) -> Vec<Vec<u8>> {
    let toks = tokenize(src);
    let mut pieces = Vec::with_capacity(toks.len());
    let mut from = 0;
    for t in &toks {
        pieces.push(src[from..t.end].to_vec());
        from = t.end;
    }
    if from < src.len() {
        match pieces.last_mut() {
            Some(p) => p.extend_from_slice(&src[from..]),
            None => pieces.push(src[from..].to_vec()),
        }
    }
    pieces
}

/// Lines with their newline.
pub fn line_pieces(src: &[u8]) -> Vec<Vec<u8>> {
    src.split_inclusive(|&b| b == b'\n')
        .map(<[u8]>::to_vec)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(src: &str) -> Vec<String> {
        tokenize(src.as_bytes())
            .iter()
            .map(|t| src[t.start..t.end].to_string())
            .collect()
    }

    #[test]
    fn tokens() {
        assert_eq!(
            texts("x := a<<=1e+5 + \"s\\\"\" // c\n'q' `r`"),
            [
                "x",
                ":=",
                "a",
                "<<=",
                "1e+5",
                "+",
                "\"s\\\"\"",
                "// c",
                "'q'",
                "`r`"
            ]
        );
        assert_eq!(texts("0x1p-2 /* u"), ["0x1p-2", "/* u"]);
    }

    #[test]
    fn pieces_round_trip() {
        let src = b"  package main\n\nfunc f() { return }  \n";
        assert_eq!(token_pieces(src).concat(), src);
        assert_eq!(line_pieces(src).concat(), src);
    }
}
