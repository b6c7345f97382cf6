//! Lexer tests: every literal form, gc's lexical errors, and semicolon
//! insertion.

use syntax::ast::LitKind;
use syntax::lexer::tokenize;
use syntax::token::Token;

/// The tokens of `src`, with inserted semicolons shown as `NL` (at a
/// newline) or `EOF`, literals as their raw text and names as themselves.
fn toks(src: &str) -> Vec<String> {
    tokenize(src)
        .unwrap_or_else(|d| panic!("{src:?}: {}", d.message))
        .into_iter()
        .map(|(l, t, r)| match t {
            Token::Semi if l == r && l as usize == src.len() => "EOF".into(),
            Token::Semi if l == r => "NL".into(),
            Token::Ident(n) => n,
            Token::Lit((_, raw)) => raw,
            t => t.text().to_string(),
        })
        .collect()
}

fn one_lit(src: &str) -> (LitKind, String) {
    let t = tokenize(src).unwrap_or_else(|d| panic!("{src:?}: {}", d.message));
    match &t[0].1 {
        Token::Lit(l) => {
            assert_eq!(t.len(), 2, "{src:?} should be one literal, got {t:?}");
            l.clone()
        }
        other => panic!("{src:?}: expected a literal, got {other:?}"),
    }
}

fn lex_err(src: &str) -> (u32, String) {
    match tokenize(src) {
        Ok(t) => panic!("{src:?} should fail, got {t:?}"),
        Err(d) => (d.pos, d.message),
    }
}

#[test]
fn integer_literals() {
    for s in [
        "0",
        "42",
        "1_000_000",
        "0x1F",
        "0X_ff",
        "0o17",
        "0O17",
        "017",
        "0b1010",
        "0B_1",
        "0xFFFFFFFFFFFFFFFF",
        "170141183460469231731687303715884105728",
    ] {
        assert_eq!(one_lit(s), (LitKind::Int, s.to_string()), "{s}");
    }
}

#[test]
fn float_and_imaginary_literals() {
    for s in [
        "1.5",
        ".5",
        "1.",
        "1e10",
        "1E+10",
        "1e-10",
        "1e100",
        "6.67428e-11",
        "0x1p-2",
        "0x1.8p3",
        "0X.8P0",
        "0x_1p4",
        "1_0.0_1",
        "09.5",
        "0.",
        "089e1",
    ] {
        assert_eq!(one_lit(s), (LitKind::Float, s.to_string()), "{s}");
    }
    for s in [
        "1i", "1.5i", "0x1p2i", "0123i", "1e3i", ".5i", "0b1i", "0o7i",
    ] {
        assert_eq!(one_lit(s), (LitKind::Imag, s.to_string()), "{s}");
    }
}

#[test]
fn rune_and_string_literals() {
    for s in [
        "'a'",
        "'ä'",
        "'本'",
        "'\\n'",
        "'\\x41'",
        "'\\u00e9'",
        "'\\U0001F600'",
        "'\\101'",
        "'\\''",
        "'\\\\'",
        "'\\a'",
        "'\\000'",
    ] {
        assert_eq!(one_lit(s), (LitKind::Rune, s.to_string()), "{s}");
    }
    for s in [
        "\"\"",
        "\"abc\"",
        "\"a\\nb\\t\\\"q\\\"\"",
        "\"\\xff\\377\\u00e9\\U0001F600\"",
        "\"日本語\"",
        "`raw\\n`",
        "`multi\nline`",
        "``",
    ] {
        assert_eq!(one_lit(s), (LitKind::String, s.to_string()), "{s}");
    }
}

