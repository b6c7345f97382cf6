//! Operands: the checker's intermediate result for an expression, and
//! their description in messages (`x (variable of type int)`).

use syntax::ast::Expr;

use super::Checker;
use super::constant::const_string;
use super::exprstring::expr_string;
use crate::constant::ConstValue;
use crate::object::Builtin;
use crate::ty::{BasicKind, Type, TypeId};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum OpMode {
    Invalid,
    NoValue,
    Builtin(Builtin),
    TypeExpr,
    Constant,
    Variable,
    MapIndex,
    Value,
    /// `x.(T)` / `<-ch`: a value usable in a comma-ok assignment.
    CommaOk,
    /// The predeclared `nil` (its type is the context's once converted).
    Nil,
}

#[derive(Clone, Debug)]
pub(crate) struct Operand<'a> {
    pub mode: OpMode,
    pub ty: TypeId,
    pub val: Option<ConstValue>,
    pub expr: Option<&'a Expr>,
}

impl<'a> Operand<'a> {
    pub(crate) fn invalid(expr: Option<&'a Expr>) -> Operand<'a> {
        Operand {
            mode: OpMode::Invalid,
            ty: TypeId(BasicKind::Invalid as u32),
            val: None,
            expr,
        }
    }

    pub(crate) fn is_invalid(&self) -> bool {
        self.mode == OpMode::Invalid
    }

    pub(crate) fn is_nil(&self) -> bool {
        self.mode == OpMode::Nil
    }
}

fn mode_string(m: OpMode) -> &'static str {
    match m {
        OpMode::Invalid => "invalid operand",
        OpMode::NoValue => "no value",
        OpMode::Builtin(_) => "built-in",
        OpMode::TypeExpr => "type",
        OpMode::Constant => "constant",
        OpMode::Variable => "variable",
        OpMode::MapIndex => "map index expression",
        OpMode::Value => "value",
        OpMode::CommaOk => "comma, ok expression",
        OpMode::Nil => "nil",
    }
}

