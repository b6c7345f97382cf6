//! What `go build` reports before the compiler runs.
//!
//! The go command reads each file's header (package clause and imports) with
//! go/build's import reader and parses it with go/parser in `ImportsOnly`
//! mode; a parse error there is printed instead of any compiler error, in
//! go/parser's and go/scanner's words (`expected 'package', found x`,
//! `missing import path`, `illegal UTF-8 encoding`), and a NUL byte in the
//! header stops the build with `go: reading FILE: unexpected NUL in input`.
//! gocc's diagnostics are judged against `go build`'s, so this module replays
//! those steps on the raw bytes: [`read_header`] ports go/build's
//! `readGoInfo` (which bytes go/parser sees) and [`check_header`] a small
//! go/scanner + go/parser for the package clause and the import declarations.

/// A go-command error: a positioned go/parser error or the NUL read error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HeaderError {
    /// `line:col: message`, line and column 1-based (columns in bytes).
    Parse {
        line: u32,
        col: u32,
        message: String,
    },
    /// `go: reading FILE: unexpected NUL in input`.
    Nul,
}

/// The bytes of `src` go/parser is given: `(start, end)` (a leading BOM is
/// skipped), or `None` for a NUL byte met while reading the header.
/// A port of go/build's `readGoInfo` and its `importReader`.
pub fn read_header(src: &[u8]) -> Option<(usize, usize)> {
    let start = if src.starts_with(b"\xEF\xBB\xBF") {
        3
    } else {
        0
    };
    let mut r = Reader {
        src,
        i: start,
        peek: 0,
        err: Err0::None,
        eof: false,
    };
    r.read_keyword(b"package");
    r.read_ident();
    while r.peek_byte(true) == b'i' {
        r.read_keyword(b"import");
        if r.peek_byte(true) == b'(' {
            r.next_byte(false);
            while r.peek_byte(true) != b')' && r.err == Err0::None {
                r.read_import();
            }
            r.next_byte(false);
        } else {
            r.read_import();
        }
    }
    match r.err {
        Err0::Nul => None,
        // A syntax error: go/parser gets the whole file.
        Err0::Syntax => Some((start, src.len())),
        // Stopped before EOF: the last byte read told the reader to stop.
        Err0::None if !r.eof => Some((start, r.i - 1)),
        Err0::None => Some((start, r.i)),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Err0 {
    None,
    Syntax,
    Nul,
}

struct Reader<'a> {
    src: &'a [u8],
    i: usize,
    peek: u8,
    err: Err0,
    eof: bool,
}

fn is_ident_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80
}

impl Reader<'_> {
    fn syntax_error(&mut self) {
        if self.err == Err0::None {
            self.err = Err0::Syntax;
        }
    }

    fn read_byte(&mut self) -> u8 {
        match self.src.get(self.i) {
            Some(&c) => {
                self.i += 1;
                if c == 0 && self.err == Err0::None {
                    self.err = Err0::Nul;
                }
                c
            }
            None => {
                self.eof = true;
                0
            }
        }
    }

    fn peek_byte(&mut self, skip_space: bool) -> u8 {
        if self.err != Err0::None {
            return 0;
        }
        let mut c = self.peek;
        if c == 0 {
            c = self.read_byte();
        }
        while self.err == Err0::None && !self.eof {
            if skip_space {
                match c {
                    b' ' | b'\x0C' | b'\t' | b'\r' | b'\n' | b';' => {
                        c = self.read_byte();
                        continue;
                    }
                    b'/' => {
                        c = self.read_byte();
                        if c == b'/' {
                            while c != b'\n' && self.err == Err0::None && !self.eof {
                                c = self.read_byte();
                            }
                        } else if c == b'*' {
                            let mut c1 = 0u8;
                            while (c != b'*' || c1 != b'/') && self.err == Err0::None {
                                if self.eof {
                                    self.syntax_error();
                                }
                                c = c1;
                                c1 = self.read_byte();
                            }
                        } else {
                            self.syntax_error();
                        }
                        c = self.read_byte();
                        continue;
                    }
                    _ => {}
                }
            }
            break;
        }
        self.peek = c;
        c
    }

    fn next_byte(&mut self, skip_space: bool) -> u8 {
        let c = self.peek_byte(skip_space);
        self.peek = 0;
        c
    }

    fn read_keyword(&mut self, kw: &[u8]) {
        self.peek_byte(true);
        for &k in kw {
            if self.next_byte(false) != k {
                self.syntax_error();
                return;
            }
        }
        if is_ident_byte(self.peek_byte(false)) {
            self.syntax_error();
        }
    }

    fn read_ident(&mut self) {
        let c = self.peek_byte(true);
        if !is_ident_byte(c) {
            self.syntax_error();
            return;
        }
        while is_ident_byte(self.peek_byte(false)) {
            self.peek = 0;
        }
    }

    fn read_string(&mut self) {
        match self.next_byte(true) {
            b'`' => {
                while self.err == Err0::None {
                    if self.next_byte(false) == b'`' {
                        break;
                    }
                    if self.eof {
                        self.syntax_error();
                    }
                }
            }
            b'"' => {
                while self.err == Err0::None {
                    let c = self.next_byte(false);
                    if c == b'"' {
                        break;
                    }
                    if self.eof || c == b'\n' {
                        self.syntax_error();
                    }
                    if c == b'\\' {
                        self.next_byte(false);
                    }
                }
            }
            _ => self.syntax_error(),
        }
    }

    fn read_import(&mut self) {
        let c = self.peek_byte(true);
        if c == b'.' {
            self.peek = 0;
        } else if is_ident_byte(c) {
            self.read_ident();
        }
        self.read_string();
    }
}

