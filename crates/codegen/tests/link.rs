//! End-to-end: hand-built IR → object → linked with a C `main` by `cc` →
//! run, checking the output. Skips (visibly) without `cc`.

use std::path::{Path, PathBuf};
use std::process::Command;

use ssa::*;

fn have_cc() -> bool {
    Command::new("cc")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("gocc-codegen-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// C side: `main` calls `gocc.main`; printing helpers use printf.
const C_MAIN: &str = r#"
#include <stdio.h>
#include <stdint.h>
extern void gocc_main(void) __asm__("gocc.main");
void print_i64(int64_t x) { printf("%lld\n", (long long)x); }
void print_f64(double x) { printf("%g\n", x); }
void print_str(const char *p, int64_t n) { printf("%.*s\n", (int)n, p); }
struct pair { int64_t a, b; };
struct pair c_pair(int64_t x) { struct pair p = { x, x * 2 }; return p; }
int64_t sum8(int64_t a, int64_t b, int64_t c, int64_t d, int64_t e, int64_t f, int64_t g, int64_t h) {
    return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h;
}
double mixf(float a, double b, int32_t c) { return a * b + c; }
int main(void) { gocc_main(); return 0; }
"#;

/// Compiles `m`, links it with [`C_MAIN`], runs it, returns stdout.
fn build_and_run(name: &str, m: &Module, opts: &codegen::Options) -> String {
    let dir = scratch(name);
    let obj = codegen::compile_module(m, opts).unwrap_or_else(|e| panic!("{e}\n{m}"));
    let o = dir.join("prog.o");
    std::fs::write(&o, obj).unwrap();
    let c = dir.join("main.c");
    std::fs::write(&c, C_MAIN).unwrap();
    let exe = dir.join("prog");
    let st = Command::new("cc")
        .args([c.as_os_str(), o.as_os_str(), "-o".as_ref(), exe.as_os_str()])
        .status()
        .unwrap();
    assert!(st.success(), "link failed");
    let out = Command::new(&exe).output().unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert!(out.status.success(), "program failed: {out:?}");
    String::from_utf8(out.stdout).unwrap()
}

fn nm(path: &Path) -> Option<String> {
    let out = Command::new("nm").arg(path).output().ok()?;
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

fn go(params: usize, results: usize) -> Signature {
    Signature::new(
        vec![Type::I64; params],
        vec![Type::I64; results],
        CallConv::Go,
    )
}

fn c_sig(params: Vec<Type>) -> Signature {
    Signature::new(params, vec![], CallConv::C)
}

/// fib(n) with a loop over variables a, b, i.
fn fib_iter() -> Function {
    let mut f = Function::new("main.fibIter", go(1, 1), Linkage::Local);
    let mut b = FunctionBuilder::new(&mut f);
    let (entry, header, body, exit) = (
        b.create_block(),
        b.create_block(),
        b.create_block(),
        b.create_block(),
    );
    let n = b.append_params_for_signature(entry)[0];
    let (a, bb, i) = (
        b.declare_var(Type::I64),
        b.declare_var(Type::I64),
        b.declare_var(Type::I64),
    );
    b.switch_to_block(entry);
    let (zero, one) = (b.iconst(Type::I64, 0), b.iconst(Type::I64, 1));
    b.def_var(a, zero);
    b.def_var(bb, one);
    b.def_var(i, zero);
    b.jump(header, &[]);
    b.switch_to_block(header);
    let iv = b.use_var(i);
    let c = b.icmp(IntCC::Slt, iv, n);
    b.brif(c, body, &[], exit, &[]);
    b.seal_block(body);
    b.switch_to_block(body);
    let (av, bv) = (b.use_var(a), b.use_var(bb));
    let s = b.iadd(av, bv);
    b.def_var(a, bv);
    b.def_var(bb, s);
    let iv = b.use_var(i);
    let one = b.iconst(Type::I64, 1);
    let i2 = b.iadd(iv, one);
    b.def_var(i, i2);
    b.jump(header, &[]);
    b.seal_block(header);
    b.switch_to_block(exit);
    b.seal_block(exit);
    let av = b.use_var(a);
    b.return_(&[av]);
    b.finish();
    f
}

/// fib(n) = n < 2 ? n : fib(n-1) + fib(n-2), recursively.
fn fib_rec() -> Function {
    let mut f = Function::new("main.fibRec", go(1, 1), Linkage::Local);
    let mut b = FunctionBuilder::new(&mut f);
    let (entry, small, big) = (b.create_block(), b.create_block(), b.create_block());
    let n = b.append_params_for_signature(entry)[0];
    b.switch_to_block(entry);
    let two = b.iconst(Type::I64, 2);
    let c = b.icmp(IntCC::Slt, n, two);
    b.brif(c, small, &[], big, &[]);
    b.switch_to_block(small);
    b.return_(&[n]);
    b.switch_to_block(big);
    let one = b.iconst(Type::I64, 1);
    let n1 = b.isub(n, one);
    let n2 = b.isub(n, two);
    let r1 = b.call("main.fibRec", &go(1, 1), &[n1])[0];
    let r2 = b.call("main.fibRec", &go(1, 1), &[n2])[0];
    let r = b.iadd(r1, r2);
    b.return_(&[r]);
    b.finish();
    f
}

/// A method-like symbol with a pointer receiver: `(*T).M(p) = *p * 3`.
fn method() -> Function {
    let mut f = Function::new("main.(*T).M", go(1, 1), Linkage::Local);
    let mut b = FunctionBuilder::new(&mut f);
    let entry = b.create_block();
    let p = b.append_params_for_signature(entry)[0];
    b.switch_to_block(entry);
    let x = b.load(Type::I64, p, 0);
    let three = b.iconst(Type::I64, 3);
    let r = b.imul(x, three);
    b.return_(&[r]);
    b.finish();
    f
}

/// `main.f·f(closure, x) = x + 100`: the func-value wrapper convention.
fn closure_target() -> Function {
    let mut f = Function::new("main.f·f", go(2, 1), Linkage::Local);
    let mut b = FunctionBuilder::new(&mut f);
    let entry = b.create_block();
    let ps = b.append_params_for_signature(entry);
    b.switch_to_block(entry);
    let k = b.iconst(Type::I64, 100);
    let r = b.iadd(ps[1], k);
    b.return_(&[r]);
    b.finish();
    f
}

/// Returns two values and switches over its argument with br_table.
fn two_results() -> Function {
    let mut f = Function::new("main.pair", go(1, 2), Linkage::Local);
    let mut b = FunctionBuilder::new(&mut f);
    let entry = b.create_block();
    let (c0, c1, dflt, out) = (
        b.create_block(),
        b.create_block(),
        b.create_block(),
        b.create_block(),
    );
    let x = b.append_params_for_signature(entry)[0];
    b.append_block_param(out, Type::I64);
    b.switch_to_block(entry);
    b.br_table(
        x,
        BlockCall::new(dflt, &[]),
        vec![BlockCall::new(c0, &[]), BlockCall::new(c1, &[])],
    );
    for (blk, k) in [(c0, 10), (c1, 11), (dflt, 99)] {
        b.switch_to_block(blk);
        let v = b.iconst(Type::I64, k);
        b.jump(out, &[v]);
    }
    b.switch_to_block(out);
    let v = b.block_params(out)[0];
    let neg = b.ineg(v);
    b.return_(&[v, neg]);
    b.finish();
    f
}

/// 12 parameters, 5 results: stack arguments and a return area in the
/// `tail` convention. Result k = sum of params * (k+1).
fn wide() -> Function {
    let mut f = Function::new("main.wide", go(12, 5), Linkage::Local);
    let mut b = FunctionBuilder::new(&mut f);
    let entry = b.create_block();
    let ps = b.append_params_for_signature(entry);
    b.switch_to_block(entry);
    let mut weighted = ps[0];
    for (i, &p) in ps.iter().enumerate().skip(1) {
        let w = b.iconst(Type::I64, i as i64 + 1);
        let t = b.imul(p, w);
        weighted = b.iadd(weighted, t);
    }
    let rs: Vec<Value> = (1..=5)
        .map(|k| {
            let kv = b.iconst(Type::I64, k);
            b.imul(weighted, kv)
        })
        .collect();
    b.return_(&rs);
    b.finish();
    f
}

fn gocc_main() -> Function {
    let mut f = Function::new(
        "gocc.main",
        Signature::new(vec![], vec![], CallConv::C),
        Linkage::Export,
    );
    f.annotations.push("entry point called from C".into());
    let pi = c_sig(vec![Type::I64]);
    let pf = c_sig(vec![Type::F64]);
    let ps = c_sig(vec![Type::I64, Type::I64]);
    let mut b = FunctionBuilder::new(&mut f);
    let entry = b.create_block();
    b.switch_to_block(entry);
    let twenty = b.iconst(Type::I64, 20);
    let r = b.call("main.fibIter", &go(1, 1), &[twenty])[0];
    b.call("print_i64", &pi, &[r]);
    let r = b.call("main.fibRec", &go(1, 1), &[twenty])[0];
    b.call("print_i64", &pi, &[r]);

    // String literal bytes from a read-only data object.
    let s = b.symbol_addr("go:string.0");
    let five = b.iconst(Type::I64, 5);
    b.call("print_str", &ps, &[s, five]);

    // Package-level variable (zeroed, writable): x = x + 7, twice.
    for _ in 0..2 {
        let x = b.symbol_addr("main.x");
        let v = b.load(Type::I64, x, 0);
        let seven = b.iconst(Type::I64, 7);
        let v2 = b.iadd(v, seven);
        b.store(v2, x, 0);
    }
    let x = b.symbol_addr("main.x");
    let v = b.load(Type::I64, x, 0);
    b.call("print_i64", &pi, &[v]);

    // Pointer in data to data: main.px = &main.x + 0.
    let px = b.symbol_addr("main.px");
    let p = b.load(Type::I64, px, 0);
    let v = b.load(Type::I64, p, 0);
    b.call("print_i64", &pi, &[v]);

    // Func value: closure object {&main.f·f}; call through it.
    let clo = b.symbol_addr("main.f·f.closure");
    let code = b.load(Type::I64, clo, 0);
    let k = b.iconst(Type::I64, 5);
    let r = b.call_indirect(&go(2, 1), code, &[clo, k])[0];
    b.call("print_i64", &pi, &[r]);

    // Stack slot, memcpy, memzero, method on a pointer.
    let slot = b.create_stack_slot(24, 8);
    let a = b.stack_addr(slot, 0);
    let c = b.stack_addr(slot, 8);
    let n = b.iconst(Type::I64, 14);
    b.store(n, a, 0);
    b.memcpy(c, a, 8, 8);
    b.memzero(a, 8, 8);
    let r = b.call("main.(*T).M", &go(1, 1), &[c])[0];
    b.call("print_i64", &pi, &[r]);
    let z = b.load(Type::I64, a, 0);
    b.call("print_i64", &pi, &[z]);

    // Two results and br_table.
    for k in [0, 1, 7] {
        let kv = b.iconst(Type::I64, k);
        let rs = b.call(
            "main.pair",
            &Signature::new(vec![Type::I64], vec![Type::I64; 2], CallConv::Go),
            &[kv],
        );
        let sum = b.imul(rs[0], rs[1]);
        b.call("print_i64", &pi, &[sum]);
    }

    // Narrow integers, conversions, floats, select.
    let m1 = b.iconst(Type::I8, -1);
    let w = b.sextend(Type::I64, m1);
    b.call("print_i64", &pi, &[w]);
    let w = b.uextend(Type::I64, m1);
    b.call("print_i64", &pi, &[w]);
    let h = b.f64const(2.5);
    let q = b.f64const(4.0);
    let prod = b.fmul(h, q);
    let i = b.fcvt_to_sint(Type::I64, prod);
    b.call("print_i64", &pi, &[i]);
    let nine = b.iconst(Type::I32, 9);
    let fl = b.fcvt_from_sint(Type::F64, nine);
    let d = b.fdiv(fl, q);
    b.call("print_f64", &pf, &[d]);
    let lt = b.fcmp(FloatCC::Lt, d, h);
    let (y, n) = (b.iconst(Type::I64, 111), b.iconst(Type::I64, 222));
    let sel = b.select(lt, y, n);
    b.call("print_i64", &pi, &[sel]);
    let one = b.iconst(Type::I64, 1);
    let sixty = b.iconst(Type::I64, 40);
    let sh = b.ishl(one, sixty);
    b.call("print_i64", &pi, &[sh]);

    // Many parameters/results (Go), SystemV with 8 args, two-word C
    // struct return, mixed float/int C args.
    let args: Vec<Value> = (1..=12).map(|i| b.iconst(Type::I64, i)).collect();
    let rs = b.call("main.wide", &go(12, 5), &args);
    for r in rs {
        b.call("print_i64", &pi, &[r]);
    }
    let args: Vec<Value> = (1..=8).map(|i| b.iconst(Type::I64, i)).collect();
    let s8 = Signature::new(vec![Type::I64; 8], vec![Type::I64], CallConv::C);
    let r = b.call("sum8", &s8, &args)[0];
    b.call("print_i64", &pi, &[r]);
    let k = b.iconst(Type::I64, 21);
    let two = Signature::new(vec![Type::I64], vec![Type::I64; 2], CallConv::C);
    let rs = b.call("c_pair", &two, &[k]);
    b.call("print_i64", &pi, &[rs[0]]);
    b.call("print_i64", &pi, &[rs[1]]);
    let fa = b.f32const(1.5);
    let fb = b.f64const(3.0);
    let ic = b.iconst(Type::I32, -2);
    let mix = Signature::new(
        vec![Type::F32, Type::F64, Type::I32],
        vec![Type::F64],
        CallConv::C,
    );
    let r = b.call("mixf", &mix, &[fa, fb, ic])[0];
    b.call("print_f64", &pf, &[r]);

    // Inline (13 bytes) and out-of-line (200 bytes) copies and clears:
    // fill a 200-byte slot with i, copy, clear a middle part, sum.
    let big = b.create_stack_slot(200, 8);
    let big2 = b.create_stack_slot(200, 8);
    let (p, q) = (b.stack_addr(big, 0), b.stack_addr(big2, 0));
    for i in 0..200 {
        let v = b.iconst(Type::I8, i);
        b.store(v, p, i as i32);
    }
    b.memcpy(q, p, 200, 8);
    let q3 = b.stack_addr(big2, 3);
    b.memzero(q3, 13, 1); // clears bytes 3..16
    let p50 = b.stack_addr(big, 50);
    b.memzero(p50, 150, 1); // clears bytes 50..200 of the source only
    let mut sum = b.iconst(Type::I64, 0);
    for i in 0..200 {
        let v = b.load(Type::I8, q, i);
        let w = b.uextend(Type::I64, v);
        sum = b.iadd(sum, w);
    }
    b.call("print_i64", &pi, &[sum]);
    let mut sum = b.iconst(Type::I64, 0);
    for i in 0..200 {
        let v = b.load(Type::I8, p, i);
        let w = b.uextend(Type::I64, v);
        sum = b.iadd(sum, w);
    }
    b.call("print_i64", &pi, &[sum]);
    let q100 = b.stack_addr(big2, 100);
    let p7 = b.stack_addr(big, 7);
    b.memcpy(q100, p7, 13, 1);
    let v = b.load(Type::I64, q100, 5);
    b.call("print_i64", &pi, &[v]);

    // A 64 KiB frame (stack probes): write the last byte, read it back.
    let huge = b.create_stack_slot(65536, 16);
    let h = b.stack_addr(huge, 65535);
    let k = b.iconst(Type::I8, 77);
    b.store(k, h, 0);
    let v = b.load(Type::I8, h, 0);
    let v = b.uextend(Type::I64, v);
    b.call("print_i64", &pi, &[v]);

    // A libc function (shared library): a direct call through the PLT.
    let m5 = b.iconst(Type::I64, -5);
    let labs = Signature::new(vec![Type::I64], vec![Type::I64], CallConv::C);
    let r = b.call("labs", &labs, &[m5])[0];
    b.call("print_i64", &pi, &[r]);
    b.return_(&[]);
    b.finish();
    f
}

fn test_module() -> Module {
    let mut m = Module::new();
    m.functions = vec![
        fib_iter(),
        fib_rec(),
        method(),
        closure_target(),
        two_results(),
        wide(),
        gocc_main(),
    ];
    m.data.push(DataObject {
        name: "go:string.0".into(),
        bytes: b"hello".to_vec(),
        relocs: vec![],
        align: 1,
        readonly: true,
        linkage: Linkage::Local,
    });
    m.data.push(DataObject {
        name: "main.x".into(),
        bytes: vec![0; 8],
        relocs: vec![],
        align: 8,
        readonly: false,
        linkage: Linkage::Local,
    });
    m.data.push(DataObject {
        name: "main.px".into(),
        bytes: vec![0; 8],
        relocs: vec![Reloc {
            offset: 0,
            symbol: "main.x".into(),
            addend: 0,
        }],
        align: 8,
        readonly: true,
        linkage: Linkage::Local,
    });
    m.data.push(DataObject {
        name: "main.f·f.closure".into(),
        bytes: vec![0; 8],
        relocs: vec![Reloc {
            offset: 0,
            symbol: "main.f·f".into(),
            addend: 0,
        }],
        align: 8,
        readonly: true,
        linkage: Linkage::Local,
    });
    m
}

const EXPECTED: &str = "6765\n6765\nhello\n14\n14\n105\n42\n0\n-100\n-121\n-9801\n-1\n255\n10\n2.25\n111\n1099511627776\n650\n1300\n1950\n2600\n3250\n204\n21\n42\n2.5\n19783\n1225\n1374179596971150604\n77\n5\n";

#[test]
fn hand_built_module_runs() {
    if !have_cc() {
        eprintln!("SKIPPED: no `cc` on this machine");
        return;
    }
    let m = test_module();
    verify_module(&m).unwrap_or_else(|e| panic!("{}\n{m}", e.join("\n")));
    for speed in [true, false] {
        let out = build_and_run(
            &format!("main-{speed}"),
            &m,
            &codegen::Options {
                opt_level_speed: speed,
            },
        );
        assert_eq!(out, EXPECTED, "opt_level_speed={speed}");
    }
    // The same program after inlining its leaf functions.
    let mut inlined = m.clone();
    assert!(ssa::passes::inline_leaf_functions(&mut inlined) >= 4);
    verify_module(&inlined).unwrap_or_else(|e| panic!("{}\n{inlined}", e.join("\n")));
    let out = build_and_run("inlined", &inlined, &codegen::Options::default());
    assert_eq!(out, EXPECTED, "after inlining");
}

#[test]
fn clif_text_shows_conventions() {
    let text = codegen::clif_text(&test_module(), &codegen::Options::default()).unwrap();
    assert!(
        text.contains("; main.fibRec\nfunction u0:1(i64) -> i64 tail {"),
        "{text}"
    );
    assert!(text.contains("; gocc.main\nfunction u0:"), "{text}");
    assert!(text.contains("system_v"), "{text}");
}

#[test]
fn symbol_names_survive() {
    let m = test_module();
    let obj = codegen::compile_module(&m, &codegen::Options::default()).unwrap();
    let dir = scratch("nm");
    let o = dir.join("prog.o");
    std::fs::write(&o, obj).unwrap();
    let syms = nm(&o);
    let _ = std::fs::remove_dir_all(&dir);
    let Some(syms) = syms else {
        eprintln!("SKIPPED: no `nm` on this machine");
        return;
    };
    for name in [
        "main.(*T).M",
        "main.f·f",
        "gocc.main",
        "main.f·f.closure",
        "go:string.0",
        "print_i64",
    ] {
        assert!(
            syms.lines()
                .any(|l| l.split_whitespace().last() == Some(name)),
            "{name} missing from:\n{syms}"
        );
    }
}
