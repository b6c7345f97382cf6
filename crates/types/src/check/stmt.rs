//! Statements, and Go's terminating-statement rules (`missing return`).

use syntax::ast::{self, AssignOp, BinaryOp, Block, Expr, ExprKind, Stmt, StmtKind, UnaryOp};

use super::exprstring::{expr_string, start_pos, unparen};
use super::{Checker, OpMode, Operand};
use crate::constant::ConstValue;
use crate::info::{Mode, TypeAndValue};
use crate::object::{Builtin, ObjKind, VarKind};
use crate::ty::{BasicKind, ChanDir, Type, TypeId};

/// What the enclosing statements allow.
#[derive(Clone, Copy, Default)]
pub(crate) struct StmtCtx {
    break_ok: bool,
    continue_ok: bool,
    fallthrough_ok: bool,
    final_case: bool,
    in_type_switch: bool,
}

fn is_empty(s: &Stmt) -> bool {
    matches!(s.kind, StmtKind::Empty)
}

impl<'a> Checker<'a> {
    pub(crate) fn block_stmts(&mut self, stmts: &'a [Stmt], ctx: StmtCtx) {
        let ok = ctx.fallthrough_ok;
        let mut inner = ctx;
        inner.fallthrough_ok = false;
        let n = stmts
            .iter()
            .rposition(|s| !is_empty(s))
            .map_or(0, |i| i + 1);
        for (i, s) in stmts.iter().enumerate() {
            let mut c = inner;
            if ok && i + 1 == n {
                c.fallthrough_ok = true;
            }
            self.stmt(s, c);
        }
    }

    fn block(&mut self, b: &'a Block, ctx: StmtCtx) {
        self.open_scope();
        self.block_stmts(&b.stmts, ctx);
        self.close_scope();
    }

    fn simple_stmt(&mut self, s: Option<&'a Stmt>) {
        if let Some(s) = s {
            self.stmt(s, StmtCtx::default());
        }
    }

    /// Whether an expression statement is allowed (calls of functions and
    /// statement-like builtins, receives).
    fn is_statement_expr(&self, e: &Expr) -> bool {
        match &unparen(e).kind {
            ExprKind::Unary(UnaryOp::Recv, _) => true,
            ExprKind::Call { fun, .. } => match self.info.expr_types.get(&fun.id).map(|tv| tv.mode)
            {
                Some(Mode::TypeExpr) => false,
                Some(Mode::Builtin(b)) => matches!(
                    b,
                    Builtin::Copy
                        | Builtin::Delete
                        | Builtin::Panic
                        | Builtin::Print
                        | Builtin::Println
                        | Builtin::Recover
                        | Builtin::Clear
                        | Builtin::Close
                ),
                _ => true,
            },
            _ => false,
        }
    }

    fn bool_cond(&mut self, e: &'a Expr, what: &str) {
        let mut x = self.expr(e);
        if x.is_invalid() {
            return;
        }
        if !self.is_boolean(x.ty) {
            self.error(
                start_pos(e),
                format!("non-boolean condition in {what} statement"),
            );
            return;
        }
        if self.is_untyped(x.ty) {
            let b = self.basic(BasicKind::Bool);
            self.convert_untyped(&mut x, b);
        }
    }

