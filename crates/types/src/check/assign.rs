//! Assignability and the assignment forms: `=`, `:=`, `var x = ...`,
//! `return ...`, with gc's mismatch messages.

use syntax::ast::{Expr, ExprKind};

use super::exprstring::{expr_string, start_pos, unparen};
use super::untyped::ConvErr;
use super::{Checker, OpMode, Operand};
use crate::object::{ObjId, ObjKind, VarKind};
use crate::ty::{BasicKind, ChanDir, Type, TypeId};

impl<'a> Checker<'a> {
    /// types2's `assignableTo`; `cause` receives an explanation suffix.
    pub(crate) fn assignable_to(
        &mut self,
        x: &Operand<'a>,
        t: TypeId,
        mut cause: Option<&mut String>,
    ) -> bool {
        if x.is_invalid() || !self.is_valid(t) || !self.is_valid(x.ty) {
            return true;
        }
        let v = x.ty;
        if v == t {
            return true;
        }
        let (vu, tu) = (self.info.types.underlying(v), self.info.types.underlying(t));
        if self.is_untyped(vu) {
            if let Type::Basic(k) = self.info.types.get(tu).clone()
                && !x.is_nil()
            {
                if x.mode == OpMode::Constant
                    && let Some(val) = &x.val
                {
                    return super::constant::representable(val, k).is_some();
                }
                if self.info.types.basic_kind(vu) == Some(BasicKind::UntypedBool) {
                    return k.is_boolean();
                }
            }
            return self.implicit_type(x, t).is_ok();
        }
        if vu == tu && (!self.has_name(v) || !self.has_name(t)) {
            return true;
        }
        if self.is_interface(t) {
            match self.missing_method_cause(v, t) {
                None => return true,
                Some(c) => {
                    if let Some(cause) = cause.as_deref_mut() {
                        *cause = format!("{} does not implement {} {c}", self.ts(v), self.ts(t));
                    }
                    return false;
                }
            }
        }
        if self.is_interface(v)
            && !self.is_interface(t)
            && self.missing_method_cause(t, v).is_none()
        {
            if let Some(cause) = cause {
                *cause = "need type assertion".into();
            }
            return false;
        }
        if let (
            Type::Chan {
                dir: ChanDir::Both,
                elem: ve,
            },
            Type::Chan { elem: te, .. },
        ) = (
            self.info.types.get(vu).clone(),
            self.info.types.get(tu).clone(),
        ) && ve == te
        {
            return !self.has_name(v) || !self.has_name(t);
        }
        false
    }

    /// Checks that `x` can be assigned to a variable of type `t` (`None`:
    /// the blank identifier or an untyped context) and converts untyped
    /// operands, recording final types.
    pub(crate) fn assignment(&mut self, x: &mut Operand<'a>, t: Option<TypeId>, context: &str) {
        self.single_value_check(x);
        match x.mode {
            OpMode::Invalid => return,
            OpMode::Constant
            | OpMode::Variable
            | OpMode::MapIndex
            | OpMode::Value
            | OpMode::CommaOk
            | OpMode::Nil => {}
            _ => {
                let d = self.describe(x);
                let pos = self.opos(x);
                self.error(
                    pos,
                    format!(
                        "cannot assign {d} to {} in {context}",
                        t.map(|t| self.ts(t)).unwrap_or_default()
                    ),
                );
                x.mode = OpMode::Invalid;
                return;
            }
        }
        if self.is_untyped(x.ty) {
            let target = match t {
                Some(t) if !self.is_interface(t) => t,
                _ => {
                    if t.is_none() && x.is_nil() {
                        let pos = self.opos(x);
                        self.error(pos, format!("use of untyped nil in {context}"));
                        x.mode = OpMode::Invalid;
                        return;
                    }
                    match t {
                        Some(t) if x.is_nil() => t,
                        _ => self.default_of(x.ty, x.val.as_ref()),
                    }
                }
            };
            match self.implicit_type(x, target) {
                Ok((nt, v)) => self.set_operand_type(x, nt, v),
                Err(code) => {
                    let d = self.describe(x);
                    let mut msg =
                        format!("cannot use {d} as {} value in {context}", self.ts(target));
                    match code {
                        ConvErr::Truncated => msg.push_str(" (truncated)"),
                        ConvErr::Overflow => msg.push_str(" (overflows)"),
                        ConvErr::Invalid => {}
                    }
                    let pos = self.opos(x);
                    self.error(pos, msg);
                    x.mode = OpMode::Invalid;
                    return;
                }
            }
        }
        let Some(t) = t else { return };
        let mut cause = String::new();
        if !self.assignable_to(x, t, Some(&mut cause)) {
            let d = self.describe(x);
            let mut msg = format!("cannot use {d} as {} value in {context}", self.ts(t));
            if !cause.is_empty() {
                msg.push_str(": ");
                msg.push_str(&cause);
            }
            let pos = self.opos(x);
            self.error(pos, msg);
            x.mode = OpMode::Invalid;
        }
    }

