//! Expressions: names, literals, operators, indexing, slicing,
//! dereference, type assertions; recording of every expression's type;
//! the conversion of untyped operands to their final types.

use syntax::ast::{BinaryOp, Expr, ExprKind, LitKind, UnaryOp};

use super::constant as cst;
use super::exprstring::{expr_string, unparen};
use super::{Checker, OpMode, Operand};
use crate::bigint::BigInt;
use crate::constant::ConstValue;
use crate::info::{Mode, TypeAndValue};
use crate::object::ObjKind;
use crate::ty::{BasicKind, ChanDir, Type, TypeId};

/// Why an untyped operand cannot take a target type.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum ConvErr {
    Truncated,
    Overflow,
    Invalid,
}

impl<'a> Checker<'a> {
    // ---- entry points ----

    /// Evaluates `e` without restrictions on its mode and records it.
    pub(crate) fn raw_expr(&mut self, e: &'a Expr, hint: Option<TypeId>) -> Operand<'a> {
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
            OpMode::Builtin(b) => format!("{} (built-in) must be called", b.name()),
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

    fn invalid_op(&mut self, pos: syntax::Pos, msg: String) -> Operand<'a> {
        self.error(pos, format!("invalid operation: {msg}"));
        Operand::invalid(None)
    }

    fn value(&self, mode: OpMode, ty: TypeId) -> Operand<'a> {
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

    fn ident(&mut self, id: &'a syntax::ast::Ident) -> Operand<'a> {
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

    fn basic_lit(&mut self, e: &'a Expr, kind: LitKind, raw: &str) -> Operand<'a> {
        let (k, v) = match kind {
            LitKind::Int => (BasicKind::UntypedInt, parse_int(raw).map(ConstValue::Int)),
            LitKind::Float => (BasicKind::UntypedFloat, float_lit(raw)),
            LitKind::Imag => {
                let body = raw.strip_suffix('i').unwrap_or(raw);
                let v = imag_body(body).map(|f| ConstValue::Complex(0.0, f));
                // No untyped complex kind in the data model: an untyped
                // float whose value is complex stands for it.
                (BasicKind::UntypedFloat, v)
            }
            LitKind::Rune => (
                BasicKind::UntypedRune,
                unquote_char(raw).map(|c| ConstValue::Int(BigInt::from_u64(c as u64))),
            ),
            LitKind::String => (
                BasicKind::UntypedString,
                unquote_string(raw).map(ConstValue::String),
            ),
        };
        let Some(v) = v else {
            self.error(e.pos, format!("malformed constant: {raw}"));
            return Operand::invalid(None);
        };
        if cst::too_big(&v) {
            self.error(e.pos, "constant overflow");
            return Operand::invalid(None);
        }
        Operand {
            mode: OpMode::Constant,
            ty: self.basic(k),
            val: Some(v),
            expr: None,
        }
    }

    // ---- untyped conversion ----

    /// types2's `implicitTypeAndValue`: the type (and converted constant
    /// value) an untyped operand takes in a context of type `target`.
    pub(crate) fn implicit_type(
        &self,
        x: &Operand<'a>,
        target: TypeId,
    ) -> Result<(TypeId, Option<ConstValue>), ConvErr> {
        if x.is_invalid() || !self.is_untyped(x.ty) || !self.is_valid(target) {
            return Ok((x.ty, None));
        }
        if self.is_untyped(target) {
            // Both untyped: the "larger" kind (int < rune < float).
            let (a, b) = (
                self.info.types.basic_kind(x.ty),
                self.info.types.basic_kind(target),
            );
            let rank = |k: Option<BasicKind>| match k {
                Some(BasicKind::UntypedInt) => Some(1),
                Some(BasicKind::UntypedRune) => Some(2),
                Some(BasicKind::UntypedFloat) => Some(3),
                _ => None,
            };
            return match (rank(a), rank(b)) {
                (Some(ra), Some(rb)) => Ok((if ra >= rb { x.ty } else { target }, None)),
                _ if a == b => Ok((x.ty, None)),
                _ => Err(ConvErr::Invalid),
            };
        }
        if x.is_nil() {
            return if self.has_nil(target) {
                Ok((target, None))
            } else {
                Err(ConvErr::Invalid)
            };
        }
        match self.info.types.under(target).clone() {
            Type::Basic(k) => {
                if x.mode == OpMode::Constant
                    && let Some(v) = &x.val
                {
                    return match cst::representable(v, k) {
                        Some(nv) => Ok((target, Some(nv))),
                        None => Err(self.repr_error(x.ty, k)),
                    };
                }
                let xk = self.info.types.basic_kind(x.ty);
                let ok = match xk {
                    Some(BasicKind::UntypedBool) => k.is_boolean(),
                    Some(
                        BasicKind::UntypedInt | BasicKind::UntypedRune | BasicKind::UntypedFloat,
                    ) => k.is_numeric(),
                    Some(BasicKind::UntypedString) => k.is_string(),
                    _ => false,
                };
                if ok {
                    Ok((target, None))
                } else {
                    Err(ConvErr::Invalid)
                }
            }
            Type::Interface(_) => Ok((self.default_of(x.ty, x.val.as_ref()), None)),
            _ => Err(ConvErr::Invalid),
        }
    }

    fn repr_error(&self, from: TypeId, k: BasicKind) -> ConvErr {
        if self.is_numeric(from) && k.is_numeric() {
            if !self.is_integer(from) && k.is_integer() {
                ConvErr::Truncated
            } else {
                ConvErr::Overflow
            }
        } else {
            ConvErr::Invalid
        }
    }

    /// Converts an untyped operand to `target` (types2's
    /// `convertUntyped`), reporting `cannot convert`/`overflows`.
    pub(crate) fn convert_untyped(&mut self, x: &mut Operand<'a>, target: TypeId) {
        match self.implicit_type(x, target) {
            Ok((t, v)) => self.set_operand_type(x, t, v),
            Err(code) => {
                let tu = self.info.types.underlying(target);
                let d = self.describe(x);
                let msg = match code {
                    ConvErr::Truncated => format!("{d} truncated to {}", self.ts(tu)),
                    ConvErr::Overflow => format!("{d} overflows {}", self.ts(tu)),
                    ConvErr::Invalid => format!("cannot convert {d} to type {}", self.ts(tu)),
                };
                let pos = self.opos(x);
                self.error(pos, msg);
                x.mode = OpMode::Invalid;
            }
        }
    }

    /// Gives `x` (and its expression tree) the final type `t`.
    pub(crate) fn set_operand_type(
        &mut self,
        x: &mut Operand<'a>,
        t: TypeId,
        v: Option<ConstValue>,
    ) {
        if let Some(v) = v {
            x.val = Some(v.clone());
            if let Some(e) = x.expr
                && let Some(tv) = self.info.expr_types.get_mut(&e.id)
            {
                tv.value = Some(v);
            }
        }
        if t != x.ty {
            x.ty = t;
            if let Some(e) = x.expr {
                self.update_expr_type(e, t);
            }
        }
    }

    /// Propagates a final type down an untyped expression tree (types2's
    /// `updateExprType`): the operands of untyped arithmetic take the
    /// same type, the left operand of a shift too, comparison operands
    /// keep theirs.
    pub(crate) fn update_expr_type(&mut self, e: &'a Expr, t: TypeId) {
        let Some(old) = self.info.expr_types.get(&e.id).map(|tv| tv.ty) else {
            return;
        };
        if !self.is_untyped(old) {
            return;
        }
        match &e.kind {
            ExprKind::Paren(x) => self.update_expr_type(x, t),
            ExprKind::Unary(_, x) => self.update_expr_type(x, t),
            ExprKind::Binary(op, x, y) => {
                if op.is_comparison() {
                    // Operands have their own (already final) types.
                } else if op.is_shift() {
                    self.update_expr_type(x, t);
                } else {
                    self.update_expr_type(x, t);
                    self.update_expr_type(y, t);
                }
            }
            _ => {}
        }
        // A non-constant shift's untyped constant operand must end up an
        // integer.
        if self.shift_lhs.contains(&e.id) && !self.is_untyped(t) && !self.is_integer(t) {
            self.shift_lhs.remove(&e.id);
            let mut x = Operand {
                mode: OpMode::Constant,
                ty: old,
                val: self
                    .info
                    .expr_types
                    .get(&e.id)
                    .and_then(|tv| tv.value.clone()),
                expr: Some(e),
            };
            if x.val.is_none() {
                x.mode = OpMode::Value;
            }
            let d = self.describe(&x);
            let msg = format!(
                "invalid operation: shifted operand {} (type {}) must be integer",
                expr_string(e),
                self.ts(t)
            );
            let _ = d;
            self.error(super::exprstring::start_pos(e), msg);
            return;
        }
        if let Some(tv) = self.info.expr_types.get_mut(&e.id) {
            tv.ty = t;
            // A constant's value is stored in its final representation.
            if let (Some(v), Some(k)) = (&tv.value, self.info.types.basic_kind(t))
                && let Some(nv) = cst::representable(v, k)
            {
                tv.value = Some(nv);
            }
        }
    }

    // ---- operators ----

    fn star(&mut self, x: &'a Expr) -> Operand<'a> {
        let xv = self.expr_or_type(x);
        match xv.mode {
            OpMode::Invalid => Operand::invalid(None),
            OpMode::TypeExpr => {
                let p = self.info.types.pointer(xv.ty);
                self.value(OpMode::TypeExpr, p)
            }
            OpMode::Nil => self.invalid_op(self.opos(&xv), "cannot indirect nil".into()),
            _ => match self.info.types.under(xv.ty).clone() {
                Type::Pointer(el) => self.value(OpMode::Variable, el),
                _ => {
                    let d = self.describe(&xv);
                    self.invalid_op(self.opos(&xv), format!("cannot indirect {d}"))
                }
            },
        }
    }

    fn unary(&mut self, e: &'a Expr, op: UnaryOp, x: &'a Expr) -> Operand<'a> {
        if op == UnaryOp::Addr {
            if let ExprKind::CompositeLit { .. } = &unparen(x).kind {
                let xv = self.expr(x);
                if xv.is_invalid() {
                    return xv;
                }
                let p = self.info.types.pointer(xv.ty);
                return self.value(OpMode::Value, p);
            }
            let xv = self.expr(x);
            if xv.is_invalid() {
                return xv;
            }
            if xv.mode != OpMode::Variable {
                let d = self.describe(&xv);
                return self.invalid_op(self.opos(&xv), format!("cannot take address of {d}"));
            }
            let p = self.info.types.pointer(xv.ty);
            return self.value(OpMode::Value, p);
        }
        let mut xv = self.expr(x);
        if xv.is_invalid() {
            return xv;
        }
        if op == UnaryOp::Recv {
            return match self.info.types.under(xv.ty).clone() {
                Type::Chan { dir, elem } => {
                    if dir == ChanDir::Send {
                        let d = self.describe(&xv);
                        return self.invalid_op(
                            self.opos(&xv),
                            format!(
                                "cannot receive from send-only channel {} {d}",
                                self.ts(xv.ty)
                            ),
                        );
                    }
                    self.value(OpMode::CommaOk, elem)
                }
                _ => {
                    let d = self.describe(&xv);
                    let ts = self.ts(xv.ty);
                    self.invalid_op(
                        self.opos(&xv),
                        format!("cannot receive from non-channel {ts} {d}"),
                    )
                }
            };
        }
        let ok = match op {
            UnaryOp::Pos | UnaryOp::Neg => self.is_numeric(xv.ty),
            UnaryOp::BitNot => self.is_integer(xv.ty),
            UnaryOp::Not => self.is_boolean(xv.ty),
            _ => false,
        };
        if !ok {
            let d = self.describe(&xv);
            return self.invalid_op(
                self.opos(&xv),
                format!("operator {} not defined on {d}", op.as_str()),
            );
        }
        if xv.mode == OpMode::Constant
            && let Some(v) = &xv.val
        {
            let k = self
                .info
                .types
                .basic_kind(xv.ty)
                .unwrap_or(BasicKind::Invalid);
            match cst::unary(op, v, k) {
                Some(nv) => {
                    xv.val = Some(nv);
                    xv.expr = Some(e);
                    self.check_overflow(&mut xv);
                    xv.expr = None;
                    return xv;
                }
                None => return Operand::invalid(None),
            }
        }
        xv.mode = OpMode::Value;
        xv.val = None;
        xv.expr = None;
        xv
    }

    /// Typed constants must be representable after each operation;
    /// untyped integers must stay within 512 bits.
    pub(crate) fn check_overflow(&mut self, x: &mut Operand<'a>) {
        let Some(v) = x.val.clone() else { return };
        if !self.is_untyped(x.ty) {
            if let Some(k) = self.info.types.basic_kind(x.ty) {
                match cst::representable(&v, k) {
                    Some(nv) => x.val = Some(nv),
                    None => {
                        let code = self.repr_error(x.ty, k);
                        let d = self.describe(x);
                        let tu = self.info.types.underlying(x.ty);
                        let msg = match code {
                            ConvErr::Truncated => format!("{d} truncated to {}", self.ts(tu)),
                            ConvErr::Overflow => format!("{d} overflows {}", self.ts(tu)),
                            ConvErr::Invalid => {
                                format!("cannot convert {d} to type {}", self.ts(tu))
                            }
                        };
                        let pos = self.opos(x);
                        self.error(pos, msg);
                        x.mode = OpMode::Invalid;
                    }
                }
            }
        } else if cst::too_big(&v) {
            // gc: "constant shift overflow" at the operator.
            let (name, pos) = match x.expr.map(|e| (&e.kind, e)) {
                Some((ExprKind::Binary(op, _, y), _)) => {
                    let name = match op {
                        BinaryOp::Add => "addition ",
                        BinaryOp::Sub => "subtraction ",
                        BinaryOp::Xor => "bitwise XOR ",
                        BinaryOp::Mul => "multiplication ",
                        BinaryOp::Shl => "shift ",
                        _ => "",
                    };
                    (name, self.op_pos(y, op.as_str()))
                }
                Some((ExprKind::Unary(UnaryOp::BitNot, _), e)) => ("bitwise complement ", e.pos),
                _ => ("", self.opos(x)),
            };
            self.error(pos, format!("constant {name}overflow"));
            x.mode = OpMode::Invalid;
        }
    }

    /// types2's `matchTypes`: converts an untyped operand to the other
    /// operand's type where that can make sense.
    fn match_types(&mut self, x: &mut Operand<'a>, y: &mut Operand<'a>) {
        let may_convert = |c: &Self, x: &Operand, y: &Operand| -> bool {
            let (xu, yu) = (c.is_untyped(x.ty), c.is_untyped(y.ty));
            if !xu && !yu {
                return false;
            }
            if c.is_boolean(x.ty) != c.is_boolean(y.ty) {
                return false;
            }
            if c.is_string(x.ty) != c.is_string(y.ty) {
                return false;
            }
            if x.is_nil() {
                return c.has_nil(y.ty);
            }
            if y.is_nil() {
                return c.has_nil(x.ty);
            }
            // An untyped constant paired with an interface keeps its type
            // here (gc: `mismatched types any and untyped int`); a
            // comparison converts it when it is found assignable.
            if c.is_interface(x.ty) || c.is_interface(y.ty) {
                return false;
            }
            let is_ptr = |t| matches!(c.info.types.under(t), Type::Pointer(_));
            !(is_ptr(x.ty) || is_ptr(y.ty))
        };
        if may_convert(self, x, y) {
            self.convert_untyped(x, y.ty);
            if x.is_invalid() {
                return;
            }
            self.convert_untyped(y, x.ty);
            if y.is_invalid() {
                x.mode = OpMode::Invalid;
            }
        }
    }

    pub(crate) fn binary(
        &mut self,
        e: Option<&'a Expr>,
        op: BinaryOp,
        lx: &'a Expr,
        ly: &'a Expr,
    ) -> Operand<'a> {
        let mut x = self.expr(lx);
        let mut y = self.expr(ly);
        if x.is_invalid() {
            return x;
        }
        if y.is_invalid() {
            return y;
        }
        if op.is_shift() {
            return self.shift(e, x, y, op);
        }
        self.match_types(&mut x, &mut y);
        if x.is_invalid() {
            return Operand::invalid(None);
        }
        if op.is_comparison() {
            return self.comparison(e, x, y, op, None);
        }
        if x.ty != y.ty {
            if self.is_valid(x.ty) && self.is_valid(y.ty) {
                let eq = if e.is_none() { "=" } else { "" };
                let msg = format!(
                    "{} {}{eq} {} (mismatched types {} and {})",
                    expr_string(lx),
                    op.as_str(),
                    expr_string(ly),
                    self.ts(x.ty),
                    self.ts(y.ty)
                );
                return self.invalid_op(self.opos(&x), msg);
            }
            return Operand::invalid(None);
        }
        let ok = match op {
            BinaryOp::Add => self.is_numeric(x.ty) || self.is_string(x.ty),
            BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Div => self.is_numeric(x.ty),
            BinaryOp::Rem | BinaryOp::And | BinaryOp::Or | BinaryOp::Xor | BinaryOp::AndNot => {
                self.is_integer(x.ty)
            }
            BinaryOp::AndAnd | BinaryOp::OrOr => self.is_boolean(x.ty),
            _ => false,
        };
        if !ok {
            let d = self.describe(&x);
            return self.invalid_op(
                self.opos(&x),
                format!("operator {} not defined on {d}", op.as_str()),
            );
        }
        if matches!(op, BinaryOp::Div | BinaryOp::Rem)
            && (x.mode == OpMode::Constant || self.is_integer(x.ty))
            && y.mode == OpMode::Constant
            && y.val.as_ref().is_some_and(|v| cst::sign(v) == 0)
        {
            return self.invalid_op(self.opos(&y), "division by zero".into());
        }
        if x.mode == OpMode::Constant
            && y.mode == OpMode::Constant
            && let (Some(a), Some(b)) = (&x.val, &y.val)
        {
            let int_div = self.is_integer(x.ty);
            let Some(v) = cst::binary(op, a, b, int_div) else {
                return Operand::invalid(None);
            };
            let mut r = Operand {
                mode: OpMode::Constant,
                ty: x.ty,
                val: Some(v),
                expr: e,
            };
            self.check_overflow(&mut r);
            r.expr = None;
            return r;
        }
        self.value(OpMode::Value, x.ty)
    }

    fn shift(
        &mut self,
        e: Option<&'a Expr>,
        mut x: Operand<'a>,
        mut y: Operand<'a>,
        op: BinaryOp,
    ) -> Operand<'a> {
        let xval = if x.mode == OpMode::Constant {
            x.val.as_ref().and_then(cst::to_int)
        } else {
            None
        };
        let x_untyped = self.is_untyped(x.ty);
        if !(self.is_integer(x.ty) || x_untyped && xval.is_some()) {
            let d = self.describe(&x);
            return self.invalid_op(
                self.opos(&x),
                format!("shifted operand {d} must be integer"),
            );
        }
        let mut yval = None;
        if y.mode == OpMode::Constant {
            yval = y.val.as_ref().and_then(cst::to_int);
            if yval.as_ref().is_some_and(|v| v.is_negative()) {
                let d = self.describe(&y);
                return self.invalid_op(self.opos(&y), format!("negative shift count {d}"));
            }
            if self.is_untyped(y.ty) {
                let uint = self.basic(BasicKind::Uint);
                match y
                    .val
                    .as_ref()
                    .and_then(|v| cst::representable(v, BasicKind::Uint))
                {
                    Some(_) => {}
                    None => {
                        self.convert_untyped(&mut y, uint);
                        if y.is_invalid() {
                            return Operand::invalid(None);
                        }
                    }
                }
            }
        } else if self.is_integer(y.ty) {
            if self.is_untyped(y.ty) {
                let uint = self.basic(BasicKind::Uint);
                self.convert_untyped(&mut y, uint);
                if y.is_invalid() {
                    return Operand::invalid(None);
                }
            }
        } else if self.is_untyped(y.ty) {
            let uint = self.basic(BasicKind::Uint);
            self.convert_untyped(&mut y, uint);
            if y.is_invalid() {
                return Operand::invalid(None);
            }
        } else {
            let d = self.describe(&y);
            return self.invalid_op(self.opos(&y), format!("shift count {d} must be integer"));
        }
        if x.mode == OpMode::Constant {
            if y.mode == OpMode::Constant {
                let s = yval.as_ref().and_then(|v| v.to_u64());
                let Some(s) = s.filter(|&s| s <= 1023 - 1 + 52) else {
                    let d = self.describe(&y);
                    return self.invalid_op(self.opos(&y), format!("invalid shift count {d}"));
                };
                if !self.is_integer(x.ty) {
                    x.ty = self.basic(BasicKind::UntypedInt);
                }
                let Some(xv) = xval else {
                    return Operand::invalid(None);
                };
                let mut r = Operand {
                    mode: OpMode::Constant,
                    ty: x.ty,
                    val: Some(ConstValue::Int(cst::shift(op, &xv, s as usize))),
                    expr: e,
                };
                self.check_overflow(&mut r);
                r.expr = None;
                return r;
            }
            if x_untyped {
                // The constant takes the type the context gives the whole
                // shift; checked when that type is known.
                if let Some(lx) = x.expr {
                    self.shift_lhs.insert(lx.id);
                }
                let _ = e;
                return self.value(OpMode::Value, x.ty);
            }
        }
        if !self.is_integer(x.ty) {
            let d = self.describe(&x);
            return self.invalid_op(
                self.opos(&x),
                format!("shifted operand {d} must be integer"),
            );
        }
        self.value(OpMode::Value, x.ty)
    }

    /// Comparison `x op y`. With `switch_case` (the tag and case
    /// expressions) errors use the switch wording.
    pub(crate) fn comparison(
        &mut self,
        e: Option<&'a Expr>,
        mut x: Operand<'a>,
        mut y: Operand<'a>,
        op: BinaryOp,
        switch_case: Option<String>,
    ) -> Operand<'a> {
        if !self.is_valid(x.ty) || !self.is_valid(y.ty) {
            return Operand::invalid(None);
        }
        let mut err_op_is_x = true;
        let mut cause = String::new();
        let ok = self.assignable_to(&x, y.ty, None) || self.assignable_to(&y, x.ty, None);
        let mut failed = false;
        if !ok {
            err_op_is_x = false;
            cause = format!("mismatched types {} and {}", self.ts(x.ty), self.ts(y.ty));
            failed = true;
        } else {
            match op {
                BinaryOp::Eq | BinaryOp::Ne => {
                    if x.is_nil() || y.is_nil() {
                        let t = if x.is_nil() { y.ty } else { x.ty };
                        if !self.has_nil(t) {
                            err_op_is_x = false;
                            failed = true;
                        }
                    } else if let Some(c) = self.incomparable_cause(x.ty) {
                        cause = c;
                        failed = true;
                    } else if let Some(c) = self.incomparable_cause(y.ty) {
                        err_op_is_x = false;
                        cause = c;
                        failed = true;
                    }
                }
                _ => {
                    // An untyped complex constant is typed untyped float.
                    let cplx = |o: &Operand| matches!(o.val, Some(ConstValue::Complex(..)));
                    if !self.is_ordered(x.ty) || cplx(&x) {
                        failed = true;
                        if cplx(&x) {
                            cause =
                                format!("operator {} not defined on untyped complex", op.as_str());
                        }
                    } else if !self.is_ordered(y.ty) || cplx(&y) {
                        err_op_is_x = false;
                        failed = true;
                        if cplx(&y) {
                            cause =
                                format!("operator {} not defined on untyped complex", op.as_str());
                        }
                    }
                }
            }
        }
        if failed {
            let err_ty = if err_op_is_x { x.ty } else { y.ty };
            if cause.is_empty() {
                let opstr = if switch_case.is_some() {
                    "=="
                } else {
                    op.as_str()
                };
                cause = format!(
                    "operator {opstr} not defined on {}",
                    self.kind_string(err_ty)
                );
            }
            if let Some(tag) = switch_case {
                let msg = format!(
                    "invalid case {} in switch on {tag} ({cause})",
                    x.expr.map(expr_string).unwrap_or_default(),
                );
                let pos = self.opos(&x);
                self.error(pos, msg);
            } else {
                let pos = if err_op_is_x {
                    self.opos(&x)
                } else {
                    self.opos(&y)
                };
                let _ = e;
                let lx = x.expr.map(expr_string).unwrap_or_default();
                let ly = y.expr.map(expr_string).unwrap_or_default();
                self.error(
                    pos,
                    format!("invalid operation: {lx} {} {ly} ({cause})", op.as_str()),
                );
            }
            return Operand::invalid(None);
        }
        let ub = self.basic(BasicKind::UntypedBool);
        if x.mode == OpMode::Constant
            && y.mode == OpMode::Constant
            && let (Some(a), Some(b)) = (&x.val, &y.val)
        {
            let r = cst::compare(op, a, b);
            return Operand {
                mode: OpMode::Constant,
                ty: ub,
                val: Some(ConstValue::Bool(r)),
                expr: None,
            };
        }
        // The operands are materialized: give them their final types.
        let (dx, dy) = (
            self.default_of(x.ty, x.val.as_ref()),
            self.default_of(y.ty, y.val.as_ref()),
        );
        if self.is_untyped(x.ty) && !x.is_nil() {
            self.set_operand_type(&mut x, dx, None);
        }
        if self.is_untyped(y.ty) && !y.is_nil() {
            self.set_operand_type(&mut y, dy, None);
        }
        self.value(OpMode::Value, ub)
    }

    // ---- index and slice ----

    /// A valid index operand (integer, non-negative constant, fits int).
    /// Returns the constant value if any, or `Err` on error.
    pub(crate) fn index_value(
        &mut self,
        e: &'a Expr,
        max: Option<u64>,
        what: &str,
    ) -> Result<Option<i64>, ()> {
        let mut x = self.expr(e);
        if x.is_invalid() {
            return Err(());
        }
        let int = self.basic(BasicKind::Int);
        self.convert_untyped(&mut x, int);
        if x.is_invalid() {
            return Err(());
        }
        if !self.is_integer(x.ty) {
            let d = self.describe(&x);
            self.error(
                self.opos(&x),
                format!("invalid argument: {what} {d} must be integer"),
            );
            return Err(());
        }
        if x.mode != OpMode::Constant {
            return Ok(None);
        }
        let v = x
            .val
            .as_ref()
            .and_then(cst::to_int)
            .and_then(|v| v.to_i64());
        match v {
            Some(v) if v < 0 => {
                let d = self.describe(&x);
                self.error(
                    self.opos(&x),
                    format!("invalid argument: {what} {d} must not be negative"),
                );
                Err(())
            }
            None => {
                let d = self.describe(&x);
                self.error(
                    self.opos(&x),
                    format!("invalid argument: {what} {d} overflows int"),
                );
                Err(())
            }
            Some(v) => {
                if let Some(m) = max
                    && v as u64 >= m
                {
                    let vs = x.val.as_ref().map(cst::const_string).unwrap_or_default();
                    self.error(
                        self.opos(&x),
                        format!("invalid argument: {what} {vs} out of bounds [0:{m}]"),
                    );
                    return Err(());
                }
                Ok(Some(v))
            }
        }
    }

    fn index_expr(&mut self, e: &'a Expr, x: &'a Expr, i: &'a Expr) -> Operand<'a> {
        let xv = self.expr_or_type(x);
        if xv.is_invalid() {
            self.use_expr(i);
            return xv;
        }
        if xv.mode == OpMode::TypeExpr {
            self.unsupported(e.pos, "generic type instantiation");
            return Operand::invalid(None);
        }
        match self.info.types.under(xv.ty).clone() {
            Type::Basic(k) if k.is_string() => {
                let max = if xv.mode == OpMode::Constant {
                    xv.val
                        .as_ref()
                        .and_then(|v| v.as_bytes())
                        .map(|b| b.len() as u64)
                } else {
                    None
                };
                let iv = self.index_value(i, max, "index");
                let byte = self.basic(BasicKind::Uint8);
                if let (Ok(Some(ix)), Some(ConstValue::String(s))) = (iv, &xv.val) {
                    // Indexing a constant string yields a (non-constant) byte.
                    let _ = s.get(ix as usize);
                }
                self.value(OpMode::Value, byte)
            }
            Type::Array { elem, len } => {
                let _ = self.index_value(i, Some(len), "index");
                let mode = if xv.mode == OpMode::Variable {
                    OpMode::Variable
                } else {
                    OpMode::Value
                };
                self.value(mode, elem)
            }
            Type::Pointer(p) => match self.info.types.under(p).clone() {
                Type::Array { elem, len } => {
                    let _ = self.index_value(i, Some(len), "index");
                    self.value(OpMode::Variable, elem)
                }
                _ => self.cannot_index(&xv, i),
            },
            Type::Slice(elem) => {
                let _ = self.index_value(i, None, "index");
                self.value(OpMode::Variable, elem)
            }
            Type::Map { key, value } => {
                let mut k = self.expr(i);
                self.assignment(&mut k, Some(key), "map index");
                self.value(OpMode::MapIndex, value)
            }
            _ => self.cannot_index(&xv, i),
        }
    }

    fn cannot_index(&mut self, xv: &Operand<'a>, i: &'a Expr) -> Operand<'a> {
        self.use_expr(i);
        let d = self.describe(xv);
        // gc reports at the `[`.
        let pos = self.find_back(super::exprstring::start_pos(i), b'[');
        self.error(pos, format!("cannot index {d}"));
        Operand::invalid(None)
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

    fn slice_expr(
        &mut self,
        e: &'a Expr,
        x: &'a Expr,
        lo: Option<&'a Expr>,
        hi: Option<&'a Expr>,
        max: Option<&'a Expr>,
        three: bool,
    ) -> Operand<'a> {
        let xv = self.expr(x);
        if xv.is_invalid() {
            for i in [lo, hi, max].into_iter().flatten() {
                self.use_expr(i);
            }
            return xv;
        }
        let mut length: Option<u64> = None;
        let result = match self.info.types.under(xv.ty).clone() {
            Type::Basic(k) if k.is_string() => {
                if three {
                    let pos = max.map_or(e.pos, super::exprstring::start_pos);
                    return self.invalid_op(pos, "3-index slice of string".into());
                }
                if let Some(ConstValue::String(s)) = &xv.val {
                    length = Some(s.len() as u64);
                }
                // Slicing an untyped string constant gives a string.
                if k == BasicKind::UntypedString {
                    self.basic(BasicKind::String)
                } else {
                    xv.ty
                }
            }
            Type::Array { elem, len } => {
                if xv.mode != OpMode::Variable {
                    let d = self.describe(&xv);
                    self.error(
                        self.opos(&xv),
                        format!("cannot slice unaddressable value {d}"),
                    );
                    return Operand::invalid(None);
                }
                length = Some(len);
                self.info.types.slice(elem)
            }
            Type::Pointer(p) => match self.info.types.under(p).clone() {
                Type::Array { elem, len } => {
                    length = Some(len);
                    self.info.types.slice(elem)
                }
                _ => {
                    let d = self.describe(&xv);
                    return self.invalid_op(self.opos(&xv), format!("cannot slice {d}"));
                }
            },
            Type::Slice(_) => xv.ty,
            _ => {
                let d = self.describe(&xv);
                return self.invalid_op(self.opos(&xv), format!("cannot slice {d}"));
            }
        };
        let mut consts: Vec<i64> = Vec::new();
        let bound = length.map(|l| l + 1);
        for i in [lo, hi, max].into_iter().flatten() {
            if let Ok(Some(v)) = self.index_value(i, bound, "index") {
                if let Some(&prev) = consts.last()
                    && v < prev
                {
                    self.error(i.pos, format!("invalid slice indices: {v} < {prev}"));
                }
                consts.push(v);
            }
        }
        self.value(OpMode::Value, result)
    }
}

// ---- literal parsing ----

fn parse_int(raw: &str) -> Option<BigInt> {
    let s = raw.replace('_', "");
    let (digits, radix) = if let Some(r) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        (r.to_string(), 16)
    } else if let Some(r) = s.strip_prefix("0b").or_else(|| s.strip_prefix("0B")) {
        (r.to_string(), 2)
    } else if let Some(r) = s.strip_prefix("0o").or_else(|| s.strip_prefix("0O")) {
        (r.to_string(), 8)
    } else if s.len() > 1 && s.starts_with('0') {
        (s[1..].to_string(), 8)
    } else {
        (s.clone(), 10)
    };
    BigInt::parse_radix(&digits, radix)
}

