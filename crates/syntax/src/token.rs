//! Go tokens, recognised by a logos-generated scanner.
//!
//! Punctuation, keywords and identifiers are plain logos patterns. Literals
//! and comments only have their first character(s) matched by logos; a
//! hand-written callback (in [`crate::lexer`]) scans the rest, so that
//! malformed literals produce gc's diagnostics (`newline in string`,
//! `invalid digit '8' in octal literal`, ...) instead of a generic error.
//!
//! Automatic semicolons are inserted by [`crate::lexer`], not here.

use std::fmt;

use logos::Logos;

use crate::ast::LitKind;
use crate::lexer::{self, LexError};

#[derive(Logos, Clone, Debug, PartialEq)]
#[logos(error = LexError)]
#[logos(skip r"[ \t\r\n]+")]
pub enum Token {
    // Keywords.
    #[token("break")]
    Break,
    #[token("case")]
    Case,
    #[token("chan")]
    Chan,
    #[token("const")]
    Const,
    #[token("continue")]
    Continue,
    #[token("default")]
    Default,
    #[token("defer")]
    Defer,
    #[token("else")]
    Else,
    #[token("fallthrough")]
    Fallthrough,
    #[token("for")]
    For,
    #[token("func")]
    Func,
    #[token("go")]
    Go,
    #[token("goto")]
    Goto,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("interface")]
    Interface,
    #[token("map")]
    Map,
    #[token("package")]
    Package,
    #[token("range")]
    Range,
    #[token("return")]
    Return,
    #[token("select")]
    Select,
    #[token("struct")]
    Struct,
    #[token("switch")]
    Switch,
    #[token("type")]
    Type,
    #[token("var")]
    Var,

    /// An identifier: a letter or `_`, then letters, digits and `_`
    /// (Unicode letters and decimal digits, as in the Go spec).
    #[regex(r"[\p{L}_][\p{L}\p{Nd}_]*", |l| l.slice().to_string())]
    Ident(String),

    /// Any literal, with its exact source text. Numbers start with a digit
    /// or `.digit`; the callbacks scan the rest and validate it.
    #[regex(r"[0-9]", lexer::number)]
    #[regex(r"\.[0-9]", lexer::number)]
    #[token("\"", lexer::string)]
    #[token("`", lexer::raw_string)]
    #[token("'", lexer::rune)]
    Lit((LitKind, String)),

    /// A `//` or `/* */` comment. Dropped by [`crate::lexer::tokenize`]
    /// (after noting whether it contained a newline).
    #[token("//", lexer::line_comment)]
    #[token("/*", lexer::block_comment)]
    Comment,

    /// The UTF-8 byte order mark; gc ignores it at the start of a file.
    #[token("\u{FEFF}")]
    Bom,

    // Operators and punctuation.
    #[token("+")]
    Add,
    #[token("-")]
    Sub,
    #[token("*")]
    Mul,
    #[token("/")]
    Quo,
    #[token("%")]
    Rem,
    #[token("&")]
    And,
    #[token("|")]
    Or,
    #[token("^")]
    Xor,
    #[token("<<")]
    Shl,
    #[token(">>")]
    Shr,
    #[token("&^")]
    AndNot,
    #[token("+=")]
    AddAssign,
    #[token("-=")]
    SubAssign,
    #[token("*=")]
    MulAssign,
    #[token("/=")]
    QuoAssign,
    #[token("%=")]
    RemAssign,
    #[token("&=")]
    AndAssign,
    #[token("|=")]
    OrAssign,
    #[token("^=")]
    XorAssign,
    #[token("<<=")]
    ShlAssign,
    #[token(">>=")]
    ShrAssign,
    #[token("&^=")]
    AndNotAssign,
    #[token("&&")]
    AndAnd,
    #[token("||")]
    OrOr,
    #[token("<-")]
    Arrow,
    #[token("++")]
    Inc,
    #[token("--")]
    Dec,
    #[token("==")]
    Eql,
    #[token("<")]
    Lss,
    #[token(">")]
    Gtr,
    #[token("=")]
    Assign,
    #[token("!")]
    Not,
    #[token("~")]
    Tilde,
    #[token("!=")]
    Neq,
    #[token("<=")]
    Leq,
    #[token(">=")]
    Geq,
    #[token(":=")]
    Define,
    #[token("...")]
    Ellipsis,
    #[token("(")]
    LParen,
    #[token("[")]
    LBrack,
    #[token("{")]
    LBrace,
    #[token(",")]
    Comma,
    #[token(".")]
    Period,
    #[token(")")]
    RParen,
    #[token("]")]
    RBrack,
    #[token("}")]
    RBrace,
    /// `;`, written or automatically inserted. An inserted one has an
    /// empty span (at the newline it stands for, or at end of file).
    #[token(";")]
    Semi,
    #[token(":")]
    Colon,
}

