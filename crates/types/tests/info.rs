//! What `Info` records: spot checks on small programs, and a walk over
//! every expression of the golden programs asserting it has a recorded
//! type (ssagen relies on that).

mod common;

use common::*;
use syntax::ast::*;
use types::{ConstValue, Info, Mode, ObjKind, SelectionKind, Type, VarKind};

fn check_ok(text: &str) -> (File, Info) {
    let src = syntax::SourceFile::new("main.go", text);
    let file = syntax::parse_file(&src).unwrap_or_else(|e| panic!("{}", render(&src, &e)));
    let info = types::check(&file, &src).unwrap_or_else(|e| panic!("{}", render(&src, &e)));
    (file, info)
}

/// Every expression node, with whether it must have a type: the package
/// name of `fmt.Println`, struct-literal keys and `x` in `x.(type)` are
/// exempt (the last is recorded, but via the switch).
fn walk_expr<'a>(e: &'a Expr, out: &mut Vec<(&'a Expr, bool)>) {
    match &e.kind {
        ExprKind::Selector(x, _) => {
            let is_pkg =
                matches!(&x.kind, ExprKind::Name(id) if id.name == "fmt" || id.name == "os");
            if !is_pkg {
                walk_expr(x, out);
            }
        }
        ExprKind::CompositeLit { ty, elts, .. } => {
            if let Some(t) = ty {
                walk_expr(t, out);
            }
            for el in elts {
                if let Some(k) = &el.key
                    && !matches!(k.kind, ExprKind::Name(_))
                {
                    walk_expr(k, out);
                }
                walk_expr(&el.value, out);
            }
        }
        ExprKind::FuncLit { sig, body } => {
            walk_sig(sig, out);
            walk_block(body, out);
        }
        ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Unary(_, x) => walk_expr(x, out),
        ExprKind::Index(x, i) => {
            walk_expr(x, out);
            walk_expr(i, out);
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            walk_expr(x, out);
            for i in [lo, hi, max].into_iter().flatten() {
                walk_expr(i, out);
            }
        }
        ExprKind::TypeAssert(x, t) => {
            walk_expr(x, out);
            if let Some(t) = t {
                walk_expr(t, out);
            }
        }
        ExprKind::Call { fun, args, .. } => {
            walk_expr(fun, out);
            for a in args {
                walk_expr(a, out);
            }
        }
        ExprKind::Binary(_, x, y) => {
            walk_expr(x, out);
            walk_expr(y, out);
        }
        ExprKind::ArrayType { len, elem } => {
            if let Some(ArrayLen::Expr(n)) = len {
                walk_expr(n, out);
            }
            walk_expr(elem, out);
        }
        ExprKind::MapType(k, v) => {
            walk_expr(k, out);
            walk_expr(v, out);
        }
        ExprKind::ChanType(_, x) => walk_expr(x, out),
        ExprKind::FuncType(sig) => walk_sig(sig, out),
        ExprKind::StructType(fields) => fields.iter().for_each(|f| walk_expr(&f.ty, out)),
        ExprKind::InterfaceType(elems) => {
            for el in elems {
                match el {
                    InterfaceElem::Method { sig, .. } => walk_sig(sig, out),
                    InterfaceElem::Embed(t) => walk_expr(t, out),
                }
            }
        }
        ExprKind::Name(_) | ExprKind::BasicLit { .. } | ExprKind::Bad => {}
    }
    out.push((e, true));
}

fn walk_sig<'a>(sig: &'a FuncType, out: &mut Vec<(&'a Expr, bool)>) {
    for f in sig.params.iter().chain(&sig.results) {
        walk_expr(&f.ty, out);
    }
}

fn walk_block<'a>(b: &'a Block, out: &mut Vec<(&'a Expr, bool)>) {
    b.stmts.iter().for_each(|s| walk_stmt(s, out));
}