/// The value of an imaginary literal's body: all-decimal digits are
/// decimal even with a leading 0 (Go's compatibility rule); prefixed
/// integers keep their base; anything else is a float.
fn imag_body(body: &str) -> Option<f64> {
    let digits = body.replace('_', "");
    if digits.chars().all(|c| c.is_ascii_digit()) {
        return BigInt::parse_radix(&digits, 10).map(|i| i.to_f64());
    }
    let lower = digits.to_ascii_lowercase();
    let is_int = lower.starts_with("0b")
        || lower.starts_with("0o")
        || (lower.starts_with("0x") && !lower.contains(['.', 'p']));
    if is_int {
        return parse_int(body).map(|i| i.to_f64());
    }
    parse_float(body)
}

/// An untyped float literal: exact when decimal and not huge.
fn float_lit(raw: &str) -> Option<ConstValue> {
    let is_hex = raw.starts_with("0x") || raw.starts_with("0X");
    if !is_hex && let Some(r) = crate::rat::Rat::parse_decimal(raw) {
        return Some(ConstValue::Rat(r));
    }
    parse_float(raw).map(ConstValue::Float)
}

fn parse_float(raw: &str) -> Option<f64> {
    let s = raw.replace('_', "");
    if let Some(h) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        // Hex float: mantissa hex digits with optional '.', exponent p.
        let (mant, exp) = match h.find(['p', 'P']) {
            Some(i) => (&h[..i], h[i + 1..].parse::<i32>().ok()?),
            None => (h, 0),
        };
        let mut v = 0f64;
        let mut frac_digits = 0;
        let mut seen_dot = false;
        for c in mant.chars() {
            if c == '.' {
                seen_dot = true;
                continue;
            }
            v = v * 16.0 + c.to_digit(16)? as f64;
            if seen_dot {
                frac_digits += 1;
            }
        }
        return Some(v * 2f64.powi(exp - 4 * frac_digits));
    }
    if s.chars().all(|c| c.is_ascii_digit()) {
        // An integer literal used as imaginary body (`1i`) or float.
        return parse_int(&s).map(|i| i.to_f64()).or_else(|| s.parse().ok());
    }
    s.parse::<f64>().ok()
}

