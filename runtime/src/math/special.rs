//! Erf, Erfc, Erfinv, Erfcinv, Gamma and Lgamma as gc computes them
//! (math/erf.go and lgamma.go from FreeBSD msun, erfinv.go from Giles'
//! approximation, gamma.go from Cephes), with Go's constants and order of
//! operations, on top of gc's Exp, Log, Pow and Sin.

use super::exp_log::{exp, log};
use super::float::modf;
use super::go_nan;
use super::pow::pow;
use super::trig::{cos, sin};
use std::f64::consts::{LN_2, PI};

/// Go's `1/0.35` constant, rounded once.
const INV_035: f64 = f64::from_bits(0x4006db6db6db6db7);

const ERX: f64 = 8.45062911510467529297e-01;
const EFX: f64 = 1.28379167095512586316e-01;
const EFX8: f64 = 1.02703333676410069053e+00;
const PP0: f64 = 1.28379167095512558561e-01;
const PP1: f64 = -3.25042107247001499370e-01;
const PP2: f64 = -2.84817495755985104766e-02;
const PP3: f64 = -5.77027029648944159157e-03;
const PP4: f64 = -2.37630166566501626084e-05;
const QQ1: f64 = 3.97917223959155352819e-01;
const QQ2: f64 = 6.50222499887672944485e-02;
const QQ3: f64 = 5.08130628187576562776e-03;
const QQ4: f64 = 1.32494738004321644526e-04;
const QQ5: f64 = -3.96022827877536812320e-06;
const PA0: f64 = -2.36211856075265944077e-03;
const PA1: f64 = 4.14856118683748331666e-01;
const PA2: f64 = -3.72207876035701323847e-01;
const PA3: f64 = 3.18346619901161753674e-01;
const PA4: f64 = -1.10894694282396677476e-01;
const PA5: f64 = 3.54783043256182359371e-02;
const PA6: f64 = -2.16637559486879084300e-03;
const QA1: f64 = 1.06420880400844228286e-01;
const QA2: f64 = 5.40397917702171048937e-01;
const QA3: f64 = 7.18286544141962662868e-02;
const QA4: f64 = 1.26171219808761642112e-01;
const QA5: f64 = 1.36370839120290507362e-02;
const QA6: f64 = 1.19844998467991074170e-02;
const RA0: f64 = -9.86494403484714822705e-03;
const RA1: f64 = -6.93858572707181764372e-01;
const RA2: f64 = -1.05586262253232909814e+01;
const RA3: f64 = -6.23753324503260060396e+01;
const RA4: f64 = -1.62396669462573470355e+02;
const RA5: f64 = -1.84605092906711035994e+02;
const RA6: f64 = -8.12874355063065934246e+01;
const RA7: f64 = -9.81432934416914548592e+00;
const SA1: f64 = 1.96512716674392571292e+01;
const SA2: f64 = 1.37657754143519042600e+02;
const SA3: f64 = 4.34565877475229228821e+02;
const SA4: f64 = 6.45387271733267880336e+02;
const SA5: f64 = 4.29008140027567833386e+02;
const SA6: f64 = 1.08635005541779435134e+02;
const SA7: f64 = 6.57024977031928170135e+00;
const SA8: f64 = -6.04244152148580987438e-02;
const RB0: f64 = -9.86494292470009928597e-03;
const RB1: f64 = -7.99283237680523006574e-01;
const RB2: f64 = -1.77579549177547519889e+01;
const RB3: f64 = -1.60636384855821916062e+02;
const RB4: f64 = -6.37566443368389627722e+02;
const RB5: f64 = -1.02509513161107724954e+03;
const RB6: f64 = -4.83519191608651397019e+02;
const SB1: f64 = 3.03380607434824582924e+01;
const SB2: f64 = 3.25792512996573918826e+02;
const SB3: f64 = 1.53672958608443695994e+03;
const SB4: f64 = 3.19985821950859553908e+03;
const SB5: f64 = 2.55305040643316442583e+03;
const SB6: f64 = 4.74528541206955367215e+02;
const SB7: f64 = -2.24409524465858183362e+01;
const EI_A0: f64 = 1.1975323115670912564578e0;
const EI_A1: f64 = 4.7072688112383978012285e1;
const EI_A2: f64 = 6.9706266534389598238465e2;
const EI_A3: f64 = 4.8548868893843886794648e3;
const EI_A4: f64 = 1.6235862515167575384252e4;
const EI_A5: f64 = 2.3782041382114385731252e4;
const EI_A6: f64 = 1.1819493347062294404278e4;
const EI_A7: f64 = 8.8709406962545514830200e2;
const EI_B0: f64 = 1.0000000000000000000e0;
const EI_B1: f64 = 4.2313330701600911252e1;
const EI_B2: f64 = 6.8718700749205790830e2;
const EI_B3: f64 = 5.3941960214247511077e3;
const EI_B4: f64 = 2.1213794301586595867e4;
const EI_B5: f64 = 3.9307895800092710610e4;
const EI_B6: f64 = 2.8729085735721942674e4;
const EI_B7: f64 = 5.2264952788528545610e3;
const EI_C0: f64 = 1.42343711074968357734e0;
const EI_C1: f64 = 4.63033784615654529590e0;
const EI_C2: f64 = 5.76949722146069140550e0;
const EI_C3: f64 = 3.64784832476320460504e0;
const EI_C4: f64 = 1.27045825245236838258e0;
const EI_C5: f64 = 2.41780725177450611770e-1;
const EI_C6: f64 = 2.27238449892691845833e-2;
const EI_C7: f64 = 7.74545014278341407640e-4;
const EI_D0: f64 = 1.4142135623730950488016887e0;
const EI_D1: f64 = 2.9036514445419946173133295e0;
const EI_D2: f64 = 2.3707661626024532365971225e0;
const EI_D3: f64 = 9.7547832001787427186894837e-1;
const EI_D4: f64 = 2.0945065210512749128288442e-1;
const EI_D5: f64 = 2.1494160384252876777097297e-2;
const EI_D6: f64 = 7.7441459065157709165577218e-4;
const EI_D7: f64 = 1.4859850019840355905497876e-9;
const EI_E0: f64 = 6.65790464350110377720e0;
const EI_E1: f64 = 5.46378491116411436990e0;
const EI_E2: f64 = 1.78482653991729133580e0;
const EI_E3: f64 = 2.96560571828504891230e-1;
const EI_E4: f64 = 2.65321895265761230930e-2;
const EI_E5: f64 = 1.24266094738807843860e-3;
const EI_E6: f64 = 2.71155556874348757815e-5;
const EI_E7: f64 = 2.01033439929228813265e-7;
const EI_F0: f64 = 1.414213562373095048801689e0;
const EI_F1: f64 = 8.482908416595164588112026e-1;
const EI_F2: f64 = 1.936480946950659106176712e-1;
const EI_F3: f64 = 2.103693768272068968719679e-2;
const EI_F4: f64 = 1.112800997078859844711555e-3;
const EI_F5: f64 = 2.611088405080593625138020e-5;
const EI_F6: f64 = 2.010321207683943062279931e-7;
const EI_F7: f64 = 2.891024605872965461538222e-15;

