//! Expressions printed as gc prints them in messages (the `syntax`
//! package's short form: function bodies and composite literal contents
//! become `…`).

use syntax::ast::{ArrayLen, ChanDir, Expr, ExprKind, Field, FuncType, InterfaceElem};

pub(crate) fn expr_string(e: &Expr) -> String {
    let mut s = String::new();
    write_expr(&mut s, e);
    s
}

fn write_list(s: &mut String, es: &[Expr]) {
    for (i, e) in es.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        write_expr(s, e);
    }
}

fn write_fields(s: &mut String, fs: &[Field], sep: &str) {
    for (i, f) in fs.iter().enumerate() {
        if i > 0 {
            s.push_str(sep);
        }
        for (j, n) in f.names.iter().enumerate() {
            if j > 0 {
                s.push_str(", ");
            }
            s.push_str(&n.name);
        }
        if !f.names.is_empty() {
            s.push(' ');
        }
        if f.variadic {
            s.push_str("...");
        }
        write_expr(s, &f.ty);
    }
}

pub(crate) fn write_sig(s: &mut String, sig: &FuncType) {
    s.push('(');
    write_fields(s, &sig.params, ", ");
    s.push(')');
    if sig.results.is_empty() {
        return;
    }
    s.push(' ');
    if sig.results.len() == 1 && sig.results[0].names.is_empty() {
        write_expr(s, &sig.results[0].ty);
    } else {
        s.push('(');
        write_fields(s, &sig.results, ", ");
        s.push(')');
    }
}

fn write_expr(s: &mut String, e: &Expr) {
    match &e.kind {
        ExprKind::Name(id) => s.push_str(&id.name),
        ExprKind::BasicLit { raw, .. } => s.push_str(raw),
        ExprKind::CompositeLit { ty, elts, .. } => {
            if let Some(t) = ty {
                write_expr(s, t);
            }
            s.push_str(if elts.is_empty() { "{}" } else { "{…}" });
        }
        ExprKind::FuncLit { sig, body } => {
            s.push_str("func");
            write_sig(s, sig);
            s.push_str(if body.stmts.is_empty() {
                " {}"
            } else {
                " {…}"
            });
        }
        ExprKind::Paren(x) => {
            s.push('(');
            write_expr(s, x);
            s.push(')');
        }
        ExprKind::Selector(x, sel) => {
            write_expr(s, x);
            s.push('.');
            s.push_str(&sel.name);
        }
        ExprKind::Index(x, i) => {
            write_expr(s, x);
            s.push('[');
            write_expr(s, i);
            s.push(']');
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            write_expr(s, x);
            s.push('[');
            if let Some(l) = lo {
                write_expr(s, l);
            }
            s.push(':');
            if let Some(h) = hi {
                write_expr(s, h);
            }
            if let Some(m) = max {
                s.push(':');
                write_expr(s, m);
            }
            s.push(']');
        }
        ExprKind::TypeAssert(x, t) => {
            write_expr(s, x);
            s.push_str(".(");
            match t {
                Some(t) => write_expr(s, t),
                None => s.push_str("type"),
            }
            s.push(')');
        }
        ExprKind::Call {
            fun,
            args,
            ellipsis,
            ..
        } => {
            write_expr(s, fun);
            s.push('(');
            write_list(s, args);
            if ellipsis.is_some() {
                s.push_str("...");
            }
            s.push(')');
        }
        ExprKind::Star(x) => {
            s.push('*');
            write_expr(s, x);
        }
        ExprKind::Unary(op, x) => {
            s.push_str(op.as_str());
            write_expr(s, x);
        }
        ExprKind::Binary(op, x, y) => {
            write_expr(s, x);
            s.push(' ');
            s.push_str(op.as_str());
            s.push(' ');
            write_expr(s, y);
        }
        ExprKind::ArrayType { len, elem } => {
            s.push('[');
            match len {
                None => {}
                Some(ArrayLen::Ellipsis) => s.push_str("..."),
                Some(ArrayLen::Expr(n)) => write_expr(s, n),
            }
            s.push(']');
            write_expr(s, elem);
        }
        ExprKind::StructType(fields) => {
            s.push_str("struct{");
            write_fields(s, fields, "; ");
            s.push('}');
        }
        ExprKind::FuncType(sig) => {
            s.push_str("func");
            write_sig(s, sig);
        }
        ExprKind::InterfaceType(elems) => {
            s.push_str("interface{");
            for (i, el) in elems.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                match el {
                    InterfaceElem::Method { name, sig } => {
                        s.push_str(&name.name);
                        write_sig(s, sig);
                    }
                    InterfaceElem::Embed(t) => write_expr(s, t),
                }
            }
            s.push('}');
        }
        ExprKind::MapType(k, v) => {
            s.push_str("map[");
            write_expr(s, k);
            s.push(']');
            write_expr(s, v);
        }
        ExprKind::ChanType(dir, el) => {
            s.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            write_expr(s, el);
        }
        ExprKind::Bad => s.push_str("BadExpr"),
    }
}

/// The leftmost position of an expression (gc reports errors there).
pub(crate) fn start_pos(e: &Expr) -> syntax::Pos {
    match &e.kind {
        ExprKind::Selector(x, _)
        | ExprKind::Index(x, _)
        | ExprKind::Slice { x, .. }
        | ExprKind::TypeAssert(x, _)
        | ExprKind::Binary(_, x, _) => start_pos(x).min(e.pos),
        ExprKind::Call { fun, .. } => start_pos(fun).min(e.pos),
        ExprKind::CompositeLit { ty: Some(t), .. } => start_pos(t).min(e.pos),
        _ => e.pos,
    }
}

/// Strips parentheses.
pub(crate) fn unparen(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(x) => unparen(x),
        _ => e,
    }
}