impl Token {
    /// Whether a newline (or end of file) after this token inserts a
    /// semicolon (Go spec, "Semicolons").
    pub fn ends_line(&self) -> bool {
        matches!(
            self,
            Token::Ident(_)
                | Token::Lit(_)
                | Token::Break
                | Token::Continue
                | Token::Fallthrough
                | Token::Return
                | Token::Inc
                | Token::Dec
                | Token::RParen
                | Token::RBrack
                | Token::RBrace
        )
    }

    /// Whether this is a keyword (gc prints them as `keyword X`).
    pub fn is_keyword(&self) -> bool {
        use Token::*;
        matches!(
            self,
            Break
                | Case
                | Chan
                | Const
                | Continue
                | Default
                | Defer
                | Else
                | Fallthrough
                | For
                | Func
                | Go
                | Goto
                | If
                | Import
                | Interface
                | Map
                | Package
                | Range
                | Return
                | Select
                | Struct
                | Switch
                | Type
                | Var
        )
    }

    /// The token's text for fixed tokens (keywords and punctuation).
    pub fn text(&self) -> &'static str {
        use Token::*;
        match self {
            Break => "break",
            Case => "case",
            Chan => "chan",
            Const => "const",
            Continue => "continue",
            Default => "default",
            Defer => "defer",
            Else => "else",
            Fallthrough => "fallthrough",
            For => "for",
            Func => "func",
            Go => "go",
            Goto => "goto",
            If => "if",
            Import => "import",
            Interface => "interface",
            Map => "map",
            Package => "package",
            Range => "range",
            Return => "return",
            Select => "select",
            Struct => "struct",
            Switch => "switch",
            Type => "type",
            Var => "var",
            Ident(_) => "name",
            Lit(_) => "literal",
            Comment => "comment",
            Bom => "BOM",
            Add => "+",
            Sub => "-",
            Mul => "*",
            Quo => "/",
            Rem => "%",
            And => "&",
            Or => "|",
            Xor => "^",
            Shl => "<<",
            Shr => ">>",
            AndNot => "&^",
            AddAssign => "+=",
            SubAssign => "-=",
            MulAssign => "*=",
            QuoAssign => "/=",
            RemAssign => "%=",
            AndAssign => "&=",
            OrAssign => "|=",
            XorAssign => "^=",
            ShlAssign => "<<=",
            ShrAssign => ">>=",
            AndNotAssign => "&^=",
            AndAnd => "&&",
            OrOr => "||",
            Arrow => "<-",
            Inc => "++",
            Dec => "--",
            Eql => "==",
            Lss => "<",
            Gtr => ">",
            Assign => "=",
            Not => "!",
            Tilde => "~",
            Neq => "!=",
            Leq => "<=",
            Geq => ">=",
            Define => ":=",
            Ellipsis => "...",
            LParen => "(",
            LBrack => "[",
            LBrace => "{",
            Comma => ",",
            Period => ".",
            RParen => ")",
            RBrack => "]",
            RBrace => "}",
            Semi => ";",
            Colon => ":",
        }
    }
}

/// How gc names a token in `syntax error: unexpected X`: `name x`,
/// `literal 1`, `keyword else`, `comma`, `newline`, or the operator itself.
impl fmt::Display for Token {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Token::Ident(name) => write!(f, "name {name}"),
            Token::Lit((_, raw)) => write!(f, "literal {raw}"),
            Token::Comma => f.write_str("comma"),
            Token::Semi => f.write_str("semicolon"),
            t if t.is_keyword() => write!(f, "keyword {}", t.text()),
            t => f.write_str(t.text()),
        }
    }
}
