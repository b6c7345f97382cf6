//! Package math against gc, bit for bit: recomputes every entry of
//! runtime/tests/data/math_table.txt (made by `go run tools/mathtable/gen.go
//! > runtime/tests/data/math_table.txt`, see that program for the format
//! and the inputs) with gocc's runtime and requires identical results,
//! NaNs included (gc's `NaN()` has bits 0x7FF8000000000001 and they show
//! through `math.Float64bits`).
//!
//! gc's Exp takes a fused multiply-add path on CPUs with AVX and FMA and
//! so does gocc's; the table was made on such a CPU. The results that
//! differ without FMA (gc run with GODEBUG=cpu.fma=off) are in
//! math_table_nofma.txt: they replace the table's on a CPU without FMA,
//! and a second test checks gocc's plain path against them on any CPU.

use crate::math::{self as m, bessel, exp_log, float, hyperbolic, invtrig, pow, special, trig};
use std::collections::HashMap;

/// A parsed token: a float64, a float32 or an int.
#[derive(Clone, Copy, Debug, PartialEq)]
enum V {
    F(u64),
    S(u32),
    I(i64),
}

impl V {
    fn f(self) -> f64 {
        match self {
            V::F(b) => f64::from_bits(b),
            _ => panic!("not a float64: {self:?}"),
        }
    }
    fn s(self) -> f32 {
        match self {
            V::S(b) => f32::from_bits(b),
            _ => panic!("not a float32: {self:?}"),
        }
    }
    fn i(self) -> i64 {
        match self {
            V::I(i) => i,
            _ => panic!("not an int: {self:?}"),
        }
    }
}

fn parse(kinds: &str, line: &str) -> Vec<V> {
    let toks: Vec<&str> = line.split(' ').collect();
    assert_eq!(toks.len(), kinds.len(), "line {line:?} for kinds {kinds}");
    kinds
        .bytes()
        .zip(toks)
        .map(|(k, t)| match k {
            b'f' => V::F(u64::from_str_radix(t, 16).unwrap()),
            b's' => V::S(u32::from_str_radix(t, 16).unwrap()),
            b'i' => V::I(t.parse().unwrap()),
            _ => panic!("kind {k}"),
        })
        .collect()
}

fn f(x: f64) -> Vec<V> {
    vec![V::F(x.to_bits())]
}

/// gocc's implementation of `name` applied to one input line.
fn call(name: &str, a: &[V]) -> Vec<V> {
    let u = |g: extern "C" fn(f64) -> f64| f(g(a[0].f()));
    let b = |g: extern "C" fn(f64, f64) -> f64| f(g(a[0].f(), a[1].f()));
    match name {
        "Sqrt" => u(m::sqrt),
        "Abs" => u(m::abs),
        "Floor" => u(m::floor),
        "Ceil" => u(m::ceil),
        "Trunc" => u(m::trunc),
        "Round" => u(m::round),
        "RoundToEven" => u(m::round_to_even),
        "Sin" => u(trig::sin),
        "Cos" => u(trig::cos),
        "Tan" => u(trig::tan),
        "Sincos" => {
            let (s, c) = trig::sincos(a[0].f());
            vec![V::F(s.to_bits()), V::F(c.to_bits())]
        }
        "Asin" => u(invtrig::asin),
        "Acos" => u(invtrig::acos),
        "Atan" => u(invtrig::atan),
        "Sinh" => u(hyperbolic::sinh),
        "Cosh" => u(hyperbolic::cosh),
        "Tanh" => u(hyperbolic::tanh),
        "Asinh" => u(hyperbolic::asinh),
        "Acosh" => u(hyperbolic::acosh),
        "Atanh" => u(hyperbolic::atanh),
        "Exp" => u(exp_log::exp),
        "Exp2" => u(exp_log::exp2),
        "Expm1" => u(exp_log::expm1),
        "Log" => u(exp_log::log),
        "Log2" => u(exp_log::log2),
        "Log10" => u(exp_log::log10),
        "Log1p" => u(exp_log::log1p),
        "Logb" => u(float::logb),
        "Ilogb" => vec![V::I(float::ilogb_export(a[0].f()))],
        "Cbrt" => u(pow::cbrt),
        "Frexp" => {
            let (fr, e) = float::frexp(a[0].f());
            vec![V::F(fr.to_bits()), V::I(e)]
        }
        "Modf" => {
            let (i, fr) = float::modf(a[0].f());
            vec![V::F(i.to_bits()), V::F(fr.to_bits())]
        }
        "Erf" => u(special::erf),
        "Erfc" => u(special::erfc),
        "Erfinv" => u(special::erfinv),
        "Erfcinv" => u(special::erfcinv),
        "Gamma" => u(special::gamma),
        "Lgamma" => {
            let (l, s) = special::lgamma(a[0].f());
            vec![V::F(l.to_bits()), V::I(s)]
        }
        "J0" => u(bessel::j0),
        "J1" => u(bessel::j1),
        "Y0" => u(bessel::y0),
        "Y1" => u(bessel::y1),
        "Pow" => b(pow::pow),
        "Atan2" => b(invtrig::atan2),
        "Hypot" => b(pow::hypot),
        "Mod" => b(float::modulo),
        "Remainder" => b(float::remainder),
        "Dim" => b(float::dim),
        "Max" => b(m::max),
        "Min" => b(m::min),
        "Nextafter" => b(float::nextafter),
        "Copysign" => b(m::copysign),
        "FMA" => f(float::fma(a[0].f(), a[1].f(), a[2].f())),
        "Ldexp" => f(float::ldexp(a[0].f(), a[1].i())),
        "Pow10" => f(pow::pow10(a[0].i())),
        "Jn" => f(bessel::jn(a[0].i(), a[1].f())),
        "Yn" => f(bessel::yn(a[0].i(), a[1].f())),
        "Nextafter32" => vec![V::S(float::nextafter32(a[0].s(), a[1].s()).to_bits())],
        _ => panic!("no gocc implementation for math.{name} in this test"),
    }
}