impl Checker<'_> {
    /// Where gc reports an error about operand `x`: the start of its
    /// expression as types2's `syntax.StartPos` computes it, which does not
    /// descend into slice expressions (they start at their `[`).
    pub(crate) fn opos(&self, x: &Operand) -> syntax::Pos {
        x.expr.map_or(0, |e| self.gc_start(e))
    }

    pub(crate) fn gc_start(&self, e: &Expr) -> syntax::Pos {
        use syntax::ast::ExprKind;
        match &e.kind {
            ExprKind::Selector(x, _)
            | ExprKind::Index(x, _)
            | ExprKind::TypeAssert(x, _)
            | ExprKind::Binary(_, x, _) => self.gc_start(x),
            ExprKind::Call { fun, .. } => self.gc_start(fun),
            ExprKind::CompositeLit { ty: Some(t), .. } => self.gc_start(t),
            ExprKind::Slice { .. } => self.slice_bracket(e),
            _ => e.pos,
        }
    }

    /// The `[` of a slice expression (gc reports unassignable slice
    /// expressions there); the AST has no position for it, so measure the
    /// sliced operand's printed length.
    pub(crate) fn slice_bracket(&self, e: &Expr) -> syntax::Pos {
        let syntax::ast::ExprKind::Slice { x, .. } = &e.kind else {
            return super::exprstring::start_pos(e);
        };
        let t = self.src.text.as_bytes();
        let mut i = super::exprstring::start_pos(x) as usize + expr_string(x).len();
        while i < t.len() && t[i].is_ascii_whitespace() {
            i += 1;
        }
        if t.get(i) == Some(&b'[') {
            i as syntax::Pos
        } else {
            super::exprstring::start_pos(e)
        }
    }

    /// Type string as gc's messages print it (unqualified for `main`).
    pub(crate) fn ts(&self, t: TypeId) -> String {
        self.alias_names(self.info.types.type_string(t, false))
    }

    /// `byte`/`rune` share ids with uint8/int32, so messages cannot know
    /// which spelling a type had. gc names them by their spelling; most
    /// programs (and implicit types: string bytes, rune literals, range
    /// over strings) use byte/rune, so print those unless the program
    /// itself spells `uint8`/`int32`.
    pub(crate) fn alias_names(&self, s: String) -> String {
        let mut s = s;
        for (plain, alias, spelled) in [
            ("uint8", "byte", self.spells_uint8),
            ("int32", "rune", self.spells_int32),
        ] {
            if !spelled && s.contains(plain) {
                s = replace_word(&s, plain, alias);
            }
        }
        s
    }

    /// What kind of composite a defined type is ("struct", "map", ...), or
    /// the basic type's name: gc says `variable of struct type T`.
    pub(crate) fn composite_kind(&self, t: TypeId) -> String {
        match self.info.types.under(t) {
            Type::Basic(k) => self.alias_names(k.name().to_string()),
            Type::Array { .. } => "array".into(),
            Type::Slice(_) => "slice".into(),
            Type::Struct(_) => "struct".into(),
            Type::Pointer(_) => "pointer".into(),
            Type::Func(_) => "func".into(),
            Type::Interface(_) => "interface".into(),
            Type::Map { .. } => "map".into(),
            Type::Chan { .. } => "chan".into(),
            Type::Tuple(_) => "tuple".into(),
            Type::Named(_) => String::new(),
        }
    }

    /// types2's `operandString`.
    pub(crate) fn describe(&self, x: &Operand) -> String {
        if x.mode == OpMode::Nil {
            let un = self.info.types.basic(BasicKind::UntypedNil);
            return if x.ty == un || x.ty == self.info.types.invalid() {
                "nil".into()
            } else {
                format!("nil (of type {})", self.ts(x.ty))
            };
        }
        let expr = match (x.expr, x.mode) {
            (Some(e), _) => expr_string(e),
            (None, OpMode::Builtin(b)) => b.name().to_string(),
            (None, OpMode::TypeExpr) => self.ts(x.ty),
            (None, OpMode::Constant) => x.val.as_ref().map(const_string).unwrap_or_default(),
            _ => String::new(),
        };
        let mut s = String::new();
        if !expr.is_empty() {
            s.push_str(&expr);
            s.push_str(" (");
        }
        let mut has_type = false;
        match x.mode {
            OpMode::Invalid | OpMode::NoValue | OpMode::Builtin(_) | OpMode::TypeExpr => {}
            _ => {
                if let Type::Basic(k) = self.info.types.get(x.ty)
                    && k.is_untyped()
                {
                    if matches!(x.val, Some(ConstValue::Complex(..))) {
                        s.push_str("untyped complex");
                    } else {
                        s.push_str(k.name());
                    }
                    s.push(' ');
                } else {
                    has_type = true;
                }
            }
        }
        s.push_str(mode_string(x.mode));
        if x.mode == OpMode::Constant
            && let Some(v) = &x.val
        {
            let vs = const_string(v);
            if vs != expr {
                s.push(' ');
                s.push_str(&vs);
            }
        }
        if has_type {
            if x.ty != self.info.types.invalid() {
                // `any` is an alias: gc describes it like a defined type.
                let is_any =
                    matches!(self.info.types.get(x.ty), Type::Interface(ms) if ms.is_empty());
                let desc = if matches!(self.info.types.get(x.ty), Type::Named(_)) || is_any {
                    format!("{} ", self.composite_kind(x.ty))
                } else {
                    String::new()
                };
                s.push_str(&format!(" of {desc}type {}", self.ts(x.ty)));
            } else {
                s.push_str(" with invalid type");
            }
        }
        if !expr.is_empty() {
            s.push(')');
        }
        s
    }
}

/// Replaces whole-word occurrences of `word` (not part of a longer name or
/// a qualified name) with `by`.
fn replace_word(s: &str, word: &str, by: &str) -> String {
    let b = s.as_bytes();
    let is_name = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c == b'.';
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        if s[i..].starts_with(word)
            && (i == 0 || !is_name(b[i - 1]))
            && b.get(i + word.len()).is_none_or(|&c| !is_name(c))
        {
            out.push_str(by);
            i += word.len();
        } else {
            let c = s[i..].chars().next().unwrap_or(' ');
            out.push(c);
            i += c.len_utf8();
        }
    }
    out
}