fn walk_stmt<'a>(s: &'a Stmt, out: &mut Vec<(&'a Expr, bool)>) {
    match &s.kind {
        StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) | StmtKind::IncDec(e, _) => {
            walk_expr(e, out)
        }
        StmtKind::Send(a, b) => {
            walk_expr(a, out);
            walk_expr(b, out);
        }
        StmtKind::Assign { lhs, rhs, .. } => {
            for e in lhs {
                // A blank `_` on the left is no expression.
                if !matches!(&e.kind, ExprKind::Name(id) if id.name == "_") {
                    walk_expr(e, out);
                }
            }
            rhs.iter().for_each(|e| walk_expr(e, out));
        }
        StmtKind::Decl(d) => walk_decl(d, out),
        StmtKind::Return(es) => es.iter().for_each(|e| walk_expr(e, out)),
        StmtKind::Block(b) => walk_block(b, out),
        StmtKind::If {
            init,
            cond,
            then,
            els,
        } => {
            if let Some(i) = init {
                walk_stmt(i, out);
            }
            walk_expr(cond, out);
            walk_block(then, out);
            if let Some(e) = els {
                walk_stmt(e, out);
            }
        }
        StmtKind::Switch {
            init, tag, body, ..
        } => {
            if let Some(i) = init {
                walk_stmt(i, out);
            }
            if let Some(t) = tag {
                walk_expr(t, out);
            }
            for c in body {
                c.exprs.iter().for_each(|e| walk_expr(e, out));
                c.body.iter().for_each(|s| walk_stmt(s, out));
            }
        }
        StmtKind::TypeSwitch { init, x, body, .. } => {
            if let Some(i) = init {
                walk_stmt(i, out);
            }
            walk_expr(x, out);
            for c in body {
                c.types.iter().for_each(|e| walk_expr(e, out));
                c.body.iter().for_each(|s| walk_stmt(s, out));
            }
        }
        StmtKind::Select { body, .. } => {
            for c in body {
                if let Some(s) = &c.comm {
                    walk_stmt(s, out);
                }
                c.body.iter().for_each(|s| walk_stmt(s, out));
            }
        }
        StmtKind::For {
            init,
            cond,
            post,
            body,
        } => {
            if let Some(i) = init {
                walk_stmt(i, out);
            }
            if let Some(c) = cond {
                walk_expr(c, out);
            }
            if let Some(p) = post {
                walk_stmt(p, out);
            }
            walk_block(body, out);
        }
        StmtKind::Range {
            key,
            value,
            x,
            body,
            ..
        } => {
            for e in [key, value].into_iter().flatten() {
                if !matches!(&e.kind, ExprKind::Name(id) if id.name == "_") {
                    walk_expr(e, out);
                }
            }
            walk_expr(x, out);
            walk_block(body, out);
        }
        StmtKind::Labeled(_, s) => walk_stmt(s, out),
        _ => {}
    }
}

fn walk_decl<'a>(d: &'a Decl, out: &mut Vec<(&'a Expr, bool)>) {
    match d {
        Decl::Const(specs) => {
            for s in specs {
                if let Some(t) = &s.ty {
                    walk_expr(t, out);
                }
                s.values.iter().for_each(|e| walk_expr(e, out));
            }
        }
        Decl::Var(specs) => {
            for s in specs {
                if let Some(t) = &s.ty {
                    walk_expr(t, out);
                }
                s.values.iter().for_each(|e| walk_expr(e, out));
            }
        }
        Decl::Type(specs) => specs.iter().for_each(|s| walk_expr(&s.ty, out)),
        Decl::Func(f) => {
            if let Some(r) = &f.recv {
                walk_expr(&r.ty, out);
            }
            walk_sig(&f.sig, out);
            if let Some(b) = &f.body {
                walk_block(b, out);
            }
        }
    }
}

#[test]
fn every_expression_of_the_golden_programs_has_a_type() {
    let dir = repo_root().join("testdata/run");
    let mut missing = Vec::new();
    for f in go_files(&dir) {
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        let text = std::fs::read_to_string(&f).unwrap();
        let src = syntax::SourceFile::new(name.clone(), text);
        let Ok(file) = syntax::parse_file(&src) else {
            continue;
        };
        let Ok(info) = types::check(&file, &src) else {
            continue;
        };
        let mut exprs = Vec::new();
        file.decls.iter().for_each(|d| walk_decl(d, &mut exprs));
        for (e, _) in exprs {
            // Package names are not expressions.
            if let ExprKind::Name(id) = &e.kind
                && info
                    .uses
                    .get(&id.id)
                    .is_some_and(|&o| info.obj(o).kind == ObjKind::PkgName)
            {
                continue;
            }
            match info.expr_types.get(&e.id) {
                None => missing.push(format!("{}: no type for {:?}", src.position(e.pos), e.kind)),
                Some(tv) => {
                    if let Type::Basic(k) = info.types.get(tv.ty)
                        && k.is_untyped()
                        && *k != types::BasicKind::UntypedNil
                    {
                        missing.push(format!("{}: untyped type recorded", src.position(e.pos)));
                    }
                }
            }
        }
    }
    let n = missing.len();
    missing.truncate(30);
    assert!(
        n == 0,
        "{n} expressions without type:\n{}",
        missing.join("\n")
    );
}

