//! Calls of the predeclared functions (types2's builtins.go).

use syntax::ast::{Expr, ExprKind, UnaryOp};

use super::constant as cst;
use super::exprstring::expr_string;
use super::lookup::Found;
use super::{Checker, OpMode, Operand};
use crate::bigint::BigInt;
use crate::constant::ConstValue;
use crate::object::Builtin;
use crate::ty::{BasicKind, ChanDir, Signature, Type, TypeId};

/// (minimum argument count, variadic)
fn arity(b: Builtin) -> (usize, bool) {
    use Builtin::*;
    match b {
        Append | Make | Max | Min => (1, true),
        Print | Println => (0, true),
        Recover => (0, false),
        Complex | Copy | Delete | Add | Slice | String => (2, false),
        _ => (1, false),
    }
}

/// Whether an expression contains a call or channel receive (then `len`
/// of an array is not constant).
fn has_call_or_recv(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Call { .. } | ExprKind::Unary(UnaryOp::Recv, _) => true,
        ExprKind::Paren(x)
        | ExprKind::Selector(x, _)
        | ExprKind::Star(x)
        | ExprKind::Unary(_, x) => has_call_or_recv(x),
        ExprKind::Index(x, i) => has_call_or_recv(x) || has_call_or_recv(i),
        ExprKind::Binary(_, x, y) => has_call_or_recv(x) || has_call_or_recv(y),
        ExprKind::CompositeLit { elts, .. } => elts
            .iter()
            .any(|el| has_call_or_recv(&el.value) || el.key.as_ref().is_some_and(has_call_or_recv)),
        _ => false,
    }
}

