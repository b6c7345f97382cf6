//! Parser tests: the shape of the AST for each construct, node ids, and
//! rejected forms.

use syntax::ast::*;
use syntax::{SourceFile, parse_file};

fn parse(src: &str) -> File {
    let file = SourceFile::new("t.go", src);
    match parse_file(&file) {
        Ok(f) => f,
        Err(d) => panic!("{}\n{src}", d[0].render(&file)),
    }
}

fn parse_err(src: &str) -> String {
    let file = SourceFile::new("t.go", src);
    match parse_file(&file) {
        Ok(_) => panic!("should not parse:\n{src}"),
        Err(d) => d[0].render(&file),
    }
}

/// The statements of the body of the only function in `body`.
fn stmts(body: &str) -> Vec<Stmt> {
    let f = parse(&format!("package p\nfunc f() {{\n{body}\n}}\n"));
    match f.decls.into_iter().next() {
        Some(Decl::Func(FuncDecl { body: Some(b), .. })) => b.stmts,
        other => panic!("{other:?}"),
    }
}

fn expr(src: &str) -> Expr {
    match stmts(&format!("_ = {src}")).remove(0).kind {
        StmtKind::Assign { mut rhs, .. } => rhs.remove(0),
        other => panic!("{other:?}"),
    }
}

/// Every NodeId in the tree (found through the Debug output).
fn node_ids(f: &File) -> Vec<u32> {
    let text = format!("{f:?}");
    text.match_indices("NodeId(")
        .map(|(i, _)| {
            let rest = &text[i + 7..];
            rest[..rest.find(')').unwrap()].parse().unwrap()
        })
        .collect()
}

const PROGRAM: &str = r#"package main

import (
	"fmt"
	m "math"
	. "strings"
	_ "os"
)

import "errors"

const (
	A = iota
	B
	C, D = iota * 2, "x"
)

const E float64 = 1e100

var (
	x, y int
	z    = 3
)

type (
	Point struct {
		X, Y int `json:"x"`
		*Base
		fmt.Stringer
		name string
	}
	Shape interface {
		Area() float64
		fmt.Stringer
		Scale(f float64) (Shape, error)
	}
	Alias = Point
	Fn    func(int, ...string) (int, error)
	Ch    <-chan chan<- int
)

func (p *Point) Move(dx, dy int) { p.X += dx; p.Y += dy }

func (Point) Name() string { return "p" }

func variadic(prefix string, xs ...int) (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New("x")
		}
	}()
	for i, v := range xs {
		n += i * v
	}
	return
}

func main() {
	ps := []Point{{X: 1, Y: 2}, {3, 4, nil, ""}}
	mm := map[string][]int{"a": {1}, "b": nil}
	arr := [...]int{1, 2, 3}
	s := arr[1:2:3]
	s = s[:]
	var i interface{} = ps[0]
	switch v := i.(type) {
	case Point, *Point:
		fmt.Println(v)
	case nil:
	default:
	}
	switch x := 5; {
	case x > 3:
		fallthrough
	default:
	}
	ch := make(chan int, 1)
	select {
	case ch <- 1:
	case v := <-ch:
		_ = v
	case v, ok := <-ch:
		_, _ = v, ok
	case <-ch:
	default:
	}
outer:
	for i := 0; i < 3; i++ {
		for range 10 {
			if i == 1 {
				continue outer
			} else if i == 2 {
				break outer
			} else {
				goto done
			}
		}
	}
done:
	go func(c chan<- int) { c <- 1 }(ch)
	fmt.Println(m.Pi, ToUpper("x"), len(mm), s, -x &^ y << 2, !true, ^y, &ps[0], *(&x))
	f := func(xs ...int) int { return len(xs) }
	f(s...)
	var p *Point = &Point{}
	p.Move(1, 2)
	_ = (*Point).Move
	_ = []byte("x")
	_ = (<-chan int)(ch)
	_ = 'a' + 0x1p-2 + 1i
	x++
	y--
}
"#;

#[test]
fn parses_a_program_using_every_construct() {
    let f = parse(PROGRAM);
    assert_eq!(f.package.name, "main");
    let imports: Vec<_> = f
        .imports
        .iter()
        .map(|i| (i.name.as_ref().map(|n| n.name.as_str()), i.path.as_str()))
        .collect();
    assert_eq!(
        imports,
        [
            (None, "fmt"),
            (Some("m"), "math"),
            (Some("."), "strings"),
            (Some("_"), "os"),
            (None, "errors")
        ]
    );
    // Every id is unique and below node_count.
    let mut ids = node_ids(&f);
    let n = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), n, "duplicate node ids");
    assert!(ids.iter().all(|&i| i < f.node_count));
}

