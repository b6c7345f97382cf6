//! Exp, Exp2, Expm1, Log, Log2, Log10 and Log1p as gc computes them on
//! amd64. Exp and Log are gc's assembly (math/exp_amd64.s, log_amd64.s),
//! translated instruction by instruction: Exp is Shibata's method, whose
//! multiply-adds are fused when the CPU has AVX and FMA (gc checks at run
//! time, and so do we, so the bits match gc on the same machine); Log is
//! FreeBSD's algorithm with a frexp that ignores subnormals. The others are
//! gc's Go code (exp.go, expm1.go, log10.go, log1p.go), unfused.

use super::float::{frexp, ldexp};
use super::go_nan;
use std::arch::x86_64::{_mm_cvtsd_si32, _mm_set_sd};

const LN2HI: f64 = 6.93147180369123816490e-01; // 0x3fe62e42fee00000
const LN2LO: f64 = 1.90821492927058770002e-10; // 0x3dea39ef35793c76

/// Go's `1 / Ln10` and `1 / Ln2` constants, rounded once.
const INV_LN10: f64 = f64::from_bits(0x3fdbcb7b1526e50e);
const INV_LN2: f64 = f64::from_bits(0x3ff71547652b82fe);

/// Whether gc's Exp takes its FMA path (`cpu.X86.HasAVX && HasFMA`).
#[inline]
pub(crate) fn use_fma() -> bool {
    #[cfg(test)]
    if FORCE_PLAIN.with(|f| f.get()) {
        return false;
    }
    cpu_has_fma()
}

#[inline]
pub(crate) fn cpu_has_fma() -> bool {
    std::is_x86_feature_detected!("avx") && std::is_x86_feature_detected!("fma")
}

