//! Package math's functions that take floats apart (Frexp, Ldexp, Modf,
//! Logb, Ilogb, Nextafter, Nextafter32), and the exact arithmetic ones
//! (Mod, Remainder, Dim, FMA), following gc's frexp.go, ldexp.go, modf.go,
//! logb.go, nextafter.go, mod.go, remainder.go, dim.go. NaN results are
//! gc's `NaN()` (0x7FF8000000000001) where gc returns it.

use super::go_nan;

const SMALLEST_NORMAL: f64 = 2.2250738585072014e-308; // 2**-1022

/// `x` scaled into the normal range and the exponent to undo it.
fn normalize(x: f64) -> (f64, i64) {
    if x.abs() < SMALLEST_NORMAL {
        return (x * (1u64 << 52) as f64, -52);
    }
    (x, 0)
}

/// Go's Frexp: `frac` in [½, 1) and `x == frac × 2^exp`.
pub fn frexp(f: f64) -> (f64, i64) {
    if f == 0.0 || f.is_infinite() || f.is_nan() {
        return (f, 0);
    }
    let (f, mut exp) = normalize(f);
    let mut x = f.to_bits();
    exp += ((x >> 52) & 0x7ff) as i64 - 1023 + 1;
    x &= !(0x7ff << 52);
    x |= 1022 << 52;
    (f64::from_bits(x), exp)
}

/// `(frac float64, exp int)` through the out pointer (a float and an int).
#[repr(C)]
pub struct FrexpResult {
    pub frac: f64,
    pub exp: i64,
}

#[unsafe(export_name = "math.Frexp")]
pub extern "C" fn frexp_export(out: *mut FrexpResult, x: f64) {
    let (frac, exp) = frexp(x);
    // SAFETY: the caller's result buffer.
    unsafe { *out = FrexpResult { frac, exp } };
}

/// Go's Ldexp: one rounding, even into the subnormals.
#[unsafe(export_name = "math.Ldexp")]
pub extern "C" fn ldexp(frac: f64, exp: i64) -> f64 {
    if frac == 0.0 || frac.is_infinite() || frac.is_nan() {
        return frac;
    }
    let (frac, e) = normalize(frac);
    let mut exp = exp.wrapping_add(e);
    let mut x = frac.to_bits();
    exp = exp.wrapping_add(((x >> 52) & 0x7ff) as i64 - 1023);
    if exp < -1075 {
        return 0f64.copysign(frac);
    }
    if exp > 1023 {
        return if frac < 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        };
    }
    let mut m = 1.0;
    if exp < -1022 {
        exp += 53;
        m = 1.0 / (1u64 << 53) as f64;
    }
    x &= !(0x7ff << 52);
    x |= ((exp + 1023) as u64) << 52;
    m * f64::from_bits(x)
}

/// `(int float64, frac float64)` through the out pointer.
#[repr(C)]
pub struct ModfResult {
    pub int: f64,
    pub frac: f64,
}

pub fn modf(f: f64) -> (f64, f64) {
    let int = f.trunc();
    (int, (f - int).copysign(f))
}

#[unsafe(export_name = "math.Modf")]
pub extern "C" fn modf_export(out: *mut ModfResult, f: f64) {
    let (int, frac) = modf(f);
    // SAFETY: the caller's result buffer.
    unsafe { *out = ModfResult { int, frac } };
}

/// The remainder of x/y with x's sign; exact, so C's fmod gives gc's
/// value; only the special cases are gc's.
#[unsafe(export_name = "math.Mod")]
pub extern "C" fn modulo(x: f64, y: f64) -> f64 {
    if y == 0.0 || x.is_infinite() || x.is_nan() || y.is_nan() {
        return go_nan();
    }
    x % y
}

#[unsafe(export_name = "math.Remainder")]
pub extern "C" fn remainder(x: f64, y: f64) -> f64 {
    const TINY: f64 = 4.45014771701440276618e-308; // 0x0020000000000000
    const HALF_MAX: f64 = f64::MAX / 2.0;
    if x.is_nan() || y.is_nan() || x.is_infinite() || y == 0.0 {
        return go_nan();
    }
    if y.is_infinite() {
        return x;
    }
    let (mut x, mut y) = (x, y);
    let mut sign = false;
    if x < 0.0 {
        x = -x;
        sign = true;
    }
    if y < 0.0 {
        y = -y;
    }
    if x == y {
        return if sign { -0.0 } else { 0.0 };
    }
    if y <= HALF_MAX {
        x = modulo(x, y + y);
    }
    if y < TINY {
        if x + x > y {
            x -= y;
            if x + x >= y {
                x -= y;
            }
        }
    } else {
        let y_half = 0.5 * y;
        if x > y_half {
            x -= y;
            if x >= y_half {
                x -= y;
            }
        }
    }
    if sign { -x } else { x }
}

#[unsafe(export_name = "math.Dim")]
pub extern "C" fn dim(x: f64, y: f64) -> f64 {
    let v = x - y;
    if v <= 0.0 {
        return 0.0;
    }
    v
}

fn ilogb(x: f64) -> i64 {
    let (x, exp) = normalize(x);
    ((x.to_bits() >> 52) & 0x7ff) as i64 - 1023 + exp
}

#[unsafe(export_name = "math.Logb")]
pub extern "C" fn logb(x: f64) -> f64 {
    if x == 0.0 {
        return f64::NEG_INFINITY;
    }
    if x.is_infinite() {
        return f64::INFINITY;
    }
    if x.is_nan() {
        return x;
    }
    ilogb(x) as f64
}

#[unsafe(export_name = "math.Ilogb")]
pub extern "C" fn ilogb_export(x: f64) -> i64 {
    if x == 0.0 {
        return i32::MIN as i64;
    }
    if x.is_nan() || x.is_infinite() {
        return i32::MAX as i64;
    }
    ilogb(x)
}

#[unsafe(export_name = "math.Nextafter")]
pub extern "C" fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        go_nan()
    } else if x == y {
        x
    } else if x == 0.0 {
        f64::from_bits(1).copysign(y)
    } else if (y > x) == (x > 0.0) {
        f64::from_bits(x.to_bits() + 1)
    } else {
        f64::from_bits(x.to_bits() - 1)
    }
}

#[unsafe(export_name = "math.Nextafter32")]
pub extern "C" fn nextafter32(x: f32, y: f32) -> f32 {
    if x.is_nan() || y.is_nan() {
        go_nan() as f32
    } else if x == y {
        x
    } else if x == 0.0 {
        f32::from_bits(1).copysign(y)
    } else if (y > x) == (x > 0.0) {
        f32::from_bits(x.to_bits() + 1)
    } else {
        f32::from_bits(x.to_bits() - 1)
    }
}

/// x×y+z with one rounding: gc uses the FMA instruction when the CPU has
/// it and an exact software version otherwise; both are IEEE's fma.
#[unsafe(export_name = "math.FMA")]
pub extern "C" fn fma(x: f64, y: f64, z: f64) -> f64 {
    x.mul_add(y, z)
}