fn find_obj(info: &Info, name: &str) -> types::ObjId {
    let i = info
        .objects
        .iter()
        .position(|o| o.name == name)
        .unwrap_or_else(|| panic!("no object {name}"));
    types::ObjId(i as u32)
}

#[test]
fn iota_groups_and_constant_values() {
    let (_, info) = check_ok(
        "package main\nconst (\n\t_ = iota\n\tKB = 1 << (10 * iota)\n\tMB\n\tGB\n)\nconst (\n\tA, B = iota, iota * 10\n\tC, D\n)\nconst Big = 1 << 100 >> 98\nconst F = 1.0 / 3 * 3\nconst S = \"a\" + \"b\"\ntype Weekday int\nconst (\n\tSun Weekday = iota\n\tMon\n)\nfunc main() { println(KB, MB, GB, A, B, C, D, Big, F == 1, S, Mon) }\n",
    );
    let v = |n: &str| info.obj(find_obj(&info, n)).value.clone().unwrap();
    assert_eq!(v("KB").as_i64(), Some(1024));
    assert_eq!(v("MB").as_i64(), Some(1 << 20));
    assert_eq!(v("GB").as_i64(), Some(1 << 30));
    assert_eq!((v("C").as_i64(), v("D").as_i64()), (Some(1), Some(10)));
    assert_eq!(v("Big").as_i64(), Some(4));
    assert_eq!(v("F").to_f64(), 1.0);
    assert_eq!(v("S"), ConstValue::String(b"ab".to_vec()));
    let mon = find_obj(&info, "Mon");
    assert_eq!(
        info.types.type_string(info.obj(mon).ty, true),
        "main.Weekday"
    );
    assert_eq!(v("Mon").as_i64(), Some(1));
}

#[test]
fn untyped_constants_get_context_types() {
    let (file, info) = check_ok(
        "package main\nfunc f(x float64) {}\nfunc main() {\n\tvar b int8 = 1 + 2\n\tx := 1\n\tf(2)\n\tvar i interface{} = 3\n\tprintln(b, x, i, 1 << 3)\n}\n",
    );
    let Decl::Func(main) = &file.decls[1] else {
        panic!()
    };
    let body = &main.body.as_ref().unwrap().stmts;
    let ty_of = |e: &Expr| info.types.type_string(info.type_of(e.id).unwrap(), false);
    let StmtKind::Decl(Decl::Var(specs)) = &body[0].kind else {
        panic!()
    };
    assert_eq!(ty_of(&specs[0].values[0]), "int8");
    if let ExprKind::Binary(_, l, _) = &specs[0].values[0].kind {
        assert_eq!(ty_of(l), "int8");
    }
    assert_eq!(
        info.expr_types[&specs[0].values[0].id]
            .value
            .as_ref()
            .and_then(|v| v.as_i64()),
        Some(3)
    );
    let StmtKind::Assign { rhs, .. } = &body[1].kind else {
        panic!()
    };
    assert_eq!(ty_of(&rhs[0]), "int");
    let StmtKind::Expr(call) = &body[2].kind else {
        panic!()
    };
    let ExprKind::Call { args, fun, .. } = &call.kind else {
        panic!()
    };
    assert_eq!(ty_of(&args[0]), "float64");
    assert_eq!(info.expr_types[&fun.id].mode, Mode::Value);
    let StmtKind::Decl(Decl::Var(specs)) = &body[3].kind else {
        panic!()
    };
    assert_eq!(ty_of(&specs[0].values[0]), "int");
}