#[test]
fn lexical_errors_use_gc_wording() {
    let cases: &[(&str, u32, &str)] = &[
        ("x := @", 5, "invalid character U+0040 '@'"),
        ("x := \"abc\ny", 9, "newline in string"),
        ("x := \"abc", 5, "string not terminated"),
        ("x := `abc", 5, "string not terminated"),
        ("x := 'ab\n", 8, "newline in rune literal"),
        ("x := 'a", 5, "rune literal not terminated"),
        (
            "x := ''",
            6,
            "empty rune literal or unescaped ' in rune literal",
        ),
        ("x := 'ab'", 5, "more than one character in rune literal"),
        ("/* abc", 0, "comment not terminated"),
        ("018", 2, "invalid digit '8' in octal literal"),
        ("0b12", 3, "invalid digit '2' in binary literal"),
        ("0o8", 2, "invalid digit '8' in octal literal"),
        ("0x", 2, "hexadecimal literal has no digits"),
        ("1e", 2, "exponent has no digits"),
        ("1__2", 2, "'_' must separate successive digits"),
        ("1_", 1, "'_' must separate successive digits"),
        ("0x1.8", 5, "hexadecimal mantissa requires a 'p' exponent"),
        ("1p3", 1, "'p' exponent requires hexadecimal mantissa"),
        ("0b1.0", 3, "invalid radix point in binary literal"),
        ("\"\\q\"", 2, "unknown escape"),
        ("'\\400'", 5, "octal escape value 256 > 255"),
        (
            "\"\\uD800\"",
            7,
            "escape is invalid Unicode code point U+D800",
        ),
        ("'\\x4'", 4, "invalid character '\\'' in hexadecimal escape"),
        ("a € b", 2, "invalid character U+20AC '€' in identifier"),
        ("a\u{7}b", 1, "invalid character U+0007"),
        ("a\0b", 1, "invalid NUL character"),
        ("a \u{200B} b", 2, "invalid character U+200B in identifier"),
        (
            "var \u{660}x",
            4,
            "identifier cannot begin with digit U+0660 '٠'",
        ),
    ];
    for (src, pos, msg) in cases {
        assert_eq!(lex_err(src), (*pos, msg.to_string()), "{src:?}");
    }
}

#[test]
fn keywords_operators_and_names() {
    assert_eq!(
        toks("func f(x ...int) <-chan T { x &^= 1 }"),
        [
            "func", "f", "(", "x", "...", "int", ")", "<-", "chan", "T", "{", "x", "&^=", "1", "}",
            "EOF"
        ]
    );
    assert_eq!(
        toks("a<<=b>>c&&d||!e"),
        ["a", "<<=", "b", ">>", "c", "&&", "d", "||", "!", "e", "EOF"]
    );
    assert_eq!(
        toks("x:=y.z[1:2:3]"),
        [
            "x", ":=", "y", ".", "z", "[", "1", ":", "2", ":", "3", "]", "EOF"
        ]
    );
    assert_eq!(toks("日本 _x9 αβ"), ["日本", "_x9", "αβ", "EOF"]);
    // `.5` is a number, `...` is not.
    assert_eq!(
        toks("x(.5, y...)"),
        ["x", "(", ".5", ",", "y", "...", ")", "EOF"]
    );
}

#[test]
fn semicolon_insertion() {
    // After names, literals, the four keywords, ++ -- ) ] }.
    assert_eq!(
        toks("x\n1\n'a'\n\"s\"\nbreak\ncontinue\nfallthrough\nreturn\ni++\ni--\nf()\na[0]\n{}\n"),
        [
            "x",
            "NL",
            "1",
            "NL",
            "'a'",
            "NL",
            "\"s\"",
            "NL",
            "break",
            "NL",
            "continue",
            "NL",
            "fallthrough",
            "NL",
            "return",
            "NL",
            "i",
            "++",
            "NL",
            "i",
            "--",
            "NL",
            "f",
            "(",
            ")",
            "NL",
            "a",
            "[",
            "0",
            "]",
            "NL",
            "{",
            "}",
            "NL"
        ]
    );
    // Not after operators, commas, opening brackets or other keywords.
    assert_eq!(toks("x +\ny,\n(\nif\n"), ["x", "+", "y", ",", "(", "if"]);
    // A line comment keeps the newline; a block comment with a newline is
    // a newline; one without is not.
    assert_eq!(toks("x // c\ny"), ["x", "NL", "y", "EOF"]);
    assert_eq!(toks("x /* a\nb */ y"), ["x", "NL", "y", "EOF"]);
    assert_eq!(toks("x /* a */ y"), ["x", "y", "EOF"]);
    // End of file after a trigger token inserts one; a raw string with a
    // newline inside does not end the line early.
    assert_eq!(toks("return"), ["return", "EOF"]);
    assert_eq!(toks("x = `a\nb`\n"), ["x", "=", "`a\nb`", "NL"]);
    // Only one semicolon for several blank lines.
    assert_eq!(toks("x\n\n\n// c\n\ny\n"), ["x", "NL", "y", "NL"]);
    // An explicit `;` is a real token with a span.
    let t = tokenize("a; b").unwrap();
    assert_eq!((t[1].0, t[1].2), (1, 2));
}

#[test]
fn inserted_semicolon_positions() {
    let t = tokenize("x\n").unwrap();
    assert_eq!(t[1], (1, Token::Semi, 1));
    let t = tokenize("x").unwrap();
    assert_eq!(t[1], (1, Token::Semi, 1));
    // A byte order mark at the start is ignored.
    assert_eq!(toks("\u{FEFF}package p"), ["package", "p", "EOF"]);
}
