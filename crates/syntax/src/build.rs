//! Helpers the grammar actions call to build the AST: fresh node ids and
//! the few constructions that need checks (parameter grouping, switch
//! headers, composite-literal types).

use std::cell::Cell;

use lalrpop_util::ParseError;

use crate::ast::*;
use crate::diag::Diagnostic;
use crate::pos::Pos;
use crate::token::Token;

pub type PErr = ParseError<Pos, Token, Diagnostic>;

fn user(pos: Pos, msg: impl Into<String>) -> PErr {
    ParseError::User {
        error: Diagnostic::new(pos, msg),
    }
}

/// Hands out [`NodeId`]s in order.
#[derive(Default)]
pub struct Ids {
    next: Cell<u32>,
}

impl Ids {
    pub fn starting_at(first: u32) -> Ids {
        Ids {
            next: Cell::new(first),
        }
    }

    pub fn fresh(&self) -> NodeId {
        let n = self.next.get();
        self.next.set(n + 1);
        NodeId(n)
    }

    pub fn count(&self) -> u32 {
        self.next.get()
    }

    pub fn expr(&self, pos: Pos, kind: ExprKind) -> Expr {
        Expr {
            id: self.fresh(),
            pos,
            kind,
        }
    }

    pub fn ident(&self, pos: Pos, name: String) -> Ident {
        Ident {
            id: self.fresh(),
            pos,
            name,
        }
    }

    pub fn name(&self, id: Ident) -> Expr {
        let pos = id.pos;
        self.expr(pos, ExprKind::Name(id))
    }

    pub fn binary(&self, op: BinaryOp, l: Expr, r: Expr) -> Expr {
        let pos = l.pos;
        self.expr(pos, ExprKind::Binary(op, Box::new(l), Box::new(r)))
    }

    /// A unary expression. `<-chan T` parses as a receive applied to the
    /// channel type `chan T`; it is folded into a receive-only channel type
    /// here, as gc does, so the grammar needs no `<-` `chan` rule that
    /// would conflict with the receive operator.
    pub fn unary(&self, pos: Pos, op: UnaryOp, x: Expr) -> Expr {
        if op == UnaryOp::Recv
            && let ExprKind::ChanType(ChanDir::Both, elem) = x.kind
        {
            return self.expr(pos, ExprKind::ChanType(ChanDir::Recv, elem));
        }
        self.expr(pos, ExprKind::Unary(op, Box::new(x)))
    }
}

/// One entry of a parameter list before grouping: `T`, `name T`,
/// `name ...T`, `...T`.
pub struct RawParam {
    pub pos: Pos,
    pub name: Option<Ident>,
    pub ty: Expr,
    pub variadic: bool,
}

/// Groups a parameter list the way Go reads it: either every parameter is
/// named (`a, b int, c string`: a bare name takes the type that follows)
/// or none is (`int, string`), with gc's messages when the two mix.
pub fn group_params(raw: Vec<RawParam>, rparen: Pos) -> Result<Vec<Field>, PErr> {
    let field = |pos, names, ty, variadic| Field {
        pos,
        names,
        ty,
        variadic,
        embedded: false,
        tag: None,
    };
    // A bare name (no type after it) is a name if some parameter is
    // written `name T`, and a type otherwise.
    let is_bare =
        |p: &RawParam| p.name.is_none() && !p.variadic && matches!(p.ty.kind, ExprKind::Name(_));
    let named = raw.iter().filter(|p| p.name.is_some()).count();
    if named == 0 {
        return Ok(raw
            .into_iter()
            .map(|p| field(p.pos, Vec::new(), p.ty, p.variadic))
            .collect());
    }
    let typed_only = raw
        .iter()
        .filter(|p| p.name.is_none() && !is_bare(p))
        .count();
    // Right to left, as gc: a bare name takes the type of the parameter
    // after it; the leftmost problem is reported.
    let mut error = None;
    let mut has_type = false;
    for p in raw.iter().rev() {
        if is_bare(p) {
            if !has_type {
                error = Some(p.pos);
            }
        } else {
            has_type = true;
            if p.name.is_none() {
                error = Some(p.pos);
            }
        }
    }
    if let Some(pos) = error {
        return Err(if typed_only == 0 {
            user(rparen, "syntax error: missing parameter type")
        } else {
            user(pos, "syntax error: missing parameter name")
        });
    }
    let mut fields = Vec::new();
    let mut pending: Vec<Ident> = Vec::new();
    let mut pending_pos = None;
    for p in raw {
        match p.name {
            Some(name) => {
                let pos = pending_pos.take().unwrap_or(p.pos);
                let mut names = std::mem::take(&mut pending);
                names.push(name);
                fields.push(field(pos, names, p.ty, p.variadic));
            }
            None => {
                if let ExprKind::Name(id) = p.ty.kind {
                    pending_pos.get_or_insert(p.pos);
                    pending.push(id);
                }
            }
        }
    }
    Ok(fields)
}