/// Decodes one escape sequence starting after the backslash; returns the
/// value and whether it is a byte (`\x`, octal) rather than a code point.
fn unescape(chars: &mut std::iter::Peekable<std::str::Chars>, quote: char) -> Option<(u32, bool)> {
    let c = chars.next()?;
    let hex = |chars: &mut std::iter::Peekable<std::str::Chars>, n: usize| -> Option<u32> {
        let mut v = 0u32;
        for _ in 0..n {
            v = v * 16 + chars.next()?.to_digit(16)?;
        }
        Some(v)
    };
    Some(match c {
        'a' => (7, false),
        'b' => (8, false),
        'f' => (12, false),
        'n' => (10, false),
        'r' => (13, false),
        't' => (9, false),
        'v' => (11, false),
        '\\' => (92, false),
        '\'' if quote == '\'' => (39, false),
        '"' if quote == '"' => (34, false),
        'x' => (hex(chars, 2)?, true),
        'u' => (hex(chars, 4)?, false),
        'U' => (hex(chars, 8)?, false),
        '0'..='7' => {
            let mut v = c.to_digit(8)?;
            for _ in 0..2 {
                v = v * 8 + chars.next()?.to_digit(8)?;
            }
            (v, true)
        }
        _ => return None,
    })
}

fn unquote_char(raw: &str) -> Option<u32> {
    let inner = raw.strip_prefix('\'')?.strip_suffix('\'')?;
    let mut chars = inner.chars().peekable();
    let c = chars.next()?;
    let v = if c == '\\' {
        unescape(&mut chars, '\'')?.0
    } else {
        c as u32
    };
    chars.next().is_none().then_some(v)
}

