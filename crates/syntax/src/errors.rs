//! Translating lalrpop's parse errors into gc's wording.
//!
//! gc's parser is recursive descent and knows what it was parsing when it
//! fails; an LR parser only knows the offending token and the set of tokens
//! it would have accepted. The rules below recover gc's context from that
//! set and from the tokens before the error (the innermost unclosed
//! bracket, the statement keyword whose header is open), which is enough
//! for gc's most common messages.

use lalrpop_util::ParseError;

use crate::diag::Diagnostic;
use crate::pos::Pos;
use crate::token::Token;

pub(crate) fn syntax_error(
    src: &str,
    tokens: &[(Pos, Token, Pos)],
    e: ParseError<Pos, Token, Diagnostic>,
) -> Diagnostic {
    match e {
        ParseError::User { error } if error.message == COMPLIT_MARKER => {
            complit_error(src, tokens, error.pos)
        }
        ParseError::User { error } if error.message.starts_with(AT_OP) => {
            // Report at the statement's operator, as gc does.
            let mut depth = 0i32;
            let at = tokens
                .iter()
                .skip_while(|(l, _, _)| *l < error.pos)
                .find(|(_, t, _)| {
                    match t {
                        Token::LParen | Token::LBrack | Token::LBrace => depth += 1,
                        Token::RParen | Token::RBrack | Token::RBrace => depth -= 1,
                        _ => {}
                    }
                    depth == 0 && is_stmt_op(t)
                })
                .map_or(error.pos, |t| t.0);
            Diagnostic::new(at, &error.message[AT_OP.len()..])
        }
        ParseError::User { error } => error,
        ParseError::InvalidToken { location } => {
            Diagnostic::new(location, "syntax error: invalid token")
        }
        ParseError::UnrecognizedEof { location, expected } => {
            let _ = location;
            let ctx = Context {
                src,
                tokens,
                index: tokens.len(),
                expected: &expected,
            };
            let (at, msg) = ctx.message();
            Diagnostic::new(at.unwrap_or(src.len() as Pos), msg)
        }
        ParseError::UnrecognizedToken {
            token: (l, t, r),
            expected,
        } => {
            let index = tokens
                .iter()
                .position(|(a, tok, b)| *a == l && *b == r && *tok == t)
                .unwrap_or(tokens.len());
            let ctx = Context {
                src,
                tokens,
                index,
                expected: &expected,
            };
            if let Some(lbrace) = ctx.bad_literal_start() {
                return complit_error(src, tokens, lbrace);
            }
            let (at, msg) = ctx.message();
            Diagnostic::new(at.unwrap_or(l), msg)
        }
        ParseError::ExtraToken { token: (l, t, r) } => Diagnostic::new(
            l,
            format!("syntax error: unexpected {}", describe(src, &(l, t, r))),
        ),
    }
}

/// How gc names the token it did not expect.
fn describe(src: &str, (l, t, r): &(Pos, Token, Pos)) -> String {
    match t {
        Token::Semi if l == r && *l as usize >= src.len() => "EOF".into(),
        Token::Semi if l == r => "newline".into(),
        t => t.to_string(),
    }
}

struct Context<'a> {
    src: &'a str,
    tokens: &'a [(Pos, Token, Pos)],
    /// Index of the offending token (`tokens.len()` at end of file).
    index: usize,
    expected: &'a [String],
}

/// What an unclosed `(` or `{` before the error opens.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Opener {
    Args,
    Params,
    Paren,
    Block,
    CompositeLit,
    Index,
    StructBody,
    InterfaceBody,
    /// `var (`, `const (`, `type (`, `import (`.
    Group,
    Other,
}

