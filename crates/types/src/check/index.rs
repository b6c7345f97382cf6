//! Index and slice expressions.

use super::constant as cst;
use super::{Checker, OpMode, Operand};
use crate::constant::ConstValue;
use crate::ty::{BasicKind, Type};
use syntax::ast::Expr;

impl<'a> Checker<'a> {
    /// A valid index operand (integer, non-negative constant, fits int).
    /// Returns the constant value if any, or `Err` on error.
    pub(crate) fn index_value(
        &mut self,
        e: &'a Expr,
        max: Option<u64>,
        what: &str,
    ) -> Result<Option<i64>, ()> {
        let mut x = self.expr(e);
        let v = self.valid_index(&mut x, what, false)?;
        if let Some(v) = v
            && let Some(m) = max
            && v as u64 >= m
        {
            let vs = x.val.as_ref().map(cst::const_string).unwrap_or_default();
            self.error(
                self.opos(&x),
                format!("invalid argument: {what} {vs} out of bounds [0:{m}]"),
            );
            return Err(());
        }
        Ok(v)
    }

    /// types2's `isValidIndex` on an evaluated operand: an untyped
    /// constant becomes an int; the operand must be an integer and, if
    /// constant, fit an int (and be non-negative unless `allow_negative`,
    /// as for `unsafe.Add`'s length). Returns the constant value if any.
    pub(crate) fn valid_index(
        &mut self,
        x: &mut Operand<'a>,
        what: &str,
        allow_negative: bool,
    ) -> Result<Option<i64>, ()> {
        if x.is_invalid() {
            return Err(());
        }
        let int = self.basic(BasicKind::Int);
        self.convert_untyped(x, int);
        if x.is_invalid() {
            return Err(());
        }
        if !self.is_integer(x.ty) {
            let d = self.describe(x);
            self.error(
                self.opos(x),
                format!("invalid argument: {what} {d} must be integer"),
            );
            return Err(());
        }
        if x.mode != OpMode::Constant {
            return Ok(None);
        }
        let big = x.val.as_ref().and_then(cst::to_int);
        let negative = big.as_ref().is_some_and(|v| v.is_negative());
        if negative && !allow_negative {
            let d = self.describe(x);
            self.error(
                self.opos(x),
                format!("invalid argument: {what} {d} must not be negative"),
            );
            return Err(());
        }
        match big.and_then(|v| v.to_i64()) {
            None => {
                let d = self.describe(x);
                self.error(
                    self.opos(x),
                    format!("invalid argument: {what} {d} overflows int"),
                );
                Err(())
            }
            Some(v) => Ok(Some(v)),
        }
    }

    pub(super) fn index_expr(&mut self, e: &'a Expr, x: &'a Expr, i: &'a Expr) -> Operand<'a> {
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

    pub(super) fn slice_expr(
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