/// The shared tail of Erf and Erfc for 1.25 <= x: exp(-x²-0.5625+R/S)/x.
fn erf_tail(x: f64) -> f64 {
    let s = 1.0 / (x * x);
    let (r, ss);
    if x < INV_035 {
        r = RA0 + s * (RA1 + s * (RA2 + s * (RA3 + s * (RA4 + s * (RA5 + s * (RA6 + s * RA7))))));
        ss = 1.0
            + s * (SA1
                + s * (SA2 + s * (SA3 + s * (SA4 + s * (SA5 + s * (SA6 + s * (SA7 + s * SA8)))))));
    } else {
        r = RB0 + s * (RB1 + s * (RB2 + s * (RB3 + s * (RB4 + s * (RB5 + s * RB6)))));
        ss = 1.0 + s * (SB1 + s * (SB2 + s * (SB3 + s * (SB4 + s * (SB5 + s * (SB6 + s * SB7))))));
    }
    // z: x in pseudo-single (20-bit) precision.
    let z = f64::from_bits(x.to_bits() & 0xffffffff00000000);
    exp(-z * z - 0.5625) * exp((z - x) * (z + x) + r / ss)
}

/// P/Q of the 0.84375 <= x < 1.25 interval.
fn erf_mid(x: f64) -> f64 {
    let s = x - 1.0;
    let p = PA0 + s * (PA1 + s * (PA2 + s * (PA3 + s * (PA4 + s * (PA5 + s * PA6)))));
    let q = 1.0 + s * (QA1 + s * (QA2 + s * (QA3 + s * (QA4 + s * (QA5 + s * QA6)))));
    p / q
}