impl Context<'_> {
    fn has(&self, terminal: &str) -> bool {
        self.expected.iter().any(|e| e == terminal)
    }

    fn tok(&self) -> Option<&Token> {
        self.tokens.get(self.index).map(|t| &t.1)
    }

    fn prev(&self, back: usize) -> Option<&Token> {
        self.index
            .checked_sub(back)
            .and_then(|i| self.tokens.get(i))
            .map(|t| &t.1)
    }

    fn unexpected(&self) -> String {
        match self.tokens.get(self.index) {
            Some(t) => describe(self.src, t),
            None => "EOF".into(),
        }
    }

    /// The innermost bracket left open before the error, and what it
    /// opens.
    fn open_bracket(&self) -> Option<(usize, Opener)> {
        self.open_bracket_at(self.index)
            .map(|i| (i, self.classify(i)))
    }

    /// A `{` still open at the error that the grammar took as the start of
    /// a composite literal although what precedes it cannot be a literal
    /// type (`f(x) {` inside parentheses, after a missing `)`): gc would
    /// have stopped at that `{`.
    fn bad_literal_start(&self) -> Option<Pos> {
        let mut end = self.index;
        while let Some(i) = self.open_bracket_at(end) {
            if self.tokens[i].1 == Token::LBrace
                && i > 0
                && matches!(self.tokens[i - 1].1, Token::RParen | Token::Lit(_))
                && self.classify(i) == Opener::CompositeLit
            {
                return Some(self.tokens[i].0);
            }
            end = i;
        }
        None
    }

    /// Whether the error is where an import spec's path belongs: after
    /// `import`, `import (`, a `;` in an import group, or a package name
    /// in one of those places.
    fn in_import_spec(&self) -> bool {
        let spec_start = |k: usize| match self.prev(k) {
            Some(Token::Import) => true,
            Some(Token::LParen | Token::Semi) => self
                .open_bracket_at(self.index)
                .is_some_and(|j| j > 0 && self.tokens[j - 1].1 == Token::Import),
            _ => false,
        };
        spec_start(1)
            || matches!(self.prev(1), Some(Token::Ident(_) | Token::Period)) && spec_start(2)
    }

    /// Whether the `{` at `j` starts a composite literal of the kinds
    /// allowed at the top level of a header: `[]T{`, `[N]pkg.T{`,
    /// `map[K]V{`, `struct{…}{`. Decided from the tokens just before it,
    /// without further scanning.
    fn literal_in_header(&self, j: usize) -> bool {
        let at = |k: usize| j.checked_sub(k).map(|i| &self.tokens[i].1);
        match at(1) {
            // `struct{…}{`: the `}` before closes a struct type.
            Some(Token::RBrace) => self
                .open_bracket_at(j - 1)
                .is_some_and(|k| k > 0 && self.tokens[k - 1].1 == Token::Struct),
            Some(Token::Ident(_)) => match at(2) {
                Some(Token::RBrack) => true,
                Some(Token::Period) => matches!(at(4), Some(Token::RBrack)),
                _ => false,
            },
            _ => false,
        }
    }

    /// Whether the header being parsed has gone past its first simple
    /// statement: it has an explicit `;` or a `range` clause.
    fn header_clause_complete(&self) -> bool {
        let mut depth = 0i32;
        for i in (0..self.index.min(self.tokens.len())).rev() {
            let (l, t, r) = &self.tokens[i];
            match t {
                Token::RParen | Token::RBrack | Token::RBrace => depth += 1,
                Token::LParen | Token::LBrack | Token::LBrace => depth -= 1,
                Token::Semi | Token::Range if depth == 0 && l < r => return true,
                Token::For | Token::If | Token::Switch if depth == 0 => return false,
                _ => {}
            }
        }
        false
    }

    /// Whether the `for` header being parsed already has its first `;`
    /// (a three-clause loop).
    fn for_clause_started(&self) -> bool {
        self.for_clause_started_before(self.index)
    }

    /// Whether an explicit `;` of a `for` header precedes token `end`.
    fn for_clause_started_before(&self, end: usize) -> bool {
        let mut depth = 0i32;
        for i in (0..end.min(self.tokens.len())).rev() {
            let (l, t, r) = &self.tokens[i];
            match t {
                Token::RParen | Token::RBrack | Token::RBrace => depth += 1,
                Token::LParen | Token::LBrack | Token::LBrace => depth -= 1,
                Token::Semi if depth == 0 && l < r => return true,
                Token::For if depth == 0 => return false,
                _ => {}
            }
        }
        false
    }

    /// Whether a `:` appears directly inside the innermost open bracket.
    fn colon_in_bracket(&self) -> bool {
        let Some(open) = self.open_bracket_at(self.index) else {
            return false;
        };
        let mut depth = 0i32;
        for (_, t, _) in &self.tokens[open + 1..self.index.min(self.tokens.len())] {
            match t {
                Token::LParen | Token::LBrack | Token::LBrace => depth += 1,
                Token::RParen | Token::RBrack | Token::RBrace => depth -= 1,
                Token::Colon if depth == 0 => return true,
                _ => {}
            }
        }
        false
    }

    /// The index of the bracket that the closing bracket at `close` closes.
    fn matching_open(&self, close: usize) -> Option<usize> {
        self.open_bracket_at(close)
    }

    /// The index of the innermost bracket left open before token `end`.
    fn open_bracket_at(&self, end: usize) -> Option<usize> {
        let mut depth = 0i32;
        for i in (0..end.min(self.tokens.len())).rev() {
            match self.tokens[i].1 {
                Token::RParen | Token::RBrack | Token::RBrace => depth += 1,
                Token::LParen | Token::LBrack | Token::LBrace => {
                    if depth == 0 {
                        return Some(i);
                    }
                    depth -= 1;
                }
                _ => {}
            }
        }
        None
    }

    fn classify(&self, i: usize) -> Opener {
        let before = i.checked_sub(1).map(|j| &self.tokens[j].1);
        let before2 = i.checked_sub(2).map(|j| &self.tokens[j].1);
        match self.tokens[i].1 {
            Token::LParen => match before {
                Some(Token::Func) => Opener::Params,
                Some(Token::Var | Token::Const | Token::Type | Token::Import) => Opener::Group,
                Some(Token::Ident(_)) if matches!(before2, Some(Token::Func)) => Opener::Params,
                // A method: `func (r T) name(`.
                Some(Token::Ident(_))
                    if matches!(before2, Some(Token::RParen))
                        && self
                            .matching_open(i - 2)
                            .is_some_and(|j| j > 0 && self.tokens[j - 1].1 == Token::Func) =>
                {
                    Opener::Params
                }
                // A method in an interface body.
                Some(Token::Ident(_))
                    if matches!(before2, Some(Token::LBrace | Token::Semi))
                        && self
                            .open_bracket_at(i - 1)
                            .is_some_and(|j| j > 0 && self.tokens[j - 1].1 == Token::Interface) =>
                {
                    Opener::Params
                }
                Some(Token::RParen) if self.func_header_before(i) => Opener::Params,
                Some(
                    Token::Ident(_)
                    | Token::Lit(_)
                    | Token::RParen
                    | Token::RBrack
                    | Token::RBrace
                    | Token::Chan
                    | Token::Map
                    | Token::Struct
                    | Token::Interface,
                ) => Opener::Args,
                _ => Opener::Paren,
            },
            // `[]T{`, `[N]T{`, `map[K]V{`: a literal even in a header.
            Token::LBrace
                if matches!(before, Some(Token::Ident(_)))
                    && matches!(before2, Some(Token::RBrack))
                    && !self.func_header_before(i) =>
            {
                Opener::CompositeLit
            }
            Token::LBrace => {
                // A `{` after a header keyword's expression, a function
                // signature, `else` or at statement start opens a block.
                if self.header_keyword(i).is_some()
                    || matches!(before, Some(Token::Else | Token::Semi) | None)
                    || self.func_header_before(i)
                {
                    Opener::Block
                } else if matches!(before, Some(Token::LBrace | Token::Comma | Token::Colon)) {
                    // An elided inner literal `{...}` inside a literal.
                    match self.open_bracket_at(i) {
                        Some(j) if self.classify(j) == Opener::CompositeLit => Opener::CompositeLit,
                        _ => Opener::Block,
                    }
                } else if matches!(before, Some(Token::Struct)) {
                    Opener::StructBody
                } else if matches!(before, Some(Token::Interface)) {
                    Opener::InterfaceBody
                } else {
                    Opener::CompositeLit
                }
            }
            Token::LBrack
                if matches!(
                    before,
                    Some(
                        Token::Ident(_)
                            | Token::RParen
                            | Token::RBrack
                            | Token::RBrace
                            | Token::Lit(_)
                    )
                ) =>
            {
                Opener::Index
            }
            _ => Opener::Other,
        }
    }

    /// Whether the tokens just before `end` close a function signature
    /// (`func f(...) T` or `func(...)`), scanning back over one statement.
    fn func_header_before(&self, end: usize) -> bool {
        let mut depth = 0i32;
        for i in (0..end).rev() {
            match self.tokens[i].1 {
                Token::RParen | Token::RBrack | Token::RBrace => depth += 1,
                Token::LParen | Token::LBrack | Token::LBrace => {
                    if depth == 0 {
                        return false;
                    }
                    depth -= 1;
                }
                // `[]func() int{`, `chan func(){`: a function type inside a
                // composite type, not a function's header.
                Token::Func if depth == 0 => {
                    return !matches!(
                        i.checked_sub(1).map(|j| &self.tokens[j].1),
                        Some(Token::RBrack | Token::Chan | Token::Mul)
                    );
                }
                Token::Semi if depth == 0 => return false,
                _ => {}
            }
        }
        false
    }

    /// The `if`/`for`/`switch` whose header contains position `end`, if
    /// any: scans back at bracket depth 0 (across `;`, which a header may
    /// contain) to the keyword, stopping at an enclosing bracket or a
    /// closed block.
    fn header_keyword(&self, end: usize) -> Option<&'static str> {
        self.header_keyword_from(end)
    }

    fn header_keyword_from(&self, end: usize) -> Option<&'static str> {
        let mut depth = 0i32;
        for i in (0..end.min(self.tokens.len())).rev() {
            match &self.tokens[i].1 {
                // A block closed before the error ends any header (a
                // composite literal's `}` does not).
                Token::RBrace
                    if depth == 0
                        && !self
                            .open_bracket_at(i)
                            .is_some_and(|j| self.literal_in_header(j)) =>
                {
                    return None;
                }
                Token::RParen | Token::RBrack | Token::RBrace => depth += 1,
                Token::LParen | Token::LBrack | Token::LBrace => {
                    if depth == 0 {
                        return None;
                    }
                    depth -= 1;
                }
                Token::If if depth == 0 => return Some("if"),
                Token::For if depth == 0 => return Some("for"),
                Token::Switch if depth == 0 => return Some("switch"),
                _ => {}
            }
        }
        None
    }

    /// `if x := 1 {`: a header whose last simple statement is not an
    /// expression, followed by the block. gc names the statement, at its
    /// assignment operator.
    fn statement_used_as_value(&self) -> Option<(Pos, String)> {
        if self.tok() != Some(&Token::LBrace) || !self.has("\";\"") {
            return None;
        }
        self.header_keyword(self.index)?;
        // The statement starts after the keyword or the header's last `;`.
        let mut depth = 0i32;
        let mut start = self.index;
        while start > 0 {
            let t = &self.tokens[start - 1].1;
            match t {
                Token::RParen | Token::RBrack | Token::RBrace => depth += 1,
                Token::LParen | Token::LBrack | Token::LBrace => depth -= 1,
                Token::Semi | Token::If | Token::For | Token::Switch if depth == 0 => break,
                _ => {}
            }
            start -= 1;
        }
        let stmt = &self.tokens[start..self.index];
        let (first, last) = (stmt.first()?, stmt.last()?);
        let text = |a: Pos, b: Pos| normalized(self.src[a as usize..b as usize].trim());
        let mut depth = 0i32;
        for (l, t, r) in stmt {
            match t {
                Token::LParen | Token::LBrack | Token::LBrace => depth += 1,
                Token::RParen | Token::RBrack | Token::RBrace => depth -= 1,
                Token::Assign if depth == 0 => {
                    let emphasize = |a: Pos, b: Pos| {
                        let s = text(a, b);
                        if self.has_binary_op(a, b) {
                            format!("({s})")
                        } else {
                            s
                        }
                    };
                    let lhs = emphasize(first.0, *l);
                    let rhs = emphasize(*r, last.2);
                    return Some((*l, format!("assignment {lhs} = {rhs}")));
                }
                Token::Inc | Token::Dec if depth == 0 => {
                    return Some((*l, format!("{}{}", text(first.0, *l), t.text())));
                }
                _ if depth == 0 && is_stmt_op(t) => {
                    return Some((
                        *l,
                        format!("{} {} {}", text(first.0, *l), t.text(), text(*r, last.2)),
                    ));
                }
                _ => {}
            }
        }
        // An expression: not this error.
        None
    }

    /// Whether the tokens in `a..b` contain a binary operator outside
    /// brackets.
    fn has_binary_op(&self, a: Pos, b: Pos) -> bool {
        let mut depth = 0i32;
        let mut prev_operand = false;
        for (l, t, _) in self.tokens.iter().filter(|(l, _, r)| *l >= a && *r <= b) {
            let _ = l;
            match t {
                Token::LParen | Token::LBrack | Token::LBrace => {
                    depth += 1;
                    prev_operand = false;
                }
                Token::RParen | Token::RBrack | Token::RBrace => {
                    depth -= 1;
                    prev_operand = true;
                }
                Token::Ident(_) | Token::Lit(_) => prev_operand = true,
                Token::Add
                | Token::Sub
                | Token::Mul
                | Token::Quo
                | Token::Rem
                | Token::And
                | Token::Or
                | Token::Xor
                | Token::Shl
                | Token::Shr
                | Token::AndNot
                | Token::AndAnd
                | Token::OrOr
                | Token::Eql
                | Token::Neq
                | Token::Lss
                | Token::Leq
                | Token::Gtr
                | Token::Geq
                    if depth == 0 && prev_operand =>
                {
                    return true;
                }
                _ => prev_operand = false,
            }
        }
        false
    }

    /// The message, and its position if it is not the offending token's.
    fn message(&self) -> (Option<Pos>, String) {
        if let Some((pos, what)) = self.statement_used_as_value() {
            return (
                Some(pos),
                format!("syntax error: cannot use {what} as value"),
            );
        }
        let prev_pos = self
            .index
            .checked_sub(1)
            .and_then(|i| self.tokens.get(i))
            .map(|t| t.0);
        let prev_is_newline = self
            .index
            .checked_sub(1)
            .and_then(|i| self.tokens.get(i))
            .is_some_and(|(l, t, r)| *t == Token::Semi && l == r);
        if self.tok() == Some(&Token::LBrace) && self.prev(1) == Some(&Token::If) {
            return (
                None,
                "syntax error: missing condition in if statement".into(),
            );
        }
        // `for init; {`: the condition is missing.
        if self.tok() == Some(&Token::LBrace)
            && self.prev(1) == Some(&Token::Semi)
            && self
                .index
                .checked_sub(1)
                .and_then(|i| self.header_keyword_from(i))
                == Some("for")
            && !self.for_clause_started_before(self.index - 1)
        {
            return (
                None,
                "syntax error: unexpected {, expected for loop condition".into(),
            );
        }
        // An `if`/`for`/`switch` header cut short by a newline: the newline
        // became the `;` after an init statement.
        if prev_is_newline
            && self.tok() == Some(&Token::LBrace)
            && let Some(kw) = self
                .index
                .checked_sub(1)
                .and_then(|i| self.header_keyword_from(i))
        {
            return (
                prev_pos,
                format!("syntax error: unexpected newline, expected {{ after {kw} clause"),
            );
        }
        if self.tok() == Some(&Token::LBrace)
            && self.prev(1) == Some(&Token::Semi)
            && !prev_is_newline
            && self.header_keyword(self.index) == Some("if")
        {
            return (
                prev_pos,
                "syntax error: missing condition in if statement".into(),
            );
        }
        if self.tok() == Some(&Token::Var)
            && let Some(kw) = self.header_keyword(self.index)
        {
            let next = self.tokens.get(self.index + 1).map(|t| t.0);
            return (
                next,
                format!("syntax error: var declaration not allowed in {kw} initializer"),
            );
        }
        if matches!(self.prev(1), Some(Token::Colon))
            && matches!(self.prev(2), Some(Token::Ident(_)))
            && matches!(
                self.prev(3),
                Some(Token::Semi | Token::LBrace | Token::Colon)
            )
            && (self.tok().is_none() || self.has("\"return\""))
        {
            return (
                prev_pos,
                "syntax error: missing statement after label".into(),
            );
        }
        if self.prev(1) == Some(&Token::Chan) && !self.has("Lit") {
            return (None, "syntax error: missing channel element type".into());
        }
        (None, self.plain_message())
    }

    fn plain_message(&self) -> String {
        let tok = self.unexpected();
        let err = |rest: &str| format!("syntax error: unexpected {tok}{rest}");
        let at_eof = match self.tokens.get(self.index) {
            None => true,
            Some((l, Token::Semi, r)) => l == r && *l as usize >= self.src.len(),
            Some(_) => false,
        };
        let has = |t: &str| self.has(t);

        // File level.
        if has("\"package\"") {
            return "syntax error: package statement must be first".into();
        }
        if has("\"func\"") && has("\"const\"") && !has("\"return\"") && !has("\"{\"") {
            if self.tok() == Some(&Token::Import) {
                return "syntax error: imports must appear before other declarations".into();
            }
            // `func main()` with its `{` on the next line.
            if self.tok() == Some(&Token::LBrace)
                && self.prev(1) == Some(&Token::Semi)
                && self.func_header_before(self.index - 1)
            {
                return "syntax error: unexpected semicolon or newline before {".into();
            }
            return "syntax error: non-declaration statement outside function body".into();
        }
        if self.in_import_spec() {
            if matches!(self.tok(), Some(Token::Lit(_))) {
                return "syntax error: import path must be a string".into();
            }
            return "syntax error: missing import path".into();
        }

        // Fixed contexts recognised by the previous token or the expected
        // set.
        // `<-` in a type must be followed by `chan`.
        if self.prev(1) == Some(&Token::Arrow) && has("\"chan\"") && !has("Lit") {
            return err(", expected keyword chan");
        }
        if self.tok() == Some(&Token::LParen)
            && matches!(self.prev(1), Some(Token::Semi | Token::LBrace))
            && self
                .open_bracket_at(self.index)
                .is_some_and(|j| j > 0 && self.tokens[j - 1].1 == Token::Struct)
        {
            return "syntax error: cannot parenthesize embedded type".into();
        }
        if self.prev(1) == Some(&Token::Ellipsis)
            && matches!(self.tok(), Some(Token::RParen | Token::Comma))
        {
            return "syntax error: ... is missing type".into();
        }
        if self.prev(1) == Some(&Token::Else) {
            return "syntax error: else must be followed by if or statement block".into();
        }
        if matches!(self.prev(1), Some(Token::Period | Token::Func)) && has("Ident") && has("\"(\"")
        {
            return err(", expected name or (");
        }
        if self.prev(1) == Some(&Token::Map) {
            return err(", expected [");
        }
        if !self.expected.is_empty() && self.expected.iter().all(|e| e == "\"(\"" || e == "\"[\"") {
            return err(", expected (");
        }
        if has("\"case\"") && has("\"default\"") && (has("\"return\"") || !has("\";\"")) && !at_eof
        {
            return err(", expected case or default or }");
        }
        // After an expression list that can only be assigned to.
        if has("\":=\"") && has("\"=\"") && has("\",\"") && !has("\";\"") {
            return err(", expected := or = or comma");
        }
        // After the names of a `var` spec.
        if has("\"=\"") && has("\"chan\"") && has("\",\"") && !has("Lit") {
            // gc takes `:=` for a mistyped `=`; anything else must start
            // the type.
            return if self.tok() == Some(&Token::Define) {
                err(", expected =")
            } else {
                err(", expected type")
            };
        }
        // `type T` without a type.
        if matches!(self.prev(1), Some(Token::Ident(_)))
            && (self.prev(2) == Some(&Token::Type)
                || matches!(self.prev(2), Some(Token::Semi | Token::LParen))
                    && self
                        .open_bracket_at(self.index)
                        .is_some_and(|j| j > 0 && self.tokens[j - 1].1 == Token::Type))
            && has("\"chan\"")
        {
            return err(" in type declaration");
        }
        if matches!(
            self.prev(1),
            Some(Token::Var | Token::Const | Token::Type | Token::Goto)
        ) && has("Ident")
        {
            return err(", expected name");
        }

        let open = self.open_bracket();
        let opener = open.as_ref().map(|o| o.1);
        let in_list = matches!(
            opener,
            Some(Opener::Args | Opener::Params | Opener::Paren | Opener::CompositeLit)
        );
        // Right after `(`, `{` or `,` of a list: an element is missing.
        let after_opener = matches!(
            self.prev(1),
            Some(Token::LParen | Token::LBrace | Token::Comma)
        ) && in_list;
        if after_opener && opener == Some(Opener::Params) && has("\")\"") {
            return err(", expected )");
        }

        // A missing `{` after a statement header.
        if has("\"{\"")
            && !has("Lit")
            && let Some(kw) = self.header_keyword(self.index)
        {
            // gc asks for `{` right after the first simple statement of
            // the header; once the header is complete the body's `{` is
            // missing "after the clause".
            let complete = self.header_clause_complete() || self.tok() == Some(&Token::Semi);
            return match (complete, kw) {
                (false, _) => err(", expected {"),
                (true, "switch") => "syntax error: missing { after switch clause".into(),
                (true, kw) => err(&format!(", expected {{ after {kw} clause")),
            };
        }

        let expr_start = has("Lit") && has("Ident") && has("\"func\"");
        let stmt_start = has("\"return\"");
        if expr_start && !stmt_start && !(at_eof && after_opener) {
            if self.prev(1) == Some(&Token::LBrack) && self.tok() == Some(&Token::RBrack) {
                return err(", expected operand");
            }
            return err(", expected expression");
        }
        if has("\";\"") && !has("\"{\"") {
            match self.header_keyword(self.index) {
                Some("for") if self.for_clause_started() => {
                    return err(", expected semicolon or newline");
                }
                Some(_) if self.tok() != Some(&Token::Semi) => return err(", expected {"),
                _ => {}
            }
        }

        // At end of file gc names the innermost unclosed bracket.
        if at_eof && matches!(opener, Some(Opener::StructBody | Opener::InterfaceBody)) {
            return err(", expected }");
        }
        if at_eof {
            match open.as_ref().map(|(i, _)| &self.tokens[*i].1) {
                Some(Token::LBrace) if after_opener => return err(", expected }"),
                Some(Token::LParen) if after_opener => return err(", expected )"),
                Some(Token::LBrack) if !self.colon_in_bracket() => {
                    return err(", expected comma, : or ]");
                }
                Some(Token::LBrack) => return err(", expected ]"),
                _ => {}
            }
        }

        // Inside an argument, parameter or element list.
        if let Some(opener) = opener {
            let list = match opener {
                Opener::Args | Opener::Params if has("\")\"") || has("\",\"") => {
                    let what = if opener == Opener::Args {
                        "argument list"
                    } else {
                        "parameter list"
                    };
                    Some((what, ')'))
                }
                Opener::CompositeLit if has("\"}\"") && has("\",\"") => {
                    Some(("composite literal", '}'))
                }
                _ => None,
            };
            if let Some((what, close)) = list {
                return err(&format!(" in {what}; possibly missing comma or {close}"));
            }
            if opener == Opener::Paren && has("\")\"") {
                return err(", expected )");
            }
            if opener == Opener::Index && has("\"]\"") && has("\":\"") {
                return if self.colon_in_bracket() {
                    err(", expected ]")
                } else {
                    err(", expected comma, : or ]")
                };
            }
            if opener == Opener::StructBody && has("\";\"") {
                return err(" in struct type; possibly missing semicolon or newline or }");
            }
            if opener == Opener::InterfaceBody && has("\";\"") {
                return err(" in interface type; possibly missing semicolon or newline or }");
            }
            if opener == Opener::Group {
                if matches!(self.prev(1), Some(Token::Semi | Token::LParen))
                    && has("Ident")
                    && !at_eof
                {
                    return err(", expected name");
                }
                if has("\";\"") {
                    return err(
                        " in grouped declaration; possibly missing semicolon or newline or )",
                    );
                }
            }
            if opener == Opener::StructBody
                && !has("Lit")
                && (self.tok().is_some_and(Token::is_keyword) || self.prev(1) == Some(&Token::Semi))
            {
                return err(", expected field name or embedded type");
            }
        }
        if has("\"chan\"")
            && has("\"map\"")
            && has("Ident")
            && !has("Lit")
            && !(open.is_none() && has("\";\""))
        {
            return err(", expected type");
        }

        if stmt_start && has("\"}\"") {
            return err(", expected }");
        }
        // After a complete statement or declaration.
        if has("\";\"") {
            return match open {
                None => err(" after top level declaration"),
                Some(_) => err(" at end of statement"),
            };
        }

        // Otherwise name the most telling token that was expected.
        for (terminal, name) in [
            ("\":\"", ":"),
            ("\"]\"", "]"),
            ("\")\"", ")"),
            ("\"}\"", "}"),
            ("\"{\"", "{"),
            ("Ident", "name"),
            ("\"=\"", "="),
        ] {
            if has(terminal) {
                return err(&format!(", expected {name}"));
            }
        }
        err("")
    }
}

