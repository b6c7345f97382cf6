//! Unary operators and dereference; constant overflow checks.

use super::constant as cst;
use super::exprstring::unparen;
use super::untyped::ConvErr;
use super::{Checker, OpMode, Operand};
use crate::ty::{BasicKind, ChanDir, Type};
use syntax::ast::{BinaryOp, Expr, ExprKind, UnaryOp};

impl<'a> Checker<'a> {
    pub(super) fn star(&mut self, x: &'a Expr) -> Operand<'a> {
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

    pub(super) fn unary(&mut self, e: &'a Expr, op: UnaryOp, x: &'a Expr) -> Operand<'a> {
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
}