/// r/s of the x < 0.84375 interval.
fn erf_small(x: f64) -> f64 {
    let z = x * x;
    let r = PP0 + z * (PP1 + z * (PP2 + z * (PP3 + z * PP4)));
    let s = 1.0 + z * (QQ1 + z * (QQ2 + z * (QQ3 + z * (QQ4 + z * QQ5))));
    r / s
}

#[unsafe(export_name = "math.Erf")]
pub extern "C" fn erf(x: f64) -> f64 {
    const VERY_TINY: f64 = 2.848094538889218e-306; // 0x0080000000000000
    const SMALL: f64 = 1.0 / (1u64 << 28) as f64;
    if x.is_nan() {
        return go_nan();
    }
    if x == f64::INFINITY {
        return 1.0;
    }
    if x == f64::NEG_INFINITY {
        return -1.0;
    }
    let mut x = x;
    let mut sign = false;
    if x < 0.0 {
        x = -x;
        sign = true;
    }
    if x < 0.84375 {
        let temp = if x < SMALL {
            if x < VERY_TINY {
                0.125 * (8.0 * x + EFX8 * x) // avoid underflow
            } else {
                x + EFX * x
            }
        } else {
            x + x * erf_small(x)
        };
        return if sign { -temp } else { temp };
    }
    if x < 1.25 {
        let pq = erf_mid(x);
        return if sign { -ERX - pq } else { ERX + pq };
    }
    if x >= 6.0 {
        return if sign { -1.0 } else { 1.0 };
    }
    let r = erf_tail(x);
    if sign { r / x - 1.0 } else { 1.0 - r / x }
}

#[unsafe(export_name = "math.Erfc")]
pub extern "C" fn erfc(x: f64) -> f64 {
    const TINY: f64 = 1.0 / (1u64 << 56) as f64;
    if x.is_nan() {
        return go_nan();
    }
    if x == f64::INFINITY {
        return 0.0;
    }
    if x == f64::NEG_INFINITY {
        return 2.0;
    }
    let mut x = x;
    let mut sign = false;
    if x < 0.0 {
        x = -x;
        sign = true;
    }
    if x < 0.84375 {
        let temp = if x < TINY {
            x
        } else {
            let y = erf_small(x);
            if x < 0.25 {
                x + x * y
            } else {
                0.5 + (x * y + (x - 0.5))
            }
        };
        return if sign { 1.0 + temp } else { 1.0 - temp };
    }
    if x < 1.25 {
        let pq = erf_mid(x);
        return if sign { 1.0 + ERX + pq } else { 1.0 - ERX - pq };
    }
    if x < 28.0 {
        if x >= INV_035 && sign && x > 6.0 {
            return 2.0; // x < -6
        }
        let r = erf_tail(x);
        return if sign { 2.0 - r / x } else { r / x };
    }
    if sign { 2.0 } else { 0.0 }
}

