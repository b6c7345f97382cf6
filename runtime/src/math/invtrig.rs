//! Asin, Acos, Atan and Atan2 as gc computes them (math/asin.go,
//! atan.go, atan2.go: Cephes' rational approximation of atan after range
//! reduction), with Go's constants and operation order.

use super::go_nan;
use std::f64::consts::{FRAC_PI_2, FRAC_PI_4, PI};

/// Go's `3*Pi/4` constant, rounded once from the exact value.
const THREE_PI_4: f64 = f64::from_bits(0x4002d97c7f3321d2);

/// atan(x) for 0 <= x <= 0.66.
fn xatan(x: f64) -> f64 {
    const P0: f64 = -8.750608600031904122785e-01;
    const P1: f64 = -1.615753718733365076637e+01;
    const P2: f64 = -7.500855792314704667340e+01;
    const P3: f64 = -1.228866684490136173410e+02;
    const P4: f64 = -6.485021904942025371773e+01;
    const Q0: f64 = 2.485846490142306297962e+01;
    const Q1: f64 = 1.650270098316988542046e+02;
    const Q2: f64 = 4.328810604912902668951e+02;
    const Q3: f64 = 4.853903996359136964868e+02;
    const Q4: f64 = 1.945506571482613964425e+02;
    let mut z = x * x;
    z = z * ((((P0 * z + P1) * z + P2) * z + P3) * z + P4)
        / (((((z + Q0) * z + Q1) * z + Q2) * z + Q3) * z + Q4);
    x * z + x
}

/// atan(x) for x >= 0, reduced to xatan's range.
fn satan(x: f64) -> f64 {
    const MOREBITS: f64 = 6.123233995736765886130e-17; // pi/2 = PIO2 + Morebits
    const TAN3PIO8: f64 = 2.41421356237309504880; // tan(3*pi/8)
    if x <= 0.66 {
        return xatan(x);
    }
    if x > TAN3PIO8 {
        return FRAC_PI_2 - xatan(1.0 / x) + MOREBITS;
    }
    FRAC_PI_4 + xatan((x - 1.0) / (x + 1.0)) + 0.5 * MOREBITS
}

#[unsafe(export_name = "math.Asin")]
pub extern "C" fn asin(x: f64) -> f64 {
    if x == 0.0 {
        return x;
    }
    let mut sign = false;
    let mut x = x;
    if x < 0.0 {
        x = -x;
        sign = true;
    }
    if x > 1.0 {
        return go_nan();
    }
    let mut temp = (1.0 - x * x).sqrt();
    if x > 0.7 {
        temp = FRAC_PI_2 - satan(temp / x);
    } else {
        temp = satan(x / temp);
    }
    if sign { -temp } else { temp }
}

#[unsafe(export_name = "math.Acos")]
pub extern "C" fn acos(x: f64) -> f64 {
    FRAC_PI_2 - asin(x)
}

#[unsafe(export_name = "math.Atan")]
pub extern "C" fn atan(x: f64) -> f64 {
    if x == 0.0 {
        return x;
    }
    if x > 0.0 { satan(x) } else { -satan(-x) }
}

#[unsafe(export_name = "math.Atan2")]
pub extern "C" fn atan2(y: f64, x: f64) -> f64 {
    if y.is_nan() || x.is_nan() {
        return go_nan();
    }
    if y == 0.0 {
        if x >= 0.0 && !x.is_sign_negative() {
            return 0f64.copysign(y);
        }
        return PI.copysign(y);
    }
    if x == 0.0 {
        return FRAC_PI_2.copysign(y);
    }
    if x.is_infinite() {
        if x == f64::INFINITY {
            return if y.is_infinite() {
                FRAC_PI_4.copysign(y)
            } else {
                0f64.copysign(y)
            };
        }
        return if y.is_infinite() {
            THREE_PI_4.copysign(y)
        } else {
            PI.copysign(y)
        };
    }
    if y.is_infinite() {
        return FRAC_PI_2.copysign(y);
    }
    let q = atan(y / x);
    if x < 0.0 {
        if q <= 0.0 {
            return q + PI;
        }
        return q - PI;
    }
    q
}
