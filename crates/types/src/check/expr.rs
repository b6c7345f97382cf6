//! Expressions: entry points, dispatch on the expression kind, names,
//! type assertions and the recording of every expression's type. The
//! kinds have their own modules: `literal`, `unary`, `binary`, `index`,
//! `call`/`builtins`, `conversion`, `complit`; the conversion of untyped
//! operands to their final types is in `untyped`.

use super::exprstring::expr_string;
use super::{Checker, OpMode, Operand};
use crate::bigint::BigInt;
use crate::constant::ConstValue;
use crate::info::{Mode, TypeAndValue};
use crate::object::ObjKind;
use crate::ty::{BasicKind, Type, TypeId};
use syntax::ast::{Expr, ExprKind};

impl<'a> Checker<'a> {
    // ---- entry points ----

    /// Evaluates `e` without restrictions on its mode and records it.
    pub(crate) fn raw_expr(&mut self, e: &'a Expr, hint: Option<TypeId>) -> Operand<'a> {
        syntax::stack::guard();
        let mut x = self.expr_kind(e, hint);
        x.expr = Some(e);
        self.record(&x);
        x
    }

    /// A single value (not a type, not a no-value call, not a tuple).
    pub(crate) fn expr(&mut self, e: &'a Expr) -> Operand<'a> {
        self.expr_hint(e, None)
    }

    pub(crate) fn expr_hint(&mut self, e: &'a Expr, hint: Option<TypeId>) -> Operand<'a> {
        let mut x = self.raw_expr(e, hint);
        self.single_value(&mut x);
        self.exclude_type_and_novalue(&mut x);
        x
    }

    pub(crate) fn expr_or_type(&mut self, e: &'a Expr) -> Operand<'a> {
        let mut x = self.raw_expr(e, None);
        self.single_value(&mut x);
        if x.mode == OpMode::NoValue {
            let d = self.describe(&x);
            self.error(self.opos(&x), format!("{d} used as value or type"));
            x.mode = OpMode::Invalid;
        }
        x
    }

    fn exclude_type_and_novalue(&mut self, x: &mut Operand<'a>) {
        let msg = match x.mode {
            OpMode::TypeExpr => format!(
                "{} (type) is not an expression",
                x.expr.map(expr_string).unwrap_or_default()
            ),
            OpMode::NoValue => format!("{} used as value", self.describe(x)),
            // As written: `unsafe.Sizeof (built-in) must be called`.
            OpMode::Builtin(b) => format!(
                "{} (built-in) must be called",
                x.expr.map(expr_string).unwrap_or_else(|| b.name().into())
            ),
            _ => return,
        };
        let pos = self.opos(x);
        self.error(pos, msg);
        x.mode = OpMode::Invalid;
    }

    fn single_value(&mut self, x: &mut Operand<'a>) {
        if x.mode == OpMode::Value
            && let Type::Tuple(ts) = self.info.types.get(x.ty)
        {
            let n = ts.len();
            let _ = n;
            let msg = format!(
                "multiple-value {} (value of type {}) in single-value context",
                x.expr.map(expr_string).unwrap_or_default(),
                self.ts(x.ty)
            );
            let pos = self.opos(x);
            self.error(pos, msg);
            x.mode = OpMode::Invalid;
        }
    }

    /// Values of `e`, which may be a multi-value call; with
    /// `allow_comma_ok` a comma-ok expression yields two operands (the
    /// second an untyped bool) and `true`.
    pub(crate) fn multi_expr(
        &mut self,
        e: &'a Expr,
        allow_comma_ok: bool,
    ) -> (Vec<Operand<'a>>, bool) {
        let mut x = self.raw_expr(e, None);
        self.exclude_type_and_novalue(&mut x);
        if x.is_invalid() {
            return (vec![x], false);
        }
        if let Type::Tuple(ts) = self.info.types.get(x.ty).clone()
            && x.mode == OpMode::Value
        {
            let ops = ts
                .iter()
                .map(|&t| Operand {
                    mode: OpMode::Value,
                    ty: t,
                    val: None,
                    expr: Some(e),
                })
                .collect();
            return (ops, false);
        }
        if allow_comma_ok && matches!(x.mode, OpMode::MapIndex | OpMode::CommaOk) {
            let ok = Operand {
                mode: OpMode::Value,
                ty: self.basic(BasicKind::UntypedBool),
                val: None,
                expr: Some(e),
            };
            return (vec![x, ok], true);
        }
        (vec![x], false)
    }

    /// Records the final types of a comma-ok expression: `(T, bool)`.
    pub(crate) fn record_comma_ok(&mut self, e: &'a Expr, t: TypeId, ok_ty: TypeId) {
        let tup = self.info.types.tuple(vec![t, ok_ty]);
        self.info.expr_types.insert(
            e.id,
            TypeAndValue {
                mode: Mode::CommaOk,
                ty: tup,
                value: None,
            },
        );
        // The parenthesized inner expression too.
        let mut inner = e;
        while let ExprKind::Paren(x) = &inner.kind {
            inner = x;
            self.info.expr_types.insert(
                inner.id,
                TypeAndValue {
                    mode: Mode::CommaOk,
                    ty: tup,
                    value: None,
                },
            );
        }
    }

    pub(crate) fn record(&mut self, x: &Operand<'a>) {
        let Some(e) = x.expr else { return };
        let mode = match x.mode {
            OpMode::Invalid => return,
            OpMode::NoValue => Mode::NoValue,
            OpMode::Builtin(b) => Mode::Builtin(b),
            OpMode::TypeExpr => Mode::TypeExpr,
            OpMode::Constant => Mode::Constant,
            OpMode::Variable => Mode::Variable,
            OpMode::MapIndex => Mode::MapIndex,
            OpMode::Value | OpMode::CommaOk | OpMode::Nil => Mode::Value,
        };
        self.info.expr_types.insert(
            e.id,
            TypeAndValue {
                mode,
                ty: x.ty,
                value: x.val.clone(),
            },
        );
    }

    pub(super) fn invalid_op(&mut self, pos: syntax::Pos, msg: String) -> Operand<'a> {
        self.error(pos, format!("invalid operation: {msg}"));
        Operand::invalid(None)
    }

    pub(super) fn value(&self, mode: OpMode, ty: TypeId) -> Operand<'a> {
        Operand {
            mode,
            ty,
            val: None,
            expr: None,
        }
    }

    // ---- dispatch ----

    fn expr_kind(&mut self, e: &'a Expr, hint: Option<TypeId>) -> Operand<'a> {
        match &e.kind {
            ExprKind::Bad => Operand::invalid(None),
            ExprKind::Name(id) => self.ident(id),
            ExprKind::BasicLit { kind, raw } => self.basic_lit(e, *kind, raw),
            ExprKind::CompositeLit { ty, elts, rbrace } => {
                self.composite_lit(e, ty.as_deref(), elts, *rbrace, hint)
            }
            ExprKind::FuncLit { sig, body } => {
                let t = self.func_sig_objects(sig, None, e.id);
                self.func_body(e.id, body);
                self.value(OpMode::Value, t)
            }
            ExprKind::Paren(x) => {
                let mut r = self.raw_expr(x, hint);
                r.expr = Some(e);
                r
            }
            ExprKind::Selector(x, sel) => self.selector(e, x, sel),
            ExprKind::Index(x, i) => self.index_expr(e, x, i),
            ExprKind::Slice {
                x,
                lo,
                hi,
                max,
                three,
            } => self.slice_expr(e, x, lo.as_deref(), hi.as_deref(), max.as_deref(), *three),
            ExprKind::TypeAssert(x, t) => {
                let xv = self.expr(x);
                let Some(t) = t else {
                    self.error(
                        e.pos,
                        "invalid syntax tree: use of .(type) outside type switch",
                    );
                    return Operand::invalid(None);
                };
                let tt = self.typexpr(t);
                if xv.is_invalid() || tt == self.info.types.invalid() {
                    return Operand::invalid(None);
                }
                if !self.is_interface(xv.ty) {
                    let d = self.describe(&xv);
                    return self.invalid_op(self.opos(&xv), format!("{d} is not an interface"));
                }
                self.check_type_assert(e, &xv, tt, false);
                self.value(OpMode::CommaOk, tt)
            }
            ExprKind::Call {
                fun,
                args,
                ellipsis,
                rparen,
            } => self.call_expr(e, fun, args, *ellipsis, *rparen),
            ExprKind::Star(x) => self.star(x),
            ExprKind::Unary(op, x) => self.unary(e, *op, x),
            ExprKind::Binary(op, x, y) => self.binary(Some(e), *op, x, y),
            ExprKind::ArrayType { .. }
            | ExprKind::StructType(_)
            | ExprKind::FuncType(_)
            | ExprKind::InterfaceType(_)
            | ExprKind::MapType(..)
            | ExprKind::ChanType(..) => {
                let t = self.typexpr(e);
                if t == self.info.types.invalid() {
                    return Operand::invalid(None);
                }
                self.value(OpMode::TypeExpr, t)
            }
        }
    }

    /// Checks `x.(T)` for impossibility (T does not implement x's type).
    pub(crate) fn check_type_assert(
        &mut self,
        e: &'a Expr,
        x: &Operand<'a>,
        t: TypeId,
        in_switch: bool,
    ) {
        if self.is_interface(t) {
            return;
        }
        if let Some(cause) = self.missing_method_cause(t, x.ty) {
            let what = if in_switch {
                format!(
                    "impossible type switch case: {}\n\t{} cannot have dynamic type {}",
                    expr_string(e),
                    self.describe(x),
                    self.ts(t)
                )
            } else {
                format!("impossible type assertion: {}\n\t", expr_string(e))
            };
            let msg = if in_switch {
                format!("{what} {cause}")
            } else {
                format!(
                    "{what}{} does not implement {} {cause}",
                    self.ts(t),
                    self.ts(x.ty)
                )
            };
            self.error(super::exprstring::start_pos(e), msg);
        }
    }

    // ---- names and literals ----

    pub(super) fn ident(&mut self, id: &'a syntax::ast::Ident) -> Operand<'a> {
        if id.is_blank() {
            self.error(id.pos, "cannot use _ as value or type");
            return Operand::invalid(None);
        }
        let Some(o) = self.lookup(&id.name) else {
            self.error(id.pos, format!("undefined: {}", id.name));
            return Operand::invalid(None);
        };
        self.info.uses.insert(id.id, o);
        let kind = self.obj(o).kind.clone();
        if self.pkg_decls.contains_key(&o) {
            self.obj_decl(o);
            if !matches!(kind, ObjKind::TypeName) {
                self.add_dep(o);
            }
        }
        let ty = self.obj(o).ty;
        let inv = self.info.types.invalid();
        match kind {
            ObjKind::PkgName => {
                self.error(
                    id.pos,
                    format!("use of package {} not in selector", id.name),
                );
                Operand::invalid(None)
            }
            ObjKind::Const => {
                if id.name == "iota" && self.obj(o).pkg.is_empty() {
                    let Some(v) = self.iota else {
                        self.error(id.pos, "cannot use iota outside constant declaration");
                        return Operand::invalid(None);
                    };
                    return Operand {
                        mode: OpMode::Constant,
                        ty,
                        val: Some(ConstValue::Int(BigInt::from_u64(v as u64))),
                        expr: None,
                    };
                }
                let val = self.obj(o).value.clone();
                if ty == inv || val.is_none() {
                    return Operand::invalid(None);
                }
                Operand {
                    mode: OpMode::Constant,
                    ty,
                    val,
                    expr: None,
                }
            }
            ObjKind::TypeName => {
                if ty == inv {
                    return Operand::invalid(None);
                }
                self.value(OpMode::TypeExpr, ty)
            }
            ObjKind::Var(_) => {
                self.used.insert(o);
                if ty == inv {
                    return Operand::invalid(None);
                }
                self.value(OpMode::Variable, ty)
            }
            ObjKind::Func => {
                if ty == inv {
                    return Operand::invalid(None);
                }
                self.value(OpMode::Value, ty)
            }
            ObjKind::Builtin(b) => self.value(OpMode::Builtin(b), inv),
            ObjKind::Nil => self.value(OpMode::Nil, self.basic(BasicKind::UntypedNil)),
            ObjKind::Label => Operand::invalid(None),
        }
    }

    /// The position of binary operator `op` written before operand `y`.
    pub(crate) fn op_pos(&self, y: &Expr, op: &str) -> syntax::Pos {
        let t = self.src.text.as_bytes();
        let mut i = super::exprstring::start_pos(y) as usize;
        while i > 0 && t[i - 1].is_ascii_whitespace() {
            i -= 1;
        }
        if i >= op.len() && &t[i - op.len()..i] == op.as_bytes() {
            return (i - op.len()) as syntax::Pos;
        }
        super::exprstring::start_pos(y)
    }

    /// The position of byte `ch` just before `pos` (skipping blanks), or
    /// `pos` itself: the AST has no positions for some punctuation.
    pub(crate) fn find_back(&self, pos: syntax::Pos, ch: u8) -> syntax::Pos {
        let t = self.src.text.as_bytes();
        let mut i = pos as usize;
        while i > 0 {
            i -= 1;
            if t[i] == ch {
                return i as syntax::Pos;
            }
            if !t[i].is_ascii_whitespace() {
                break;
            }
        }
        pos
    }

    /// Evaluates an expression only for its side effects on `used` and the
    /// tables (after an error).
    pub(crate) fn use_expr(&mut self, e: &'a Expr) {
        let _ = self.raw_expr(e, None);
    }
}