#[test]
fn const_groups_number_iota_and_keep_implicit_values_empty() {
    let f = parse("package p\nconst (\n\tA = iota\n\tB\n\tC, D = 1, 2\n)\nconst E = 1\n");
    let Decl::Const(specs) = &f.decls[0] else {
        panic!()
    };
    let shape: Vec<_> = specs
        .iter()
        .map(|s| (s.names.len(), s.values.len(), s.iota))
        .collect();
    assert_eq!(shape, [(1, 1, 0), (1, 0, 1), (2, 2, 2)]);
    let Decl::Const(specs) = &f.decls[1] else {
        panic!()
    };
    assert_eq!(specs[0].iota, 0);
}

#[test]
fn parameters_are_grouped() {
    let f = parse(
        "package p\nfunc f(a, b int, c ...string) (x int, err error)\nfunc g(int, *T, ...string) bool\n",
    );
    let Decl::Func(fd) = &f.decls[0] else {
        panic!()
    };
    let names: Vec<Vec<&str>> = fd
        .sig
        .params
        .iter()
        .map(|p| p.names.iter().map(|n| n.name.as_str()).collect())
        .collect();
    assert_eq!(names, [vec!["a", "b"], vec!["c"]]);
    assert!(fd.sig.params[1].variadic);
    assert_eq!(fd.sig.results.len(), 2);
    assert!(fd.body.is_none());
    let Decl::Func(g) = &f.decls[1] else { panic!() };
    assert!(g.sig.params.iter().all(|p| p.names.is_empty()));
    assert!(g.sig.params[2].variadic);
    assert!(
        parse_err("package p\nfunc f(a int, b) {}\n")
            .ends_with("syntax error: missing parameter type")
    );
    assert_eq!(
        parse_err("package p\nfunc f(a int, *T) {}\n"),
        "t.go:2:15: syntax error: missing parameter name"
    );
}

#[test]
fn precedence() {
    // a || b && c == d + e * f  →  a || (b && (c == (d + (e * f))))
    let e = expr("a || b && c == d + e * f");
    let ExprKind::Binary(BinaryOp::OrOr, _, r) = e.kind else {
        panic!()
    };
    let ExprKind::Binary(BinaryOp::AndAnd, _, r) = r.kind else {
        panic!()
    };
    let ExprKind::Binary(BinaryOp::Eq, _, r) = r.kind else {
        panic!()
    };
    let ExprKind::Binary(BinaryOp::Add, _, r) = r.kind else {
        panic!()
    };
    assert!(matches!(r.kind, ExprKind::Binary(BinaryOp::Mul, _, _)));
    // Left associative: a - b - c = (a - b) - c.
    let e = expr("a - b - c");
    let ExprKind::Binary(BinaryOp::Sub, l, _) = e.kind else {
        panic!()
    };
    assert!(matches!(l.kind, ExprKind::Binary(BinaryOp::Sub, _, _)));
    // Unary binds tighter: -a * b, <-ch + 1, *p.x = *(p.x).
    let e = expr("-a * b");
    assert!(matches!(e.kind, ExprKind::Binary(BinaryOp::Mul, _, _)));
    let e = expr("*p.x");
    let ExprKind::Star(x) = e.kind else { panic!() };
    assert!(matches!(x.kind, ExprKind::Selector(..)));
    let e = expr("1 << 2 | 3 &^ 4");
    assert!(matches!(e.kind, ExprKind::Binary(BinaryOp::Or, _, _)));
}

#[test]
fn channel_types() {
    let ty = |src: &str| {
        let f = parse(&format!("package p\nvar c {src}\n"));
        let Decl::Var(v) = &f.decls[0] else { panic!() };
        v[0].ty.clone().unwrap()
    };
    let dirs = |mut e: Expr| {
        let mut out = Vec::new();
        while let ExprKind::ChanType(d, elem) = e.kind {
            out.push(d);
            e = *elem;
        }
        out
    };
    assert_eq!(dirs(ty("<-chan int")), [ChanDir::Recv]);
    assert_eq!(dirs(ty("chan<- int")), [ChanDir::Send]);
    assert_eq!(dirs(ty("chan<- chan int")), [ChanDir::Send, ChanDir::Both]);
    assert_eq!(
        dirs(ty("<-chan <-chan int")),
        [ChanDir::Recv, ChanDir::Recv]
    );
    // In expressions `<-chan int` is a type, not a receive.
    let e = expr("make(<-chan int)");
    let ExprKind::Call { args, .. } = e.kind else {
        panic!()
    };
    assert!(matches!(args[0].kind, ExprKind::ChanType(ChanDir::Recv, _)));
    let e = expr("<-ch");
    assert!(matches!(e.kind, ExprKind::Unary(UnaryOp::Recv, _)));
}

