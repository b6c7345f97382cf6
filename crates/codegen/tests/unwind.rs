//! `try_call` end to end: a panic raised three frames down is caught by
//! the landing pad of a `try_call`, using the call-site table that
//! `compile_module_with` hands out (emitted as a data object) and a tiny
//! frame-pointer unwinder written in C — the mechanism of issue #3 in
//! miniature. Skips (visibly) without `cc`.

use std::process::Command;

use ssa::*;

const C_SIDE: &str = r#"
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
struct ent { uint64_t func; uint32_t ret, handler, frame, pad; };
extern struct { uint64_t n; struct ent e[]; } exctab __asm__("gocc.exctab");
extern void gocc_main(void) __asm__("gocc.main");
static uint64_t *entry_fp;
int64_t last_panic;
void test_set_entry_fp(uint64_t *fp) { entry_fp = fp; }
void print_i64(int64_t x) { printf("%lld\n", (long long)x); fflush(stdout); }
/* fp: frame pointer of the Go thunk that called us. Each frame holds
   [saved caller fp, return address into the caller]. */
void test_gopanic(int64_t v, uint64_t *fp) {
    last_panic = v;
    for (uint64_t *cur = fp; cur && cur != entry_fp; cur = (uint64_t *)cur[0]) {
        uint64_t ret = cur[1];
        uint64_t *caller_fp = (uint64_t *)cur[0];
        for (uint64_t i = 0; i < exctab.n; i++) {
            struct ent *e = &exctab.e[i];
            if (e->func + e->ret == ret) {
                uint64_t sp = (uint64_t)caller_fp - e->frame;
                uint64_t target = e->func + e->handler;
                __asm__ volatile("mov %0, %%rsp\n\tmov %1, %%rbp\n\tjmp *%2"
                                 :: "a"(sp), "d"(caller_fp), "c"(target) : "memory");
            }
        }
    }
    printf("panic: %lld (unrecovered)\n", (long long)v);
    exit(2);
}
int main(void) { gocc_main(); return 0; }
"#;

fn go(params: usize, results: usize) -> Signature {
    Signature::new(
        vec![Type::I64; params],
        vec![Type::I64; results],
        CallConv::Go,
    )
}

fn c(params: usize) -> Signature {
    Signature::new(vec![Type::I64; params], vec![], CallConv::C)
}

/// `main.panicThunk(v)`: hands its frame pointer to the C unwinder.
fn thunk() -> Function {
    let mut f = Function::new("main.panicThunk", go(1, 0), Linkage::Local);
    let mut b = FunctionBuilder::new(&mut f);
    let entry = b.create_block();
    let v = b.append_params_for_signature(entry)[0];
    b.switch_to_block(entry);
    let fp = b.frame_pointer();
    b.call("test_gopanic", &c(2), &[v, fp]);
    b.unreachable();
    b.finish();
    f
}

/// `main.thrower(x)`: panics with x*10 when x > 5, else returns x + 1.
fn thrower() -> Function {
    let mut f = Function::new("main.thrower", go(1, 1), Linkage::Local);
    let mut b = FunctionBuilder::new(&mut f);
    let (entry, pan, ok) = (b.create_block(), b.create_block(), b.create_block());
    let x = b.append_params_for_signature(entry)[0];
    b.switch_to_block(entry);
    let five = b.iconst(Type::I64, 5);
    let big = b.icmp(IntCC::Sgt, x, five);
    b.brif(big, pan, &[], ok, &[]);
    b.switch_to_block(pan);
    let ten = b.iconst(Type::I64, 10);
    let v = b.imul(x, ten);
    b.call("main.panicThunk", &go(1, 0), &[v]);
    b.unreachable();
    b.switch_to_block(ok);
    let one = b.iconst(Type::I64, 1);
    let r = b.iadd(x, one);
    b.return_(&[r]);
    b.finish();
    f
}

/// `main.mid(x) = thrower(x) + 100` with a plain call.
fn mid() -> Function {
    let mut f = Function::new("main.mid", go(1, 1), Linkage::Local);
    let mut b = FunctionBuilder::new(&mut f);
    let entry = b.create_block();
    let x = b.append_params_for_signature(entry)[0];
    b.switch_to_block(entry);
    let r = b.call("main.thrower", &go(1, 1), &[x])[0];
    let k = b.iconst(Type::I64, 100);
    let r = b.iadd(r, k);
    b.return_(&[r]);
    b.finish();
    f
}

