//! The children of a statement or expression, for the walks later stages
//! make over function bodies (as gc's `ir.DoChildren`, rustc's
//! `visit::walk_*`). A walk implements [`Visitor`]: its `visit_*` methods
//! handle the nodes it cares about and call [`walk_stmt`] / [`walk_expr`]
//! for the rest, which call `visit_*` back on each direct child.
//!
//! The children are the statements and value expressions gc's IR keeps,
//! in source order:
//!
//! - a `var` declaration's values (not its names; `const` and `type`
//!   declarations have none: gc's IR has no statement for them);
//! - an `if`'s init, condition, then-statements and `else`; a `for`'s
//!   init, condition, post and body; a range's key, value, operand and
//!   body; a switch's init, tag and each clause's expressions and body;
//!   a type switch's init, operand and clause bodies (not the case
//!   types); a select's communications and clause bodies;
//! - a composite literal's keys (struct field names included) and
//!   values, not its type; a function literal's body statements; the
//!   operands of the other value expressions (a conversion's type is a
//!   call's function), but not an assertion's type nor the parts of a type
//!   expression (`[n]T`, `map[K]V`, ...): gc has resolved types before
//!   its walks.

use crate::ast::{Decl, Expr, ExprKind, Stmt, StmtKind};
use crate::stack::guard;

/// A walk over statements and expressions. By default each method just
/// walks on into the children.
pub trait Visitor<'a> {
    fn visit_stmt(&mut self, s: &'a Stmt) {
        walk_stmt(self, s);
    }

    fn visit_expr(&mut self, e: &'a Expr) {
        walk_expr(self, e);
    }
}

/// Visits each statement of a list.
pub fn walk_stmts<'a, V: Visitor<'a> + ?Sized>(v: &mut V, stmts: &'a [Stmt]) {
    for s in stmts {
        v.visit_stmt(s);
    }
}

/// Visits the direct children of `s` (see the module doc).
pub fn walk_stmt<'a, V: Visitor<'a> + ?Sized>(v: &mut V, s: &'a Stmt) {
    // Every level of a recursive walk passes here.
    guard();
    let opt = |v: &mut V, s: &'a Option<Box<Stmt>>| {
        if let Some(s) = s {
            v.visit_stmt(s);
        }
    };
    match &s.kind {
        StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) | StmtKind::IncDec(e, _) => {
            v.visit_expr(e)
        }
        StmtKind::Send(a, b) => {
            v.visit_expr(a);
            v.visit_expr(b);
        }
        StmtKind::Assign { lhs, rhs, .. } => lhs.iter().chain(rhs).for_each(|e| v.visit_expr(e)),
        StmtKind::Decl(Decl::Var(specs)) => specs
            .iter()
            .flat_map(|sp| &sp.values)
            .for_each(|e| v.visit_expr(e)),
        StmtKind::Return(es) => es.iter().for_each(|e| v.visit_expr(e)),
        StmtKind::Block(b) => walk_stmts(v, &b.stmts),
        StmtKind::If {
            init,
            cond,
            then,
            els,
        } => {
            opt(v, init);
            v.visit_expr(cond);
            walk_stmts(v, &then.stmts);
            opt(v, els);
        }
        StmtKind::Switch {
            init, tag, body, ..
        } => {
            opt(v, init);
            tag.iter().for_each(|t| v.visit_expr(t));
            for c in body {
                c.exprs.iter().for_each(|e| v.visit_expr(e));
                walk_stmts(v, &c.body);
            }
        }
        StmtKind::TypeSwitch { init, x, body, .. } => {
            opt(v, init);
            v.visit_expr(x);
            body.iter().for_each(|c| walk_stmts(v, &c.body));
        }
        StmtKind::Select { body, .. } => {
            for c in body {
                opt(v, &c.comm);
                walk_stmts(v, &c.body);
            }
        }
        StmtKind::For {
            init,
            cond,
            post,
            body,
        } => {
            opt(v, init);
            cond.iter().for_each(|c| v.visit_expr(c));
            opt(v, post);
            walk_stmts(v, &body.stmts);
        }
        StmtKind::Range {
            key,
            value,
            x,
            body,
            ..
        } => {
            [key, value]
                .into_iter()
                .flatten()
                .for_each(|e| v.visit_expr(e));
            v.visit_expr(x);
            walk_stmts(v, &body.stmts);
        }
        StmtKind::Labeled(_, s) => v.visit_stmt(s),
        StmtKind::Decl(_)
        | StmtKind::Empty
        | StmtKind::Break(_)
        | StmtKind::Continue(_)
        | StmtKind::Goto(_)
        | StmtKind::Fallthrough => {}
    }
}

/// Visits the direct children of `e` (see the module doc).
pub fn walk_expr<'a, V: Visitor<'a> + ?Sized>(v: &mut V, e: &'a Expr) {
    guard();
    match &e.kind {
        ExprKind::CompositeLit { elts, .. } => {
            for el in elts {
                if let Some(k) = &el.key {
                    v.visit_expr(k);
                }
                v.visit_expr(&el.value);
            }
        }
        ExprKind::FuncLit { body, .. } => walk_stmts(v, &body.stmts),
        ExprKind::Paren(x)
        | ExprKind::Star(x)
        | ExprKind::Selector(x, _)
        | ExprKind::Unary(_, x)
        | ExprKind::TypeAssert(x, _) => v.visit_expr(x),
        ExprKind::Index(x, y) | ExprKind::Binary(_, x, y) => {
            v.visit_expr(x);
            v.visit_expr(y);
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            v.visit_expr(x);
            [lo, hi, max]
                .into_iter()
                .flatten()
                .for_each(|y| v.visit_expr(y));
        }
        ExprKind::Call { fun, args, .. } => {
            v.visit_expr(fun);
            args.iter().for_each(|a| v.visit_expr(a));
        }
        ExprKind::Name(_)
        | ExprKind::BasicLit { .. }
        | ExprKind::ArrayType { .. }
        | ExprKind::StructType(_)
        | ExprKind::FuncType(_)
        | ExprKind::InterfaceType(_)
        | ExprKind::MapType(..)
        | ExprKind::ChanType(..)
        | ExprKind::Bad => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::SourceFile;

    /// The names a default walk reaches, in order.
    struct Names(Vec<String>);

    impl<'a> Visitor<'a> for Names {
        fn visit_expr(&mut self, e: &'a Expr) {
            if let ExprKind::Name(id) = &e.kind {
                self.0.push(id.name.clone());
            }
            walk_expr(self, e);
        }
    }

    #[test]
    fn children_are_values_in_source_order() {
        let src = "package p
func f() {
	var a, b = x, T{k: v}
	const c = C
	type U V
	switch t := y.(type) {
	case W:
		_ = t
	}
	for k, v := range m { g(k)(v) }
	select { case z := <-ch: _ = z }
	_ = func() { h() }
	_ = []E(s)[i:j]
	if p { q++ } else if r { } else { goto L }
L:
	for u := 0; w < 1; u++ {}
	_ = n.(X)
}
";
        let file = crate::parse_file(&SourceFile::new("p.go", src)).expect("parses");
        let crate::ast::Decl::Func(fd) = &file.decls[0] else {
            panic!("not a function");
        };
        let mut names = Names(Vec::new());
        walk_stmts(&mut names, &fd.body.as_ref().expect("a body").stmts);
        let want = "x k v y _ t k v m g k v z ch _ z _ h _ s i j p q r u w u _ n";
        assert_eq!(names.0.join(" "), want);
    }
}