#[cfg(test)]
thread_local! {
    /// Set by the table test to check the plain SSE2 path on a CPU with
    /// FMA against gc's results under GODEBUG=cpu.fma=off.
    pub(crate) static FORCE_PLAIN: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

// exp_amd64.s's constants.
const EXP_LOG2E: f64 = 1.4426950408889634073599246810018920;
const EXP_LN2U: f64 = 0.69314718055966295651160180568695068359375;
const EXP_LN2L: f64 = 0.28235290563031577122588448175013436025525412068e-12;
const EXP_OVERFLOW: f64 = 7.09782712893384e+02;
/// Taylor coefficients 1/3! … 1/8! (exprodata+24 … +64).
const EXP_T: [f64; 6] = [
    1.6666666666666666667e-1,
    4.1666666666666666667e-2,
    8.3333333333333333333e-3,
    1.3888888888888888889e-3,
    1.9841269841269841270e-4,
    2.4801587301587301587e-5,
];

/// The series for e^(16·r) − 1 given r, as the plain SSE2 path computes it.
#[inline]
fn exp_series(x0: f64) -> f64 {
    let mut x1 = EXP_T[5];
    for c in [EXP_T[4], EXP_T[3], EXP_T[2], EXP_T[1], EXP_T[0], 0.5, 1.0] {
        x1 *= x0;
        x1 += c;
    }
    let mut x0 = x0 * x1;
    for _ in 0..4 {
        x0 *= 2.0 + x0;
    }
    x0 + 1.0
}

/// The AVX/FMA path: the reduction and the series with fused steps.
#[target_feature(enable = "fma")]
fn exp_reduce_series_fma(x: f64, k: f64) -> f64 {
    let mut x0 = (-k).mul_add(EXP_LN2U, x);
    x0 = (-k).mul_add(EXP_LN2L, x0);
    x0 *= 0.0625;
    let mut x1 = EXP_T[5];
    for c in [EXP_T[4], EXP_T[3], EXP_T[2], EXP_T[1], EXP_T[0], 0.5, 1.0] {
        x1 = x1.mul_add(x0, c);
    }
    x0 *= x1;
    for _ in 0..3 {
        x0 *= x0 + 2.0;
    }
    let x1 = x0 + 2.0;
    x1.mul_add(x0, 1.0)
}

#[unsafe(export_name = "math.Exp")]
pub extern "C" fn exp(x: f64) -> f64 {
    let bits = x.to_bits();
    if bits & !(1 << 63) >= 0x7FF0_0000_0000_0000 {
        // -Inf gives 0; NaN and +Inf are returned as they are.
        return if bits == 0xFFF0_0000_0000_0000 {
            0.0
        } else {
            x
        };
    }
    if x > EXP_OVERFLOW {
        return f64::INFINITY;
    }
    // CVTSD2SL: round to nearest even; out of range gives i32::MIN.
    // SAFETY: SSE2 is part of the x86-64 baseline.
    let mut bx = unsafe { _mm_cvtsd_si32(_mm_set_sd(EXP_LOG2E * x)) };
    let k = bx as f64;
    let mut x0 = if use_fma() {
        // SAFETY: the CPU has FMA (checked just above).
        unsafe { exp_reduce_series_fma(x, k) }
    } else {
        let mut x0 = x - k * EXP_LN2U;
        x0 -= k * EXP_LN2L;
        exp_series(x0 * 0.0625)
    };
    // fr * 2**exponent, in one or two multiplications.
    bx = bx.wrapping_add(0x3FF);
    if bx <= 0 {
        if bx < -52 {
            return 0.0;
        }
        bx += 0x3FE;
        x0 *= f64::from_bits((bx as u32 as u64) << 52);
        bx = 1;
    } else if bx >= 0x7FF {
        return f64::INFINITY;
    }
    x0 * f64::from_bits((bx as u32 as u64) << 52)
}

/// Shared by Exp2: e^(hi-lo) × 2^k (exp.go's expmulti).
fn expmulti(hi: f64, lo: f64, k: i64) -> f64 {
    const P1: f64 = 1.66666666666666657415e-01;
    const P2: f64 = -2.77777777770155933842e-03;
    const P3: f64 = 6.61375632143793436117e-05;
    const P4: f64 = -1.65339022054652515390e-06;
    const P5: f64 = 4.13813679705723846039e-08;
    let r = hi - lo;
    let t = r * r;
    let c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
    let y = 1.0 - ((lo - (r * c) / (2.0 - c)) - hi);
    ldexp(y, k)
}

#[unsafe(export_name = "math.Exp2")]
pub extern "C" fn exp2(x: f64) -> f64 {
    const OVERFLOW: f64 = 1.0239999999999999e+03;
    const UNDERFLOW: f64 = -1.0740e+03;
    if x.is_nan() {
        return x;
    }
    if x > OVERFLOW {
        return f64::INFINITY;
    }
    if x < UNDERFLOW {
        return 0.0;
    }
    let k = if x > 0.0 {
        (x + 0.5) as i64
    } else if x < 0.0 {
        (x - 0.5) as i64
    } else {
        0
    };
    let t = x - k as f64;
    let hi = t * LN2HI;
    let lo = -t * LN2LO;
    expmulti(hi, lo, k)
}

#[unsafe(export_name = "math.Expm1")]
pub extern "C" fn expm1(x: f64) -> f64 {
    const OTHRESHOLD: f64 = 7.09782712893383973096e+02;
    const LN2X56: f64 = 3.88162421113569373274e+01;
    const LN2HALFX3: f64 = 1.03972077083991796413e+00;
    const LN2HALF: f64 = 3.46573590279972654709e-01;
    const INVLN2: f64 = 1.44269504088896338700e+00;
    const TINY: f64 = 1.0 / (1u64 << 54) as f64;
    const Q1: f64 = -3.33333333333331316428e-02;
    const Q2: f64 = 1.58730158725481460165e-03;
    const Q3: f64 = -7.93650757867487942473e-05;
    const Q4: f64 = 4.00821782732936239552e-06;
    const Q5: f64 = -2.01099218183624371326e-07;
    if x == f64::INFINITY || x.is_nan() {
        return x;
    }
    if x == f64::NEG_INFINITY {
        return -1.0;
    }
    let mut x = x;
    let mut absx = x;
    let mut sign = false;
    if x < 0.0 {
        absx = -absx;
        sign = true;
    }
    if absx >= LN2X56 {
        if sign {
            return -1.0;
        }
        if absx >= OTHRESHOLD {
            return f64::INFINITY;
        }
    }
    let mut c = 0.0;
    let k: i64;
    if absx > LN2HALF {
        let (hi, lo);
        if absx < LN2HALFX3 {
            if !sign {
                hi = x - LN2HI;
                lo = LN2LO;
                k = 1;
            } else {
                hi = x + LN2HI;
                lo = -LN2LO;
                k = -1;
            }
        } else {
            k = if !sign {
                (INVLN2 * x + 0.5) as i64
            } else {
                (INVLN2 * x - 0.5) as i64
            };
            let t = k as f64;
            hi = x - t * LN2HI;
            lo = t * LN2LO;
        }
        x = hi - lo;
        c = (hi - x) - lo;
    } else if absx < TINY {
        return x;
    } else {
        k = 0;
    }
    let hfx = 0.5 * x;
    let hxs = x * hfx;
    let r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
    let t = 3.0 - r1 * hfx;
    let mut e = hxs * ((r1 - t) / (6.0 - x * t));
    if k == 0 {
        return x - (x * e - hxs);
    }
    e = x * (e - c) - c;
    e -= hxs;
    let add_exp = |y: f64| f64::from_bits(y.to_bits().wrapping_add((k as u64) << 52));
    if k == -1 {
        return 0.5 * (x - e) - 0.5;
    }
    if k == 1 {
        if x < -0.25 {
            return -2.0 * (e - (x + 0.5));
        }
        return 1.0 + 2.0 * (x - e);
    }
    if k <= -2 || k > 56 {
        let y = 1.0 - (e - x);
        return add_exp(y) - 1.0;
    }
    if k < 20 {
        let t = f64::from_bits(0x3ff0000000000000 - (0x20000000000000u64 >> k));
        let y = t - (e - x);
        return add_exp(y);
    }
    let t = f64::from_bits(((0x3ff - k) as u64) << 52);
    let mut y = x - (e + t);
    y += 1.0;
    add_exp(y)
}

#[unsafe(export_name = "math.Log")]
pub extern "C" fn log(x: f64) -> f64 {
    const HSQRT2: f64 = 7.07106781186547524401e-01;
    const L1: f64 = 6.666666666666735130e-01;
    const L2: f64 = 3.999999999940941908e-01;
    const L3: f64 = 2.857142874366239149e-01;
    const L4: f64 = 2.222219843214978396e-01;
    const L5: f64 = 1.818357216161805012e-01;
    const L6: f64 = 1.531383769920937332e-01;
    const L7: f64 = 1.479819860511658591e-01;
    let bits = x.to_bits();
    if bits & !(1 << 63) == 0 {
        return f64::NEG_INFINITY;
    }
    if (bits as i64) < 0 {
        return go_nan();
    }
    if bits >= 0x7FF0_0000_0000_0000 {
        return x;
    }
    // frexp by bits alone (a subnormal keeps its unnormalized mantissa).
    let mut f1 = f64::from_bits((bits & 0x000F_FFFF_FFFF_FFFF) | 0x3FE0_0000_0000_0000);
    let mut k = (((bits >> 52) & 0x7FF) as i32 - 0x3FE) as f64;
    // CMPSD $5 (not less than): HSqrt2 >= f1 halves the interval.
    let adj = if HSQRT2 < f1 { 0.0 } else { 1.0 };
    k -= adj;
    f1 *= adj + 1.0;
    let f = f1 - 1.0;
    let s = f / (2.0 + f);
    let s2 = s * s;
    let s4 = s2 * s2;
    let t1 = s2 * (((L7 * s4 + L5) * s4 + L3) * s4 + L1);
    let t2 = s4 * ((L6 * s4 + L4) * s4 + L2);
    let r = t1 + t2;
    let hfsq = 0.5 * f * f;
    k * LN2HI - ((hfsq - (s * (r + hfsq) + LN2LO * k)) - f)
}

#[unsafe(export_name = "math.Log10")]
pub extern "C" fn log10(x: f64) -> f64 {
    log(x) * INV_LN10
}

#[unsafe(export_name = "math.Log2")]
pub extern "C" fn log2(x: f64) -> f64 {
    let (frac, exp) = frexp(x);
    // Exact for powers of two.
    if frac == 0.5 {
        return (exp - 1) as f64;
    }
    log(frac) * INV_LN2 + exp as f64
}

#[unsafe(export_name = "math.Log1p")]
pub extern "C" fn log1p(x: f64) -> f64 {
    const SQRT2M1: f64 = 4.142135623730950488017e-01;
    const SQRT2HALFM1: f64 = -2.928932188134524755992e-01;
    const SMALL: f64 = 1.0 / (1u64 << 29) as f64;
    const TINY: f64 = 1.0 / (1u64 << 54) as f64;
    const TWO53: f64 = (1u64 << 53) as f64;
    const LP1: f64 = 6.666666666666735130e-01;
    const LP2: f64 = 3.999999999940941908e-01;
    const LP3: f64 = 2.857142874366239149e-01;
    const LP4: f64 = 2.222219843214978396e-01;
    const LP5: f64 = 1.818357216161805012e-01;
    const LP6: f64 = 1.531383769920937332e-01;
    const LP7: f64 = 1.479819860511658591e-01;
    if x < -1.0 || x.is_nan() {
        return go_nan();
    }
    if x == -1.0 {
        return f64::NEG_INFINITY;
    }
    if x == f64::INFINITY {
        return f64::INFINITY;
    }
    let absx = x.abs();
    let mut f = 0.0;
    let mut iu: u64 = 0;
    let mut k: i64 = 1;
    if absx < SQRT2M1 {
        if absx < SMALL {
            if absx < TINY {
                return x;
            }
            return x - x * x * 0.5;
        }
        if x > SQRT2HALFM1 {
            k = 0;
            f = x;
            iu = 1;
        }
    }
    let mut c = 0.0;
    if k != 0 {
        let mut u;
        if absx < TWO53 {
            u = 1.0 + x;
            iu = u.to_bits();
            k = (iu >> 52) as i64 - 1023;
            c = if k > 0 { 1.0 - (u - x) } else { x - (u - 1.0) };
            c /= u;
        } else {
            u = x;
            iu = u.to_bits();
            k = (iu >> 52) as i64 - 1023;
            c = 0.0;
        }
        iu &= 0x000fffffffffffff;
        if iu < 0x0006a09e667f3bcd {
            u = f64::from_bits(iu | 0x3ff0000000000000);
        } else {
            k += 1;
            u = f64::from_bits(iu | 0x3fe0000000000000);
            iu = (0x0010000000000000 - iu) >> 2;
        }
        f = u - 1.0;
    }
    let hfsq = 0.5 * f * f;
    let kf = k as f64;
    if iu == 0 {
        if f == 0.0 {
            if k == 0 {
                return 0.0;
            }
            c += kf * LN2LO;
            return kf * LN2HI + c;
        }
        let r = hfsq * (1.0 - 0.66666666666666666 * f);
        if k == 0 {
            return f - r;
        }
        return kf * LN2HI - ((r - (kf * LN2LO + c)) - f);
    }
    let s = f / (2.0 + f);
    let z = s * s;
    let r = z * (LP1 + z * (LP2 + z * (LP3 + z * (LP4 + z * (LP5 + z * (LP6 + z * LP7))))));
    if k == 0 {
        return f - (hfsq - s * (hfsq + r));
    }
    kf * LN2HI - ((hfsq - (s * (hfsq + r) + (kf * LN2LO + c))) - f)
}
