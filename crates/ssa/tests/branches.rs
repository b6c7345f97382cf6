//! Folding of branches decided by dominating branches.

use ssa::*;

fn go(params: usize, results: usize) -> Signature {
    Signature::new(
        vec![Type::I64; params],
        vec![Type::I64; results],
        CallConv::Go,
    )
}

/// `p.a + p.b + p.c` with a nil check before each load, sharing one
/// cold panic block; then `if i < n` twice (second as `n > i`).
fn checks() -> Function {
    let mut f = Function::new("main.sum3", go(3, 1), Linkage::Local);
    let mut b = FunctionBuilder::new(&mut f);
    let entry = b.create_block();
    let panic_blk = b.create_block();
    let ps = b.append_params_for_signature(entry);
    let (p, i, n) = (ps[0], ps[1], ps[2]);
    b.switch_to_block(entry);
    let mut sum = b.iconst(Type::I64, 0);
    for off in [0, 8, 16] {
        let zero = b.iconst(Type::I64, 0);
        let isnil = b.icmp(IntCC::Eq, p, zero);
        let ok = b.create_block();
        b.brif(isnil, panic_blk, &[], ok, &[]);
        b.seal_block(ok);
        b.switch_to_block(ok);
        let v = b.load(Type::I64, p, off);
        sum = b.iadd(sum, v);
    }
    let (t1, e1) = (b.create_block(), b.create_block());
    let c1 = b.icmp(IntCC::Slt, i, n);
    b.brif(c1, t1, &[], e1, &[]);
    b.seal_block(t1);
    b.seal_block(e1);
    b.switch_to_block(e1);
    b.return_(&[sum]);
    b.switch_to_block(t1);
    let (t2, e2) = (b.create_block(), b.create_block());
    let c2 = b.icmp(IntCC::Sgt, n, i);
    b.brif(c2, t2, &[], e2, &[]);
    b.seal_block(t2);
    b.seal_block(e2);
    b.switch_to_block(t2);
    b.return_(&[i]);
    b.switch_to_block(e2);
    b.return_(&[n]);
    b.switch_to_block(panic_blk);
    b.seal_block(panic_blk);
    b.set_cold_block(panic_blk);
    b.call(
        "runtime.panicmem",
        &Signature::new(vec![], vec![], CallConv::C),
        &[],
    );
    b.unreachable();
    b.finish();
    f
}

#[test]
fn repeated_checks_fold() {
    let mut f = checks();
    verify_function(&f).unwrap();
    let n = passes::fold_dominated_branches(&mut f);
    assert_eq!(n, 3, "two repeated nil checks and the swapped i < n\n{f}");
    passes::remove_unreachable_blocks(&mut f);
    verify_function(&f).unwrap_or_else(|e| panic!("{}\n{f}", e.join("\n")));
    let text = f.to_string();
    assert_eq!(text.matches("brif").count(), 2, "{text}");
    assert!(
        !text.contains("return v2\n"),
        "e2 (return n) is unreachable: {text}"
    );
}

/// A condition known only on one incoming path must not be used at a
/// join.
#[test]
fn join_is_not_folded() {
    let mut f = Function::new("main.j", go(1, 1), Linkage::Local);
    let mut b = FunctionBuilder::new(&mut f);
    let (entry, a, join, t, e) = (
        b.create_block(),
        b.create_block(),
        b.create_block(),
        b.create_block(),
        b.create_block(),
    );
    let x = b.append_params_for_signature(entry)[0];
    b.switch_to_block(entry);
    let zero = b.iconst(Type::I64, 0);
    let c = b.icmp(IntCC::Eq, x, zero);
    b.brif(c, a, &[], join, &[]);
    b.switch_to_block(a);
    b.jump(join, &[]);
    b.switch_to_block(join);
    let c2 = b.icmp(IntCC::Eq, x, zero);
    b.brif(c2, t, &[], e, &[]);
    b.switch_to_block(t);
    b.return_(&[x]);
    b.switch_to_block(e);
    b.return_(&[zero]);
    b.finish();
    assert_eq!(passes::fold_dominated_branches(&mut f), 0, "{f}");
}
