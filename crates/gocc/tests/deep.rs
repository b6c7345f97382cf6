//! Deeply nested programs, generated here (never checked in): gocc must
//! compile them (no Rust stack overflow: the stages run on
//! `syntax::stack`'s large stack) and the binaries must print what Go
//! prints. Depths are 10^3–10^5, shapes gc compiles; a release gocc also
//! compiles 10^6 nested blocks, parentheses or `1+1+…+1` (gc itself
//! overflows its 1 GB stack there), which is too slow for a debug build.

mod common;

use common::{TempDir, run_captured};
use std::process::Command;
use std::time::Duration;

const TIMEOUT: Duration = Duration::from_secs(300);

/// Builds `src` with gocc and runs it; returns its stdout.
fn build_and_run(name: &str, src: &str) -> String {
    let dir = TempDir::new("gocc-deep");
    let file = dir.path().join(format!("{name}.go"));
    std::fs::write(&file, src).unwrap();
    let exe = dir.path().join(name);
    let mut build = Command::new(common::gocc());
    build.arg("build").arg("-o").arg(&exe).arg(&file);
    let out = run_captured(&mut build, TIMEOUT).unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "{name}: gocc build failed ({}): {}",
        out.status_text(),
        &stderr[..stderr.len().min(2000)]
    );
    let ran = run_captured(&mut Command::new(&exe), Duration::from_secs(20)).unwrap();
    assert!(ran.status.success(), "{name}: program failed");
    // `println` writes to stderr.
    String::from_utf8_lossy(&ran.stderr).into_owned()
}

fn main_with(body: &str) -> String {
    format!("package main\n\nfunc main() {{\n{body}\n}}\n")
}

#[test]
fn nested_blocks() {
    let n = 100_000;
    let src = main_with(&format!(
        "x := 0\n{}x++{}\nprintln(x)",
        "{".repeat(n),
        "}".repeat(n)
    ));
    assert_eq!(build_and_run("blocks", &src), "1\n");
}

#[test]
fn nested_parens_and_unary_chains() {
    let n = 100_000;
    let src = main_with(&format!(
        "x := 3\nb := true\na := {}x{}\nc := {}x\nd := {}b\nprintln(a, c, d)",
        "(".repeat(n),
        ")".repeat(n),
        "- ".repeat(n + 1),
        "!".repeat(n + 1)
    ));
    assert_eq!(build_and_run("parens", &src), "3 -3 false\n");
}

#[test]
fn long_sums() {
    let n = 60_000;
    let ones = vec!["1"; n].join("+");
    let xs = vec!["x"; 5_000].join("+");
    let src = main_with(&format!("x := 2\nc := {ones}\ny := {xs}\nprintln(c, y)"));
    assert_eq!(build_and_run("sums", &src), "60000 10000\n");
}

#[test]
fn nested_statements() {
    let n = 10_000;
    // n nested loops keep O(n²) block parameters live (gc takes 13 s for
    // 1,000 of them): 1,000 here.
    let m = 1_000;
    let fors = "for i := 0; i < 1; i++ {".repeat(m);
    let ifs = "if x >= 0 {".repeat(n);
    let mut ladder = String::from("if y == 0 {\nprintln(0)\n}");
    for i in 1..n {
        ladder.push_str(&format!(" else if y == {i} {{\nprintln({i})\n}}"));
    }
    let src = main_with(&format!(
        "x := 0\n{fors}x++{}\n{ifs}x++{}\ny := {}\n{ladder}\nprintln(x)",
        "}".repeat(m),
        "}".repeat(n),
        n - 1
    ));
    assert_eq!(build_and_run("stmts", &src), format!("{}\n2\n", n - 1));
}

#[test]
fn nested_calls_and_literals() {
    let n = 2_000;
    let src = format!(
        "package main\n\ntype T struct {{\n\tp *T\n}}\n\nfunc f(x int) int {{ return x + 1 }}\n\nfunc main() {{\ny := {}0{}\nt := {}nil{}\nc := 0\nfor t != nil {{\nc++\nt = t.p\n}}\nz := 0\n{}z++{}\nprintln(y, c, z)\n}}\n",
        "f(".repeat(n),
        ")".repeat(n),
        "&T{p: ".repeat(n),
        "}".repeat(n),
        "func() {".repeat(n),
        "}()".repeat(n)
    );
    assert_eq!(build_and_run("calls", &src), format!("{n} {n} 1\n"));
}

#[test]
fn embedded_struct_chain() {
    let n = 500;
    let mut src =
        String::from("package main\n\ntype T0 struct{ X int }\n\nfunc (T0) M() int { return 7 }\n");
    for i in 1..=n {
        src.push_str(&format!("type T{i} struct{{ T{} }}\n", i - 1));
    }
    src.push_str(&format!(
        "func main() {{\n\tvar t T{n}\n\tt.X = 3\n\tprintln(t.X, t.M(), t == T{n}{{}})\n}}\n"
    ));
    assert_eq!(build_and_run("embed", &src), "3 7 false\n");
}
