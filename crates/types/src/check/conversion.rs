//! Conversions `T(x)` (types2's conversion.go): constant conversions
//! with representability, and the non-constant convertibility rules.

use super::constant::{self as cst};
use super::{Checker, OpMode, Operand};
use crate::constant::ConstValue;
use crate::ty::{BasicKind, Type, TypeId};

impl<'a> Checker<'a> {
    fn is_bytes_or_runes(&self, t: TypeId) -> bool {
        match self.info.types.under(t) {
            Type::Slice(e) => matches!(
                self.info.types.basic_kind(*e),
                Some(BasicKind::Uint8 | BasicKind::Int32)
            ),
            _ => false,
        }
    }

    pub(crate) fn convertible_to(&mut self, x: &Operand<'a>, t: TypeId) -> bool {
        if self.assignable_to(x, t, None) {
            return true;
        }
        let v = x.ty;
        let (vu, tu) = (self.info.types.underlying(v), self.info.types.underlying(t));
        if vu == tu {
            return true;
        }
        if let (Type::Pointer(a), Type::Pointer(b)) = (
            self.info.types.get(v).clone(),
            self.info.types.get(t).clone(),
        ) && self.info.types.underlying(a) == self.info.types.underlying(b)
        {
            return true;
        }
        let int_or_float = |c: &Self, t| c.is_integer(t) || c.is_float(t);
        if int_or_float(self, vu) && int_or_float(self, tu) {
            return true;
        }
        if self.is_complex(vu) && self.is_complex(tu) {
            return true;
        }
        if (self.is_integer(vu) || self.is_bytes_or_runes(vu)) && self.is_string(tu) {
            return true;
        }
        if self.is_string(vu) && self.is_bytes_or_runes(tu) {
            return true;
        }
        // package unsafe: any pointer or uintptr to unsafe.Pointer and
        // back.
        let is_up = |c: &Self, t| c.info.types.basic_kind(t) == Some(BasicKind::UnsafePointer);
        let ptr_or_uintptr = |c: &Self, t| {
            matches!(c.info.types.get(t), Type::Pointer(_))
                || c.info.types.basic_kind(t) == Some(BasicKind::Uintptr)
        };
        if ptr_or_uintptr(self, vu) && is_up(self, tu)
            || is_up(self, vu) && ptr_or_uintptr(self, tu)
        {
            return true;
        }
        if let Type::Slice(se) = self.info.types.get(vu).clone() {
            match self.info.types.get(tu).clone() {
                Type::Array { elem, .. } if elem == se => return true,
                Type::Pointer(p) => {
                    if let Type::Array { elem, .. } = self.info.types.under(p)
                        && *elem == se
                    {
                        return true;
                    }
                }
                _ => {}
            }
        }
        false
    }

    /// Converts `x` to `t` in place; `tname` is how the type was written.
    pub(crate) fn conversion(&mut self, x: &mut Operand<'a>, t: TypeId, tname: &str) {
        let const_arg = x.mode == OpMode::Constant;
        let mut ok = false;
        if const_arg && self.is_const_type(t) {
            let k = self.info.types.basic_kind(t).unwrap_or(BasicKind::Invalid);
            let v = x.val.clone();
            if let Some(v) = v {
                if let Some(nv) = cst::representable(&v, k) {
                    x.val = Some(nv);
                    ok = true;
                } else if self.is_integer(x.ty) && k.is_string() {
                    let cp = v
                        .as_u64()
                        .and_then(|i| u32::try_from(i).ok())
                        .and_then(char::from_u32)
                        .unwrap_or('\u{FFFD}');
                    x.val = Some(ConstValue::String(cp.to_string().into_bytes()));
                    ok = true;
                } else if self.is_integer(x.ty) && k.is_integer() {
                    let vs = cst::const_string(&v);
                    let pos = self.opos(x);
                    self.error(pos, format!("constant {vs} overflows {tname}"));
                    x.mode = OpMode::Invalid;
                    return;
                }
            }
        } else if self.convertible_to(x, t) {
            ok = true;
            if x.mode != OpMode::Nil {
                x.mode = OpMode::Value;
            }
            x.val = None;
        }
        if !ok {
            let d = self.describe(x);
            let pos = self.opos(x);
            self.error(pos, format!("cannot convert {d} to type {tname}"));
            x.mode = OpMode::Invalid;
            return;
        }
        if self.is_untyped(x.ty) {
            let mut fin = t;
            if x.is_nil() {
                // nil takes the target type.
            } else if self.is_interface(t)
                || const_arg && !self.is_const_type(t)
                || const_arg && self.is_integer(x.ty) && self.is_string(t)
            {
                fin = self.default_of(x.ty, x.val.as_ref());
            }
            if let Some(e) = x.expr {
                self.update_expr_type(e, fin);
            }
        }
        if x.mode == OpMode::Nil {
            x.mode = OpMode::Value;
        }
        x.ty = t;
    }
}
