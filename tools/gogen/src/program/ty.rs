//! The basic Go types the expression generator works with, their literals
//! (typed, always in range, so that gc never sees a constant overflow) and
//! the fmt verbs that make sense for each.

use crate::rng::Rng;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Ty {
    Int,
    I8,
    I16,
    I32,
    I64,
    Uint,
    U8,
    U16,
    U32,
    U64,
    F64,
    F32,
    Str,
    Bool,
}

pub const ALL: &[Ty] = &[
    Ty::Int,
    Ty::I8,
    Ty::I16,
    Ty::I32,
    Ty::I64,
    Ty::Uint,
    Ty::U8,
    Ty::U16,
    Ty::U32,
    Ty::U64,
    Ty::F64,
    Ty::F32,
    Ty::Str,
    Ty::Bool,
];

pub const INTS: &[Ty] = &[
    Ty::Int,
    Ty::I8,
    Ty::I16,
    Ty::I32,
    Ty::I64,
    Ty::Uint,
    Ty::U8,
    Ty::U16,
    Ty::U32,
    Ty::U64,
];

/// Go's string literals the generator draws from: ASCII, multi-byte UTF-8,
/// invalid UTF-8, escapes, NUL.
pub const STRINGS: &[&str] = &[
    r#""""#,
    r#""a""#,
    r#""hello""#,
    r#""héllo""#,
    r#""日本語""#,
    r#""a\tb""#,
    r#""\x00z""#,
    r#""\xff\xfe""#,
    r#""ab\xe6\x97""#,
    r#""Z""#,
    r#"" x ""#,
    r#""q\"uote""#,
    r#""back\\slash""#,
    r#""🙂ok""#,
    r#""line\n""#,
    r#""MiXeD case""#,
    r#""123""#,
    r#""-4.5e2""#,
];

impl Ty {
    pub fn name(self) -> &'static str {
        match self {
            Ty::Int => "int",
            Ty::I8 => "int8",
            Ty::I16 => "int16",
            Ty::I32 => "int32",
            Ty::I64 => "int64",
            Ty::Uint => "uint",
            Ty::U8 => "uint8",
            Ty::U16 => "uint16",
            Ty::U32 => "uint32",
            Ty::U64 => "uint64",
            Ty::F64 => "float64",
            Ty::F32 => "float32",
            Ty::Str => "string",
            Ty::Bool => "bool",
        }
    }

    pub fn is_int(self) -> bool {
        INTS.contains(&self)
    }

    pub fn is_signed(self) -> bool {
        matches!(self, Ty::Int | Ty::I8 | Ty::I16 | Ty::I32 | Ty::I64)
    }

    pub fn is_float(self) -> bool {
        matches!(self, Ty::F64 | Ty::F32)
    }

    pub fn is_numeric(self) -> bool {
        self.is_int() || self.is_float()
    }

    fn bits(self) -> u32 {
        match self {
            Ty::I8 | Ty::U8 => 8,
            Ty::I16 | Ty::U16 => 16,
            Ty::I32 | Ty::U32 | Ty::F32 => 32,
            _ => 64,
        }
    }

    fn min_max(self) -> (i128, i128) {
        let b = self.bits();
        if self.is_signed() {
            (-(1i128 << (b - 1)), (1i128 << (b - 1)) - 1)
        } else {
            (0, (1i128 << b) - 1)
        }
    }

    /// A typed literal of this type: `int8(-128)`, `float64(0.1)`,
    /// `"héllo"`, `true`. Always representable.
    pub fn literal(self, r: &mut Rng) -> String {
        match self {
            Ty::Str => r.pick(STRINGS).to_string(),
            Ty::Bool => if r.chance(50) { "true" } else { "false" }.to_string(),
            Ty::F64 | Ty::F32 => {
                let big: &[&str] = &["1e300", "-1.7976931348623157e308", "4.9e-324"];
                let common: &[&str] = &[
                    "0.0",
                    "1.5",
                    "-2.25",
                    "0.1",
                    "1e10",
                    "1e-7",
                    "3.141592653589793",
                    "123456.789",
                    "-0.5",
                    "2.5",
                    "1e20",
                    "-3.0",
                    "16777217.0",
                    "0.3",
                ];
                let v = if self == Ty::F64 && r.chance(10) {
                    r.pick(big)
                } else {
                    r.pick(common)
                };
                format!("{}({v})", self.name())
            }
            _ => {
                let (lo, hi) = self.min_max();
                let v: i128 = match r.below(8) {
                    0 => lo,
                    1 => hi,
                    2 => 0,
                    3 => 1,
                    4 if self.is_signed() => -1,
                    5 => hi - r.below(3) as i128,
                    6 => lo + r.below(3) as i128,
                    _ => {
                        let small = r.range(-200, 200) as i128;
                        small.clamp(lo, hi)
                    }
                };
                format!("{}({v})", self.name())
            }
        }
    }

    /// A printf verb (with flags) that suits this type.
    pub fn verb(self, r: &mut Rng) -> &'static str {
        let v: &[&str] = match self {
            Ty::Str => &[
                "%v", "%s", "%q", "%x", "%X", "% x", "%10s", "%-8s|", "%.3s", "%T", "%+q", "%#q",
            ],
            Ty::Bool => &["%v", "%t", "%T", "%5t"],
            Ty::F64 | Ty::F32 => &[
                "%v", "%g", "%e", "%E", "%f", "%8.3f", "%.2f", "%T", "%G", "%+.3e", "%10.4g", "%x",
                "%-9.2f|", "%08.3f",
            ],
            Ty::U8 | Ty::I32 => &[
                "%v", "%d", "%x", "%X", "%o", "%b", "%c", "%q", "%U", "%5d", "%-4d|", "%+d",
                "%08d", "%T", "%#x", "%#o",
            ],
            _ => &[
                "%v", "%d", "%x", "%X", "%o", "%b", "%5d", "%-4d|", "%+d", "%08d", "%T", "%#x",
                "%O", "%#v",
            ],
        };
        let picked: &&str = r.pick(v);
        picked
    }
}
