//! Printing the AST back as Go source.
//!
//! [`dump`] prints a whole file (for debugging and round-trip tests);
//! [`expr_string`] prints one expression the way gc's diagnostics quote
//! it (`a + b`, `x.f(1)`, composite literals and function bodies shortened
//! to `T{…}` and `func() {…}`).

use std::fmt::Write;

use crate::ast::*;

/// Go source for a parsed file. Comments and the original layout are not
/// kept; parsing the output gives the same tree.
pub fn dump(file: &File) -> String {
    let mut p = Printer {
        out: String::new(),
        indent: 0,
        short: false,
    };
    p.file(file);
    p.out
}

/// An expression as gc prints it in diagnostics.
pub fn expr_string(e: &Expr) -> String {
    let mut p = Printer {
        out: String::new(),
        indent: 0,
        short: true,
    };
    p.expr(e);
    p.out
}

/// A simple statement (as in a `switch` or `if` header) on one line.
pub fn simple_stmt_string(s: &Stmt) -> String {
    let mut p = Printer {
        out: String::new(),
        indent: 0,
        short: true,
    };
    p.simple_stmt(s);
    p.out
}

struct Printer {
    out: String,
    indent: usize,
    /// Abbreviate literal bodies (`T{…}`, `func() {…}`), as diagnostics do.
    short: bool,
}

impl Printer {
    fn w(&mut self, s: &str) {
        self.out.push_str(s);
    }

    fn nl(&mut self) {
        self.out.push('\n');
        for _ in 0..self.indent {
            self.out.push('\t');
        }
    }

    fn file(&mut self, f: &File) {
        let _ = write!(self.out, "package {}", f.package.name);
        self.nl();
        for i in &f.imports {
            self.nl();
            self.w("import ");
            if let Some(n) = &i.name {
                self.w(&n.name);
                self.w(" ");
            }
            let _ = write!(self.out, "{:?}", i.path);
        }
        if !f.imports.is_empty() {
            self.nl();
        }
        for d in &f.decls {
            self.nl();
            self.decl(d);
            self.nl();
        }
    }

    fn decl(&mut self, d: &Decl) {
        match d {
            Decl::Const(specs) => self.group("const", specs, |p, s| {
                p.names(&s.names);
                if let Some(t) = &s.ty {
                    p.w(" ");
                    p.expr(t);
                }
                if !s.values.is_empty() {
                    p.w(" = ");
                    p.exprs(&s.values);
                }
            }),
            Decl::Var(specs) => self.group("var", specs, |p, s| {
                p.names(&s.names);
                if let Some(t) = &s.ty {
                    p.w(" ");
                    p.expr(t);
                }
                if !s.values.is_empty() {
                    p.w(" = ");
                    p.exprs(&s.values);
                }
            }),
            Decl::Type(specs) => self.group("type", specs, |p, s| {
                p.w(&s.name.name);
                p.w(if s.alias { " = " } else { " " });
                p.expr(&s.ty);
            }),
            Decl::Func(f) => {
                self.w("func ");
                if let Some(r) = &f.recv {
                    self.w("(");
                    self.field(r);
                    self.w(") ");
                }
                self.w(&f.name.name);
                self.signature(&f.sig);
                if let Some(b) = &f.body {
                    self.w(" ");
                    self.block(b);
                }
            }
        }
    }

    fn group<T>(&mut self, kw: &str, specs: &[T], mut one: impl FnMut(&mut Self, &T)) {
        self.w(kw);
        if specs.len() == 1 {
            self.w(" ");
            one(self, &specs[0]);
            return;
        }
        self.w(" (");
        self.indent += 1;
        for s in specs {
            self.nl();
            one(self, s);
        }
        self.indent -= 1;
        self.nl();
        self.w(")");
    }

    fn names(&mut self, names: &[Ident]) {
        for (i, n) in names.iter().enumerate() {
            if i > 0 {
                self.w(", ");
            }
            self.w(&n.name);
        }
    }

    fn exprs(&mut self, es: &[Expr]) {
        for (i, e) in es.iter().enumerate() {
            if i > 0 {
                self.w(", ");
            }
            self.expr(e);
        }
    }

    fn field(&mut self, f: &Field) {
        self.names(&f.names);
        if !f.names.is_empty() {
            self.w(" ");
        }
        if f.variadic {
            self.w("...");
        }
        self.expr(&f.ty);
        if let Some(tag) = &f.tag {
            let _ = write!(self.out, " {tag:?}");
        }
    }

    fn fields(&mut self, fs: &[Field]) {
        for (i, f) in fs.iter().enumerate() {
            if i > 0 {
                self.w(", ");
            }
            self.field(f);
        }
    }

