//! Scalar types, calling conventions, signatures and linkage.

use std::fmt;

/// A scalar type. The IR has no aggregates: Go values are carried as their
/// scalar leaves (see `docs/abi.md`). Pointers are `I64`; `bool` is `I8`
/// holding 0 or 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    /// 8-bit integer (also `bool`: 0 or 1).
    I8,
    /// 16-bit integer.
    I16,
    /// 32-bit integer.
    I32,
    /// 64-bit integer (also pointers).
    I64,
    /// IEEE 754 single precision.
    F32,
    /// IEEE 754 double precision.
    F64,
}

impl Type {
    /// Size in bytes.
    pub fn bytes(self) -> u32 {
        match self {
            Type::I8 => 1,
            Type::I16 => 2,
            Type::I32 | Type::F32 => 4,
            Type::I64 | Type::F64 => 8,
        }
    }

    /// Size in bits.
    pub fn bits(self) -> u32 {
        self.bytes() * 8
    }

    /// True for `I8`..`I64`.
    pub fn is_int(self) -> bool {
        !self.is_float()
    }

    /// True for `F32` and `F64`.
    pub fn is_float(self) -> bool {
        matches!(self, Type::F32 | Type::F64)
    }

    /// The text-format name (`i64`, `f32`, ...).
    pub fn name(self) -> &'static str {
        match self {
            Type::I8 => "i8",
            Type::I16 => "i16",
            Type::I32 => "i32",
            Type::I64 => "i64",
            Type::F32 => "f32",
            Type::F64 => "f64",
        }
    }
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// How a function receives its arguments and returns its results.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CallConv {
    /// Every compiled Go function: Cranelift's `tail` convention (all
    /// registers caller-saved, which is what lets a panic resume in a
    /// landing pad; see `shared/docs/design.md`).
    Go,
    /// The platform C convention (SystemV x86-64): runtime functions and
    /// entry points called from Rust/C such as `gocc.main`.
    C,
}

impl CallConv {
    /// The text-format name (`go` or `c`).
    pub fn name(self) -> &'static str {
        match self {
            CallConv::Go => "go",
            CallConv::C => "c",
        }
    }
}

/// The type of a function or call: scalar parameters, scalar results and
/// the calling convention.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Signature {
    /// Parameter types, in order.
    pub params: Vec<Type>,
    /// Result types, in order (0..n).
    pub results: Vec<Type>,
    /// The calling convention.
    pub call_conv: CallConv,
}

impl Signature {
    /// A signature from its parts.
    pub fn new(params: Vec<Type>, results: Vec<Type>, call_conv: CallConv) -> Signature {
        Signature {
            params,
            results,
            call_conv,
        }
    }
}

impl fmt::Display for Signature {
    /// Prints `(i64, i64) -> i64 go`; no arrow when there are no results.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "(")?;
        write_types(f, &self.params)?;
        write!(f, ")")?;
        match self.results.len() {
            0 => {}
            1 => write!(f, " -> {}", self.results[0])?,
            _ => {
                write!(f, " -> (")?;
                write_types(f, &self.results)?;
                write!(f, ")")?;
            }
        }
        write!(f, " {}", self.call_conv.name())
    }
}

fn write_types(f: &mut fmt::Formatter<'_>, tys: &[Type]) -> fmt::Result {
    for (i, t) in tys.iter().enumerate() {
        if i > 0 {
            write!(f, ", ")?;
        }
        write!(f, "{t}")?;
    }
    Ok(())
}

/// Symbol visibility of a function or data object defined in the module.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Linkage {
    /// Visible only inside the object file (ELF `LOCAL`).
    Local,
    /// Exported from the object file (ELF `GLOBAL`), e.g. `gocc.main`.
    Export,
}
