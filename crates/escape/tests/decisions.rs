//! Escape decisions on a small program (`decisions.go`), checked against
//! gc: the expected `-m` lines are what `go build -gcflags='-m -l'`
//! prints for it (Go 1.26), and the contract facts ssagen reads must
//! agree with them. The program holds the cases where a wrong "does not
//! escape" was once made: a comma-ok type assertion's value, a slice of
//! an array field stored back into its struct, a function literal
//! deferred with arguments in a loop.

use std::collections::HashMap;

use syntax::SourceFile;
use syntax::ast::{Decl, Expr, ExprKind, Stmt, StmtKind};

const GC_LINES: &str = "\
8:2: moved to heap: i
9:7: &M2{...} does not escape
21:7: leaking param: b
26:6: (*Buf).shrink ignoring self-assignment in b.s = b.s[1:]
25:7: b does not escape
32:14: p does not escape
30:2: moved to heap: x
32:9: func literal escapes to heap
40:7: func literal does not escape
46:6: moved to heap: b
";

fn with_program(f: impl FnOnce(&SourceFile, &syntax::ast::File, &types::Info)) {
    let src = SourceFile::new("decisions.go", include_str!("decisions.go"));
    let file = syntax::parse_file(&src).expect("parses");
    let info = types::check(&file, &src).expect("type-checks");
    f(&src, &file, &info);
}

/// The function literals of the file by the line they start on.
fn lits_by_line<'a>(src: &SourceFile, file: &'a syntax::ast::File) -> HashMap<u32, &'a Expr> {
    fn expr<'a>(src: &SourceFile, e: &'a Expr, out: &mut HashMap<u32, &'a Expr>) {
        match &e.kind {
            ExprKind::FuncLit { .. } => {
                out.insert(src.line_col(e.pos).0, e);
            }
            ExprKind::Call { fun, .. } => expr(src, fun, out),
            _ => {}
        }
    }
    fn stmts<'a>(src: &SourceFile, ss: &'a [Stmt], out: &mut HashMap<u32, &'a Expr>) {
        for s in ss {
            match &s.kind {
                StmtKind::Assign { rhs, .. } => rhs.iter().for_each(|e| expr(src, e, out)),
                StmtKind::Defer(e) => expr(src, e, out),
                StmtKind::For { body, .. } => stmts(src, &body.stmts, out),
                _ => {}
            }
        }
    }
    let mut out = HashMap::new();
    for d in &file.decls {
        if let Decl::Func(fd) = d
            && let Some(b) = &fd.body
        {
            stmts(src, &b.stmts, &mut out);
        }
    }
    out
}

#[test]
fn m_lines_are_gcs() {
    with_program(|src, file, info| {
        let esc = escape::analyze_with_diagnostics(file, info, src);
        let got: String = esc
            .diagnostics
            .iter()
            .map(|(pos, msg)| {
                let (l, c) = src.line_col(*pos);
                format!("{l}:{c}: {msg}\n")
            })
            .collect();
        assert_eq!(got, GC_LINES);
    });
}

#[test]
fn contract_agrees_with_the_lines() {
    with_program(|src, file, info| {
        let esc = escape::analyze(file, info);
        let heap: Vec<(u32, String)> = esc
            .moved_to_heap
            .iter()
            .filter(|&&o| src.line_col(info.obj(o).pos).0 < 50)
            .map(|&o| (src.line_col(info.obj(o).pos).0, info.obj(o).name.clone()))
            .collect();
        for want in [(8, "i"), (30, "x"), (46, "b")] {
            assert!(
                heap.iter().any(|(l, n)| *l == want.0 && n == want.1),
                "{want:?} must be on the heap: {heap:?}"
            );
        }
        let lits = lits_by_line(src, file);
        // The closure called in place stays in the frame and copies k.
        assert!(esc.stack_sites.contains(&lits[&40].id));
        let k = esc.captures[&lits[&40].id][0];
        assert_eq!(info.obj(k).name, "k");
        assert!(esc.captured_by_value.contains(&k));
        // The literal deferred in a loop goes to the heap with its record.
        assert!(!esc.stack_sites.contains(&lits[&32].id));
    });
}