    fn signature(&mut self, sig: &FuncType) {
        self.w("(");
        self.fields(&sig.params);
        self.w(")");
        match sig.results.as_slice() {
            [] => {}
            [r] if r.names.is_empty() => {
                self.w(" ");
                self.field(r);
            }
            rs => {
                self.w(" (");
                self.fields(rs);
                self.w(")");
            }
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Name(id) => self.w(&id.name),
            ExprKind::BasicLit { raw, .. } => self.w(raw),
            ExprKind::CompositeLit { ty, elts, .. } => {
                if let Some(t) = ty {
                    self.expr(t);
                }
                if self.short {
                    self.w(if elts.is_empty() { "{}" } else { "{…}" });
                    return;
                }
                self.w("{");
                for (i, el) in elts.iter().enumerate() {
                    if i > 0 {
                        self.w(", ");
                    }
                    if let Some(k) = &el.key {
                        self.expr(k);
                        self.w(": ");
                    }
                    self.expr(&el.value);
                }
                self.w("}");
            }
            ExprKind::FuncLit { sig, body } => {
                self.w("func");
                self.signature(sig);
                if self.short {
                    self.w(" {…}");
                } else {
                    self.w(" ");
                    self.block(body);
                }
            }
            ExprKind::Paren(x) => {
                self.w("(");
                self.expr(x);
                self.w(")");
            }
            ExprKind::Selector(x, sel) => {
                self.expr(x);
                self.w(".");
                self.w(&sel.name);
            }
            ExprKind::Index(x, i) => {
                self.expr(x);
                self.w("[");
                self.expr(i);
                self.w("]");
            }
            ExprKind::Slice {
                x,
                lo,
                hi,
                max,
                three,
            } => {
                self.expr(x);
                self.w("[");
                if let Some(l) = lo {
                    self.expr(l);
                }
                self.w(":");
                if let Some(h) = hi {
                    self.expr(h);
                }
                if *three {
                    self.w(":");
                    if let Some(m) = max {
                        self.expr(m);
                    }
                }
                self.w("]");
            }
            ExprKind::TypeAssert(x, t) => {
                self.expr(x);
                self.w(".(");
                match t {
                    Some(t) => self.expr(t),
                    None => self.w("type"),
                }
                self.w(")");
            }
            ExprKind::Call {
                fun,
                args,
                ellipsis,
                ..
            } => {
                self.expr(fun);
                self.w("(");
                self.exprs(args);
                if ellipsis.is_some() {
                    // `10 ...`: without the space `10.` would lex as a float.
                    if matches!(
                        args.last().map(|a| &a.kind),
                        Some(ExprKind::BasicLit {
                            kind: LitKind::Int,
                            ..
                        })
                    ) {
                        self.w(" ");
                    }
                    self.w("...");
                }
                self.w(")");
            }
            ExprKind::Star(x) => {
                self.w("*");
                self.expr(x);
            }
            ExprKind::Unary(op, x) => {
                self.w(op.as_str());
                self.expr(x);
            }
            ExprKind::Binary(..) => {
                // Walk the left spine without recursion: long chains such
                // as `a + b + c + …` are deep on the left.
                let mut rights = Vec::new();
                let mut left = e;
                while let ExprKind::Binary(op, l, r) = &left.kind {
                    rights.push((*op, &**r));
                    left = l;
                }
                self.expr(left);
                for (op, r) in rights.into_iter().rev() {
                    self.w(" ");
                    self.w(op.as_str());
                    self.w(" ");
                    self.expr(r);
                }
            }
            ExprKind::ArrayType { len, elem } => {
                self.w("[");
                match len {
                    None => {}
                    Some(ArrayLen::Ellipsis) => self.w("..."),
                    Some(ArrayLen::Expr(n)) => self.expr(n),
                }
                self.w("]");
                self.expr(elem);
            }
            ExprKind::StructType(fields) => {
                self.w("struct{");
                for (i, f) in fields.iter().enumerate() {
                    self.w(if i > 0 { "; " } else { "" });
                    self.field(f);
                }
                self.w("}");
            }
            ExprKind::FuncType(sig) => {
                self.w("func");
                self.signature(sig);
            }
            ExprKind::InterfaceType(elems) => {
                self.w("interface{");
                for (i, el) in elems.iter().enumerate() {
                    self.w(if i > 0 { "; " } else { "" });
                    match el {
                        InterfaceElem::Method { name, sig } => {
                            self.w(&name.name);
                            self.signature(sig);
                        }
                        InterfaceElem::Embed(t) => self.expr(t),
                    }
                }
                self.w("}");
            }
            ExprKind::MapType(k, v) => {
                self.w("map[");
                self.expr(k);
                self.w("]");
                self.expr(v);
            }
            ExprKind::ChanType(dir, elem) => {
                self.w(match dir {
                    ChanDir::Both => "chan ",
                    ChanDir::Send => "chan<- ",
                    ChanDir::Recv => "<-chan ",
                });
                // `chan (<-chan T)` needs the parentheses.
                let paren = *dir == ChanDir::Both
                    && matches!(elem.kind, ExprKind::ChanType(ChanDir::Recv, _));
                if paren {
                    self.w("(");
                }
                self.expr(elem);
                if paren {
                    self.w(")");
                }
            }
            ExprKind::Bad => self.w("BadExpr"),
        }
    }

    fn block(&mut self, b: &Block) {
        self.w("{");
        self.indent += 1;
        for s in &b.stmts {
            self.nl();
            self.stmt(s);
        }
        self.indent -= 1;
        self.nl();
        self.w("}");
    }