    pub(crate) fn stmt(&mut self, s: &'a Stmt, ctx: StmtCtx) {
        syntax::stack::guard();
        match &s.kind {
            StmtKind::Empty => {}
            StmtKind::Expr(e) => {
                let mut x = self.raw_expr(e, None);
                if x.is_invalid() {
                    return;
                }
                let msg = match x.mode {
                    OpMode::Builtin(_) => "must be called",
                    OpMode::TypeExpr => "is not an expression",
                    _ => {
                        if self.is_statement_expr(e) {
                            return;
                        }
                        "is not used"
                    }
                };
                // Untyped operands print as their default type.
                if x.mode != OpMode::Constant && self.is_untyped(x.ty) && !x.is_nil() {
                    x.ty = self.default_type(x.ty);
                }
                let d = self.describe(&x);
                self.error(self.opos(&x), format!("{d} {msg}"));
            }
            StmtKind::Send(ch, v) => {
                let c = self.expr(ch);
                let mut val = self.expr(v);
                if c.is_invalid() || val.is_invalid() {
                    return;
                }
                match self.info.types.under(c.ty).clone() {
                    Type::Chan { dir, elem } => {
                        if dir == ChanDir::Recv {
                            let d = self.describe(&c);
                            self.error(
                                s.pos,
                                format!(
                                    "invalid operation: cannot send to receive-only channel {} {d}",
                                    self.ts(c.ty)
                                ),
                            );
                            return;
                        }
                        self.assignment(&mut val, Some(elem), "send");
                    }
                    _ => {
                        let d = self.describe(&c);
                        self.error(
                            s.pos,
                            format!(
                                "invalid operation: cannot send to non-channel {} {d}",
                                self.ts(c.ty)
                            ),
                        );
                    }
                }
            }
            StmtKind::IncDec(e, inc) => {
                let x = self.expr(e);
                if x.is_invalid() {
                    return;
                }
                if !self.is_numeric(x.ty) {
                    let op = if *inc { "++" } else { "--" };
                    let msg = format!(
                        "invalid operation: {}{op} (non-numeric type {})",
                        expr_string(e),
                        self.ts(x.ty)
                    );
                    self.error(start_pos(e), msg);
                    return;
                }
                self.assign_var(e, Some(x), None, "assignment");
            }
            StmtKind::Assign { lhs, op, rhs } => match op {
                AssignOp::Assign => self.assign_vars(lhs, rhs),
                AssignOp::Define => self.short_var_decl(self.define_pos(s, lhs), lhs, rhs),
                AssignOp::Op(bop) => {
                    if lhs.len() != 1 || rhs.len() != 1 {
                        self.error(
                            s.pos,
                            format!(
                                "assignment operation {}= requires single-valued expressions",
                                bop.as_str()
                            ),
                        );
                        return;
                    }
                    let x = self.binary(None, *bop, &lhs[0], &rhs[0]);
                    if x.is_invalid() {
                        return;
                    }
                    self.assign_var(&lhs[0], Some(x), None, "assignment operation");
                }
            },
            StmtKind::Decl(d) => self.local_decl(d),
            StmtKind::Go(e) | StmtKind::Defer(e) => {
                let kw = if matches!(s.kind, StmtKind::Go(_)) {
                    "go"
                } else {
                    "defer"
                };
                let ExprKind::Call { fun, .. } = &e.kind else {
                    self.use_expr(e);
                    let what = if matches!(unparen(e).kind, ExprKind::Call { .. }) {
                        "must not be parenthesized"
                    } else {
                        "must be function call"
                    };
                    self.error(start_pos(e), format!("expression in {kw} {what}"));
                    return;
                };
                let x = self.raw_expr(e, None);
                if x.is_invalid() {
                    return;
                }
                if matches!(
                    self.info.expr_types.get(&fun.id).map(|tv| tv.mode),
                    Some(Mode::TypeExpr)
                ) {
                    let d = self.describe(&x);
                    self.error(
                        self.opos(&x),
                        format!("{kw} requires function call, not conversion {d}"),
                    );
                    return;
                }
                if !self.is_statement_expr(e) {
                    let d = self.describe(&x);
                    self.error(self.opos(&x), format!("{kw} discards result of {d}"));
                }
            }
            StmtKind::Return(results) => self.return_stmt(s, results),
            StmtKind::Break(label) => {
                if label.is_none() && !ctx.break_ok {
                    self.error(s.pos, "break is not in a loop, switch, or select");
                }
            }
            StmtKind::Continue(label) => {
                if label.is_none() && !ctx.continue_ok {
                    self.error(s.pos, "continue is not in a loop");
                }
            }
            StmtKind::Goto(_) => {}
            StmtKind::Fallthrough => {
                if !ctx.fallthrough_ok {
                    let msg = if ctx.final_case {
                        "cannot fallthrough final case in switch"
                    } else if ctx.in_type_switch {
                        "cannot fallthrough in type switch"
                    } else {
                        "fallthrough statement out of place"
                    };
                    self.error(s.pos, msg);
                }
            }
            StmtKind::Block(b) => {
                let mut c = ctx;
                c.fallthrough_ok = false;
                self.block(b, c);
            }
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.open_scope();
                self.simple_stmt(init.as_deref());
                self.bool_cond(cond, "if");
                let mut c = ctx;
                c.fallthrough_ok = false;
                self.block(then, c);
                if let Some(e) = els {
                    self.stmt(e, c);
                }
                self.close_scope();
            }
            StmtKind::Switch {
                init, tag, body, ..
            } => self.switch_stmt(s, init.as_deref(), tag.as_ref(), body, ctx),
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                body,
                ..
            } => self.type_switch(init.as_deref(), bind.as_ref(), x, body, ctx),
            StmtKind::Select { body, .. } => {
                for cc in body {
                    self.open_scope();
                    if let Some(comm) = &cc.comm {
                        let valid = match &comm.kind {
                            StmtKind::Send(..) => true,
                            StmtKind::Expr(e) => {
                                matches!(unparen(e).kind, ExprKind::Unary(UnaryOp::Recv, _))
                            }
                            StmtKind::Assign { rhs, op, .. } => {
                                rhs.len() == 1
                                    && matches!(op, AssignOp::Assign | AssignOp::Define)
                                    && matches!(
                                        unparen(&rhs[0]).kind,
                                        ExprKind::Unary(UnaryOp::Recv, _)
                                    )
                            }
                            _ => false,
                        };
                        if !valid {
                            // gc reports an operation at its operator.
                            let pos = match &comm.kind {
                                StmtKind::Expr(e) => match &unparen(e).kind {
                                    ExprKind::Binary(op, _, y) => self.op_pos(y, op.as_str()),
                                    _ => comm.pos,
                                },
                                _ => comm.pos,
                            };
                            self.error(
                                pos,
                                "select case must be send or receive (possibly with assignment)",
                            );
                        } else {
                            self.stmt(comm, StmtCtx::default());
                        }
                    }
                    let c = StmtCtx {
                        break_ok: true,
                        continue_ok: ctx.continue_ok,
                        ..Default::default()
                    };
                    self.block_stmts(&cc.body, c);
                    self.close_scope();
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                self.open_scope();
                self.simple_stmt(init.as_deref());
                if let Some(c) = cond {
                    self.bool_cond(c, "for");
                }
                if let Some(p) = post {
                    if let StmtKind::Assign {
                        op: AssignOp::Define,
                        ..
                    } = p.kind
                    {
                        self.error(p.pos, "cannot declare in post statement of for loop");
                    } else {
                        self.simple_stmt(Some(p));
                    }
                }
                let c = StmtCtx {
                    break_ok: true,
                    continue_ok: true,
                    ..Default::default()
                };
                self.block(body, c);
                self.close_scope();
            }
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            } => self.range_stmt(key.as_ref(), value.as_ref(), *define, x, body),
            StmtKind::Labeled(_, inner) => self.stmt(inner, ctx),
        }
    }

    /// Where gc reports `no new variables`: at the `:=` operator, which
    /// follows the last left-hand expression.
    pub(crate) fn define_pos_of(&self, s: &Stmt, lhs: &[Expr]) -> syntax::Pos {
        self.define_pos(s, lhs)
    }

    fn define_pos(&self, s: &Stmt, lhs: &[Expr]) -> syntax::Pos {
        let Some(last) = lhs.last() else { return s.pos };
        let end = last.pos as usize + expr_string(last).len();
        let text = self.src.text.as_bytes();
        let mut i = end;
        while i + 1 < text.len() {
            if text[i] == b':' && text[i + 1] == b'=' {
                return i as syntax::Pos;
            }
            if !text[i].is_ascii_whitespace() {
                break;
            }
            i += 1;
        }
        s.pos
    }

    fn return_stmt(&mut self, s: &'a Stmt, results: &'a [Expr]) {
        let want = self.fctx.results.clone();
        if results.is_empty() && !want.is_empty() && self.fctx.named_results {
            // A bare return needs the result variables in scope.
            let objs = self
                .fctx
                .owner
                .and_then(|o| self.info.func_results.get(&o).cloned())
                .unwrap_or_default();
            for o in objs {
                let name = self.obj(o).name.clone();
                if let Some(alt) = self.lookup(&name)
                    && alt != o
                {
                    let a = self.obj(alt);
                    let kind = match a.kind {
                        ObjKind::Const => "const",
                        ObjKind::TypeName => "type",
                        ObjKind::Func => "func",
                        _ => "var",
                    };
                    let msg = format!(
                        "result parameter {name} not in scope at return\n\t{}: inner declaration of {kind} {name} {}",
                        self.pos_string(a.pos),
                        self.ts(a.ty)
                    );
                    self.error(s.pos, msg);
                }
            }
            return;
        }
        if results.is_empty() && want.is_empty() {
            return;
        }
        // Results behave like assignments to the result variables.
        let objs = self
            .fctx
            .owner
            .and_then(|o| self.info.func_results.get(&o).cloned())
            .unwrap_or_default();
        if objs.len() == want.len() && !objs.is_empty() {
            self.init_vars(&objs, results, Some(s.pos));
            return;
        }
        // No result objects (should not happen): count check only.
        let ops: Vec<Operand<'a>> = results.iter().map(|e| self.expr(e)).collect();
        if ops.len() != want.len() {
            self.return_error(s.pos, &want, &ops);
        }
    }

    fn switch_stmt(
        &mut self,
        s: &'a Stmt,
        init: Option<&'a Stmt>,
        tag: Option<&'a Expr>,
        body: &'a [ast::CaseClause],
        ctx: StmtCtx,
    ) {
        let _ = ctx;
        self.open_scope();
        self.simple_stmt(init);
        let (x, tag_str) = match tag {
            Some(t) => {
                let mut x = self.expr(t);
                self.assignment(&mut x, None, "switch expression");
                if !x.is_invalid() && !self.comparable(x.ty) && !self.has_nil(x.ty) {
                    let d = self.describe(&x);
                    let msg = format!("cannot switch on {d} ({} is not comparable)", self.ts(x.ty));
                    self.error(self.opos(&x), msg);
                    x.mode = OpMode::Invalid;
                }
                (x, expr_string(t))
            }
            None => (
                Operand {
                    mode: OpMode::Constant,
                    ty: self.basic(BasicKind::Bool),
                    val: Some(ConstValue::Bool(true)),
                    expr: None,
                },
                "true".to_string(),
            ),
        };
        let _ = s;
        let mut seen: Vec<(ConstValue, TypeId, syntax::Pos)> = Vec::new();
        let mut default_seen: Option<syntax::Pos> = None;
        for (i, cc) in body.iter().enumerate() {
            if cc.is_default {
                if let Some(p) = default_seen {
                    let msg = format!("multiple defaults (first at {})", self.pos_inline(p));
                    self.error(cc.pos, msg);
                }
                default_seen = Some(cc.pos);
            }
            for e in &cc.exprs {
                let mut v = self.expr(e);
                if x.is_invalid() || v.is_invalid() {
                    continue;
                }
                self.convert_untyped(&mut v, x.ty);
                if v.is_invalid() {
                    continue;
                }
                let mut xx = x.clone();
                if xx.expr.is_none() {
                    xx.expr = None;
                }
                let r = self.comparison(None, v.clone(), xx, BinaryOp::Eq, Some(tag_str.clone()));
                if r.is_invalid() {
                    continue;
                }
                if v.mode != OpMode::Constant {
                    continue;
                }
                let Some(val) = v.val.clone() else { continue };
                // Like gc (types2 goVal), only integer, floating-point and
                // string cases are checked for duplicates: `case debug:`
                // and `case false:` may both appear.
                if matches!(val, ConstValue::Bool(_) | ConstValue::Complex(..)) {
                    continue;
                }
                if let Some((_, _, ppos)) =
                    seen.iter().find(|(sv, st, _)| *sv == val && *st == v.ty)
                {
                    let d = self.describe(&v);
                    let msg = format!(
                        "duplicate case {d} in expression switch\n\t{}: previous case",
                        self.pos_string(*ppos)
                    );
                    self.error(self.opos(&v), msg);
                    continue;
                }
                seen.push((val, v.ty, self.opos(&v)));
            }
            self.open_scope();
            let last = i + 1 == body.len();
            let c = StmtCtx {
                break_ok: true,
                continue_ok: ctx.continue_ok,
                fallthrough_ok: !last,
                final_case: last,
                in_type_switch: false,
            };
            self.block_stmts(&cc.body, c);
            self.close_scope();
        }
        self.close_scope();
    }

    fn type_switch(
        &mut self,
        init: Option<&'a Stmt>,
        bind: Option<&'a ast::Ident>,
        xe: &'a Expr,
        body: &'a [ast::TypeCaseClause],
        ctx: StmtCtx,
    ) {
        self.open_scope();
        self.simple_stmt(init);
        let x = self.expr(xe);
        let mut valid = !x.is_invalid();
        if valid && !self.is_interface(x.ty) {
            let d = self.describe(&x);
            self.error(self.opos(&x), format!("{d} is not an interface"));
            valid = false;
        }
        if let Some(b) = bind
            && b.is_blank()
        {
            self.error(b.pos, "no new variable on left side of :=");
        }
        let mut bind_objs = Vec::new();
        let mut seen: Vec<(TypeId, syntax::Pos)> = Vec::new();
        let nil_t = self.basic(BasicKind::UntypedNil);
        for cc in body {
            let mut single: Option<TypeId> = None;
            for te in &cc.types {
                let is_nil = matches!(&te.kind, ExprKind::Name(id) if id.name == "nil" && self.lookup("nil").is_some_and(|o| self.obj(o).kind == ObjKind::Nil));
                let t = if is_nil {
                    let _ = self.raw_expr(te, None);
                    nil_t
                } else {
                    let t = self.typexpr(te);
                    if t == self.info.types.invalid() {
                        continue;
                    }
                    if valid {
                        self.check_type_assert(te, &x, t, true);
                    }
                    t
                };
                if let Some((_, p)) = seen.iter().find(|(st, _)| *st == t) {
                    let name = if is_nil {
                        "nil".to_string()
                    } else {
                        self.ts(t)
                    };
                    let msg = format!(
                        "duplicate case {name} in type switch\n\t{}: previous case",
                        self.pos_string(*p)
                    );
                    self.error(te.pos, msg);
                } else {
                    seen.push((t, te.pos));
                }
                single = if cc.types.len() == 1 && !is_nil {
                    Some(t)
                } else {
                    None
                };
            }
            self.open_scope();
            if let Some(b) = bind
                && !b.is_blank()
            {
                let t = single.unwrap_or(x.ty);
                let o = self.new_obj(ObjKind::Var(VarKind::Local), &b.name, b.pos, t);
                self.obj_mut(o).owner = self.fctx.owner;
                self.info.defs.insert(cc.bind_id, o);
                self.declare(o, b.pos);
                bind_objs.push(o);
            }
            let c = StmtCtx {
                break_ok: true,
                continue_ok: ctx.continue_ok,
                in_type_switch: true,
                ..Default::default()
            };
            self.block_stmts(&cc.body, c);
            self.close_scope();
        }
        if let Some(b) = bind
            && !b.is_blank()
            && valid
            && !bind_objs.iter().any(|o| self.used.contains(o))
        {
            // gc's older wording survives for the type switch symbol.
            self.error(b.pos, format!("{} declared and not used", b.name));
        }
        self.close_scope();
    }

    fn range_stmt(
        &mut self,
        key: Option<&'a Expr>,
        value: Option<&'a Expr>,
        define: bool,
        xe: &'a Expr,
        body: &'a Block,
    ) {
        self.open_scope();
        let mut x = self.expr(xe);
        let inv = self.info.types.invalid();
        let int = self.basic(BasicKind::Int);
        let (mut kt, mut vt) = (inv, None::<TypeId>);
        let mut ok = !x.is_invalid();
        if ok {
            let under = self.info.types.under(x.ty).clone();
            match under {
                Type::Basic(k) if k.is_string() => {
                    if k == BasicKind::UntypedString {
                        let st = self.basic(BasicKind::String);
                        self.convert_untyped(&mut x, st);
                    }
                    kt = int;
                    vt = Some(self.basic(BasicKind::Int32));
                }
                Type::Basic(k) if k.is_integer() => {
                    if let Some(v) = value {
                        let d = self.describe(&x);
                        self.error(
                            start_pos(v),
                            format!("range over {d} permits only one iteration variable"),
                        );
                        ok = false;
                    }
                    if let Some(v) = value {
                        let d = self.describe(&x);
                        self.error(
                            start_pos(v),
                            format!("range over {d} permits only one iteration variable"),
                        );
                        ok = false;
                    }
                    if self.is_untyped(x.ty) {
                        // The key variable's type if it exists, else the
                        // constant's default type (`range 'a'` gives runes).
                        let target = match key {
                            Some(k) if !define => {
                                let saved = self.errors.len();
                                let kx = self.raw_expr(k, None);
                                self.errors.truncate(saved);
                                if kx.is_invalid() { int } else { kx.ty }
                            }
                            _ => self.default_type(x.ty),
                        };
                        self.convert_untyped(&mut x, target);
                    }
                    kt = x.ty;
                }
                Type::Array { elem, .. } | Type::Slice(elem) => {
                    kt = int;
                    vt = Some(elem);
                }
                Type::Pointer(p) => match self.info.types.under(p).clone() {
                    Type::Array { elem, .. } => {
                        kt = int;
                        vt = Some(elem);
                    }
                    _ => {
                        let d = self.describe(&x);
                        self.error(self.opos(&x), format!("cannot range over {d}"));
                        ok = false;
                    }
                },
                Type::Map { key, value } => {
                    kt = key;
                    vt = Some(value);
                }
                Type::Chan { dir, elem } => {
                    kt = elem;
                    if dir == ChanDir::Send {
                        let d = self.describe(&x);
                        let t = self.ts(x.ty);
                        self.error(
                            self.opos(&x),
                            format!("cannot range over {d}: receive from send-only channel {t}"),
                        );
                        ok = false;
                    }
                    if let Some(v) = value {
                        let d = self.describe(&x);
                        self.error(
                            start_pos(v),
                            format!("range over {d} permits only one iteration variable"),
                        );
                        ok = false;
                    }
                }
                Type::Func(_) => {
                    self.unsupported(self.opos(&x), "range over function iterators");
                    ok = false;
                }
                _ => {
                    let d = self.describe(&x);
                    self.error(self.opos(&x), format!("cannot range over {d}"));
                    ok = false;
                }
            }
            if let Type::Basic(k) = self.info.types.under(x.ty).clone()
                && !k.is_string()
                && !k.is_integer()
                && ok
            {
                let d = self.describe(&x);
                self.error(self.opos(&x), format!("cannot range over {d}"));
                ok = false;
            }
        }
        let lhs = [key, value];
        let types = [Some(kt), vt];
        if define {
            let mut objs = Vec::new();
            for (i, l) in lhs.iter().enumerate() {
                let Some(l) = l else { continue };
                let ExprKind::Name(id) = &l.kind else {
                    self.use_expr(l);
                    self.error(
                        start_pos(l),
                        format!("non-name {} on left side of :=", expr_string(l)),
                    );
                    continue;
                };
                let t = if ok { types[i].unwrap_or(inv) } else { inv };
                let o = self.new_local(id, t);
                if !ok {
                    self.used.insert(o);
                }
                if t != inv {
                    self.info.expr_types.insert(
                        l.id,
                        TypeAndValue {
                            mode: Mode::Variable,
                            ty: t,
                            value: None,
                        },
                    );
                }
                objs.push((o, id.pos));
            }
            for (o, p) in objs {
                self.declare_local(o, p);
            }
        } else {
            for (i, l) in lhs.iter().enumerate() {
                let Some(l) = l else { continue };
                match types[i] {
                    Some(t) if ok && t != inv => {
                        let op = Operand {
                            mode: OpMode::Value,
                            ty: t,
                            val: None,
                            expr: Some(xe),
                        };
                        self.assign_var(l, Some(op), None, "range clause");
                    }
                    _ => self.use_expr(l),
                }
            }
        }
        let c = StmtCtx {
            break_ok: true,
            continue_ok: true,
            ..Default::default()
        };
        self.block(body, c);
        self.close_scope();
    }

    // ---- terminating statements ----

    pub(crate) fn is_terminating_list(&self, stmts: &[Stmt]) -> bool {
        match stmts.iter().rev().find(|s| !is_empty(s)) {
            Some(s) => self.is_terminating(s, None),
            None => false,
        }
    }

    fn is_terminating(&self, s: &Stmt, label: Option<&str>) -> bool {
        match &s.kind {
            StmtKind::Return(_) | StmtKind::Goto(_) => true,
            StmtKind::Expr(e) => {
                if let ExprKind::Call { fun, .. } = &unparen(e).kind {
                    matches!(
                        self.info.expr_types.get(&unparen(fun).id).map(|tv| tv.mode),
                        Some(Mode::Builtin(Builtin::Panic))
                    )
                } else {
                    false
                }
            }
            StmtKind::Block(b) => self.is_terminating_list(&b.stmts),
            StmtKind::If { then, els, .. } => {
                els.as_ref().is_some_and(|e| self.is_terminating(e, None))
                    && self.is_terminating_list(&then.stmts)
            }
            StmtKind::For { cond, body, .. } => {
                cond.is_none() && !has_break(&body.stmts, label, true)
            }
            StmtKind::Labeled(l, inner) => self.is_terminating(inner, Some(&l.name)),
            StmtKind::Switch { body, .. } => {
                body.iter().any(|c| c.is_default)
                    && body.iter().all(|c| {
                        !has_break(&c.body, label, true)
                            && (self.is_terminating_list(&c.body)
                                || matches!(
                                    c.body.iter().rev().find(|s| !is_empty(s)).map(|s| &s.kind),
                                    Some(StmtKind::Fallthrough)
                                ))
                    })
            }
            StmtKind::TypeSwitch { body, .. } => {
                body.iter().any(|c| c.is_default)
                    && body.iter().all(|c| {
                        !has_break(&c.body, label, true) && self.is_terminating_list(&c.body)
                    })
            }
            StmtKind::Select { body, .. } => body
                .iter()
                .all(|c| !has_break(&c.body, label, true) && self.is_terminating_list(&c.body)),
            _ => false,
        }
    }
}