    fn single_value_check(&mut self, x: &mut Operand<'a>) {
        if x.mode == OpMode::Value
            && let Type::Tuple(_) = self.info.types.get(x.ty)
        {
            let msg = format!(
                "multiple-value {} (value of type {}) in single-value context",
                x.expr.map(expr_string).unwrap_or_default(),
                self.ts(x.ty)
            );
            let pos = self.opos(x);
            self.error(pos, msg);
            x.mode = OpMode::Invalid;
        }
    }

    /// Initializes variable `obj` with `x`: infers its type if it has none
    /// yet (invalid), otherwise checks assignability.
    pub(crate) fn init_var(&mut self, obj: ObjId, x: &mut Operand<'a>, context: &str) {
        let inv = self.info.types.invalid();
        if x.is_invalid() {
            return;
        }
        let declared = self.obj(obj).ty;
        if declared == inv {
            let mut t = x.ty;
            if self.is_untyped(t) {
                if x.is_nil() {
                    let pos = self.opos(x);
                    self.error(pos, format!("use of untyped nil in {context}"));
                    x.mode = OpMode::Invalid;
                    return;
                }
                t = self.default_of(t, x.val.as_ref());
            }
            self.assignment(x, Some(t), context);
            if !x.is_invalid() {
                self.obj_mut(obj).ty = t;
            }
            return;
        }
        self.assignment(x, Some(declared), context);
    }

    /// `measure(n, "variable")`: "1 variable" / "2 variables".
    fn measure(n: usize, unit: &str) -> String {
        if n == 1 {
            format!("{n} {unit}")
        } else {
            format!("{n} {unit}s")
        }
    }

    pub(crate) fn assign_error(&mut self, rhs: &'a [Expr], l: usize, r: usize) {
        let vars = Self::measure(l, "variable");
        let vals = Self::measure(r, "value");
        let Some(rhs0) = rhs.first() else { return };
        if rhs.len() == 1
            && let ExprKind::Call { fun, .. } = &unparen(rhs0).kind
        {
            let msg = format!(
                "assignment mismatch: {vars} but {} returns {vals}",
                expr_string(fun)
            );
            self.error(start_pos(rhs0), msg);
            return;
        }
        self.error(
            start_pos(rhs0),
            format!("assignment mismatch: {vars} but {vals}"),
        );
    }

    /// `(number, string)`-style summary of operand types.
    pub(crate) fn types_summary(&self, types: &[TypeId], variadic: bool) -> String {
        let mut parts = Vec::new();
        for (i, &t) in types.iter().enumerate() {
            let mut s = if !self.is_valid(t) {
                "unknown type".to_string()
            } else if self.is_untyped(t) {
                if self.is_numeric(t) {
                    "number".to_string()
                } else {
                    self.ts(t).replace("untyped ", "")
                }
            } else {
                self.ts(t)
            };
            if variadic
                && i + 1 == types.len()
                && let Type::Slice(e) = self.info.types.get(t)
            {
                s = format!("...{}", self.ts(*e));
            }
            parts.push(s);
        }
        format!("({})", parts.join(", "))
    }