#[test]
fn comma_ok_selections_params_and_init_order() {
    let (file, info) = check_ok(
        "package main\nvar a = b + 1\nvar b = f()\nvar c, d = g()\nfunc f() int { return 2 }\nfunc g() (int, int) { return 1, 2 }\ntype P struct{ x int }\ntype Q struct{ *P }\nfunc (p *P) Get() int { return p.x }\nfunc main() {\n\tm := map[string]int{}\n\tv, ok := m[\"k\"]\n\tq := Q{&P{1}}\n\tprintln(v, ok, q.x, q.Get(), a, c, d)\n}\n",
    );
    // init order: b before a, then c,d together.
    let names: Vec<Vec<String>> = info
        .init_order
        .iter()
        .map(|i| i.lhs.iter().map(|o| info.obj(*o).name.clone()).collect())
        .collect();
    assert_eq!(names, vec![vec!["b"], vec!["a"], vec!["c", "d"]]);
    let Decl::Func(main) = file.decls.last().unwrap() else {
        panic!()
    };
    let body = &main.body.as_ref().unwrap().stmts;
    let StmtKind::Assign { rhs, .. } = &body[1].kind else {
        panic!()
    };
    let tv = &info.expr_types[&rhs[0].id];
    assert_eq!(tv.mode, Mode::CommaOk);
    assert_eq!(info.types.type_string(tv.ty, false), "(int, bool)");
    let StmtKind::Expr(call) = &body[3].kind else {
        panic!()
    };
    let ExprKind::Call { args, .. } = &call.kind else {
        panic!()
    };
    let sel = &info.selections[&args[2].id];
    assert_eq!(sel.kind, SelectionKind::FieldVal);
    assert_eq!(sel.path, vec![0, 0]);
    assert!(sel.indirect);
    let ExprKind::Call { fun, .. } = &args[3].kind else {
        panic!()
    };
    let sel = &info.selections[&fun.id];
    assert_eq!(sel.kind, SelectionKind::MethodVal);
    let m = sel.method.unwrap();
    assert_eq!(info.obj(m).name, "Get");
    assert!(info.obj(m).recv.unwrap().pointer);
    // Receiver first in func_params; unnamed results have objects.
    let Decl::Func(get) = &file.decls[7] else {
        panic!()
    };
    let ps = &info.func_params[&get.name.id];
    assert_eq!(ps.len(), 1);
    assert_eq!(info.obj(ps[0]).kind, ObjKind::Var(VarKind::Param));
    let rs = &info.func_results[&get.name.id];
    assert_eq!((rs.len(), info.obj(rs[0]).name.as_str()), (1, ""));
    assert_eq!(info.obj(ps[0]).owner, Some(get.name.id));
}

#[test]
fn builtins_nil_and_uses() {
    let (file, info) = check_ok(
        "package main\nimport \"fmt\"\nfunc main() {\n\tvar p *int = nil\n\ts := []int{1}\n\ts = append(s, 2)\n\tfmt.Println(len(s), p == nil)\n}\n",
    );
    let Decl::Func(main) = &file.decls[0] else {
        panic!()
    };
    let body = &main.body.as_ref().unwrap().stmts;
    let StmtKind::Decl(Decl::Var(specs)) = &body[0].kind else {
        panic!()
    };
    assert_eq!(
        info.types
            .type_string(info.type_of(specs[0].values[0].id).unwrap(), false),
        "*int"
    );
    let StmtKind::Expr(call) = &body[3].kind else {
        panic!()
    };
    let ExprKind::Call { fun, args, .. } = &call.kind else {
        panic!()
    };
    let ExprKind::Selector(_, sel) = &fun.kind else {
        panic!()
    };
    let o = info.uses[&sel.id];
    assert_eq!(
        (info.obj(o).pkg.as_str(), info.obj(o).name.as_str()),
        ("fmt", "Println")
    );
    let ExprKind::Call { fun: lenf, .. } = &args[0].kind else {
        panic!()
    };
    assert_eq!(
        info.expr_types[&lenf.id].mode,
        Mode::Builtin(types::Builtin::Len)
    );
    let ExprKind::Binary(_, _, n) = &args[1].kind else {
        panic!()
    };
    assert_eq!(
        info.types.type_string(info.type_of(n.id).unwrap(), false),
        "*int"
    );
    assert_eq!(
        info.types
            .type_string(info.type_of(args[1].id).unwrap(), false),
        "bool"
    );
}

