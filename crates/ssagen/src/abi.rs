//! Go types as scalar leaves, and Go signatures as IR signatures
//! (docs/abi.md, "Values in the IR and in calls").

use ssa::{CallConv, Type as T};
use types::{BasicKind, Type, TypeId, TypeTable};

/// Aggregates with at most this many scalar leaves are passed flattened.
pub const MAX_FLAT_LEAVES: usize = 4;

/// One scalar leaf of a value in memory: byte offset and IR type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Leaf {
    pub off: u64,
    pub ty: T,
}

/// The IR type of a basic kind's single leaf (`None` for two-leaf kinds).
fn basic_leaf(k: BasicKind) -> Option<T> {
    use BasicKind::*;
    Some(match k {
        Bool | Int8 | Uint8 | UntypedBool => T::I8,
        Int16 | Uint16 => T::I16,
        Int32 | Uint32 | UntypedRune => T::I32,
        Float32 => T::F32,
        Float64 | UntypedFloat => T::F64,
        String | UntypedString | Complex64 | Complex128 => return None,
        _ => T::I64,
    })
}

/// True for struct and array types: they live in memory inside a function.
pub fn is_aggregate(tt: &TypeTable, t: TypeId) -> bool {
    matches!(tt.under(t), Type::Struct(_) | Type::Array { .. })
}

/// Number of scalar leaves, stopping early once it exceeds `limit`.
pub fn leaf_count(tt: &TypeTable, t: TypeId, limit: usize) -> usize {
    match tt.under(t) {
        Type::Basic(
            BasicKind::String
            | BasicKind::UntypedString
            | BasicKind::Complex64
            | BasicKind::Complex128,
        ) => 2,
        Type::Basic(_) => 1,
        Type::Slice(_) => 3,
        Type::Interface(_) => 2,
        Type::Array { elem, len } => {
            let e = leaf_count(tt, *elem, limit);
            if e == 0 {
                0
            } else if *len as usize > limit {
                limit + 1
            } else {
                (e * *len as usize).min(limit + 1)
            }
        }
        Type::Struct(fields) => {
            let mut n = 0;
            for f in fields {
                n += leaf_count(tt, f.ty, limit);
                if n > limit {
                    return limit + 1;
                }
            }
            n
        }
        Type::Tuple(_) | Type::Named(_) => 0,
        _ => 1,
    }
}

/// The scalar leaves of a value of type `t` laid out in memory at `base`.
/// Callers only ask for types with few leaves (scalars, small aggregates).
pub fn leaves(tt: &TypeTable, t: TypeId) -> Vec<Leaf> {
    let mut out = Vec::new();
    push_leaves(tt, t, 0, &mut out);
    out
}

fn push_leaves(tt: &TypeTable, t: TypeId, base: u64, out: &mut Vec<Leaf>) {
    let mut leaf = |off: u64, ty: T| {
        out.push(Leaf {
            off: base + off,
            ty,
        })
    };
    match tt.under(t) {
        Type::Basic(k) => match k {
            BasicKind::String | BasicKind::UntypedString => {
                leaf(0, T::I64);
                leaf(8, T::I64);
            }
            BasicKind::Complex64 => {
                leaf(0, T::F32);
                leaf(4, T::F32);
            }
            BasicKind::Complex128 => {
                leaf(0, T::F64);
                leaf(8, T::F64);
            }
            k => leaf(0, basic_leaf(*k).unwrap_or(T::I64)),
        },
        Type::Slice(_) => {
            leaf(0, T::I64);
            leaf(8, T::I64);
            leaf(16, T::I64);
        }
        Type::Interface(_) => {
            leaf(0, T::I64);
            leaf(8, T::I64);
        }
        Type::Array { elem, len } => {
            let es = tt.size_of(*elem);
            for i in 0..*len {
                push_leaves(tt, *elem, base + i * es, out);
            }
        }
        Type::Struct(_) => {
            let offs = tt.field_offsets(t);
            if let Type::Struct(fields) = tt.under(t) {
                for (f, off) in fields.iter().zip(offs) {
                    push_leaves(tt, f.ty, base + off, out);
                }
            }
        }
        Type::Tuple(_) | Type::Named(_) => {}
        _ => leaf(0, T::I64),
    }
}

/// The IR types of the leaves (no offsets).
pub fn leaf_types(tt: &TypeTable, t: TypeId) -> Vec<T> {
    leaves(tt, t).into_iter().map(|l| l.ty).collect()
}

/// How a parameter or result of type `t` crosses a Go call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pass {
    /// As its scalar leaves (scalars and aggregates with ≤ 4 leaves).
    Leaves,
    /// By pointer: a caller-owned copy (params) or a caller-provided
    /// result buffer (results, as a hidden leading parameter).
    ByRef,
}

pub fn pass_of(tt: &TypeTable, t: TypeId) -> Pass {
    if is_aggregate(tt, t) && leaf_count(tt, t, MAX_FLAT_LEAVES) > MAX_FLAT_LEAVES {
        Pass::ByRef
    } else {
        Pass::Leaves
    }
}

/// The IR-level shape of a Go function: parameter order is
/// `[closure] [one pointer per by-ref result] params...` (docs/abi.md).
#[derive(Clone, Debug)]
pub struct FuncAbi {
    pub sig: ssa::Signature,
    pub closure: bool,
    pub params: Vec<(TypeId, Pass)>,
    pub results: Vec<(TypeId, Pass)>,
}

impl FuncAbi {
    pub fn new(tt: &TypeTable, params: &[TypeId], results: &[TypeId], closure: bool) -> FuncAbi {
        let mut ps = Vec::new();
        let mut rs = Vec::new();
        if closure {
            ps.push(T::I64);
        }
        let results: Vec<(TypeId, Pass)> = results.iter().map(|&t| (t, pass_of(tt, t))).collect();
        for (t, p) in &results {
            match p {
                Pass::ByRef => ps.push(T::I64),
                Pass::Leaves => rs.extend(leaf_types(tt, *t)),
            }
        }
        let params: Vec<(TypeId, Pass)> = params.iter().map(|&t| (t, pass_of(tt, t))).collect();
        for (t, p) in &params {
            match p {
                Pass::ByRef => ps.push(T::I64),
                Pass::Leaves => ps.extend(leaf_types(tt, *t)),
            }
        }
        FuncAbi {
            sig: ssa::Signature::new(ps, rs, CallConv::Go),
            closure,
            params,
            results,
        }
    }

    /// Number of hidden result-buffer parameters.
    pub fn sret_count(&self) -> usize {
        self.results.iter().filter(|r| r.1 == Pass::ByRef).count()
    }
}

/// Signature of a Go function type `t` (a `Type::Func`), optionally with a
/// receiver type first and the leading closure parameter.
pub fn func_abi(tt: &TypeTable, t: TypeId, recv: Option<TypeId>, closure: bool) -> FuncAbi {
    let (mut params, results) = match tt.under(t) {
        Type::Func(sig) => (sig.params.clone(), sig.results.clone()),
        _ => (Vec::new(), Vec::new()),
    };
    if let Some(r) = recv {
        params.insert(0, r);
    }
    FuncAbi::new(tt, &params, &results, closure)
}