fn unquote_string(raw: &str) -> Option<Vec<u8>> {
    if let Some(inner) = raw.strip_prefix('`').and_then(|r| r.strip_suffix('`')) {
        return Some(inner.bytes().filter(|&b| b != b'\r').collect());
    }
    let inner = raw.strip_prefix('"')?.strip_suffix('"')?;
    let mut out = Vec::new();
    let mut chars = inner.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            let (v, is_byte) = unescape(&mut chars, '"')?;
            if is_byte {
                out.push(v as u8);
            } else {
                let ch = char::from_u32(v).unwrap_or('\u{FFFD}');
                let mut buf = [0u8; 4];
                out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
            }
        } else {
            let mut buf = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals() {
        assert_eq!(parse_int("0x_1F").unwrap().to_i64(), Some(31));
        assert_eq!(parse_int("017").unwrap().to_i64(), Some(15));
        assert_eq!(parse_int("0b101").unwrap().to_i64(), Some(5));
        assert_eq!(parse_float("0x1p-2"), Some(0.25));
        assert_eq!(parse_float("1e3"), Some(1000.0));
        assert_eq!(unquote_char("'\\n'"), Some(10));
        assert_eq!(unquote_char("'世'"), Some(0x4e16));
        assert_eq!(
            unquote_string("\"a\\x41\\u00e9\"").unwrap(),
            b"aA\xc3\xa9".to_vec()
        );
        assert_eq!(unquote_string("`a\\n`").unwrap(), b"a\\n".to_vec());
    }
}