/// The go command's verdict on `src`'s header, if it rejects it.
pub fn check_header(src: &[u8]) -> Option<HeaderError> {
    let Some((start, end)) = read_header(src) else {
        return Some(HeaderError::Nul);
    };
    let mut p = Parser::new(&src[start..end]);
    p.parse_file();
    // go/parser sorts its errors by position (then message); the go command
    // prints the first.
    p.errors
        .into_iter()
        .min()
        .map(|(line, col, message)| HeaderError::Parse { line, col, message })
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Tok {
    Ident(String),
    /// A literal other than a string: INT, FLOAT, IMAG, CHAR (its text).
    Lit(String),
    Str(String),
    Keyword(&'static str),
    /// An operator or delimiter; `;` is an explicit semicolon.
    Op(String),
    /// An automatically inserted semicolon (`newline`).
    Newline,
    Illegal,
    Eof,
}

const KEYWORDS: &[&str] = &[
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

const OPS: &[&str] = &[
    "<<=", ">>=", "&^=", "...", "&&", "||", "<-", "++", "--", "==", "!=", "<=", ">=", ":=", "+=",
    "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<", ">>", "&^", "+", "-", "*", "/", "%", "&", "|",
    "^", "<", ">", "=", "!", "(", ")", "[", "]", "{", "}", ",", ";", ".", ":", "~",
];

/// go/scanner and the part of go/parser that `ImportsOnly` runs.
struct Parser<'a> {
    src: &'a [u8],
    off: usize,
    line: u32,
    line_start: usize,
    insert_semi: bool,
    tok: Tok,
    tok_line: u32,
    tok_col: u32,
    errors: Vec<(u32, u32, String)>,
}

impl<'a> Parser<'a> {
    fn new(src: &'a [u8]) -> Parser<'a> {
        let mut p = Parser {
            src,
            off: 0,
            line: 1,
            line_start: 0,
            insert_semi: false,
            tok: Tok::Eof,
            tok_line: 1,
            tok_col: 1,
            errors: Vec::new(),
        };
        p.next();
        p
    }

    fn col_at(&self, off: usize) -> u32 {
        self.line_col(off).1
    }

    /// The line and column of `off`, which may lie on an earlier line
    /// than the scanner (an unterminated raw string reported at its
    /// opening backquote after the scan crossed newlines).
    fn line_col(&self, off: usize) -> (u32, u32) {
        if off >= self.line_start {
            return (self.line, (off - self.line_start + 1) as u32);
        }
        let before = &self.src[..off];
        let line = 1 + before.iter().filter(|&&b| b == b'\n').count() as u32;
        let start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        (line, (off - start + 1) as u32)
    }

    /// A scanner error (never filtered).
    fn scan_error(&mut self, off: usize, msg: impl Into<String>) {
        let (line, col) = self.line_col(off);
        self.errors.push((line, col, msg.into()));
    }

    /// A parser error: dropped when the previous error is on the same line,
    /// as go/parser does without `AllErrors`.
    fn error(&mut self, line: u32, col: u32, msg: String) {
        if self.errors.last().is_some_and(|e| e.0 == line) {
            return;
        }
        self.errors.push((line, col, msg));
    }

    /// Decodes the character at `off`, reporting what go/scanner's `next`
    /// reports; returns it and its length.
    fn char_at(&mut self, off: usize) -> (char, usize) {
        let rest = &self.src[off..];
        let b = rest[0];
        if b == 0 {
            self.scan_error(off, "illegal character NUL");
            return ('\0', 1);
        }
        if b < 0x80 {
            return (b as char, 1);
        }
        let len = match b {
            0xC2..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF4 => 4,
            _ => 0,
        };
        match rest.get(..len).and_then(|s| std::str::from_utf8(s).ok()) {
            Some(s) if len > 0 => {
                let c = s.chars().next().unwrap_or('\u{FFFD}');
                if c == '\u{FEFF}' && off > 0 {
                    self.scan_error(off, "illegal byte order mark");
                }
                (c, len)
            }
            _ => {
                self.scan_error(off, "illegal UTF-8 encoding");
                ('\u{FFFD}', 1)
            }
        }
    }

    /// Advances over one character, keeping line bookkeeping.
    fn bump(&mut self) -> char {
        let (c, n) = self.char_at(self.off);
        self.off += n;
        if c == '\n' {
            self.line += 1;
            self.line_start = self.off;
        }
        c
    }

    fn peek_byte(&self, k: usize) -> Option<u8> {
        self.src.get(self.off + k).copied()
    }

    /// Scans the next token into `self.tok` (go/scanner's `Scan`, skipping
    /// comments as go/parser's `next` does).
    fn next(&mut self) {
        loop {
            // Skip whitespace (a newline ends a statement when a semicolon
            // is due).
            while let Some(b) = self.peek_byte(0) {
                if b == b'\n' && self.insert_semi {
                    break;
                }
                if matches!(b, b' ' | b'\t' | b'\r' | b'\n') {
                    self.bump();
                } else {
                    break;
                }
            }
            let off = self.off;
            self.tok_line = self.line;
            self.tok_col = self.col_at(off);
            let Some(b) = self.peek_byte(0) else {
                // go/token never starts a line at the end of the file: after
                // a final newline, EOF is on the last line.
                if off > 0 && self.src[off - 1] == b'\n' {
                    let before = &self.src[..off - 1];
                    self.tok_line = self.line - 1;
                    let start = before
                        .iter()
                        .rposition(|&c| c == b'\n')
                        .map_or(0, |i| i + 1);
                    self.tok_col = (off - start + 1) as u32;
                }
                self.tok = if self.insert_semi {
                    self.insert_semi = false;
                    Tok::Newline
                } else {
                    Tok::Eof
                };
                return;
            };
            if b == b'\n' {
                self.bump();
                self.insert_semi = false;
                self.tok = Tok::Newline;
                return;
            }
            if b == b'/' && matches!(self.peek_byte(1), Some(b'/' | b'*')) {
                let general = self.peek_byte(1) == Some(b'*');
                let had_semi = self.insert_semi;
                let (line0, start0) = (self.line, self.line_start);
                self.bump();
                self.bump();
                let mut closed = !general;
                while let Some(c) = self.peek_byte(0) {
                    if !general && c == b'\n' {
                        break;
                    }
                    if general && c == b'*' && self.peek_byte(1) == Some(b'/') {
                        self.bump();
                        self.bump();
                        closed = true;
                        break;
                    }
                    self.bump();
                }
                if !closed {
                    let (l, s) = (self.line, self.line_start);
                    self.line = line0;
                    self.line_start = start0;
                    self.scan_error(off, "comment not terminated");
                    self.line = l;
                    self.line_start = s;
                }
                // A comment that reaches a newline ends the statement.
                if had_semi
                    && (!general
                        || self.line != line0
                        || self.peek_byte(0).is_none_or(|c| c == b'\n'))
                {
                    self.insert_semi = false;
                    self.tok_line = line0;
                    self.tok = Tok::Newline;
                    return;
                }
                continue;
            }
            self.tok = self.scan_token(off);
            return;
        }
    }

    fn scan_token(&mut self, off: usize) -> Tok {
        let (c, _) = {
            // Decode without reporting: bump reports.
            let rest = &self.src[off..];
            match std::str::from_utf8(&rest[..rest.len().min(4)]) {
                Ok(s) => (s.chars().next().unwrap_or('\0'), 0),
                Err(e) if e.valid_up_to() > 0 => (
                    std::str::from_utf8(&rest[..e.valid_up_to()])
                        .ok()
                        .and_then(|s| s.chars().next())
                        .unwrap_or('\u{FFFD}'),
                    0,
                ),
                Err(_) => ('\u{FFFD}', 0),
            }
        };
        if c == '_' || c.is_alphabetic() {
            while let Some(b) = self.peek_byte(0) {
                let (ch, n) = decode(&self.src[self.off..]);
                if n > 0 && (ch == '_' || ch.is_alphanumeric()) || b.is_ascii_alphanumeric() {
                    self.bump();
                } else {
                    break;
                }
            }
            let word = String::from_utf8_lossy(&self.src[off..self.off]).into_owned();
            return match KEYWORDS.iter().find(|k| **k == word) {
                Some(k) => {
                    self.insert_semi =
                        matches!(*k, "break" | "continue" | "fallthrough" | "return");
                    Tok::Keyword(k)
                }
                None => {
                    self.insert_semi = true;
                    Tok::Ident(word)
                }
            };
        }
        if c.is_ascii_digit() || (c == '.' && self.peek_byte(1).is_some_and(|b| b.is_ascii_digit()))
        {
            let lit = self.scan_number(off);
            self.insert_semi = true;
            return Tok::Lit(lit);
        }
        match c {
            '"' | '`' => {
                self.bump();
                let raw = c == '`';
                loop {
                    match self.peek_byte(0) {
                        None => {
                            self.scan_error(
                                off,
                                if raw {
                                    "raw string literal not terminated"
                                } else {
                                    "string literal not terminated"
                                },
                            );
                            break;
                        }
                        Some(b'\n') if !raw => {
                            self.scan_error(off, "string literal not terminated");
                            break;
                        }
                        Some(b) if b as char == c => {
                            self.bump();
                            break;
                        }
                        Some(b'\\') if !raw => {
                            self.bump();
                            if self.peek_byte(0).is_some_and(|b| b != b'\n') {
                                self.bump();
                            }
                        }
                        Some(_) => {
                            self.bump();
                        }
                    }
                }
                self.insert_semi = true;
                Tok::Str(String::from_utf8_lossy(&self.src[off..self.off]).into_owned())
            }
            '\'' => {
                self.bump();
                loop {
                    match self.peek_byte(0) {
                        None | Some(b'\n') => {
                            self.scan_error(off, "rune literal not terminated");
                            break;
                        }
                        Some(b'\'') => {
                            self.bump();
                            break;
                        }
                        Some(b'\\') => {
                            self.bump();
                            if self.peek_byte(0).is_some_and(|b| b != b'\n') {
                                self.bump();
                            }
                        }
                        Some(_) => {
                            self.bump();
                        }
                    }
                }
                self.insert_semi = true;
                Tok::Lit(String::from_utf8_lossy(&self.src[off..self.off]).into_owned())
            }
            _ => {
                let rest = &self.src[off..];
                if let Some(op) = OPS.iter().find(|op| rest.starts_with(op.as_bytes())) {
                    for _ in 0..op.len() {
                        self.bump();
                    }
                    self.insert_semi = matches!(*op, ")" | "]" | "}" | "++" | "--");
                    return Tok::Op(op.to_string());
                }
                let ch = self.bump();
                if ch != '\u{FFFD}' || self.src[off] == 0xEF {
                    if ch == '\0' {
                        // Reported by char_at.
                    } else if ch == '\u{FEFF}' {
                        // `illegal byte order mark` was reported.
                    } else {
                        let msg = if ch.is_ascii_graphic() || (!ch.is_ascii() && !ch.is_control()) {
                            format!("illegal character U+{:04X} '{ch}'", ch as u32)
                        } else {
                            format!("illegal character U+{:04X}", ch as u32)
                        };
                        self.scan_error(off, msg);
                    }
                }
                self.insert_semi = false;
                Tok::Illegal
            }
        }
    }

    /// go/scanner's `digits`: bit 0 a digit seen, bit 1 a `_` seen.
    fn digits(&mut self, base: u32, invalid: &mut Option<usize>) -> u32 {
        let mut digsep = 0;
        while let Some(b) = self.peek_byte(0) {
            let ok = if base <= 10 {
                b.is_ascii_digit() || b == b'_'
            } else {
                b.is_ascii_hexdigit() || b == b'_'
            };
            if !ok {
                break;
            }
            if b == b'_' {
                digsep |= 2;
            } else {
                digsep |= 1;
                if base <= 10 && u32::from(b - b'0') >= base && invalid.is_none() {
                    *invalid = Some(self.off);
                }
            }
            self.bump();
        }
        digsep
    }

    /// go/scanner's `scanNumber`, with its errors and their positions.
    fn scan_number(&mut self, offs: usize) -> String {
        let lower = |b: Option<u8>| b.map(|b| b.to_ascii_lowercase());
        let mut base = 10;
        let mut prefix = 0u8;
        let mut digsep = 0;
        let mut invalid = None;
        let mut float = false;
        let name = |prefix: u8| match prefix {
            b'x' => "hexadecimal literal",
            b'o' | b'0' => "octal literal",
            b'b' => "binary literal",
            _ => "decimal literal",
        };
        if self.peek_byte(0) != Some(b'.') {
            if self.peek_byte(0) == Some(b'0') {
                self.bump();
                match lower(self.peek_byte(0)) {
                    Some(b'x') => {
                        self.bump();
                        (base, prefix) = (16, b'x');
                    }
                    Some(b'o') => {
                        self.bump();
                        (base, prefix) = (8, b'o');
                    }
                    Some(b'b') => {
                        self.bump();
                        (base, prefix) = (2, b'b');
                    }
                    _ => {
                        (base, prefix) = (8, b'0');
                        digsep = 1;
                    }
                }
            }
            digsep |= self.digits(base, &mut invalid);
        }
        if self.peek_byte(0) == Some(b'.') {
            float = true;
            if prefix == b'o' || prefix == b'b' {
                let msg = format!("invalid radix point in {}", name(prefix));
                self.scan_error(self.off, msg);
            }
            self.bump();
            digsep |= self.digits(base, &mut invalid);
        }
        if digsep & 1 == 0 {
            let msg = format!("{} has no digits", name(prefix));
            self.scan_error(self.off, msg);
        }
        let e = lower(self.peek_byte(0));
        if e == Some(b'e') || e == Some(b'p') {
            let ch = self.peek_byte(0).unwrap_or(b'e') as char;
            if e == Some(b'e') && prefix != 0 && prefix != b'0' {
                self.scan_error(
                    self.off,
                    format!("'{ch}' exponent requires decimal mantissa"),
                );
            } else if e == Some(b'p') && prefix != b'x' {
                self.scan_error(
                    self.off,
                    format!("'{ch}' exponent requires hexadecimal mantissa"),
                );
            }
            self.bump();
            float = true;
            if matches!(self.peek_byte(0), Some(b'+' | b'-')) {
                self.bump();
            }
            let ds = self.digits(10, &mut None);
            digsep |= ds;
            if ds & 1 == 0 {
                self.scan_error(self.off, "exponent has no digits");
            }
        } else if prefix == b'x' && float {
            self.scan_error(self.off, "hexadecimal mantissa requires a 'p' exponent");
        }
        let mut imag = false;
        if self.peek_byte(0) == Some(b'i') {
            imag = true;
            self.bump();
        }
        let lit = String::from_utf8_lossy(&self.src[offs..self.off]).into_owned();
        if !float
            && !imag
            && let Some(at) = invalid
        {
            let msg = format!(
                "invalid digit '{}' in {}",
                self.src[at] as char,
                name(prefix)
            );
            self.scan_error(at, msg);
        }
        if digsep & 2 != 0
            && let Some(i) = invalid_sep(lit.as_bytes())
        {
            self.scan_error(offs + i, "'_' must separate successive digits");
        }
        lit
    }

    /// go/parser's `errorExpected` at the current token.
    fn error_expected(&mut self, what: &str) {
        let found = match &self.tok {
            Tok::Newline => "newline".to_string(),
            Tok::Ident(s) | Tok::Lit(s) | Tok::Str(s) => s.clone(),
            Tok::Keyword(k) => format!("'{k}'"),
            Tok::Op(o) => format!("'{o}'"),
            Tok::Illegal => "'ILLEGAL'".to_string(),
            Tok::Eof => "'EOF'".to_string(),
        };
        let (l, c) = (self.tok_line, self.tok_col);
        self.error(l, c, format!("expected {what}, found {found}"));
    }

    fn expect_semi(&mut self) {
        match &self.tok {
            Tok::Op(o) if o == ")" || o == "}" => {}
            Tok::Op(o) if o == "," => {
                self.error_expected("';'");
                self.next();
            }
            Tok::Op(o) if o == ";" => self.next(),
            Tok::Newline => self.next(),
            _ => {
                self.error_expected("';'");
                // go/parser then advances to a statement start; only the
                // first error matters here.
            }
        }
    }

    fn is_op(&self, s: &str) -> bool {
        matches!(&self.tok, Tok::Op(o) if o == s)
    }

    fn parse_file(&mut self) {
        if self.tok != Tok::Keyword("package") {
            self.error_expected("'package'");
        }
        self.next();
        if matches!(self.tok, Tok::Ident(_)) {
            self.next();
        } else {
            self.error_expected("'IDENT'");
            self.next();
        }
        self.expect_semi();
        // Nothing more is parsed after errors in the package clause.
        if !self.errors.is_empty() {
            return;
        }
        while self.tok == Tok::Keyword("import") {
            let before = self.errors.len();
            self.next();
            if self.is_op("(") {
                self.next();
                while !self.is_op(")") && self.tok != Tok::Eof {
                    self.import_spec();
                    if self.errors.len() > before {
                        return;
                    }
                }
                if self.is_op(")") {
                    self.next();
                } else {
                    self.error_expected("')'");
                    return;
                }
                self.expect_semi();
            } else {
                self.import_spec();
            }
            if self.errors.len() > before {
                return;
            }
        }
    }

    fn import_spec(&mut self) {
        if matches!(self.tok, Tok::Ident(_)) || self.is_op(".") {
            self.next();
        }
        match &self.tok {
            Tok::Str(_) => self.next(),
            // go/parser's IsLiteral includes identifiers.
            Tok::Lit(_) | Tok::Ident(_) => {
                let (l, c) = (self.tok_line, self.tok_col);
                self.error(l, c, "import path must be a string".into());
                return;
            }
            _ => {
                let (l, c) = (self.tok_line, self.tok_col);
                self.error(l, c, "missing import path".into());
                return;
            }
        }
        self.expect_semi();
    }
}

/// go/scanner's `invalidSep`: the index of the first misplaced `_`.
fn invalid_sep(x: &[u8]) -> Option<usize> {
    let mut x1 = b' ';
    let mut d = b'.';
    let mut i = 0;
    if x.len() >= 2 && x[0] == b'0' {
        x1 = x[1].to_ascii_lowercase();
        if matches!(x1, b'x' | b'o' | b'b') {
            d = b'0';
            i = 2;
        }
    }
    while i < x.len() {
        let p = d;
        d = x[i];
        if d == b'_' {
            if p != b'0' {
                return Some(i);
            }
        } else if d.is_ascii_digit() || x1 == b'x' && d.is_ascii_hexdigit() {
            d = b'0';
        } else {
            if p == b'_' {
                return Some(i - 1);
            }
            d = b'.';
        }
        i += 1;
    }
    (d == b'_').then(|| x.len() - 1)
}

fn decode(s: &[u8]) -> (char, usize) {
    let n = s.len().min(4);
    for len in 1..=n {
        if let Ok(t) = std::str::from_utf8(&s[..len]) {
            return (t.chars().next().unwrap_or('\0'), len);
        }
    }
    ('\u{FFFD}', 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first(src: &str) -> Option<String> {
        check_header(src.as_bytes()).map(|e| match e {
            HeaderError::Parse { line, col, message } => format!("{line}:{col}: {message}"),
            HeaderError::Nul => "NUL".into(),
        })
    }

    // Expectations: `go build` 1.26 on these files.
    #[test]
    fn go_command_errors() {
        assert_eq!(
            first("x package main\n").as_deref(),
            Some("1:1: expected 'package', found x")
        );
        assert_eq!(
            first("// c\n\n  defer x\npackage main\n").as_deref(),
            Some("3:3: expected 'package', found 'defer'")
        );
        assert_eq!(
            first("\"str\"\n").as_deref(),
            Some("1:1: expected 'package', found \"str\"")
        );
        assert_eq!(
            first("+\n").as_deref(),
            Some("1:1: expected 'package', found '+'")
        );
        assert_eq!(
            first("package main\nimport 0b102\n").as_deref(),
            Some("2:12: invalid digit '2' in binary literal")
        );
        assert_eq!(
            first("package main\nimport (\n\t0x1.8\n)\n").as_deref(),
            Some("3:7: hexadecimal mantissa requires a 'p' exponent")
        );
        assert_eq!(
            first("1e1000000i").as_deref(),
            Some("1:1: expected 'package', found 1e1000000i")
        );
        assert_eq!(
            first("").as_deref(),
            Some("1:1: expected 'package', found 'EOF'")
        );
        assert_eq!(
            first("\n// only\n").as_deref(),
            Some("2:9: expected 'package', found 'EOF'")
        );
        assert_eq!(
            first("@package main\n").as_deref(),
            Some("1:1: illegal character U+0040 '@'")
        );
        assert_eq!(
            first("package main\nimport fmt\nimport 1\nfunc main(){}\n").as_deref(),
            Some("2:11: missing import path")
        );
        assert_eq!(
            first("package main\nimport 1\nfunc main(){}\n").as_deref(),
            Some("2:8: import path must be a string")
        );
        assert_eq!(
            first("package main\nimport (\n\"fmt\"\nx\n)\nfunc main(){}\n").as_deref(),
            Some("4:2: missing import path")
        );
        assert_eq!(
            first("package\nfunc main(){}\n").as_deref(),
            Some("2:1: expected 'IDENT', found 'func'")
        );
        assert_eq!(
            first("package 1\nfunc main(){}\n").as_deref(),
            Some("1:9: expected 'IDENT', found 1")
        );
        assert_eq!(
            first("package main; import \"fmt\" x\nfunc main(){}\n"),
            None
        );
        assert_eq!(first("package main x\nfunc main(){}\n"), None);
        assert_eq!(first("package main\n// \u{FF}\nfunc main(){}\n"), None);
        assert_eq!(
            check_header(b"package main\n// \xff\nfunc main(){}\n"),
            Some(HeaderError::Parse {
                line: 2,
                col: 4,
                message: "illegal UTF-8 encoding".into()
            })
        );
        assert_eq!(
            check_header(b"package main\nfunc main(){}\n// \xff\n"),
            None
        );
        assert_eq!(
            first("package main\nimport \"fmt\nfunc main(){}\n").as_deref(),
            Some("2:8: string literal not terminated")
        );
        assert_eq!(
            first("package main\n/* x\nfunc main(){}\n").as_deref(),
            Some("2:1: comment not terminated")
        );
        assert_eq!(
            check_header(b"package main\n\x00\nfunc main(){}\n"),
            Some(HeaderError::Nul)
        );
        assert_eq!(check_header(b"package main\n\nfunc main(){}\n\x00"), None);
        assert_eq!(
            first("package main\nimport (\"fmt\", \"os\")\nfunc main(){}\n").as_deref(),
            Some("2:14: expected ';', found ','")
        );
        assert_eq!(
            first("package main\nimport x.y \"fmt\"\nfunc main(){}\n").as_deref(),
            Some("2:9: missing import path")
        );
        assert_eq!(
            first("package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println() }\n"),
            None
        );
    }
}
