//! Type predicates (types2's predicates.go): classes of basic types,
//! comparability, default types of untyped values.

use super::Checker;
use crate::ty::{BasicKind, Type, TypeId};

impl Checker<'_> {
    pub(crate) fn basic(&self, k: BasicKind) -> TypeId {
        self.info.types.basic(k)
    }

    fn kind_is(&self, t: TypeId, f: impl Fn(BasicKind) -> bool) -> bool {
        self.info.types.basic_kind(t).is_some_and(f)
    }

    pub(crate) fn is_untyped(&self, t: TypeId) -> bool {
        matches!(self.info.types.get(t), Type::Basic(k) if k.is_untyped())
    }

    pub(crate) fn is_integer(&self, t: TypeId) -> bool {
        self.kind_is(t, BasicKind::is_integer)
    }

    pub(crate) fn is_float(&self, t: TypeId) -> bool {
        self.kind_is(t, BasicKind::is_float)
    }

    pub(crate) fn is_complex(&self, t: TypeId) -> bool {
        self.kind_is(t, BasicKind::is_complex)
    }

    pub(crate) fn is_numeric(&self, t: TypeId) -> bool {
        self.kind_is(t, BasicKind::is_numeric)
    }

    pub(crate) fn is_string(&self, t: TypeId) -> bool {
        self.kind_is(t, BasicKind::is_string)
    }

    pub(crate) fn is_boolean(&self, t: TypeId) -> bool {
        self.kind_is(t, BasicKind::is_boolean)
    }

    pub(crate) fn is_ordered(&self, t: TypeId) -> bool {
        self.kind_is(t, |k| k.is_integer() || k.is_float() || k.is_string())
    }

    /// A basic type that constants may have.
    pub(crate) fn is_const_type(&self, t: TypeId) -> bool {
        self.kind_is(t, |k| {
            k != BasicKind::Invalid && k != BasicKind::UntypedNil && k != BasicKind::UnsafePointer
        })
    }

    pub(crate) fn is_interface(&self, t: TypeId) -> bool {
        matches!(self.info.types.under(t), Type::Interface(_))
    }

    /// Named or basic: types2's `hasName`.
    pub(crate) fn has_name(&self, t: TypeId) -> bool {
        matches!(self.info.types.get(t), Type::Named(_) | Type::Basic(_))
    }

    pub(crate) fn has_nil(&self, t: TypeId) -> bool {
        match self.info.types.under(t) {
            Type::Basic(k) => *k == BasicKind::UnsafePointer,
            Type::Pointer(_)
            | Type::Slice(_)
            | Type::Map { .. }
            | Type::Chan { .. }
            | Type::Func(_)
            | Type::Interface(_) => true,
            _ => false,
        }
    }

    pub(crate) fn is_valid(&self, t: TypeId) -> bool {
        t != self.info.types.invalid()
    }

    /// The default type of an untyped type (itself if typed).
    pub(crate) fn default_type(&self, t: TypeId) -> TypeId {
        match self.info.types.get(t) {
            Type::Basic(k) => self.basic(match k {
                BasicKind::UntypedBool => BasicKind::Bool,
                BasicKind::UntypedInt => BasicKind::Int,
                BasicKind::UntypedRune => BasicKind::Int32,
                BasicKind::UntypedFloat => BasicKind::Float64,
                BasicKind::UntypedString => BasicKind::String,
                k => *k,
            }),
            _ => t,
        }
    }

    /// The default type of an operand: like [`Self::default_type`], but an
    /// untyped constant with a complex value (our "untyped complex", see
    /// `constant.rs`) defaults to complex128.
    pub(crate) fn default_of(&self, t: TypeId, v: Option<&crate::constant::ConstValue>) -> TypeId {
        if self.info.types.basic_kind(t) == Some(BasicKind::UntypedFloat)
            && matches!(v, Some(crate::constant::ConstValue::Complex(..)))
        {
            return self.basic(BasicKind::Complex128);
        }
        self.default_type(t)
    }

    pub(crate) fn comparable(&self, t: TypeId) -> bool {
        self.incomparable_cause(t).is_none()
    }

    /// `None` if `t` is comparable, otherwise gc's explanation.
    pub(crate) fn incomparable_cause(&self, t: TypeId) -> Option<String> {
        self.incomparable_depth(t, 0)
    }

    fn incomparable_depth(&self, t: TypeId, depth: usize) -> Option<String> {
        // Invalid recursive types (`type T struct{ T }`) are reported
        // elsewhere; do not recurse forever on them.
        if depth > 64 {
            return None;
        }
        match self.info.types.under(t) {
            Type::Slice(_) => Some("slice can only be compared to nil".into()),
            Type::Map { .. } => Some("map can only be compared to nil".into()),
            Type::Func(_) => Some("func can only be compared to nil".into()),
            Type::Basic(k) => (*k == BasicKind::UntypedNil).then(|| "untyped nil".into()),
            Type::Struct(fields) => {
                for f in fields {
                    if self.incomparable_depth(f.ty, depth + 1).is_some() {
                        return Some(format!(
                            "struct containing {} cannot be compared",
                            self.ts(f.ty)
                        ));
                    }
                }
                None
            }
            Type::Array { elem, .. } => self
                .incomparable_depth(*elem, depth + 1)
                .map(|_| format!("{} cannot be compared", self.ts(t))),
            _ => None,
        }
    }

    /// types2's `kindString` for the catch-all comparison error.
    pub(crate) fn kind_string(&self, t: TypeId) -> String {
        match self.info.types.under(t) {
            Type::Array { .. } => "array".into(),
            Type::Slice(_) => "slice".into(),
            Type::Struct(_) => "struct".into(),
            Type::Pointer(_) => "pointer".into(),
            Type::Func(_) => "func".into(),
            Type::Interface(_) => "interface".into(),
            Type::Map { .. } => "map".into(),
            Type::Chan { .. } => "chan".into(),
            _ => self.ts(t),
        }
    }
}
