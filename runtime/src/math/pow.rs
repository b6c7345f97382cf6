//! Pow, Pow10, Cbrt and Hypot as gc computes them on amd64 (math/pow.go,
//! pow10.go, cbrt.go, and hypot_amd64.s for Hypot), with Go's constants
//! and operation order.

use super::exp_log::{exp, log};
use super::float::{frexp, ldexp, modf};
use super::go_nan;

fn is_odd_int(x: f64) -> bool {
    if x.abs() >= (1u64 << 53) as f64 {
        return false;
    }
    let (xi, xf) = modf(x);
    xf == 0.0 && (xi as i64) & 1 == 1
}

#[unsafe(export_name = "math.Pow")]
pub extern "C" fn pow(x: f64, y: f64) -> f64 {
    if y == 0.0 || x == 1.0 {
        return 1.0;
    }
    if y == 1.0 {
        return x;
    }
    if x.is_nan() || y.is_nan() {
        return go_nan();
    }
    if x == 0.0 {
        if y < 0.0 {
            if x.is_sign_negative() && is_odd_int(y) {
                return f64::NEG_INFINITY;
            }
            return f64::INFINITY;
        }
        if y > 0.0 {
            if x.is_sign_negative() && is_odd_int(y) {
                return x;
            }
            return 0.0;
        }
    } else if y.is_infinite() {
        if x == -1.0 {
            return 1.0;
        }
        if (x.abs() < 1.0) == (y == f64::INFINITY) {
            return 0.0;
        }
        return f64::INFINITY;
    } else if x.is_infinite() {
        if x == f64::NEG_INFINITY {
            return pow(1.0 / x, -y); // Pow(-0, -y)
        }
        if y < 0.0 {
            return 0.0;
        }
        if y > 0.0 {
            return f64::INFINITY;
        }
    } else if y == 0.5 {
        return x.sqrt();
    } else if y == -0.5 {
        return 1.0 / x.sqrt();
    }

    let (mut yi, mut yf) = modf(y.abs());
    if yf != 0.0 && x < 0.0 {
        return go_nan();
    }
    if yi >= 9223372036854775808.0 {
        // yi is a large even int: the result is 0, 1 or Inf.
        if x == -1.0 {
            return 1.0;
        }
        if (x.abs() < 1.0) == (y > 0.0) {
            return 0.0;
        }
        return f64::INFINITY;
    }

    // ans = a1 * 2**ae (= 1 for now).
    let mut a1 = 1.0;
    let mut ae: i64 = 0;

    // ans *= x**yf
    if yf != 0.0 {
        if yf > 0.5 {
            yf -= 1.0;
            yi += 1.0;
        }
        a1 = exp(yf * log(x));
    }

    // ans *= x**yi by repeated squaring, tracking the exponent apart.
    let (mut x1, mut xe) = frexp(x);
    let mut i = yi as i64;
    while i != 0 {
        if !(-(1 << 12)..=(1 << 12)).contains(&xe) {
            // Catastrophic overflow or underflow: Ldexp below gets it right.
            ae += xe;
            break;
        }
        if i & 1 == 1 {
            a1 *= x1;
            ae += xe;
        }
        x1 *= x1;
        xe <<= 1;
        if x1 < 0.5 {
            x1 += x1;
            xe -= 1;
        }
        i >>= 1;
    }

    // ans = a1 * 2**ae; if y < 0 { ans = 1 / ans }, inverting a1 and ae apart.
    if y < 0.0 {
        a1 = 1.0 / a1;
        ae = -ae;
    }
    ldexp(a1, ae)
}

const POW10TAB: [f64; 32] = [
    1e00, 1e01, 1e02, 1e03, 1e04, 1e05, 1e06, 1e07, 1e08, 1e09, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29, 1e30, 1e31,
];
const POW10POSTAB32: [f64; 10] = [
    1e00, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288,
];
const POW10NEGTAB32: [f64; 11] = [
    1e-00, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224, 1e-256, 1e-288, 1e-320,
];

#[unsafe(export_name = "math.Pow10")]
pub extern "C" fn pow10(n: i64) -> f64 {
    if (0..=308).contains(&n) {
        let n = n as usize;
        return POW10POSTAB32[n / 32] * POW10TAB[n % 32];
    }
    if (-323..=0).contains(&n) {
        let n = (-n) as usize;
        return POW10NEGTAB32[n / 32] / POW10TAB[n % 32];
    }
    if n > 0 { f64::INFINITY } else { 0.0 }
}

#[unsafe(export_name = "math.Cbrt")]
pub extern "C" fn cbrt(x: f64) -> f64 {
    const B1: u64 = 715094163; // (682-0.03306235651)*2**20
    const B2: u64 = 696219795; // (664-0.03306235651)*2**20
    const C: f64 = 5.42857142857142815906e-01; // 19/35
    const D: f64 = -7.05306122448979611050e-01; // -864/1225
    const E: f64 = 1.41428571428571436819e+00; // 99/70
    const F: f64 = 1.60714285714285720630e+00; // 45/28
    const G: f64 = 3.57142857142857150787e-01; // 5/14
    const SMALLEST_NORMAL: f64 = 2.22507385850720138309e-308;
    if x == 0.0 || x.is_nan() || x.is_infinite() {
        return x;
    }
    let mut x = x;
    let mut sign = false;
    if x < 0.0 {
        x = -x;
        sign = true;
    }
    // Rough cbrt to 5 bits.
    let mut t = f64::from_bits(x.to_bits() / 3 + (B1 << 32));
    if x < SMALLEST_NORMAL {
        // Subnormal: scale up first.
        t = (1u64 << 54) as f64;
        t *= x;
        t = f64::from_bits(t.to_bits() / 3 + (B2 << 32));
    }
    // New cbrt to 23 bits.
    let mut r = t * t / x;
    let mut s = C + r * t;
    t *= G + F / (s + E + D / s);
    // Chop to 22 bits, make larger than cbrt(x).
    t = f64::from_bits((t.to_bits() & (0xFFFFFFFFC << 28)) + (1 << 30));
    // One step of Newton's iteration to 53 bits.
    s = t * t;
    r = x / s;
    let w = t + t;
    r = (r - t) / (w + r);
    t = t + t * r;
    if sign { -t } else { t }
}

/// hypot_amd64.s: max × sqrt(1 + (min/max)²).
#[unsafe(export_name = "math.Hypot")]
pub extern "C" fn hypot(p: f64, q: f64) -> f64 {
    const POS_INF: u64 = 0x7FF0_0000_0000_0000;
    let (pb, qb) = (p.to_bits() & !(1 << 63), q.to_bits() & !(1 << 63));
    if pb >= POS_INF || qb >= POS_INF {
        if pb == POS_INF || qb == POS_INF {
            return f64::INFINITY;
        }
        return go_nan();
    }
    if pb | qb == 0 {
        return 0.0;
    }
    let (p, q) = (f64::from_bits(pb), f64::from_bits(qb));
    // MAXSD/MINSD with the operand order of the assembly.
    let hi = if p > q { p } else { q };
    let lo = if q < p { q } else { p };
    let r = lo / hi;
    hi * (r * r + 1.0).sqrt()
}