#[unsafe(export_name = "math.Erfinv")]
pub extern "C" fn erfinv(x: f64) -> f64 {
    if x.is_nan() || x <= -1.0 || x >= 1.0 {
        if x == -1.0 || x == 1.0 {
            return if x > 0.0 {
                f64::INFINITY
            } else {
                f64::NEG_INFINITY
            };
        }
        return go_nan();
    }
    let mut x = x;
    let mut sign = false;
    if x < 0.0 {
        x = -x;
        sign = true;
    }
    let ans = if x <= 0.85 {
        let r = 0.180625 - 0.25 * x * x;
        let z1 = ((((((EI_A7 * r + EI_A6) * r + EI_A5) * r + EI_A4) * r + EI_A3) * r + EI_A2) * r
            + EI_A1)
            * r
            + EI_A0;
        let z2 = ((((((EI_B7 * r + EI_B6) * r + EI_B5) * r + EI_B4) * r + EI_B3) * r + EI_B2) * r
            + EI_B1)
            * r
            + EI_B0;
        (x * z1) / z2
    } else {
        let mut r = (LN_2 - log(1.0 - x)).sqrt();
        let (z1, z2);
        if r <= 5.0 {
            r -= 1.6;
            z1 = ((((((EI_C7 * r + EI_C6) * r + EI_C5) * r + EI_C4) * r + EI_C3) * r + EI_C2) * r
                + EI_C1)
                * r
                + EI_C0;
            z2 = ((((((EI_D7 * r + EI_D6) * r + EI_D5) * r + EI_D4) * r + EI_D3) * r + EI_D2) * r
                + EI_D1)
                * r
                + EI_D0;
        } else {
            r -= 5.0;
            z1 = ((((((EI_E7 * r + EI_E6) * r + EI_E5) * r + EI_E4) * r + EI_E3) * r + EI_E2) * r
                + EI_E1)
                * r
                + EI_E0;
            z2 = ((((((EI_F7 * r + EI_F6) * r + EI_F5) * r + EI_F4) * r + EI_F3) * r + EI_F2) * r
                + EI_F1)
                * r
                + EI_F0;
        }
        z1 / z2
    };
    if sign { -ans } else { ans }
}

#[unsafe(export_name = "math.Erfcinv")]
pub extern "C" fn erfcinv(x: f64) -> f64 {
    erfinv(1.0 - x)
}

const GAM_P: [f64; 7] = [
    1.60119522476751861407e-04,
    1.19135147006586384913e-03,
    1.04213797561761569935e-02,
    4.76367800457137231464e-02,
    2.07448227648435975150e-01,
    4.94214826801497100753e-01,
    9.99999999999999996796e-01,
];
const GAM_Q: [f64; 8] = [
    -2.31581873324120129819e-05,
    5.39605580493303397842e-04,
    -4.45641913851797240494e-03,
    1.18139785222060435552e-02,
    3.58236398605498653373e-02,
    -2.34591795718243348568e-01,
    7.14304917030273074085e-02,
    1.00000000000000000320e+00,
];
const GAM_S: [f64; 5] = [
    7.87311395793093628397e-04,
    -2.29549961613378126380e-04,
    -2.68132617805781232825e-03,
    3.47222221605458667310e-03,
    8.33333333333482257126e-02,
];
const LGAM_A: [f64; 12] = [
    7.72156649015328655494e-02,
    3.22467033424113591611e-01,
    6.73523010531292681824e-02,
    2.05808084325167332806e-02,
    7.38555086081402883957e-03,
    2.89051383673415629091e-03,
    1.19270763183362067845e-03,
    5.10069792153511336608e-04,
    2.20862790713908385557e-04,
    1.08011567247583939954e-04,
    2.52144565451257326939e-05,
    4.48640949618915160150e-05,
];
const LGAM_R: [f64; 7] = [
    1.0,
    1.39200533467621045958e+00,
    7.21935547567138069525e-01,
    1.71933865632803078993e-01,
    1.86459191715652901344e-02,
    7.77942496381893596434e-04,
    7.32668430744625636189e-06,
];
const LGAM_S: [f64; 7] = [
    -7.72156649015328655494e-02,
    2.14982415960608852501e-01,
    3.25778796408930981787e-01,
    1.46350472652464452805e-01,
    2.66422703033638609560e-02,
    1.84028451407337715652e-03,
    3.19475326584100867617e-05,
];
const LGAM_T: [f64; 15] = [
    4.83836122723810047042e-01,
    -1.47587722994593911752e-01,
    6.46249402391333854778e-02,
    -3.27885410759859649565e-02,
    1.79706750811820387126e-02,
    -1.03142241298341437450e-02,
    6.10053870246291332635e-03,
    -3.68452016781138256760e-03,
    2.25964780900612472250e-03,
    -1.40346469989232843813e-03,
    8.81081882437654011382e-04,
    -5.38595305356740546715e-04,
    3.15632070903625950361e-04,
    -3.12754168375120860518e-04,
    3.35529192635519073543e-04,
];
const LGAM_U: [f64; 6] = [
    -7.72156649015328655494e-02,
    6.32827064025093366517e-01,
    1.45492250137234768737e+00,
    9.77717527963372745603e-01,
    2.28963728064692451092e-01,
    1.33810918536787660377e-02,
];
const LGAM_V: [f64; 6] = [
    1.0,
    2.45597793713041134822e+00,
    2.12848976379893395361e+00,
    7.69285150456672783825e-01,
    1.04222645593369134254e-01,
    3.21709242282423911810e-03,
];
const LGAM_W: [f64; 7] = [
    4.18938533204672725052e-01,
    8.33333333333329678849e-02,
    -2.77777777728775536470e-03,
    7.93650558643019558500e-04,
    -5.95187557450339963135e-04,
    8.36339918996282139126e-04,
    -1.63092934096575273989e-03,
];