/// The results without FMA, by function and input index.
fn nofma_results() -> HashMap<(String, usize), String> {
    include_str!("../../tests/data/math_table_nofma.txt")
        .lines()
        .map(|l| {
            let mut w = l.splitn(3, ' ');
            let name = w.next().unwrap().to_string();
            let index = w.next().unwrap().parse().unwrap();
            ((name, index), w.next().unwrap().to_string())
        })
        .collect()
}

/// Checks every table entry, with `over` replacing some expected results;
/// returns the mismatches (at most 5 listed per function).
fn check(over: &HashMap<(String, usize), String>) -> Vec<String> {
    let table = include_str!("../../tests/data/math_table.txt");
    let mut lines = table.lines();
    let mut inputs: Vec<Vec<V>> = Vec::new();
    let (mut checked, mut failures) = (0usize, Vec::new());
    let mut fns = 0;
    while let Some(head) = lines.next() {
        let words: Vec<&str> = head.split(' ').collect();
        match words[0] {
            "inputs" => {
                let n: usize = words[2].parse().unwrap();
                inputs = (0..n)
                    .map(|_| parse(words[1], lines.next().unwrap()))
                    .collect();
            }
            "fn" => {
                fns += 1;
                let (name, kinds) = (words[1], words[2]);
                let mut bad = 0;
                for (i, inp) in inputs.iter().enumerate() {
                    let line = lines.next().unwrap();
                    let line = over.get(&(name.to_string(), i)).map_or(line, |s| s);
                    let want = parse(kinds, line);
                    let got = call(name, inp);
                    checked += 1;
                    if got != want {
                        bad += 1;
                        if bad <= 5 {
                            failures
                                .push(format!("math.{name}{inp:x?}: gc {want:x?}, gocc {got:x?}"));
                        }
                    }
                }
                if bad > 5 {
                    failures.push(format!("math.{name}: {bad} differences in all"));
                }
            }
            _ => panic!("bad table line {head:?}"),
        }
    }
    assert!(
        fns >= 58 && checked > 100_000,
        "table too small: {fns} functions, {checked} results"
    );
    failures
}

#[test]
fn math_matches_gc_bit_for_bit() {
    let over = if exp_log::cpu_has_fma() {
        HashMap::new()
    } else {
        nofma_results()
    };
    let failures = check(&over);
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Exp's plain SSE2 path (taken on CPUs without AVX and FMA) against gc
/// run with GODEBUG=cpu.fma=off, whatever this CPU has. FMA itself stays
/// the CPU's instruction here (gc's software FMA differs only in the bits
/// of some NaNs), so its entries are not replaced.
#[test]
fn math_plain_path_matches_gc_without_fma() {
    let mut over = nofma_results();
    over.retain(|(name, _), _| name != "FMA");
    exp_log::FORCE_PLAIN.with(|f| f.set(true));
    let failures = check(&over);
    exp_log::FORCE_PLAIN.with(|f| f.set(false));
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
