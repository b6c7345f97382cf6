//! Binary operators: arithmetic, shifts and comparisons.

use super::constant as cst;
use super::exprstring::expr_string;
use super::{Checker, OpMode, Operand};
use crate::constant::ConstValue;
use crate::ty::{BasicKind, Type};
use syntax::ast::{BinaryOp, Expr};

impl<'a> Checker<'a> {
    /// types2's `matchTypes`: converts an untyped operand to the other
    /// operand's type where that can make sense.
    fn match_types(&mut self, x: &mut Operand<'a>, y: &mut Operand<'a>) {
        let may_convert = |c: &Self, x: &Operand, y: &Operand| -> bool {
            let (xu, yu) = (c.is_untyped(x.ty), c.is_untyped(y.ty));
            if !xu && !yu {
                return false;
            }
            // A numeric type can only convert to another numeric type
            // (types2's mayConvert: `t + 1` of a non-numeric `t` is a
            // mismatch, not a failed conversion of 1).
            if c.is_numeric(x.ty) != c.is_numeric(y.ty) {
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

    pub(super) fn shift(
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
                    Some(_) => {
                        if let Some(ye) = y.expr {
                            self.shift_counts.insert(ye.id);
                        }
                    }
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
}