/// Gamma by Stirling's formula for x > 33, as two factors (their
/// product may overflow where the caller's use of them does not).
fn stirling(x: f64) -> (f64, f64) {
    if x > 200.0 {
        return (f64::INFINITY, 1.0);
    }
    const SQRT_TWO_PI: f64 = 2.506628274631000502417;
    const MAX_STIRLING: f64 = 143.01608;
    let mut w = 1.0 / x;
    w = 1.0 + w * ((((GAM_S[0] * w + GAM_S[1]) * w + GAM_S[2]) * w + GAM_S[3]) * w + GAM_S[4]);
    let mut y1 = exp(x);
    let mut y2 = 1.0;
    if x > MAX_STIRLING {
        // Avoid Pow() overflow.
        let v = pow(x, 0.5 * x - 0.25);
        (y1, y2) = (v, v / y1);
    } else {
        y1 = pow(x, x - 0.5) / y1;
    }
    (y1, SQRT_TWO_PI * w * y2)
}

fn is_neg_int(x: f64) -> bool {
    x < 0.0 && modf(x).1 == 0.0
}

#[unsafe(export_name = "math.Gamma")]
pub extern "C" fn gamma(x: f64) -> f64 {
    const EULER: f64 = 0.57721566490153286060651209008240243104215933593992;
    if is_neg_int(x) || x == f64::NEG_INFINITY || x.is_nan() {
        return go_nan();
    }
    if x == f64::INFINITY {
        return f64::INFINITY;
    }
    if x == 0.0 {
        return if x.is_sign_negative() {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        };
    }
    let mut q = x.abs();
    let mut p = q.floor();
    if q > 33.0 {
        if x >= 0.0 {
            let (y1, y2) = stirling(x);
            return y1 * y2;
        }
        // Reflection: gamma(x) = π / (-x sin(πx) gamma(-x)).
        let signgam: i64 = if (p as i64) & 1 == 0 { -1 } else { 1 };
        let mut z = q - p;
        if z > 0.5 {
            p += 1.0;
            z = q - p;
        }
        z = q * sin(PI * z);
        if z == 0.0 {
            return if signgam >= 0 {
                f64::INFINITY
            } else {
                f64::NEG_INFINITY
            };
        }
        let (sq1, sq2) = stirling(q);
        let absz = z.abs();
        let d = absz * sq1 * sq2;
        z = if d.is_infinite() {
            PI / absz / sq1 / sq2
        } else {
            PI / d
        };
        return signgam as f64 * z;
    }

    // Reduce the argument.
    let mut x = x;
    let mut z = 1.0;
    while x >= 3.0 {
        x -= 1.0;
        z *= x;
    }
    let small = |x: f64, z: f64| {
        if x == 0.0 {
            f64::INFINITY
        } else {
            z / ((1.0 + EULER * x) * x)
        }
    };
    while x < 0.0 {
        if x > -1e-09 {
            return small(x, z);
        }
        z /= x;
        x += 1.0;
    }
    while x < 2.0 {
        if x < 1e-09 {
            return small(x, z);
        }
        z /= x;
        x += 1.0;
    }
    if x == 2.0 {
        return z;
    }
    x -= 2.0;
    p = (((((x * GAM_P[0] + GAM_P[1]) * x + GAM_P[2]) * x + GAM_P[3]) * x + GAM_P[4]) * x
        + GAM_P[5])
        * x
        + GAM_P[6];
    q = ((((((x * GAM_Q[0] + GAM_Q[1]) * x + GAM_Q[2]) * x + GAM_Q[3]) * x + GAM_Q[4]) * x
        + GAM_Q[5])
        * x
        + GAM_Q[6])
        * x
        + GAM_Q[7];
    z * p / q
}