/// Whether `stmts` contain a `break` that targets the enclosing statement
/// (unlabeled at this nesting level when `implicit`, or labeled `label`).
fn has_break(stmts: &[Stmt], label: Option<&str>, implicit: bool) -> bool {
    stmts.iter().any(|s| stmt_has_break(s, label, implicit))
}

fn stmt_has_break(s: &Stmt, label: Option<&str>, implicit: bool) -> bool {
    match &s.kind {
        StmtKind::Break(None) => implicit,
        StmtKind::Break(Some(l)) => Some(l.name.as_str()) == label,
        StmtKind::Block(b) => has_break(&b.stmts, label, implicit),
        StmtKind::If { then, els, .. } => {
            has_break(&then.stmts, label, implicit)
                || els
                    .as_ref()
                    .is_some_and(|e| stmt_has_break(e, label, implicit))
        }
        StmtKind::Labeled(_, inner) => stmt_has_break(inner, label, implicit),
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
            label.is_some() && has_break(&body.stmts, label, false)
        }
        StmtKind::Switch { body, .. } => {
            label.is_some() && body.iter().any(|c| has_break(&c.body, label, false))
        }
        StmtKind::TypeSwitch { body, .. } => {
            label.is_some() && body.iter().any(|c| has_break(&c.body, label, false))
        }
        StmtKind::Select { body, .. } => {
            label.is_some() && body.iter().any(|c| has_break(&c.body, label, false))
        }
        _ => false,
    }
}