    pub(crate) fn return_error(&mut self, at: syntax::Pos, want: &[TypeId], have: &[Operand<'a>]) {
        let (l, r) = (want.len(), have.len());
        let (q, pos) = if r > l {
            ("too many", self.opos(&have[l]))
        } else if r > 0 {
            ("not enough", self.opos(&have[r - 1]))
        } else {
            ("not enough", at)
        };
        let ht: Vec<TypeId> = have.iter().map(|x| x.ty).collect();
        let msg = format!(
            "{q} return values\n\thave {}\n\twant {}",
            self.types_summary(&ht, false),
            self.types_summary(want, false)
        );
        self.error(pos, msg);
    }

    /// Initializes `lhs` variables from `rhs` expressions (var decls, `:=`
    /// and, with `ret` = (position, result types), return statements).
    pub(crate) fn init_vars(&mut self, lhs: &[ObjId], rhs: &'a [Expr], ret: Option<syntax::Pos>) {
        let context = if ret.is_some() {
            "return statement"
        } else {
            "assignment"
        };
        let ctx_decl = context;
        let (l, r) = (lhs.len(), rhs.len());
        let is_call = r == 1 && matches!(unparen(&rhs[0]).kind, ExprKind::Call { .. });
        if l == r && !is_call {
            for (i, e) in rhs.iter().enumerate() {
                let mut x = self.expr(e);
                self.init_var(lhs[i], &mut x, ctx_decl);
            }
            return;
        }
        if r != 1 {
            let ops: Vec<Operand<'a>> = rhs.iter().map(|e| self.expr(e)).collect();
            if ops.iter().any(|x| x.is_invalid()) {
                return;
            }
            match ret {
                Some(at) => {
                    let want: Vec<TypeId> = lhs.iter().map(|&o| self.obj(o).ty).collect();
                    self.return_error(at, &want, &ops);
                }
                None => self.assign_error(rhs, l, r),
            }
            return;
        }
        let (mut xs, comma_ok) = self.multi_expr(&rhs[0], l == 2 && ret.is_none());
        if xs.len() == l {
            for (i, x) in xs.iter_mut().enumerate() {
                self.init_var(lhs[i], x, ctx_decl);
            }
            if comma_ok {
                let (t0, t1) = (xs[0].ty, xs[1].ty);
                self.record_comma_ok(&rhs[0], t0, t1);
            }
            return;
        }
        if xs[0].is_invalid() {
            return;
        }
        match ret {
            Some(at) => {
                let want: Vec<TypeId> = lhs.iter().map(|&o| self.obj(o).ty).collect();
                self.return_error(at, &want, &xs);
            }
            None => self.assign_error(rhs, l, xs.len()),
        }
    }

    /// The type of an assignment's left-hand side (`None` for `_`),
    /// without counting a plain variable as used.
    fn lhs_var(&mut self, e: &'a Expr) -> Option<Option<TypeId>> {
        let inner = unparen(e);
        if let ExprKind::Name(id) = &inner.kind
            && id.is_blank()
        {
            return Some(None);
        }
        let var = match &inner.kind {
            ExprKind::Name(id) => self.lookup(&id.name).filter(|&o| self.obj(o).is_var()),
            _ => None,
        };
        let was_used = var.map(|o| self.used.contains(&o));
        let x = self.expr(e);
        if let (Some(o), Some(false)) = (var, was_used) {
            self.used.remove(&o);
        }
        match x.mode {
            OpMode::Invalid => None,
            OpMode::Variable | OpMode::MapIndex => Some(Some(x.ty)),
            _ => {
                if let ExprKind::Selector(sx, _) = &inner.kind {
                    let saved = self.errors.len();
                    let sxv = self.raw_expr(sx, None);
                    self.errors.truncate(saved);
                    if sxv.mode == OpMode::MapIndex {
                        let msg = format!(
                            "cannot assign to struct field {} in map",
                            expr_string(inner)
                        );
                        self.error(self.opos(&x), msg);
                        return None;
                    }
                }
                let msg = format!(
                    "cannot assign to {} (neither addressable nor a map index expression)",
                    expr_string(inner)
                );
                self.error(self.opos(&x), msg);
                None
            }
        }
    }

    /// `lhs = x` (x already evaluated) or `lhs = rhs`.
    pub(crate) fn assign_var(
        &mut self,
        lhs: &'a Expr,
        x: Option<Operand<'a>>,
        rhs: Option<&'a Expr>,
        context: &str,
    ) -> Option<TypeId> {
        let t = self.lhs_var(lhs);
        let Some(t) = t else {
            if x.is_none()
                && let Some(r) = rhs
            {
                self.use_expr(r);
            }
            return None;
        };
        let mut x = match x {
            Some(x) => x,
            None => match rhs {
                Some(r) => self.expr(r),
                None => return t,
            },
        };
        let ctx = if t.is_none() && context == "assignment" {
            "assignment to _ identifier"
        } else {
            context
        };
        self.assignment(&mut x, t, ctx);
        if x.is_invalid() { None } else { Some(x.ty) }
    }

    /// `a, b = c, d` / `a, b = f()` / `v, ok = m[k]`.
    pub(crate) fn assign_vars(&mut self, lhs: &'a [Expr], rhs: &'a [Expr]) {
        let (l, r) = (lhs.len(), rhs.len());
        let is_call = r == 1 && matches!(unparen(&rhs[0]).kind, ExprKind::Call { .. });
        if l == r && !is_call {
            for (a, b) in lhs.iter().zip(rhs) {
                self.assign_var(a, None, Some(b), "assignment");
            }
            return;
        }
        if r != 1 {
            for a in lhs {
                let _ = self.lhs_var(a);
            }
            let ops: Vec<Operand<'a>> = rhs.iter().map(|e| self.expr(e)).collect();
            if ops.iter().any(|x| x.is_invalid()) {
                return;
            }
            self.assign_error(rhs, l, r);
            return;
        }
        let (xs, comma_ok) = self.multi_expr(&rhs[0], l == 2);
        if xs.len() == l {
            let mut types = Vec::new();
            for (a, x) in lhs.iter().zip(xs) {
                let t = self.assign_var(a, Some(x.clone()), None, "assignment");
                types.push(t.unwrap_or(x.ty));
            }
            if comma_ok {
                let bool_t = self.basic(BasicKind::Bool);
                let t1 = if self.is_untyped(types[1]) {
                    bool_t
                } else {
                    types[1]
                };
                self.record_comma_ok(&rhs[0], types[0], t1);
            }
            return;
        }
        for a in lhs {
            let _ = self.lhs_var(a);
        }
        if xs[0].is_invalid() {
            return;
        }
        self.assign_error(rhs, l, xs.len());
    }

    /// `a, b := ...`
    pub(crate) fn short_var_decl(&mut self, pos: syntax::Pos, lhs: &'a [Expr], rhs: &'a [Expr]) {
        let mut vars = Vec::new();
        let mut new_vars = Vec::new();
        let mut seen = std::collections::HashSet::new();
        let mut has_err = false;
        let inv = self.info.types.invalid();
        for e in lhs {
            let ExprKind::Name(id) = &e.kind else {
                self.use_expr(e);
                self.error(
                    start_pos(e),
                    format!("non-name {} on left side of :=", expr_string(e)),
                );
                has_err = true;
                let o = self.new_obj(ObjKind::Var(VarKind::Local), "_", e.pos, inv);
                vars.push(o);
                continue;
            };
            if !id.is_blank() {
                if !seen.insert(id.name.clone()) {
                    self.error(id.pos, format!("{} repeated on left side of :=", id.name));
                    has_err = true;
                    let o = self.new_obj(ObjKind::Var(VarKind::Local), "_", e.pos, inv);
                    vars.push(o);
                    continue;
                }
                if let Some(&alt) = self.scopes[self.scope].names.get(&id.name) {
                    self.info.uses.insert(id.id, alt);
                    if self.obj(alt).is_var() {
                        vars.push(alt);
                    } else {
                        self.error(id.pos, format!("cannot assign to {}", id.name));
                        has_err = true;
                        let o = self.new_obj(ObjKind::Var(VarKind::Local), "_", e.pos, inv);
                        vars.push(o);
                    }
                    continue;
                }
            }
            let o = self.new_local(id, inv);
            if !id.is_blank() {
                new_vars.push((o, id.pos));
            }
            vars.push(o);
        }
        // Record e.g. `x` in `x, err := f()` as an expression too.
        self.init_vars(&vars, rhs, None);
        for (e, &o) in lhs.iter().zip(&vars) {
            if let ExprKind::Name(_) = &e.kind {
                let t = self.obj(o).ty;
                if self.is_valid(t) {
                    self.info.expr_types.insert(
                        e.id,
                        crate::info::TypeAndValue {
                            mode: crate::info::Mode::Variable,
                            ty: t,
                            value: None,
                        },
                    );
                }
            }
        }
        if new_vars.is_empty() && !has_err {
            self.error(pos, "no new variables on left side of :=");
            return;
        }
        for (o, p) in new_vars {
            self.declare_local(o, p);
        }
    }
}
