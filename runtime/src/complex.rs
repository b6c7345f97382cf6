//! Complex division, as gc's `runtime.complex128div` computes it (Smith's
//! algorithm with C99 Annex G's corrections for infinities and zeros).
//! `complex64` division widens to `complex128`, divides here and narrows,
//! exactly as gc does, so results round the same way.

/// Two `f64` results come back in xmm0:xmm1 under SystemV.
#[repr(C)]
pub struct Complex128 {
    pub re: f64,
    pub im: f64,
}

/// A signed 1 if `f` is infinite, else a signed 0 (sign of `f`).
fn inf2one(f: f64) -> f64 {
    let g: f64 = if f.is_infinite() { 1.0 } else { 0.0 };
    g.copysign(f)
}

/// `runtime.complex128div(n, m complex128) complex128`: `n / m`.
#[unsafe(export_name = "runtime.complex128div")]
pub extern "C" fn complex128div(nr: f64, ni: f64, mr: f64, mi: f64) -> Complex128 {
    let (mut e, mut f);
    if mr.abs() >= mi.abs() {
        let ratio = mi / mr;
        let denom = mr + ratio * mi;
        e = (nr + ni * ratio) / denom;
        f = (ni - nr * ratio) / denom;
    } else {
        let ratio = mr / mi;
        let denom = mi + ratio * mr;
        e = (nr * ratio + ni) / denom;
        f = (ni * ratio - nr) / denom;
    }
    if e.is_nan() && f.is_nan() {
        let (mut a, mut b, mut c, mut d) = (nr, ni, mr, mi);
        let inf = f64::INFINITY;
        if c == 0.0 && d == 0.0 && (!a.is_nan() || !b.is_nan()) {
            e = inf.copysign(c) * a;
            f = inf.copysign(c) * b;
        } else if (a.is_infinite() || b.is_infinite()) && c.is_finite() && d.is_finite() {
            a = inf2one(a);
            b = inf2one(b);
            e = inf * (a * c + b * d);
            f = inf * (b * c - a * d);
        } else if (c.is_infinite() || d.is_infinite()) && a.is_finite() && b.is_finite() {
            c = inf2one(c);
            d = inf2one(d);
            e = 0.0 * (a * c + b * d);
            f = 0.0 * (b * c - a * d);
        }
    }
    Complex128 { re: e, im: f }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn div(n: (f64, f64), m: (f64, f64)) -> (f64, f64) {
        let r = complex128div(n.0, n.1, m.0, m.1);
        (r.re, r.im)
    }

    // Values printed by go1.26 for the same divisions.
    #[test]
    fn matches_gc() {
        assert_eq!(div((1.0, 2.0), (3.0, -4.0)), (-0.2, 0.4));
        let (e, f) = div((1.0, 2.0), (0.0, 0.0));
        assert!(e.is_infinite() && e > 0.0 && f.is_infinite() && f > 0.0);
        let (e, f) = div((0.0, 0.0), (0.0, 0.0));
        assert!(e.is_nan() && f.is_nan());
        assert_eq!(div((1.0, 1.0), (f64::INFINITY, 0.0)), (0.0, 0.0));
    }
}