/// `main.catcher(x)`: y := x*3 lives in a variable; `try_call mid(x)`;
/// normally returns the result + y, after a panic returns -1000 - y.
/// With `indirect`, the `try_call` goes through `main.mid`'s address.
fn catcher(name: &str, indirect: bool) -> Function {
    let mut f = Function::new(name, go(1, 1), Linkage::Local);
    let mut b = FunctionBuilder::new(&mut f);
    let (entry, normal, landing) = (b.create_block(), b.create_block(), b.create_block());
    let x = b.append_params_for_signature(entry)[0];
    let y = b.declare_var(Type::I64);
    b.switch_to_block(entry);
    let three = b.iconst(Type::I64, 3);
    let yv = b.imul(x, three);
    b.def_var(y, yv);
    let callee = if indirect {
        Callee::Indirect(b.symbol_addr("main.mid"))
    } else {
        Callee::Direct("main.mid".into())
    };
    let r = b.try_call(callee, &go(1, 1), &[x], normal, landing, &[]);
    b.seal_block(normal);
    b.seal_block(landing);
    b.switch_to_block(normal);
    let yv = b.use_var(y);
    let s = b.iadd(r[0], yv);
    b.return_(&[s]);
    b.switch_to_block(landing);
    let yv = b.use_var(y);
    let base = b.iconst(Type::I64, -1000);
    let s = b.isub(base, yv);
    b.return_(&[s]);
    b.finish();
    f
}

fn entry() -> Function {
    let sig = Signature::new(vec![], vec![], CallConv::C);
    let mut f = Function::new("gocc.main", sig, Linkage::Export);
    let mut b = FunctionBuilder::new(&mut f);
    let entry = b.create_block();
    b.switch_to_block(entry);
    let fp = b.frame_pointer();
    b.call("test_set_entry_fp", &c(1), &[fp]);
    for x in [1, 9, 2, 8] {
        let xv = b.iconst(Type::I64, x);
        for name in ["main.catcher", "main.catcherIndirect"] {
            let r = b.call(name, &go(1, 1), &[xv])[0];
            b.call("print_i64", &c(1), &[r]);
        }
    }
    b.return_(&[]);
    b.finish();
    f
}

#[test]
fn try_call_landing_pad_catches_panic() {
    let mut m = Module::new();
    m.functions = vec![
        thunk(),
        thrower(),
        mid(),
        catcher("main.catcher", false),
        catcher("main.catcherIndirect", true),
        entry(),
    ];
    verify_module(&m).unwrap_or_else(|e| panic!("{}\n{m}", e.join("\n")));
    for speed in [true, false] {
        let mut handler_sites = 0;
        let obj = codegen::compile_module_with(
            &m,
            &codegen::Options {
                opt_level_speed: speed,
            },
            &mut |sites| {
                handler_sites = sites
                    .iter()
                    .flat_map(|f| &f.sites)
                    .filter(|s| !s.handler_offsets.is_empty())
                    .count();
                vec![codegen::call_site_table("gocc.exctab", sites)]
            },
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(handler_sites, 2, "two try_calls, two handler sites");
        if !Command::new("cc")
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
        {
            eprintln!("SKIPPED: no `cc` on this machine");
            return;
        }
        let dir = std::env::temp_dir().join(format!(
            "gocc-codegen-unwind-{}-{speed}",
            std::process::id()
        ));
        std::fs::create_dir_all(&dir).unwrap();
        let (o, cfile, exe) = (dir.join("p.o"), dir.join("rt.c"), dir.join("p"));
        std::fs::write(&o, obj).unwrap();
        std::fs::write(&cfile, C_SIDE).unwrap();
        let st = Command::new("cc")
            .arg(&cfile)
            .arg(&o)
            .arg("-o")
            .arg(&exe)
            .status()
            .unwrap();
        assert!(st.success(), "link failed");
        let out = Command::new(&exe).output().unwrap();
        let _ = std::fs::remove_dir_all(&dir);
        assert!(out.status.success(), "{out:?}");
        // x=1: 2+100+3; x=9: -1000-27; x=2: 3+100+6; x=8: -1000-24.
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            "105\n105\n-1027\n-1027\n109\n109\n-1024\n-1024\n",
            "opt_level_speed={speed}"
        );
    }
}
