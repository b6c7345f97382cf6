//! Typed expression generation. `expr(ty, depth)` returns Go text of type
//! `ty` and whether it is a constant expression: two constants are never
//! combined (gc rejects constant overflow and constant division by zero),
//! integer divisors are `| 1` so they are never zero, shift counts are
//! masked, float-to-int conversions go through `f2i`.

use super::Gen;
use super::ty::{self, Ty};

pub type E = (String, bool);

impl Gen<'_> {
    pub(super) fn expr(&mut self, ty: Ty, depth: usize) -> E {
        if depth == 0 || self.r.chance(25) {
            return self.leaf(ty);
        }
        let d = depth - 1;
        match ty {
            Ty::Str => self.str_expr(d),
            Ty::Bool => self.bool_expr(d),
            Ty::F64 | Ty::F32 => self.float_expr(ty, d),
            _ => self.int_expr(ty, d),
        }
    }

    fn leaf(&mut self, ty: Ty) -> E {
        if self.r.chance(60) {
            (self.var_of(ty), false)
        } else {
            (ty.literal(&mut self.r), true)
        }
    }

    /// A non-constant expression of type `ty`.
    pub(super) fn nc(&mut self, ty: Ty, depth: usize) -> String {
        let (e, c) = self.expr(ty, depth);
        if c { self.var_of(ty) } else { e }
    }

    /// Two operands that are not both constant.
    fn operands(&mut self, ty: Ty, d: usize) -> (String, String, bool) {
        let (a, ca) = self.expr(ty, d);
        let (b, cb) = self.expr(ty, d);
        if ca && cb {
            (self.var_of(ty), b, false)
        } else {
            (a, b, false)
        }
    }

    fn call_of(&mut self, ty: Ty, d: usize) -> Option<String> {
        let protected = self.protected > 0 || self.in_helper;
        let cands: Vec<usize> = (0..self.funcs.len())
            .filter(|&i| self.funcs[i].result == ty && (protected || !self.funcs[i].may_panic))
            .collect();
        if cands.is_empty() || self.r.chance(40) {
            return None;
        }
        let i = *self.r.pick(&cands);
        if self.funcs[i].may_panic && self.in_helper && self.protected == 0 {
            self.cur_may_panic = true;
        }
        let params = self.funcs[i].params.clone();
        let args: Vec<String> = params.iter().map(|&t| self.expr(t, d.min(1)).0).collect();
        Some(format!("{}({})", self.funcs[i].name, args.join(", ")))
    }

    fn int_expr(&mut self, ty: Ty, d: usize) -> E {
        let n = ty.name();
        match self.r.below(13) {
            0..=2 => {
                let (a, b, _) = self.operands(ty, d);
                let op = self
                    .r
                    .pick(&["+", "-", "*", "&", "|", "^", "&^", "+", "-", "*"]);
                (format!("({a} {op} {b})"), false)
            }
            3 => {
                let (a, b, _) = self.operands(ty, d);
                let op = self.r.pick(&["/", "%"]);
                (format!("({a} {op} ({b} | 1))"), false)
            }
            4 => {
                let a = self.expr(ty, d).0;
                let st = *self.r.pick(ty::INTS);
                let s = self.nc(st, d.min(1));
                let op = self.r.pick(&["<<", ">>"]);
                let mask = self.r.pick(&["7", "15", "31", "63", "127"]);
                (format!("({a} {op} (uint({s}) & {mask}))"), false)
            }
            5 => {
                let a = self.nc(ty, d);
                let op = self.r.pick(&["-", "^", "+"]);
                (format!("({op}{a})"), false)
            }
            6 => {
                let from = *self.r.pick(ty::INTS);
                let a = self.nc(from, d);
                (format!("{n}({a})"), false)
            }
            7 => {
                let from = *self.r.pick(&[Ty::F64, Ty::F32]);
                let a = self.nc(from, d);
                (format!("{n}(f2i(float64({a})))"), false)
            }
            8 => {
                // A constant string could be longer than a small int type holds.
                let (s, c) = self.expr(Ty::Str, d);
                let s = if c { self.var_of(Ty::Str) } else { s };
                (format!("{n}(len({s}))"), false)
            }
            9 => {
                let s = self.expr(Ty::Str, d).0;
                let i = self.nc(Ty::Int, d.min(1));
                (format!("{n}(at({s}, {i}))"), false)
            }
            10 => match self.call_of(ty, d) {
                Some(c) => (c, false),
                None => self.leaf(ty),
            },
            11 => {
                let c = self.bool_expr(d).0;
                let (a, _) = self.expr(ty, d);
                let (b, _) = self.expr(ty, d);
                (
                    format!("func() {n} {{ if {c} {{ return {a} }}; return {b} }}()"),
                    false,
                )
            }
            _ => {
                let s = self.expr(Ty::Str, d).0;
                (format!("{n}(len([]rune({s})))"), false)
            }
        }
    }

    fn float_expr(&mut self, ty: Ty, d: usize) -> E {
        let n = ty.name();
        let wrap = |e: String| {
            if ty == Ty::F64 {
                e
            } else {
                format!("float32({e})")
            }
        };
        match self.r.below(10) {
            0..=2 => {
                let (a, b, _) = self.operands(ty, d);
                let op = self.r.pick(&["+", "-", "*"]);
                (format!("({a} {op} {b})"), false)
            }
            3 => {
                let a = self.expr(ty, d).0;
                let b = self.nc(ty, d);
                (format!("({a} / {b})"), false)
            }
            4 => {
                let from = *self.r.pick(ty::INTS);
                let a = self.nc(from, d);
                (format!("{n}({a})"), false)
            }
            5 => {
                let other = if ty == Ty::F64 { Ty::F32 } else { Ty::F64 };
                let a = self.nc(other, d);
                (format!("{n}({a})"), false)
            }
            6 => {
                let a = self.nc(ty, d);
                let mut fs = vec![
                    "Sqrt",
                    "Abs",
                    "Floor",
                    "Ceil",
                    "Trunc",
                    "Round",
                    "RoundToEven",
                ];
                if self.cfg.mathfuncs {
                    fs.extend(["Sin", "Cos", "Exp", "Log", "Atan", "Tanh", "Cbrt", "Log2"]);
                }
                let f = self.r.pick(&fs);
                (wrap(format!("math.{f}(float64({a}))")), false)
            }
            7 => {
                let a = self.nc(ty, d);
                let b = self.expr(ty, d).0;
                let mut fs = vec!["Max", "Min", "Mod", "Copysign", "Dim"];
                if self.cfg.mathfuncs {
                    fs.extend(["Pow", "Atan2", "Hypot"]);
                }
                let f = self.r.pick(&fs);
                (wrap(format!("math.{f}(float64({a}), float64({b}))")), false)
            }
            8 => {
                let e = self.r.pick(&[
                    "math.Inf(1)",
                    "math.Inf(-1)",
                    "math.NaN()",
                    "math.MaxFloat64",
                    "math.SmallestNonzeroFloat64",
                    "math.Pi",
                ]);
                if ty == Ty::F32 && (e.starts_with("math.Max") || e.starts_with("math.Small")) {
                    return self.leaf(ty);
                }
                if e.starts_with("math.Inf") || e.starts_with("math.NaN") {
                    (wrap(e.to_string()), false)
                } else {
                    (format!("{n}({e})"), true)
                }
            }
            _ => match self.call_of(ty, d) {
                Some(c) => (c, false),
                None => self.leaf(ty),
            },
        }
    }

    fn str_expr(&mut self, d: usize) -> E {
        match self.r.below(14) {
            0 | 1 => {
                let (a, ca) = self.expr(Ty::Str, d);
                let (b, cb) = self.expr(Ty::Str, d);
                (format!("({a} + {b})"), ca && cb)
            }
            2 => {
                let t = *self.r.pick(ty::INTS);
                let a = self.nc(t, d);
                (format!("strconv.Itoa(int({a}))"), false)
            }
            3 => {
                let t = *self.r.pick(ty::INTS);
                let a = self.nc(t, d);
                let base = self.r.pick(&["2", "8", "10", "16", "36"]);
                if t.is_signed() {
                    (format!("strconv.FormatInt(int64({a}), {base})"), false)
                } else {
                    (format!("strconv.FormatUint(uint64({a}), {base})"), false)
                }
            }
            4 => {
                let f = self.nc(Ty::F64, d);
                let c = self
                    .r
                    .pick(&["'f'", "'e'", "'g'", "'E'", "'G'", "'b'", "'x'"]);
                let prec = self.r.pick(&["-1", "0", "2", "5"]);
                let bits = if self.cfg.float32fmt && self.r.chance(30) {
                    "32"
                } else {
                    "64"
                };
                (
                    format!("strconv.FormatFloat({f}, {c}, {prec}, {bits})"),
                    false,
                )
            }
            5 => {
                let t = *self.r.pick(ty::ALL);
                let a = self.expr(t, d).0;
                let v = t.verb(&mut self.r);
                (format!("fmt.Sprintf(\"{v}\", {a})"), false)
            }
            6 => {
                let t = *self.r.pick(&[Ty::I32, Ty::Int, Ty::U8, Ty::I64]);
                let a = self.nc(t, d);
                (format!("string(rune({a}))"), false)
            }
            7 => {
                let a = self.expr(Ty::Str, d).0;
                let f = self.r.pick(&[
                    "strings.ToUpper",
                    "strings.ToLower",
                    "strings.TrimSpace",
                    "strconv.Quote",
                    "strconv.QuoteToASCII",
                ]);
                (format!("{f}({a})"), false)
            }
            8 => {
                let a = self.expr(Ty::Str, d).0;
                let n = self.nc(Ty::U8, 0);
                (format!("strings.Repeat({a}, int({n}%4))"), false)
            }
            9 => {
                let a = self.expr(Ty::Str, d).0;
                let i = self.nc(Ty::Int, d.min(1));
                let j = self.expr(Ty::Int, d.min(1)).0;
                (format!("sub({a}, {i}, {j})"), false)
            }
            10 => {
                let a = self.expr(Ty::Str, d).0;
                let conv = self.r.pick(&["string([]rune({}))", "string([]byte({}))"]);
                (conv.replace("{}", &a), false)
            }
            11 => {
                let a = self.expr(Ty::Str, d).0;
                let b = self.expr(Ty::Str, d).0;
                let c = self.expr(Ty::Str, d).0;
                let f = self.r.pick(&[
                    "strings.ReplaceAll({a}, {b}, {c})",
                    "strings.Join([]string{{a}, {b}, {c}}, \"|\")",
                    "strings.Join(strings.Fields({a} + \" \" + {b}), \",\")",
                    "strings.TrimPrefix({a}, {b})",
                ]);
                (
                    f.replace("{a}", &a).replace("{b}", &b).replace("{c}", &c),
                    false,
                )
            }
            12 => {
                let t = *self.r.pick(ty::ALL);
                let a = self.expr(t, d).0;
                (format!("fmt.Sprint({a})"), false)
            }
            _ => match self.call_of(Ty::Str, d) {
                Some(c) => (c, false),
                None => self.leaf(Ty::Str),
            },
        }
    }

    pub(super) fn bool_expr(&mut self, d: usize) -> E {
        match self.r.below(8) {
            0..=2 => {
                let t = *self.r.pick(ty::ALL);
                let (a, ca) = self.expr(t, d);
                let (b, cb) = self.expr(t, d);
                let op = if t == Ty::Bool {
                    *self.r.pick(&["==", "!="])
                } else {
                    *self.r.pick(&["==", "!=", "<", "<=", ">", ">="])
                };
                (format!("({a} {op} {b})"), ca && cb)
            }
            3 => {
                let (a, ca) = self.bool_expr(d.saturating_sub(1));
                let (b, cb) = self.bool_expr(d.saturating_sub(1));
                let op = self.r.pick(&["&&", "||"]);
                (format!("({a} {op} {b})"), ca && cb)
            }
            4 => {
                let (a, c) = self.expr(Ty::Bool, d);
                (format!("!{a}"), c)
            }
            5 => {
                let a = self.expr(Ty::Str, d).0;
                let b = self.expr(Ty::Str, d).0;
                let f = self.r.pick(&[
                    "strings.Contains",
                    "strings.HasPrefix",
                    "strings.HasSuffix",
                    "strings.EqualFold",
                ]);
                (format!("{f}({a}, {b})"), false)
            }
            6 => {
                let a = self.nc(Ty::F64, d);
                let f = self
                    .r
                    .pick(&["math.IsNaN({})", "math.IsInf({}, 0)", "math.Signbit({})"]);
                (f.replace("{}", &a), false)
            }
            _ => match self.call_of(Ty::Bool, d) {
                Some(c) => (c, false),
                None => self.leaf(Ty::Bool),
            },
        }
    }

    /// A condition for `if`/`for`: never constant unless the deadcode
    /// feature is on.
    pub(super) fn cond(&mut self) -> String {
        let (c, k) = self.bool_expr(2);
        if k && !self.cfg.deadcode {
            format!("({c} == {})", self.var_of(Ty::Bool))
        } else {
            c
        }
    }
}