    fn simple_stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Empty => {}
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Send(ch, v) => {
                self.expr(ch);
                self.w(" <- ");
                self.expr(v);
            }
            StmtKind::IncDec(x, inc) => {
                self.expr(x);
                self.w(if *inc { "++" } else { "--" });
            }
            StmtKind::Assign { lhs, op, rhs } => {
                self.exprs(lhs);
                match op {
                    AssignOp::Assign => self.w(" = "),
                    AssignOp::Define => self.w(" := "),
                    AssignOp::Op(b) => {
                        self.w(" ");
                        self.w(b.as_str());
                        self.w("= ");
                    }
                }
                self.exprs(rhs);
            }
            _ => self.stmt(s),
        }
    }

    fn opt_simple(&mut self, s: &Option<Box<Stmt>>) {
        if let Some(s) = s {
            self.simple_stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Empty
            | StmtKind::Expr(_)
            | StmtKind::Send(..)
            | StmtKind::IncDec(..)
            | StmtKind::Assign { .. } => self.simple_stmt(s),
            StmtKind::Decl(d) => self.decl(d),
            StmtKind::Go(e) => {
                self.w("go ");
                self.expr(e);
            }
            StmtKind::Defer(e) => {
                self.w("defer ");
                self.expr(e);
            }
            StmtKind::Return(v) => {
                self.w("return");
                if !v.is_empty() {
                    self.w(" ");
                    self.exprs(v);
                }
            }
            StmtKind::Break(l) | StmtKind::Continue(l) => {
                self.w(if matches!(s.kind, StmtKind::Break(_)) {
                    "break"
                } else {
                    "continue"
                });
                if let Some(l) = l {
                    self.w(" ");
                    self.w(&l.name);
                }
            }
            StmtKind::Goto(l) => {
                self.w("goto ");
                self.w(&l.name);
            }
            StmtKind::Fallthrough => self.w("fallthrough"),
            StmtKind::Block(b) => self.block(b),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.w("if ");
                if init.is_some() {
                    self.opt_simple(init);
                    self.w("; ");
                }
                self.expr(cond);
                self.w(" ");
                self.block(then);
                if let Some(e) = els {
                    self.w(" else ");
                    self.stmt(e);
                }
            }
            StmtKind::Switch {
                init, tag, body, ..
            } => {
                self.w("switch ");
                if init.is_some() {
                    self.opt_simple(init);
                    self.w("; ");
                }
                if let Some(t) = tag {
                    self.expr(t);
                    self.w(" ");
                }
                self.w("{");
                for c in body {
                    self.nl();
                    self.case(c.is_default, &c.exprs, &c.body);
                }
                self.nl();
                self.w("}");
            }
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                body,
                ..
            } => {
                self.w("switch ");
                if init.is_some() {
                    self.opt_simple(init);
                    self.w("; ");
                }
                if let Some(b) = bind {
                    self.w(&b.name);
                    self.w(" := ");
                }
                self.expr(x);
                self.w(".(type) {");
                for c in body {
                    self.nl();
                    self.case(c.is_default, &c.types, &c.body);
                }
                self.nl();
                self.w("}");
            }
            StmtKind::Select { body, .. } => {
                self.w("select {");
                for c in body {
                    self.nl();
                    match &c.comm {
                        Some(s) => {
                            self.w("case ");
                            self.simple_stmt(s);
                            self.w(":");
                        }
                        None => self.w("default:"),
                    }
                    self.clause_body(&c.body);
                }
                self.nl();
                self.w("}");
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                self.w("for ");
                if init.is_some() || post.is_some() {
                    self.opt_simple(init);
                    self.w("; ");
                    if let Some(c) = cond {
                        self.expr(c);
                    }
                    self.w("; ");
                    self.opt_simple(post);
                    self.w(" ");
                } else if let Some(c) = cond {
                    self.expr(c);
                    self.w(" ");
                }
                self.block(body);
            }
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            } => {
                self.w("for ");
                if let Some(k) = key {
                    self.expr(k);
                    if let Some(v) = value {
                        self.w(", ");
                        self.expr(v);
                    }
                    self.w(if *define { " := " } else { " = " });
                }
                self.w("range ");
                self.expr(x);
                self.w(" ");
                self.block(body);
            }
            StmtKind::Labeled(l, s) => {
                self.w(&l.name);
                self.w(":");
                if matches!(s.kind, StmtKind::Empty) {
                    // An explicit empty statement: before `case` the label
                    // would otherwise label nothing.
                    self.w(" ;");
                } else {
                    self.nl();
                    self.stmt(s);
                }
            }
        }
    }

    fn case(&mut self, is_default: bool, exprs: &[Expr], body: &[Stmt]) {
        if is_default {
            self.w("default:");
        } else {
            self.w("case ");
            self.exprs(exprs);
            self.w(":");
        }
        self.clause_body(body);
    }

    fn clause_body(&mut self, body: &[Stmt]) {
        self.indent += 1;
        for s in body {
            self.nl();
            self.stmt(s);
        }
        self.indent -= 1;
    }
}
