//! Bounds-check panics get their operands in stack slots
//! (passes::panic_args_on_stack).

use ssa::*;

/// `if i >=u n { panicIndex(i, n) }; return i`, plus a non-cold call of
/// panicIndex that must stay as it is.
fn checked(cold: bool) -> Function {
    let sig = Signature::new(vec![Type::I64; 2], vec![Type::I64], CallConv::Go);
    let mut f = Function::new("main.at", sig, Linkage::Local);
    let mut b = FunctionBuilder::new(&mut f);
    let entry = b.create_block();
    let ps = b.append_params_for_signature(entry);
    let (i, n) = (ps[0], ps[1]);
    let panic_blk = b.create_block();
    let ok = b.create_block();
    b.switch_to_block(entry);
    let bad = b.icmp(IntCC::Uge, i, n);
    b.brif(bad, panic_blk, &[], ok, &[]);
    b.switch_to_block(panic_blk);
    if cold {
        b.set_cold_block(panic_blk);
    }
    let psig = Signature::new(vec![Type::I64, Type::I64], vec![], CallConv::C);
    b.call("runtime.panicIndex", &psig, &[i, n]);
    b.unreachable();
    b.switch_to_block(ok);
    b.return_(&[i]);
    b.seal_all_blocks();
    b.finish();
    f
}

#[test]
fn cold_panic_call_uses_stack_arguments() {
    let mut f = checked(true);
    assert_eq!(passes::panic_args_on_stack(&mut f), 1);
    verify_function(&f).unwrap_or_else(|e| panic!("{}\n{f}", e.join("\n")));
    let text = f.to_string();
    let want = "\
block1 cold:
    v3 = iconst.i64 0
    call runtime.panicIndexS(v3, v3, v3, v3, v3, v3, v0, v1) : (i64, i64, i64, i64, i64, i64, i64, i64) c
";
    assert!(text.contains(want), "{text}");
}

#[test]
fn calls_outside_cold_blocks_stay() {
    let mut f = checked(false);
    let before = f.to_string();
    assert_eq!(passes::panic_args_on_stack(&mut f), 0);
    assert_eq!(f.to_string(), before);
}