/// The message a grammar action uses for `x{` where `x` cannot be a
/// composite literal type; the position is that of `{`. gc would not have
/// started a literal there, so report the `{` as unexpected where it is.
pub(crate) const COMPLIT_MARKER: &str = "\0complit";

/// Prefix of a grammar action's message that belongs at the operator
/// (`=`, `:=`, `+=`, `++`, `<-`) of the simple statement starting at the
/// diagnostic's position: gc's position for such statements.
pub(crate) const AT_OP: &str = "\0at-op";

/// The operator of a simple statement.
fn is_stmt_op(t: &Token) -> bool {
    matches!(t, Token::Define | Token::Inc | Token::Dec | Token::Arrow)
        || (t.text().ends_with('=')
            && !matches!(t, Token::Eql | Token::Neq | Token::Leq | Token::Geq))
}

/// An expression's text as gc prints it (`a+b` → `a + b`), by parsing it
/// again; the text itself if that fails.
fn normalized(text: &str) -> String {
    let ids = crate::build::Ids::default();
    let src = format!("package p\nvar _ = {text}\n");
    let Ok(tokens) = crate::lexer::tokenize(&src) else {
        return text.to_string();
    };
    let parsed = crate::parser::grammar::SourceFileParser::new()
        .parse(&ids, tokens.into_iter().map(Ok::<_, Diagnostic>));
    match parsed.ok().and_then(|f| f.decls.into_iter().next()) {
        Some(crate::ast::Decl::Var(mut specs)) if specs.len() == 1 => {
            match specs.pop().and_then(|s| s.values.into_iter().next()) {
                Some(e) => crate::printer::expr_string(&e),
                None => text.to_string(),
            }
        }
        _ => text.to_string(),
    }
}

fn complit_error(src: &str, tokens: &[(Pos, Token, Pos)], lbrace: Pos) -> Diagnostic {
    let index = tokens
        .iter()
        .position(|(l, t, _)| *l == lbrace && *t == Token::LBrace)
        .unwrap_or(tokens.len());
    let ctx = Context {
        src,
        tokens,
        index,
        expected: &[],
    };
    let rest = match ctx.open_bracket_at(index).map(|i| &tokens[i].1) {
        Some(Token::LParen) => ", expected )",
        Some(Token::LBrack) => ", expected ]",
        _ => " at end of statement",
    };
    Diagnostic::new(lbrace, format!("syntax error: unexpected {{{rest}"))
}