#[test]
fn type_switch_binds_closures_and_method_values() {
    let (file, info) = check_ok(
        "package main\ntype T struct{}\nfunc (T) M() int { return 1 }\nfunc main() {\n\tvar x any = 1\n\tswitch v := x.(type) {\n\tcase int:\n\t\tprintln(v + 1)\n\tcase string, bool:\n\t\tprintln(v)\n\t}\n\tn := 0\n\tf := func(d int) { n += d }\n\tf(1)\n\tg := T{}.M\n\th := T.M\n\tprintln(n, g(), h(T{}))\n\tc := 1i\n\tprintln(real(c))\n}\n",
    );
    let Decl::Func(main) = file.decls.last().unwrap() else {
        panic!()
    };
    let body = &main.body.as_ref().unwrap().stmts;
    let StmtKind::TypeSwitch { body: clauses, .. } = &body[1].kind else {
        panic!()
    };
    let v_int = info.defs[&clauses[0].bind_id];
    let v_other = info.defs[&clauses[1].bind_id];
    assert_eq!(info.types.type_string(info.obj(v_int).ty, false), "int");
    assert_eq!(info.types.type_string(info.obj(v_other).ty, false), "any");
    assert_eq!(info.obj(v_int).owner, Some(main.name.id));
    // The closure's parameter is owned by the FuncLit expression.
    let StmtKind::Assign { rhs, .. } = &body[3].kind else {
        panic!()
    };
    let ps = &info.func_params[&rhs[0].id];
    assert_eq!(info.obj(ps[0]).owner, Some(rhs[0].id));
    // Method value and method expression.
    let StmtKind::Assign { rhs: g, .. } = &body[5].kind else {
        panic!()
    };
    assert_eq!(info.selections[&g[0].id].kind, SelectionKind::MethodVal);
    let StmtKind::Assign { rhs: h, .. } = &body[6].kind else {
        panic!()
    };
    assert_eq!(info.selections[&h[0].id].kind, SelectionKind::MethodExpr);
    assert_eq!(
        info.types
            .type_string(info.type_of(h[0].id).unwrap(), false),
        "func(T) int"
    );
    // An untyped complex constant defaults to complex128.
    let StmtKind::Assign { rhs: c, .. } = &body[8].kind else {
        panic!()
    };
    assert_eq!(
        info.types
            .type_string(info.type_of(c[0].id).unwrap(), false),
        "complex128"
    );
}

#[test]
fn labels_are_objects() {
    let (file, info) = check_ok("package main\nfunc main() {\nL:\n\tfor {\n\t\tbreak L\n\t}\n}\n");
    let Decl::Func(main) = &file.decls[0] else {
        panic!()
    };
    let body = &main.body.as_ref().unwrap().stmts;
    let StmtKind::Labeled(l, inner) = &body[0].kind else {
        panic!()
    };
    let o = info.defs[&l.id];
    assert_eq!(info.obj(o).kind, ObjKind::Label);
    let StmtKind::For { body: fb, .. } = &inner.kind else {
        panic!()
    };
    let StmtKind::Break(Some(bl)) = &fb.stmts[0].kind else {
        panic!()
    };
    assert_eq!(info.uses[&bl.id], o);
}

/// An alias used inside the type it refers to, while the alias is still
/// being declared (`type A = *B; type B struct{ a A }`): the field's type
/// is *B (it was the invalid type), the same (interned) type as the
/// alias, an alias of it and a method receiver declared through it.
#[test]
fn alias_used_in_its_own_target() {
    let (_, info) = check_ok(
        "package main\ntype A = *B\ntype B struct {\n\ta A\n\tl []C\n}\ntype C = A\nfunc (p C) Get() A { return p.a }\nfunc main() { var b B; _ = b.a.Get().l }\n",
    );
    let ty = |n: &str| info.obj(find_obj(&info, n)).ty;
    let ts = |t| info.types.type_string(t, true);
    assert_eq!(ts(ty("A")), "*main.B");
    assert_eq!(ty("C"), ty("A"));
    let Type::Struct(fields) = info.types.under(ty("B")) else {
        panic!("B is {}", ts(ty("B")))
    };
    assert_eq!(fields[0].ty, ty("A"));
    assert_eq!(ts(fields[1].ty), "[]*main.B");
    let get = find_obj(&info, "Get");
    let recv = info.obj(get).recv.unwrap();
    assert!(recv.pointer);
    assert_eq!(ts(recv.named), "main.B");
}
