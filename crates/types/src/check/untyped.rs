//! The conversion of untyped operands to their final types (types2's
//! `implicitTypeAndValue`) and the recording of those types.

use super::constant as cst;
use super::exprstring::expr_string;
use super::{Checker, OpMode, Operand};
use crate::constant::ConstValue;
use crate::ty::{BasicKind, Type, TypeId};
use syntax::ast::{Expr, ExprKind};

/// Why an untyped operand cannot take a target type.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum ConvErr {
    Truncated,
    Overflow,
    Invalid,
}

impl<'a> Checker<'a> {
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

    pub(super) fn repr_error(&self, from: TypeId, k: BasicKind) -> ConvErr {
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
}
