//! Calls: function and method calls (argument count and assignability,
//! variadic parameters, `f(g())`), and the dispatch to conversions and
//! builtins.

use syntax::ast::{Expr, ExprKind};

use super::exprstring::{expr_string, start_pos, unparen};
use super::{Checker, OpMode, Operand};
use crate::ty::{Signature, Type, TypeId};

impl<'a> Checker<'a> {
    pub(crate) fn call_expr(
        &mut self,
        e: &'a Expr,
        fun: &'a Expr,
        args: &'a [Expr],
        ellipsis: Option<syntax::Pos>,
        rparen: syntax::Pos,
    ) -> Operand<'a> {
        let f = self.expr_or_type(fun);
        match f.mode {
            OpMode::Invalid => {
                for a in args {
                    self.use_expr(a);
                }
                Operand::invalid(None)
            }
            OpMode::TypeExpr => self.conversion_call(e, f.ty, fun, args, ellipsis),
            OpMode::Builtin(b) => self.builtin(e, b, args, ellipsis, rparen),
            _ => {
                let Type::Func(sig) = self.info.types.under(f.ty).clone() else {
                    for a in args {
                        self.use_expr(a);
                    }
                    let d = self.describe(&f);
                    let msg = format!(
                        "invalid operation: cannot call {d}: {} is not a function",
                        self.ts(f.ty)
                    );
                    self.error(self.opos(&f), msg);
                    return Operand::invalid(None);
                };
                let ops = self.eval_args(args);
                self.arguments(e, fun, &sig, ops, args, ellipsis);
                self.call_result(&sig)
            }
        }
    }

    pub(crate) fn call_result(&mut self, sig: &Signature) -> Operand<'a> {
        match sig.results.len() {
            0 => Operand {
                mode: OpMode::NoValue,
                ty: self.info.types.tuple(Vec::new()),
                val: None,
                expr: None,
            },
            1 => Operand {
                mode: OpMode::Value,
                ty: sig.results[0],
                val: None,
                expr: None,
            },
            _ => Operand {
                mode: OpMode::Value,
                ty: self.info.types.tuple(sig.results.clone()),
                val: None,
                expr: None,
            },
        }
    }

    /// Evaluates call arguments; a single multi-value call argument
    /// expands to its results.
    pub(crate) fn eval_args(&mut self, args: &'a [Expr]) -> Vec<Operand<'a>> {
        if args.len() == 1 {
            let (xs, _) = self.multi_expr(&args[0], false);
            return xs;
        }
        args.iter().map(|a| self.expr(a)).collect()
    }

    /// types2's `arguments`: count check with gc's have/want summary,
    /// then assignability of each argument.
    pub(crate) fn arguments(
        &mut self,
        call: &'a Expr,
        fun: &'a Expr,
        sig: &Signature,
        mut ops: Vec<Operand<'a>>,
        args: &'a [Expr],
        ellipsis: Option<syntax::Pos>,
    ) -> bool {
        if ops.iter().any(|x| x.is_invalid()) {
            return false;
        }
        let nargs = ops.len();
        let mut npars = sig.params.len();
        let ddd = ellipsis.is_some();
        let mut params = sig.params.clone();
        let fun_s = expr_string(fun);
        if sig.variadic {
            if ddd {
                if args.len() == 1 && nargs > 1 {
                    let msg = format!(
                        "cannot use ... with {nargs}-valued {}",
                        expr_string(&args[0])
                    );
                    self.error(start_pos(call), msg);
                    return false;
                }
            } else if nargs + 1 >= npars {
                let last = params.pop().unwrap_or(self.info.types.invalid());
                let elem = match self.info.types.get(last) {
                    Type::Slice(e) => *e,
                    _ => self.info.types.invalid(),
                };
                while params.len() < nargs {
                    params.push(elem);
                }
                npars = nargs;
            } else {
                npars -= 1;
            }
        } else if ddd {
            let msg = format!("cannot use ... in call to non-variadic {fun_s}");
            self.error(start_pos(call), msg);
            return false;
        }
        if nargs != npars {
            let (q, pos) = if nargs > npars {
                ("too many", self.opos(&ops[npars]))
            } else if nargs > 0 {
                ("not enough", self.opos(&ops[nargs - 1]))
            } else {
                ("not enough", start_pos(call))
            };
            let have: Vec<TypeId> = ops.iter().map(|x| x.ty).collect();
            let mut hs = self.types_summary(&have, false);
            if ddd {
                hs.insert_str(hs.len() - 1, "...");
            }
            let msg = format!(
                "{q} arguments in call to {fun_s}\n\thave {hs}\n\twant {}",
                self.types_summary(&sig.params, sig.variadic)
            );
            self.error(pos, msg);
            return false;
        }
        let context = format!("argument to {fun_s}");
        for (x, &t) in ops.iter_mut().zip(&params) {
            self.assignment(x, Some(t), &context);
        }
        true
    }

    fn conversion_call(
        &mut self,
        e: &'a Expr,
        t: TypeId,
        fun: &'a Expr,
        args: &'a [Expr],
        ellipsis: Option<syntax::Pos>,
    ) -> Operand<'a> {
        let ts = self.conv_type_name(fun, t);
        match args.len() {
            0 => {
                self.error(
                    e.pos.max(start_pos(e)),
                    format!("missing argument in conversion to {ts}"),
                );
                return Operand::invalid(None);
            }
            1 => {}
            _ => {
                for a in args {
                    self.use_expr(a);
                }
                self.error(
                    args[args.len() - 1].pos,
                    format!("too many arguments in conversion to {ts}"),
                );
                return Operand::invalid(None);
            }
        }
        if ellipsis.is_some() {
            self.use_expr(&args[0]);
            self.error(
                args[0].pos,
                format!("invalid use of ... in conversion to {ts}"),
            );
            return Operand::invalid(None);
        }
        let mut x = self.expr(&args[0]);
        if x.is_invalid() {
            return x;
        }
        self.conversion(&mut x, t, &ts);
        x.expr = None;
        x
    }

    /// The name gc uses for a conversion's type: `byte`/`rune` as written.
    fn conv_type_name(&self, fun: &Expr, t: TypeId) -> String {
        if let ExprKind::Name(id) = &unparen(fun).kind
            && (id.name == "byte" || id.name == "rune")
        {
            return id.name.clone();
        }
        self.ts(t)
    }
}