/// sin(πx) for x >= 0 with exact argument reduction (lgamma.go's sinPi).
fn sin_pi(x: f64) -> f64 {
    const TWO52: f64 = (1u64 << 52) as f64;
    const TWO53: f64 = (1u64 << 53) as f64;
    if x < 0.25 {
        return -sin(PI * x);
    }
    let mut x = x;
    let mut z = x.floor();
    let n: i64;
    if z != x {
        x = super::float::modulo(x, 2.0);
        n = (x * 4.0) as i64;
    } else if x >= TWO53 {
        // x must be even.
        x = 0.0;
        n = 0;
    } else {
        if x < TWO52 {
            z = x + TWO52; // exact
        }
        let odd = (z.to_bits() & 1) as i64;
        x = odd as f64;
        n = odd << 2;
    }
    let r = match n {
        0 => sin(PI * x),
        1 | 2 => cos(PI * (0.5 - x)),
        3 | 4 => sin(PI * (1.0 - x)),
        5 | 6 => -cos(PI * (x - 1.5)),
        _ => sin(PI * (x - 2.0)),
    };
    -r
}

/// Go's Lgamma: the natural log of |Gamma(x)| and Gamma's sign.
pub fn lgamma(x: f64) -> (f64, i64) {
    const YMIN_M1_P027: f64 = f64::from_bits(0x3fe76987d0eaed22); // Ymin - 1 + 0.27
    const YMIN_M1_M027: f64 = f64::from_bits(0x3fc88766f1c02f69); // Ymin - 1 - 0.27
    const YMIN_P027: f64 = f64::from_bits(0x3ffbb4c3e8757691); // Ymin + 0.27
    const YMIN_M027: f64 = f64::from_bits(0x3ff310ecde3805ed); // Ymin - 0.27
    const TC_M1: f64 = f64::from_bits(0x3fdd8b618d5af8fc); // Tc - 1
    const TWO52: f64 = (1u64 << 52) as f64;
    const TWO58: f64 = (1u64 << 58) as f64;
    const TINY: f64 = 1.0 / (1u128 << 70) as f64;
    const TC: f64 = 1.46163214496836224576e+00;
    const TF: f64 = -1.21486290535849611461e-01;
    const TT: f64 = -3.63867699703950536541e-18;
    let mut sign = 1;
    if x.is_nan() || x.is_infinite() {
        return (x, sign);
    }
    if x == 0.0 {
        return (f64::INFINITY, sign);
    }
    let mut x = x;
    let mut neg = false;
    if x < 0.0 {
        x = -x;
        neg = true;
    }
    if x < TINY {
        if neg {
            sign = -1;
        }
        return (-log(x), sign);
    }
    let mut nadj = 0.0;
    if neg {
        if x >= TWO52 {
            return (f64::INFINITY, sign);
        }
        let t = sin_pi(x);
        if t == 0.0 {
            return (f64::INFINITY, sign);
        }
        nadj = log(PI / (t * x).abs());
        if t < 0.0 {
            sign = -1;
        }
    }
    let mut lgamma;
    if x == 1.0 || x == 2.0 {
        return (0.0, sign);
    } else if x < 2.0 {
        let y;
        let i;
        if x <= 0.9 {
            lgamma = -log(x);
            if x >= YMIN_M1_P027 {
                y = 1.0 - x;
                i = 0;
            } else if x >= YMIN_M1_M027 {
                y = x - TC_M1;
                i = 1;
            } else {
                y = x;
                i = 2;
            }
        } else {
            lgamma = 0.0;
            if x >= YMIN_P027 {
                y = 2.0 - x;
                i = 0;
            } else if x >= YMIN_M027 {
                y = x - TC;
                i = 1;
            } else {
                y = x - 1.0;
                i = 2;
            }
        }
        let a = &LGAM_A;
        match i {
            0 => {
                let z = y * y;
                let p1 = a[0] + z * (a[2] + z * (a[4] + z * (a[6] + z * (a[8] + z * a[10]))));
                let p2 = z * (a[1] + z * (a[3] + z * (a[5] + z * (a[7] + z * (a[9] + z * a[11])))));
                let p = y * p1 + p2;
                lgamma += p - 0.5 * y;
            }
            1 => {
                let t = &LGAM_T;
                let z = y * y;
                let w = z * y;
                let p1 = t[0] + w * (t[3] + w * (t[6] + w * (t[9] + w * t[12])));
                let p2 = t[1] + w * (t[4] + w * (t[7] + w * (t[10] + w * t[13])));
                let p3 = t[2] + w * (t[5] + w * (t[8] + w * (t[11] + w * t[14])));
                let p = z * p1 - (TT - w * (p2 + y * p3));
                lgamma += TF + p;
            }
            _ => {
                let (u, v) = (&LGAM_U, &LGAM_V);
                let p1 = y * (u[0] + y * (u[1] + y * (u[2] + y * (u[3] + y * (u[4] + y * u[5])))));
                let p2 = 1.0 + y * (v[1] + y * (v[2] + y * (v[3] + y * (v[4] + y * v[5]))));
                lgamma += -0.5 * y + p1 / p2;
            }
        }
    } else if x < 8.0 {
        let i = x as i64;
        let y = x - i as f64;
        let (s, r) = (&LGAM_S, &LGAM_R);
        let p =
            y * (s[0] + y * (s[1] + y * (s[2] + y * (s[3] + y * (s[4] + y * (s[5] + y * s[6]))))));
        let q = 1.0 + y * (r[1] + y * (r[2] + y * (r[3] + y * (r[4] + y * (r[5] + y * r[6])))));
        lgamma = 0.5 * y + p / q;
        // Lgamma(1+s) = Log(s) + Lgamma(s), from i down to 3.
        let mut z = 1.0;
        let mut k = i;
        while k >= 3 {
            z *= y + (k - 1) as f64;
            k -= 1;
        }
        if i >= 3 {
            lgamma += log(z);
        }
    } else if x < TWO58 {
        let t = log(x);
        let z = 1.0 / x;
        let y = z * z;
        let w = &LGAM_W;
        let ww = w[0] + z * (w[1] + y * (w[2] + y * (w[3] + y * (w[4] + y * (w[5] + y * w[6])))));
        lgamma = (x - 0.5) * (t - 1.0) + ww;
    } else {
        lgamma = x * (log(x) - 1.0);
    }
    if neg {
        lgamma = nadj - lgamma;
    }
    (lgamma, sign)
}

/// `(lgamma float64, sign int)` through the out pointer.
#[repr(C)]
pub struct LgammaResult {
    pub lgamma: f64,
    pub sign: i64,
}

#[unsafe(export_name = "math.Lgamma")]
pub extern "C" fn lgamma_export(out: *mut LgammaResult, x: f64) {
    let (lgamma, sign) = lgamma(x);
    // SAFETY: the caller's result buffer.
    unsafe { *out = LgammaResult { lgamma, sign } };
}