impl<'a> Checker<'a> {
    fn value_of(&self, mode: OpMode, ty: TypeId) -> Operand<'a> {
        Operand {
            mode,
            ty,
            val: None,
            expr: None,
        }
    }

    fn no_value(&mut self) -> Operand<'a> {
        let t = self.info.types.tuple(Vec::new());
        self.value_of(OpMode::NoValue, t)
    }

    fn bad_arg(&mut self, x: &Operand<'a>, what: &str) -> Operand<'a> {
        let d = self.describe(x);
        let pos = self.opos(x);
        self.error(pos, format!("invalid argument: {d} for built-in {what}"));
        Operand::invalid(None)
    }

    pub(crate) fn builtin(
        &mut self,
        call: &'a Expr,
        b: Builtin,
        args: &'a [Expr],
        ellipsis: Option<syntax::Pos>,
        rparen: syntax::Pos,
    ) -> Operand<'a> {
        let (min, variadic) = arity(b);
        if ellipsis.is_some() && b != Builtin::Append {
            for a in args {
                self.use_expr(a);
            }
            self.error(
                super::exprstring::start_pos(call),
                format!(
                    "invalid operation: invalid use of ... with built-in {}",
                    b.name()
                ),
            );
            return Operand::invalid(None);
        }
        // `copy(f())`, `complex(f())`, `append(f())`, `min(f())`: a single
        // multi-value call spread over the parameters.
        let spread = if args.len() == 1
            && matches!(
                b,
                Builtin::Append
                    | Builtin::Copy
                    | Builtin::Complex
                    | Builtin::Delete
                    | Builtin::Min
                    | Builtin::Max
            )
            && self.is_multi_value_call(&args[0])
        {
            Some(self.multi_expr(&args[0], false).0)
        } else {
            None
        };
        let n = spread.as_ref().map_or(args.len(), |ops| ops.len());
        let msg = if n < min {
            Some("not enough")
        } else if !variadic && n > min {
            Some("too many")
        } else {
            None
        };
        if let Some(q) = msg {
            for a in args {
                self.use_expr(a);
            }
            let m = format!(
                "invalid operation: {q} arguments for {} (expected {min}, found {n})",
                expr_string(call)
            );
            let _ = rparen;
            self.error(super::exprstring::start_pos(call), m);
            return Operand::invalid(None);
        }
        let inv = self.info.types.invalid();
        let int = self.basic(BasicKind::Int);
        match b {
            Builtin::Len | Builtin::Cap => {
                let x = self.expr(&args[0]);
                if x.is_invalid() {
                    return x;
                }
                let mut t = self.info.types.underlying(x.ty);
                if let Type::Pointer(p) = self.info.types.get(t).clone()
                    && matches!(self.info.types.under(p), Type::Array { .. })
                {
                    t = self.info.types.underlying(p);
                }
                let mut val = None;
                let ok = match self.info.types.get(t).clone() {
                    Type::Basic(k) if k.is_string() && b == Builtin::Len => {
                        if let Some(ConstValue::String(s)) = &x.val {
                            val = Some(ConstValue::Int(BigInt::from_u64(s.len() as u64)));
                        }
                        true
                    }
                    Type::Array { len, .. } => {
                        if !has_call_or_recv(&args[0]) {
                            val = Some(ConstValue::Int(BigInt::from_u64(len)));
                        }
                        true
                    }
                    Type::Slice(_) | Type::Chan { .. } => true,
                    Type::Map { .. } => b == Builtin::Len,
                    _ => false,
                };
                if !ok {
                    return self.bad_arg(&x, b.name());
                }
                match val {
                    Some(v) => Operand {
                        mode: OpMode::Constant,
                        ty: int,
                        val: Some(v),
                        expr: None,
                    },
                    None => self.value_of(OpMode::Value, int),
                }
            }
            Builtin::Append => {
                let s = match &spread {
                    Some(ops) => ops[0].clone(),
                    None => self.expr(&args[0]),
                };
                if s.is_invalid() {
                    for a in &args[1..] {
                        self.use_expr(a);
                    }
                    return s;
                }
                if s.is_nil() {
                    let pos = self.opos(&s);
                    self.error(
                        pos,
                        "invalid append: argument must be a slice; have untyped nil".to_string(),
                    );
                    return Operand::invalid(None);
                }
                let Type::Slice(elem) = self.info.types.under(s.ty).clone() else {
                    for a in &args[1..] {
                        self.use_expr(a);
                    }
                    let d = self.describe(&s);
                    let pos = self.opos(&s);
                    self.error(
                        pos,
                        format!("invalid append: argument must be a slice; have {d}"),
                    );
                    return Operand::invalid(None);
                };
                // append([]byte, string...) is allowed.
                if ellipsis.is_some()
                    && args.len() == 2
                    && self.info.types.basic_kind(elem) == Some(BasicKind::Uint8)
                {
                    let mut y = self.expr(&args[1]);
                    if y.is_invalid() {
                        return y;
                    }
                    if self.is_string(y.ty) {
                        let st = self.basic(BasicKind::String);
                        self.convert_untyped(&mut y, st);
                        return self.value_of(OpMode::Value, s.ty);
                    }
                    let sl = self.info.types.slice(elem);
                    let sig = Signature {
                        params: vec![s.ty, sl],
                        results: vec![s.ty],
                        variadic: true,
                    };
                    self.arguments(
                        call,
                        self.fun_of(call),
                        &sig,
                        vec![s.clone(), y],
                        args,
                        ellipsis,
                    );
                    return self.value_of(OpMode::Value, s.ty);
                }
                let sl = self.info.types.slice(elem);
                let sig = Signature {
                    params: vec![s.ty, sl],
                    results: vec![s.ty],
                    variadic: true,
                };
                let ops = match spread {
                    Some(ops) => ops,
                    None => {
                        let mut ops = vec![s.clone()];
                        for a in &args[1..] {
                            ops.push(self.expr(a));
                        }
                        ops
                    }
                };
                self.arguments(call, self.fun_of(call), &sig, ops, args, ellipsis);
                self.value_of(OpMode::Value, s.ty)
            }
            Builtin::Clear => {
                let x = self.expr(&args[0]);
                if x.is_invalid() {
                    return x;
                }
                if !matches!(
                    self.info.types.under(x.ty),
                    Type::Map { .. } | Type::Slice(_)
                ) {
                    let d = self.describe(&x);
                    let pos = self.opos(&x);
                    self.error(pos, format!("invalid argument: {d} must be a map or slice"));
                    return Operand::invalid(None);
                }
                self.no_value()
            }
            Builtin::Close => {
                let x = self.expr(&args[0]);
                if x.is_invalid() {
                    return x;
                }
                match self.info.types.under(x.ty).clone() {
                    Type::Chan { dir, .. } => {
                        if dir == ChanDir::Recv {
                            let d = self.describe(&x);
                            let pos = self.opos(&x);
                            self.error(
                                pos,
                                format!("invalid operation: cannot close receive-only channel {d}"),
                            );
                            return Operand::invalid(None);
                        }
                        self.no_value()
                    }
                    _ => {
                        let d = self.describe(&x);
                        let pos = self.opos(&x);
                        self.error(
                            pos,
                            format!("invalid operation: cannot close non-channel {d}"),
                        );
                        Operand::invalid(None)
                    }
                }
            }
            Builtin::Copy => {
                let (d, mut s) = match &spread {
                    Some(ops) => (ops[0].clone(), ops[1].clone()),
                    None => (self.expr(&args[0]), self.expr(&args[1])),
                };
                if d.is_invalid() || s.is_invalid() {
                    return Operand::invalid(None);
                }
                let de = match self.info.types.under(d.ty) {
                    Type::Slice(e) => Some(*e),
                    _ => None,
                };
                let se = match self.info.types.under(s.ty).clone() {
                    Type::Slice(e) => Some(e),
                    Type::Basic(k) if k.is_string() => {
                        let st = self.basic(BasicKind::String);
                        self.convert_untyped(&mut s, st);
                        Some(self.basic(BasicKind::Uint8))
                    }
                    _ => None,
                };
                match (de, se) {
                    (Some(a), Some(b)) if a == b => self.value_of(OpMode::Value, int),
                    (Some(a), Some(b)) => {
                        let (dd, sd) = (self.describe(&d), self.describe(&s));
                        let msg = format!(
                            "invalid copy: arguments {dd} and {sd} have different element types {} and {}",
                            self.ts(a),
                            self.ts(b)
                        );
                        self.error(self.opos(&d), msg);
                        Operand::invalid(None)
                    }
                    (None, _) => {
                        let dd = if d.is_nil() {
                            "untyped nil".to_string()
                        } else {
                            self.describe(&d)
                        };
                        self.error(
                            self.opos(&d),
                            format!("invalid copy: argument must be a slice; have {dd}"),
                        );
                        Operand::invalid(None)
                    }
                    (_, None) => {
                        let sd = if s.is_nil() {
                            "untyped nil".to_string()
                        } else {
                            self.describe(&s)
                        };
                        self.error(
                            self.opos(&s),
                            format!("invalid copy: argument must be a slice; have {sd}"),
                        );
                        Operand::invalid(None)
                    }
                }
            }
            Builtin::Delete => {
                let (m, k) = match &spread {
                    Some(ops) => (ops[0].clone(), Some(ops[1].clone())),
                    None => (self.expr(&args[0]), None),
                };
                if m.is_invalid() {
                    if let Some(a) = args.get(1) {
                        self.use_expr(a);
                    }
                    return m;
                }
                let Type::Map { key, .. } = self.info.types.under(m.ty).clone() else {
                    if let Some(a) = args.get(1) {
                        self.use_expr(a);
                    }
                    let d = self.describe(&m);
                    let pos = self.opos(&m);
                    self.error(pos, format!("invalid argument: {d} is not a map"));
                    return Operand::invalid(None);
                };
                let mut k = match k {
                    Some(k) => k,
                    None => self.expr(&args[1]),
                };
                self.assignment(&mut k, Some(key), "argument to delete");
                self.no_value()
            }
            Builtin::Make => {
                let t = self.typexpr(&args[0]);
                if t == inv {
                    for a in &args[1..] {
                        self.use_expr(a);
                    }
                    return Operand::invalid(None);
                }
                let min = match self.info.types.under(t) {
                    Type::Slice(_) => 2,
                    Type::Map { .. } | Type::Chan { .. } => 1,
                    _ => {
                        for a in &args[1..] {
                            self.use_expr(a);
                        }
                        let msg = format!(
                            "invalid argument: cannot make {}: type must be slice, map, or channel",
                            expr_string(&args[0])
                        );
                        self.error(args[0].pos, msg);
                        return Operand::invalid(None);
                    }
                };
                if args.len() < min || args.len() > min + 1 {
                    for a in &args[1..] {
                        self.use_expr(a);
                    }
                    let msg = format!(
                        "invalid operation: {} expects {} or {} arguments; found {}",
                        expr_string(call),
                        min,
                        min + 1,
                        args.len()
                    );
                    self.error(super::exprstring::start_pos(call), msg);
                    return Operand::invalid(None);
                }
                let mut sizes = Vec::new();
                for a in &args[1..] {
                    if let Ok(Some(v)) = self.index_value(a, None, "index") {
                        sizes.push(v);
                    }
                }
                if sizes.len() == 2 && sizes[0] > sizes[1] {
                    self.error(args[1].pos, "invalid argument: length and capacity swapped");
                }
                self.value_of(OpMode::Value, t)
            }
            Builtin::New => {
                let x = self.expr_or_type(&args[0]);
                match x.mode {
                    OpMode::Invalid => x,
                    OpMode::TypeExpr => {
                        let p = self.info.types.pointer(x.ty);
                        self.value_of(OpMode::Value, p)
                    }
                    _ => {
                        // Go 1.26: new(expr) allocates a copy of expr.
                        let mut x = x;
                        self.assignment(&mut x, None, "argument to new");
                        if x.is_invalid() {
                            return x;
                        }
                        let p = self.info.types.pointer(x.ty);
                        self.value_of(OpMode::Value, p)
                    }
                }
            }
            Builtin::Panic => {
                let mut x = self.expr(&args[0]);
                let any = self.info.types.intern(Type::Interface(Vec::new()));
                self.assignment(&mut x, Some(any), "argument to panic");
                self.no_value()
            }
            Builtin::Print | Builtin::Println => {
                // A single multi-value call is spread over the arguments.
                for mut x in self.eval_args(args) {
                    self.assignment(&mut x, None, &format!("argument to built-in {}", b.name()));
                }
                self.no_value()
            }
            Builtin::Recover => {
                let any = self.info.types.intern(Type::Interface(Vec::new()));
                self.value_of(OpMode::Value, any)
            }
            Builtin::Min | Builtin::Max => self.min_max(b, args, spread),
            Builtin::Sizeof | Builtin::Alignof => {
                let mut x = self.expr(&args[0]);
                let ctx = format!("argument to unsafe.{}", b.name());
                self.assignment(&mut x, None, &ctx);
                if x.is_invalid() {
                    return Operand::invalid(None);
                }
                let v = if b == Builtin::Sizeof {
                    self.info.types.size_of(x.ty)
                } else {
                    self.info.types.align_of(x.ty)
                };
                self.uintptr_const(v)
            }
            Builtin::Offsetof => self.offsetof(&args[0]),
            Builtin::Add => {
                let mut x = self.expr(&args[0]);
                let mut y = self.expr(&args[1]);
                if x.is_invalid() || y.is_invalid() {
                    return Operand::invalid(None);
                }
                let up = self.basic(BasicKind::UnsafePointer);
                self.assignment(&mut x, Some(up), "argument to unsafe.Add");
                if x.is_invalid() || self.valid_index(&mut y, "length", true).is_err() {
                    return Operand::invalid(None);
                }
                self.value_of(OpMode::Value, up)
            }
            Builtin::Slice => {
                let x = self.expr(&args[0]);
                let mut y = self.expr(&args[1]);
                if x.is_invalid() || y.is_invalid() {
                    return Operand::invalid(None);
                }
                let Type::Pointer(elem) = *self.info.types.under(x.ty) else {
                    let d = self.describe(&x);
                    let pos = self.opos(&x);
                    self.error(pos, format!("invalid argument: {d} is not a pointer"));
                    return Operand::invalid(None);
                };
                if self.valid_index(&mut y, "length", false).is_err() {
                    return Operand::invalid(None);
                }
                let t = self.info.types.slice(elem);
                self.value_of(OpMode::Value, t)
            }
            Builtin::SliceData => {
                let x = self.expr(&args[0]);
                if x.is_invalid() {
                    return x;
                }
                let Type::Slice(elem) = *self.info.types.under(x.ty) else {
                    let d = self.describe(&x);
                    let pos = self.opos(&x);
                    self.error(pos, format!("invalid argument: {d} is not a slice"));
                    return Operand::invalid(None);
                };
                let t = self.info.types.pointer(elem);
                self.value_of(OpMode::Value, t)
            }
            Builtin::String => {
                let mut x = self.expr(&args[0]);
                let mut y = self.expr(&args[1]);
                if x.is_invalid() || y.is_invalid() {
                    return Operand::invalid(None);
                }
                let byte = self.basic(BasicKind::Uint8);
                let pb = self.info.types.pointer(byte);
                self.assignment(&mut x, Some(pb), "argument to unsafe.String");
                if x.is_invalid() || self.valid_index(&mut y, "length", false).is_err() {
                    return Operand::invalid(None);
                }
                let t = self.basic(BasicKind::String);
                self.value_of(OpMode::Value, t)
            }
            Builtin::StringData => {
                let mut x = self.expr(&args[0]);
                let st = self.basic(BasicKind::String);
                self.assignment(&mut x, Some(st), "argument to unsafe.StringData");
                if x.is_invalid() {
                    return Operand::invalid(None);
                }
                let byte = self.basic(BasicKind::Uint8);
                let t = self.info.types.pointer(byte);
                self.value_of(OpMode::Value, t)
            }
            Builtin::Real | Builtin::Imag => {
                let mut x = self.expr(&args[0]);
                if x.is_invalid() {
                    return x;
                }
                // real/imag of an untyped constant is an untyped float.
                let untyped_arg = self.is_untyped(x.ty) && x.mode == OpMode::Constant;
                if untyped_arg {
                    let c128 = self.basic(BasicKind::Complex128);
                    self.convert_untyped(&mut x, c128);
                }
                let rt = match self.info.types.basic_kind(x.ty) {
                    Some(BasicKind::Complex64) => self.basic(BasicKind::Float32),
                    Some(BasicKind::Complex128) => self.basic(BasicKind::Float64),
                    _ => {
                        let d = self.describe(&x);
                        let pos = self.opos(&x);
                        self.error(
                            pos,
                            format!(
                                "invalid argument: argument has type {}, expected complex type",
                                self.ts(x.ty)
                            ),
                        );
                        let _ = d;
                        return Operand::invalid(None);
                    }
                };
                if x.mode == OpMode::Constant
                    && let Some(v) = &x.val
                {
                    let (re, im) = v.to_complex();
                    let f = if b == Builtin::Real { re } else { im };
                    let rt = if untyped_arg {
                        self.basic(BasicKind::UntypedFloat)
                    } else {
                        rt
                    };
                    return Operand {
                        mode: OpMode::Constant,
                        ty: rt,
                        val: Some(ConstValue::Float(f)),
                        expr: None,
                    };
                }
                self.value_of(OpMode::Value, rt)
            }
            Builtin::Complex => {
                let (mut x, mut y) = match &spread {
                    Some(ops) => (ops[0].clone(), ops[1].clone()),
                    None => (self.expr(&args[0]), self.expr(&args[1])),
                };
                if x.is_invalid() || y.is_invalid() {
                    return Operand::invalid(None);
                }
                let f64t = self.basic(BasicKind::Float64);
                // complex(1, 2) of untyped constants is an untyped complex.
                if x.mode == OpMode::Constant
                    && y.mode == OpMode::Constant
                    && self.is_untyped(x.ty)
                    && self.is_untyped(y.ty)
                    && let (Some(a), Some(b)) = (&x.val, &y.val)
                    && !matches!(a, ConstValue::Complex(..))
                    && !matches!(b, ConstValue::Complex(..))
                {
                    return Operand {
                        mode: OpMode::Constant,
                        ty: self.basic(BasicKind::UntypedFloat),
                        val: Some(ConstValue::Complex(a.to_f64(), b.to_f64())),
                        expr: None,
                    };
                }
                if self.is_untyped(x.ty) && !self.is_untyped(y.ty) {
                    self.convert_untyped(&mut x, y.ty);
                } else if self.is_untyped(y.ty) && !self.is_untyped(x.ty) {
                    self.convert_untyped(&mut y, x.ty);
                } else if self.is_untyped(x.ty) && self.is_untyped(y.ty) {
                    self.convert_untyped(&mut x, f64t);
                    self.convert_untyped(&mut y, f64t);
                }
                if x.is_invalid() || y.is_invalid() {
                    return Operand::invalid(None);
                }
                if x.ty != y.ty {
                    let pos = self.opos(&x);
                    self.error(
                        pos,
                        format!(
                            "invalid operation: {} (mismatched types {} and {})",
                            expr_string(call),
                            self.ts(x.ty),
                            self.ts(y.ty)
                        ),
                    );
                    return Operand::invalid(None);
                }
                let rt = match self.info.types.basic_kind(x.ty) {
                    Some(BasicKind::Float32) => self.basic(BasicKind::Complex64),
                    Some(BasicKind::Float64) => self.basic(BasicKind::Complex128),
                    _ => {
                        let pos = self.opos(&x);
                        self.error(
                            pos,
                            format!(
                                "invalid argument: arguments have type {}, expected floating-point",
                                self.ts(x.ty)
                            ),
                        );
                        return Operand::invalid(None);
                    }
                };
                if let (Some(a), Some(b)) = (&x.val, &y.val) {
                    return Operand {
                        mode: OpMode::Constant,
                        ty: rt,
                        val: Some(ConstValue::Complex(a.to_f64(), b.to_f64())),
                        expr: None,
                    };
                }
                self.value_of(OpMode::Value, rt)
            }
        }
    }

    fn uintptr_const(&mut self, v: u64) -> Operand<'a> {
        Operand {
            mode: OpMode::Constant,
            ty: self.basic(BasicKind::Uintptr),
            val: Some(ConstValue::Int(BigInt::from_u64(v))),
            expr: None,
        }
    }

    /// `unsafe.Offsetof(x.f)`: the offset of field `f` within the struct
    /// `x` (or `*x`) denotes, through embedded fields but not through
    /// embedded pointers (types2's `_Offsetof`).
    fn offsetof(&mut self, arg0: &'a Expr) -> Operand<'a> {
        let ExprKind::Selector(sx, sel) = &super::exprstring::unparen(arg0).kind else {
            self.error(
                super::exprstring::start_pos(arg0),
                format!(
                    "invalid argument: {} is not a selector expression",
                    expr_string(arg0)
                ),
            );
            self.use_expr(arg0);
            return Operand::invalid(None);
        };
        let x = self.expr(sx);
        if x.is_invalid() {
            return x;
        }
        let mut base = x.ty;
        if let Type::Pointer(p) = *self.info.types.under(x.ty)
            && matches!(self.info.types.under(p), Type::Struct(_))
        {
            base = p;
        }
        let pos = self.opos(&x);
        let (path, fty) = match self.lookup_field_or_method(base, &sel.name) {
            Found::Field { path, ty, indirect } => {
                if indirect {
                    let msg = format!(
                        "invalid argument: field {} is embedded via a pointer in {}",
                        sel.name,
                        self.ts(base)
                    );
                    self.error(pos, msg);
                    return Operand::invalid(None);
                }
                (path, ty)
            }
            Found::Method { .. } => {
                self.error(
                    super::exprstring::start_pos(arg0),
                    format!("invalid argument: {} is a method value", expr_string(arg0)),
                );
                return Operand::invalid(None);
            }
            Found::Ambiguous | Found::Missing => {
                let msg = format!(
                    "invalid argument: {} has no single field {}",
                    self.ts(base),
                    sel.name
                );
                self.error(pos, msg);
                return Operand::invalid(None);
            }
        };
        let sx_expr = super::exprstring::unparen(arg0);
        self.info.selections.insert(
            sx_expr.id,
            crate::info::Selection {
                kind: crate::info::SelectionKind::FieldVal,
                recv: base,
                path: path.clone(),
                method: None,
                indirect: false,
            },
        );
        let mode = if x.mode == OpMode::Variable {
            OpMode::Variable
        } else {
            OpMode::Value
        };
        self.record(&Operand {
            mode,
            ty: fty,
            val: None,
            expr: Some(sx_expr),
        });
        let mut off = 0u64;
        let mut t = base;
        for &i in &path {
            off += self.info.types.field_offsets(t)[i];
            t = match self.info.types.under(t) {
                Type::Struct(fields) => fields[i].ty,
                _ => t,
            };
        }
        self.uintptr_const(off)
    }

    /// The callee expression of a call.
    fn fun_of(&self, call: &'a Expr) -> &'a Expr {
        match &call.kind {
            ExprKind::Call { fun, .. } => fun,
            _ => call,
        }
    }

    /// Whether `e` is a call of a function with several results (checked
    /// without evaluating it).
    fn is_multi_value_call(&mut self, e: &'a Expr) -> bool {
        let ExprKind::Call { fun, .. } = &super::exprstring::unparen(e).kind else {
            return false;
        };
        let ExprKind::Name(id) = &super::exprstring::unparen(fun).kind else {
            return false;
        };
        let Some(o) = self.lookup(&id.name) else {
            return false;
        };
        if self.obj(o).kind != crate::object::ObjKind::Func && !self.obj(o).is_var() {
            return false;
        }
        if self.pkg_decls.contains_key(&o) {
            self.obj_decl(o);
        }
        matches!(self.info.types.under(self.obj(o).ty), Type::Func(sig) if sig.results.len() > 1)
    }

    fn min_max(
        &mut self,
        b: Builtin,
        args: &'a [Expr],
        spread: Option<Vec<Operand<'a>>>,
    ) -> Operand<'a> {
        let mut ops: Vec<Operand<'a>> = match spread {
            Some(ops) => ops,
            None => args.iter().map(|a| self.expr(a)).collect(),
        };
        if ops.iter().any(|x| x.is_invalid()) {
            return Operand::invalid(None);
        }
        for x in &ops {
            if !self.is_ordered(x.ty) {
                let d = self.describe(x);
                let pos = self.opos(x);
                self.error(pos, format!("invalid argument: {d} cannot be ordered"));
                return Operand::invalid(None);
            }
        }
        // The common type: the first typed operand's, else untyped.
        let typed = ops.iter().find(|x| !self.is_untyped(x.ty)).map(|x| x.ty);
        let target = match typed {
            Some(t) => t,
            None => {
                // All untyped: the "largest" untyped kind.
                let mut t = ops[0].ty;
                for x in &ops[1..] {
                    if let Ok((nt, _)) = self.implicit_type(x, t) {
                        t = nt;
                    }
                    if let Ok((nt, _)) = self.implicit_type(&Operand { ..ops[0].clone() }, x.ty) {
                        let _ = nt;
                    }
                }
                t
            }
        };
        for x in ops.iter_mut() {
            if self.is_untyped(x.ty) && typed.is_some() {
                self.convert_untyped(x, target);
                if x.is_invalid() {
                    return Operand::invalid(None);
                }
            }
        }
        for x in &ops {
            if x.ty != target && typed.is_some() {
                let pos = self.opos(x);
                self.error(pos, format!("invalid argument: mismatched types {} (previous argument) and {} (type of {})", self.ts(target), self.ts(x.ty), x.expr.map(expr_string).unwrap_or_default()));
                return Operand::invalid(None);
            }
        }
        if ops.iter().all(|x| x.mode == OpMode::Constant) {
            let mut best = ops[0].val.clone();
            for x in &ops[1..] {
                if let (Some(a), Some(v)) = (&best, &x.val) {
                    let better = if b == Builtin::Min {
                        cst::compare(syntax::ast::BinaryOp::Lt, v, a)
                    } else {
                        cst::compare(syntax::ast::BinaryOp::Gt, v, a)
                    };
                    if better {
                        best = Some(v.clone());
                    }
                }
            }
            return Operand {
                mode: OpMode::Constant,
                ty: target,
                val: best,
                expr: None,
            };
        }
        let t = if self.is_untyped(target) {
            self.default_type(target)
        } else {
            target
        };
        for x in ops.iter_mut() {
            if self.is_untyped(x.ty) {
                self.convert_untyped(x, t);
            }
        }
        self.value_of(OpMode::Value, t)
    }
}
