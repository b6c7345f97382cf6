//! Type questions escape analysis asks (gc's `HasPointers`,
//! `IsDirectIface`, sizes) and small AST helpers.

use syntax::ast::{Expr, ExprKind};
use types::{Info, Type, TypeId};

/// Whether values of type `t` contain pointers (gc's `HasPointers`).
pub(crate) fn has_pointers(info: &Info, t: TypeId) -> bool {
    has_pointers_depth(info, t, 0)
}

fn has_pointers_depth(info: &Info, t: TypeId, depth: u32) -> bool {
    if depth > 64 {
        return true;
    }
    match info.types.under(t) {
        Type::Basic(k) => matches!(
            k,
            types::BasicKind::String
                | types::BasicKind::UnsafePointer
                | types::BasicKind::UntypedString
        ),
        Type::Array { elem, len } => *len > 0 && has_pointers_depth(info, *elem, depth + 1),
        Type::Struct(fields) => fields
            .iter()
            .any(|f| has_pointers_depth(info, f.ty, depth + 1)),
        Type::Tuple(ts) => ts.iter().any(|&t| has_pointers_depth(info, t, depth + 1)),
        _ => true,
    }
}

pub(crate) fn is_interface(info: &Info, t: TypeId) -> bool {
    matches!(info.types.under(t), Type::Interface(_))
}

/// Whether a value of type `t` is stored in an interface's data word
/// directly (no box): pointer-shaped types (gc's `IsDirectIface`).
pub(crate) fn is_direct_iface(info: &Info, t: TypeId) -> bool {
    match info.types.under(t) {
        Type::Pointer(_) | Type::Map { .. } | Type::Chan { .. } | Type::Func(_) => true,
        Type::Basic(types::BasicKind::UnsafePointer) => true,
        Type::Array { elem, len } => *len == 1 && is_direct_iface(info, *elem),
        Type::Struct(fields) => fields.len() == 1 && is_direct_iface(info, fields[0].ty),
        _ => false,
    }
}

pub(crate) fn size_of(info: &Info, t: TypeId) -> u64 {
    info.types.size_of(t)
}

/// The pointee of a pointer type.
pub(crate) fn pointer_elem(info: &Info, t: TypeId) -> Option<TypeId> {
    match info.types.under(t) {
        Type::Pointer(e) => Some(*e),
        _ => None,
    }
}

/// The element type of a slice, array, pointer to array, map (value) or
/// channel.
pub(crate) fn elem(info: &Info, t: TypeId) -> Option<TypeId> {
    match info.types.under(t) {
        Type::Slice(e) | Type::Chan { elem: e, .. } => Some(*e),
        Type::Array { elem, .. } => Some(*elem),
        Type::Map { value, .. } => Some(*value),
        Type::Pointer(p) => match info.types.under(*p) {
            Type::Array { elem, .. } => Some(*elem),
            _ => None,
        },
        _ => None,
    }
}

/// `e` without parentheses.
pub(crate) fn unparen(mut e: &Expr) -> &Expr {
    while let ExprKind::Paren(x) = &e.kind {
        e = x;
    }
    e
}

/// The operand `x` of a conversion `T(x)` between `unsafe.Pointer` and a
/// pointer or `uintptr` (either way): gc's `OCONVNOP`, which
/// `ir.StaticValue` looks through.
pub(crate) fn unsafe_nop_conversion<'a>(info: &Info, e: &'a Expr) -> Option<&'a Expr> {
    let ExprKind::Call { fun, args, .. } = &e.kind else {
        return None;
    };
    if args.len() != 1
        || info.expr_types.get(&fun.id).map(|t| t.mode) != Some(types::Mode::TypeExpr)
    {
        return None;
    }
    let word = |t: TypeId| match info.types.under(t) {
        Type::Pointer(_) => Some(false),
        Type::Basic(types::BasicKind::Uintptr) => Some(false),
        Type::Basic(types::BasicKind::UnsafePointer) => Some(true),
        _ => None,
    };
    let to = word(info.type_of(e.id)?)?;
    let from = word(info.type_of(args[0].id)?)?;
    (to || from).then_some(&args[0])
}