/// Builds a `switch` statement from its header. The header's last simple
/// statement is the tag; `x.(type)` or `v := x.(type)` there makes it a
/// type switch, whose clauses' expressions are types.
pub fn switch_stmt(
    ids: &Ids,
    pos: Pos,
    init: Option<Stmt>,
    tag: Option<Stmt>,
    clauses: Vec<CaseClause>,
    rbrace: Pos,
) -> Result<Stmt, PErr> {
    let init = init.map(Box::new);
    let type_switch = |init, bind: Option<Ident>, x: Expr, clauses: Vec<CaseClause>| {
        let body = clauses
            .into_iter()
            .map(|c| TypeCaseClause {
                pos: c.pos,
                types: c.exprs,
                is_default: c.is_default,
                body: c.body,
                bind_id: ids.fresh(),
            })
            .collect();
        StmtKind::TypeSwitch {
            init,
            bind,
            x,
            body,
            rbrace,
        }
    };
    let kind = match tag.map(|s| (s.pos, s.kind)) {
        None => StmtKind::Switch {
            init,
            tag: None,
            body: clauses,
            rbrace,
        },
        Some((_, StmtKind::Expr(e))) => match e.kind {
            ExprKind::TypeAssert(x, None) => type_switch(init, None, *x, clauses),
            kind => StmtKind::Switch {
                init,
                tag: Some(Expr { kind, ..e }),
                body: clauses,
                rbrace,
            },
        },
        Some((
            p,
            StmtKind::Assign {
                mut lhs,
                op: AssignOp::Define,
                mut rhs,
            },
        )) if lhs.len() == 1
            && rhs.len() == 1
            && matches!(lhs[0].kind, ExprKind::Name(_))
            && matches!(rhs[0].kind, ExprKind::TypeAssert(_, None)) =>
        {
            let (Some(l), Some(r)) = (lhs.pop(), rhs.pop()) else {
                return Err(user(p, "syntax error: bad type switch"));
            };
            match (l.kind, r.kind) {
                (ExprKind::Name(v), ExprKind::TypeAssert(x, None)) => {
                    type_switch(init, Some(v), *x, clauses)
                }
                _ => return Err(user(p, "syntax error: bad type switch")),
            }
        }
        Some((pos, kind)) => {
            let text = match &kind {
                // gc: `cannot use assignment x = y as value`, with a binary
                // side parenthesised.
                StmtKind::Assign {
                    lhs,
                    op: AssignOp::Assign,
                    rhs,
                } => format!("assignment {} = {}", emphasize(lhs), emphasize(rhs)),
                _ => crate::printer::simple_stmt_string(&Stmt { pos, kind }),
            };
            return Err(user(
                pos,
                format!(
                    "{}syntax error: cannot use {text} as value",
                    crate::errors::AT_OP
                ),
            ));
        }
    };
    Ok(Stmt { pos, kind })
}

/// Assigns `iota` to the specs of a `const` group.
pub fn const_group(mut specs: Vec<ConstSpec>) -> Decl {
    for (i, s) in specs.iter_mut().enumerate() {
        s.iota = i as u32;
    }
    Decl::Const(specs)
}

/// Checks that `x` can be the type of a composite literal `x{...}`
/// written with a name (gc accepts names, qualified names and generic
/// instantiations here; everything else is a syntax error).
pub fn complit_type(x: &Expr, lbrace: Pos) -> Result<(), PErr> {
    match &x.kind {
        ExprKind::Paren(inner) if complit_type(inner, lbrace).is_ok() => Err(user(
            lbrace,
            "syntax error: cannot parenthesize type in composite literal",
        )),
        ExprKind::Name(_)
        | ExprKind::Selector(..)
        | ExprKind::Index(..)
        | ExprKind::ArrayType { .. }
        | ExprKind::MapType(..)
        | ExprKind::StructType(_)
        | ExprKind::InterfaceType(_) => Ok(()),
        _ => Err(user(lbrace, crate::errors::COMPLIT_MARKER)),
    }
}

/// The body of an import path literal.
pub fn import_path(pos: Pos, raw: &str) -> Result<String, PErr> {
    if !raw.starts_with('"') && !raw.starts_with('`') {
        return Err(user(pos, "syntax error: import path must be a string"));
    }
    let bytes = crate::literal::unquote_string(raw).map_err(|e| user(pos, e))?;
    let path = String::from_utf8(bytes).map_err(|_| user(pos, "invalid import path"))?;
    if path.is_empty() {
        return Err(user(pos, "invalid import path: \"\""));
    }
    Ok(path)
}

/// The text of a struct tag.
pub fn tag(pos: Pos, raw: &str) -> Result<String, PErr> {
    let bytes = crate::literal::unquote_string(raw).map_err(|e| user(pos, e))?;
    String::from_utf8(bytes).map_err(|_| user(pos, "struct tag is not valid UTF-8"))
}

/// The single receiver of a method declaration (gc's messages for none or
/// several, at the method name).
pub fn receiver(recv: Option<Vec<Field>>, name: &Ident) -> Result<Option<Field>, PErr> {
    let Some(mut list) = recv else {
        return Ok(None);
    };
    let count: usize = list.iter().map(|f| f.names.len().max(1)).sum();
    match (list.pop(), count) {
        (Some(f), 1) => Ok(Some(f)),
        (None, _) => Err(user(name.pos, "method has no receiver")),
        _ => Err(user(name.pos, "method has multiple receivers")),
    }
}

/// An expression list as gc quotes one side of an assignment: a single
/// binary expression gets parentheses.
fn emphasize(list: &[Expr]) -> String {
    let text: Vec<String> = list.iter().map(crate::printer::expr_string).collect();
    match list {
        [e] if matches!(e.kind, ExprKind::Binary(..)) => format!("({})", text[0]),
        _ => text.join(", "),
    }
}
