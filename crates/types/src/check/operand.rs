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

    pub(crate) fn pos(&self) -> syntax::Pos {
        self.expr.map_or(0, super::exprstring::start_pos)
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
    /// Type string as gc's messages print it (unqualified for `main`).
    pub(crate) fn ts(&self, t: TypeId) -> String {
        self.info.types.type_string(t, false)
    }

    /// What kind of composite a defined type is ("struct", "map", ...), or
    /// the basic type's name: gc says `variable of struct type T`.
    pub(crate) fn composite_kind(&self, t: TypeId) -> String {
        match self.info.types.under(t) {
            Type::Basic(k) => k.name().to_string(),
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