#[test]
fn composite_literals() {
    let e = expr("[]Point{{1, 2}, {X: 3}}");
    let ExprKind::CompositeLit {
        ty: Some(_), elts, ..
    } = e.kind
    else {
        panic!()
    };
    assert!(matches!(
        elts[0].value.kind,
        ExprKind::CompositeLit { ty: None, .. }
    ));
    let e = expr(r#"map[string][]int{"a": {1}}"#);
    let ExprKind::CompositeLit { elts, .. } = e.kind else {
        panic!()
    };
    assert!(elts[0].key.is_some());
    let e = expr("[...]int{1, 2}");
    let ExprKind::CompositeLit { ty: Some(t), .. } = e.kind else {
        panic!()
    };
    assert!(matches!(
        t.kind,
        ExprKind::ArrayType {
            len: Some(ArrayLen::Ellipsis),
            ..
        }
    ));
    let e = expr("pkg.T{}");
    assert!(matches!(e.kind, ExprKind::CompositeLit { .. }));
    let e = expr("struct{ a int }{1}");
    assert!(matches!(e.kind, ExprKind::CompositeLit { .. }));
}

#[test]
fn composite_literals_in_statement_headers() {
    // A `{` after a name in a header opens the block...
    let s = stmts("if x == y {\n}");
    assert!(matches!(s[0].kind, StmtKind::If { .. }));
    // ...so a named-type literal must be parenthesised there,
    stmts("if p == (Point{}) {\n}\nfor _, v := range (T{}).xs {\n}");
    // but other literal types and literals inside brackets are fine.
    stmts("for _, v := range []int{1, 2} {\n}\nif f(T{}) {\n}\nswitch x := m[T{}]; x {\n}");
    stmts("for i := range map[string]int{\"a\": 1} {\n\t_ = i\n}");
    // A function literal in a header.
    stmts("if func() bool { return true }() {\n}");
    let err = parse_err("package p\nfunc f() {\n\tif x == T{} {\n\t}\n}\n");
    assert!(err.contains("syntax error"), "{err}");
}

#[test]
fn statements() {
    let s = stmts(
        "for {\n}\nfor x < 3 {\n}\nfor i := 0; i < 3; i++ {\n}\nfor ;; {\n}\nfor k, v := range m {\n}\nfor k = range m {\n}\nfor range ch {\n}\nfor i := range 10 {\n}",
    );
    let kinds: Vec<_> = s
        .iter()
        .map(|s| match &s.kind {
            StmtKind::For {
                init, cond, post, ..
            } => format!(
                "for {} {} {}",
                init.is_some(),
                cond.is_some(),
                post.is_some()
            ),
            StmtKind::Range {
                key, value, define, ..
            } => format!("range {} {} {}", key.is_some(), value.is_some(), define),
            k => format!("{k:?}"),
        })
        .collect();
    assert_eq!(
        kinds,
        [
            "for false false false",
            "for false true false",
            "for true true true",
            "for false false false",
            "range true true true",
            "range true false false",
            "range false false false",
            "range true false true",
        ]
    );
    let s = stmts("x, y = y, x\na += 1\nb <<= 2\nc &^= d\nch <- v\ni++\nj--\nL: x = 1\nM:\n");
    assert!(
        matches!(&s[0].kind, StmtKind::Assign { lhs, op: AssignOp::Assign, .. } if lhs.len() == 2)
    );
    assert!(matches!(
        s[1].kind,
        StmtKind::Assign {
            op: AssignOp::Op(BinaryOp::Add),
            ..
        }
    ));
    assert!(matches!(
        s[2].kind,
        StmtKind::Assign {
            op: AssignOp::Op(BinaryOp::Shl),
            ..
        }
    ));
    assert!(matches!(
        s[3].kind,
        StmtKind::Assign {
            op: AssignOp::Op(BinaryOp::AndNot),
            ..
        }
    ));
    assert!(matches!(s[4].kind, StmtKind::Send(..)));
    assert!(matches!(s[5].kind, StmtKind::IncDec(_, true)));
    assert!(matches!(s[6].kind, StmtKind::IncDec(_, false)));
    assert!(matches!(s[7].kind, StmtKind::Labeled(..)));
    assert!(matches!(&s[8].kind, StmtKind::Labeled(_, b) if matches!(b.kind, StmtKind::Empty)));
    let s =
        stmts("var a, b int = 1, 2\nconst c = 3\ntype T struct{}\ngo f()\ndefer g()\nreturn 1, 2");
    assert!(matches!(s[0].kind, StmtKind::Decl(Decl::Var(_))));
    assert!(matches!(s[1].kind, StmtKind::Decl(Decl::Const(_))));
    assert!(matches!(s[2].kind, StmtKind::Decl(Decl::Type(_))));
    assert!(matches!(s[3].kind, StmtKind::Go(_)));
    assert!(matches!(s[4].kind, StmtKind::Defer(_)));
    assert!(matches!(&s[5].kind, StmtKind::Return(v) if v.len() == 2));
}

#[test]
fn switches() {
    let s = stmts(
        "switch {\n}\nswitch x {\ncase 1, 2:\ndefault:\n}\nswitch x := f(); x {\n}\nswitch x := f(); {\n}",
    );
    let tags: Vec<_> = s
        .iter()
        .map(|s| match &s.kind {
            StmtKind::Switch { init, tag, .. } => (init.is_some(), tag.is_some()),
            k => panic!("{k:?}"),
        })
        .collect();
    assert_eq!(
        tags,
        [(false, false), (false, true), (true, true), (true, false)]
    );
    let s = stmts(
        "switch v := x.(type) {\ncase int, string:\ncase nil:\ndefault:\n}\nswitch y := 1; x.(type) {\n}",
    );
    let StmtKind::TypeSwitch { bind, body, .. } = &s[0].kind else {
        panic!()
    };
    assert_eq!(bind.as_ref().unwrap().name, "v");
    assert_eq!(body.len(), 3);
    assert_eq!(body[0].types.len(), 2);
    assert!(body[2].is_default);
    let mut ids: Vec<_> = body.iter().map(|c| c.bind_id).collect();
    ids.dedup();
    assert_eq!(ids.len(), 3);
    assert!(matches!(
        &s[1].kind,
        StmtKind::TypeSwitch {
            init: Some(_),
            bind: None,
            ..
        }
    ));
}

#[test]
fn select_clauses() {
    let s = stmts(
        "select {\ncase ch <- 1:\ncase v := <-ch:\ncase v, ok = <-ch:\ncase <-ch:\ndefault:\n}",
    );
    let StmtKind::Select { body, .. } = &s[0].kind else {
        panic!()
    };
    let forms: Vec<_> = body
        .iter()
        .map(|c| match c.comm.as_deref().map(|s| &s.kind) {
            None => "default",
            Some(StmtKind::Send(..)) => "send",
            Some(StmtKind::Assign {
                op: AssignOp::Define,
                ..
            }) => "define",
            Some(StmtKind::Assign { .. }) => "assign",
            Some(StmtKind::Expr(_)) => "recv",
            Some(k) => panic!("{k:?}"),
        })
        .collect();
    assert_eq!(forms, ["send", "define", "assign", "recv", "default"]);
}

#[test]
fn types_in_declarations() {
    let f = parse(
        "package p\ntype S struct {\n\ta, b int `tag`\n\t*E\n\tpkg.F\n}\ntype I interface {\n\tM(int) string\n\tJ\n}\ntype A = S\ntype N [4]int\ntype P *[]map[string]func() error\n",
    );
    let Decl::Type(t) = &f.decls[0] else { panic!() };
    let ExprKind::StructType(fields) = &t[0].ty.kind else {
        panic!()
    };
    assert_eq!(fields.len(), 3);
    assert_eq!(fields[0].tag.as_deref(), Some("tag"));
    assert!(fields[1].embedded && fields[2].embedded);
    let Decl::Type(t) = &f.decls[1] else { panic!() };
    let ExprKind::InterfaceType(elems) = &t[0].ty.kind else {
        panic!()
    };
    assert!(matches!(elems[0], InterfaceElem::Method { .. }));
    assert!(matches!(elems[1], InterfaceElem::Embed(_)));
    let Decl::Type(t) = &f.decls[2] else { panic!() };
    assert!(t[0].alias);
    let Decl::Type(t) = &f.decls[3] else { panic!() };
    assert!(matches!(
        t[0].ty.kind,
        ExprKind::ArrayType {
            len: Some(ArrayLen::Expr(_)),
            ..
        }
    ));
}

#[test]
fn conversions_and_other_primary_expressions() {
    for src in [
        "[]byte(s)",
        "(*T)(p)",
        "(*[4]byte)(s)",
        "func() int(f)",
        "chan int(c)",
        "interface{}(x)",
        "map[string]int(m)",
        "x.(T)",
        "x.(*T)",
        "f(a, b...)",
        "a[1:]",
        "a[:2:3]",
        "T.Method",
        "(*T).Method",
        "new(func())",
        "make([]int, 3)",
        "make(map[string]func() error)",
        "interface{ M() }.M",
        "struct{}{}",
        "-5",
        "+x",
        "^x",
        "&T{}",
    ] {
        expr(src);
    }
    let e = expr("f(xs...)");
    assert!(matches!(
        e.kind,
        ExprKind::Call {
            ellipsis: Some(_),
            ..
        }
    ));
    let e = expr("s[1:2:3]");
    assert!(matches!(
        e.kind,
        ExprKind::Slice {
            three: true,
            max: Some(_),
            ..
        }
    ));
}

#[test]
fn generics_are_rejected() {
    assert!(
        parse_err("package p\nfunc F[T any](x T) T { return x }\n")
            .contains("unsupported: generics")
    );
    assert!(parse_err("package p\ntype L[T any] struct{ next *L[T] }\n").contains("generics"));
    // An array type with a constant length is not a type parameter list.
    parse("package p\nconst N = 4\ntype A [N]int\ntype B [N * 2]int\n");
    // Constraint interfaces, which usually come before the type parameter
    // lists that use them (go/test typeparam/absdiff.go, issue51236.go).
    let union = "package p\ntype Num interface{ ~int | ~uint }\n";
    assert!(parse_err(union).contains("unsupported: generics"));
    let elem = "package p\ntype I interface{ []byte }\nfunc F[T I]() {}\n";
    assert!(parse_err(elem).contains("unsupported: generics"));
    // Without generics a syntax error stays one.
    assert!(parse_err("package p\ntype I interface{ int | uint }\n").contains("syntax error"));
}

#[test]
fn positions() {
    let src = "package p\n\nfunc f() {\n\tx := 1\n}\n";
    let f = parse(src);
    let Decl::Func(fd) = &f.decls[0] else {
        panic!()
    };
    let file = SourceFile::new("t.go", src);
    assert_eq!(file.position(fd.pos), "t.go:3:1");
    assert_eq!(file.position(fd.name.pos), "t.go:3:6");
    let body = fd.body.as_ref().unwrap();
    assert_eq!(file.position(body.stmts[0].pos), "t.go:4:2");
    assert_eq!(file.position(body.rbrace), "t.go:5:1");
}

#[test]
fn expressions_print_as_gc_quotes_them() {
    for (src, want) in [
        ("a + b*c", "a + b * c"),
        ("[]int{1, 2}[0] + s", "[]int{…}[0] + s"),
        ("func() int { return 1 }() + s", "func() int {…}() + s"),
        ("-a + s", "-a + s"),
        ("x.f(y, z...)", "x.f(y, z...)"),
        ("m[k][1:2:3]", "m[k][1:2:3]"),
        ("v.(*T)", "v.(*T)"),
        ("map[string]chan<- int(nil)", "map[string]chan<- int(nil)"),
        ("(<-chan int)(c)", "(<-chan int)(c)"),
        ("T{}", "T{}"),
    ] {
        assert_eq!(syntax::expr_string(&expr(src)), want, "{src}");
    }
}

#[test]
fn dump_round_trips() {
    let f = parse(PROGRAM);
    let printed = syntax::dump(&f);
    let again = parse(&printed);
    assert_eq!(syntax::dump(&again), printed);
}

#[test]
fn header_and_receiver_errors() {
    assert!(
        parse_err("package p\nfunc f() {\n\tswitch x := 1 {\n\t}\n}\n")
            .ends_with("syntax error: cannot use x := 1 as value")
    );
    assert_eq!(
        parse_err("package p\nfunc () M() {}\n"),
        "t.go:2:9: method has no receiver"
    );
    assert_eq!(
        parse_err("package p\ntype T int\nfunc (a, b T) M() {}\n"),
        "t.go:3:15: method has multiple receivers"
    );
    assert_eq!(
        parse_err("package p\nvar s []int\nvar x = s[::5]\n"),
        "t.go:3:12: middle index required in 3-index slice"
    );
    assert_eq!(
        parse_err("package p\nvar s []int\nvar y = s[1:2:]\n"),
        "t.go:3:15: final index required in 3-index slice"
    );
}
