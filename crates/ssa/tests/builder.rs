//! SSA construction through the builder, checked via the printed text.

use ssa::*;

fn go_sig(params: usize, results: usize) -> Signature {
    Signature::new(
        vec![Type::I64; params],
        vec![Type::I64; results],
        CallConv::Go,
    )
}

/// `func sum(n int) int { s := 0; for i := 0; i < n; i++ { s += i }; return s }`
fn build_sum() -> Function {
    let mut func = Function::new("main.sum", go_sig(1, 1), Linkage::Local);
    let mut b = FunctionBuilder::new(&mut func);
    let entry = b.create_block();
    let header = b.create_block();
    let body = b.create_block();
    let exit = b.create_block();
    let n = b.append_params_for_signature(entry)[0];
    let (i, s) = (b.declare_var(Type::I64), b.declare_var(Type::I64));

    b.switch_to_block(entry);
    let zero = b.iconst(Type::I64, 0);
    b.def_var(i, zero);
    b.def_var(s, zero);
    b.jump(header, &[]);

    b.switch_to_block(header);
    let iv = b.use_var(i);
    let c = b.icmp(IntCC::Slt, iv, n);
    b.brif(c, body, &[], exit, &[]);
    b.seal_block(body);

    b.switch_to_block(body);
    let (sv, iv) = (b.use_var(s), b.use_var(i));
    let s2 = b.iadd(sv, iv);
    b.def_var(s, s2);
    let one = b.iconst(Type::I64, 1);
    let i2 = b.iadd(iv, one);
    b.def_var(i, i2);
    b.jump(header, &[]);
    b.seal_block(header);

    b.switch_to_block(exit);
    b.seal_block(exit);
    let sv = b.use_var(s);
    b.return_(&[sv]);
    b.finish();
    func
}

#[test]
fn loop_variables_become_block_params() {
    let func = build_sum();
    verify_function(&func).unwrap();
    let expected = "\
func main.sum(i64) -> i64 go {
block0(v0: i64):
    v1 = iconst.i64 0
    jump block1(v1, v1)
block1(v2: i64, v4: i64):
    v3 = icmp.i64 slt v2, v0
    brif v3, block2, block3
block2:
    v5 = iadd.i64 v4, v2
    v6 = iconst.i64 1
    v7 = iadd.i64 v2, v6
    jump block1(v7, v5)
block3:
    return v4
}
";
    assert_eq!(func.to_string(), expected);
}

/// A variable assigned in only one arm of an `if` gets a parameter at the
/// join; one assigned in neither does not (trivial parameter removed).
#[test]
fn join_params_and_trivial_removal() {
    let mut func = Function::new("main.abs", go_sig(1, 1), Linkage::Local);
    let mut b = FunctionBuilder::new(&mut func);
    let entry = b.create_block();
    let neg = b.create_block();
    let join = b.create_block();
    let x = b.append_params_for_signature(entry)[0];
    let (r, k) = (b.declare_var(Type::I64), b.declare_var(Type::I64));
    b.switch_to_block(entry);
    b.def_var(r, x);
    let seven = b.iconst(Type::I64, 7);
    b.def_var(k, seven);
    let zero = b.iconst(Type::I64, 0);
    let c = b.icmp(IntCC::Slt, x, zero);
    b.brif(c, neg, &[], join, &[]);
    b.seal_block(neg);
    b.switch_to_block(neg);
    let m = b.ineg(x);
    b.def_var(r, m);
    b.jump(join, &[]);
    b.seal_block(join);
    b.switch_to_block(join);
    let rv = b.use_var(r);
    let kv = b.use_var(k);
    let sum = b.iadd(rv, kv);
    b.return_(&[sum]);
    b.finish();
    verify_function(&func).unwrap();
    let text = func.to_string();
    assert!(text.contains("brif v3, block1, block2(v0)"), "{text}");
    assert!(text.contains("jump block2(v4)"), "{text}");
    assert!(text.contains("block2(v5: i64):"), "{text}");
    assert!(text.contains("v7 = iadd.i64 v5, v1"), "{text}");
    assert_eq!(func.block_params(Block(2)).len(), 1, "{text}");
}

/// Code after a terminator goes to a fresh unreachable block, which
/// `finish` drops; the builder does not panic.
#[test]
fn code_after_return_is_dropped() {
    let mut func = Function::new("main.f", go_sig(0, 1), Linkage::Local);
    let mut b = FunctionBuilder::new(&mut func);
    let entry = b.create_block();
    let v = b.declare_var(Type::I64);
    b.switch_to_block(entry);
    let one = b.iconst(Type::I64, 1);
    b.def_var(v, one);
    b.return_(&[one]);
    assert!(b.is_terminated());
    let x = b.use_var(v); // unreachable: reads as zero
    b.return_(&[x]);
    b.finish();
    verify_function(&func).unwrap();
    assert_eq!(
        func.to_string(),
        "func main.f() -> i64 go {\nblock0:\n    v0 = iconst.i64 1\n    return v0\n}\n"
    );
}

/// A variable read in the (implicitly sealed) entry block before any
/// definition is zero, not an entry-block parameter.
#[test]
fn undefined_variable_reads_zero() {
    let mut func = Function::new("main.g", go_sig(0, 1), Linkage::Local);
    let mut b = FunctionBuilder::new(&mut func);
    let entry = b.create_block();
    let v = b.declare_var(Type::F64);
    b.switch_to_block(entry);
    let x = b.use_var(v);
    let i = b.fcvt_to_sint(Type::I64, x);
    b.return_(&[i]);
    b.finish();
    verify_function(&func).unwrap();
    assert!(func.to_string().contains("v0 = fconst.f64 0.0"));
}

/// try_call: results arrive as the normal block's parameters; variables
/// live into the landing pad become landing-pad parameters.
#[test]
fn try_call_edges_carry_variables() {
    let mut func = Function::new("main.h", go_sig(1, 1), Linkage::Local);
    let mut b = FunctionBuilder::new(&mut func);
    let entry = b.create_block();
    let normal = b.create_block();
    let normal2 = b.create_block();
    let landing = b.create_block();
    let x = b.append_params_for_signature(entry)[0];
    let v = b.declare_var(Type::I64);
    b.switch_to_block(entry);
    b.def_var(v, x);
    let sig = go_sig(1, 1);
    let r = b.try_call(
        Callee::Direct("main.g".into()),
        &sig,
        &[x],
        normal,
        landing,
        &[],
    );
    b.seal_block(normal);
    b.switch_to_block(normal);
    b.def_var(v, r[0]);
    let r2 = b.try_call(
        Callee::Direct("main.g".into()),
        &sig,
        &[r[0]],
        normal2,
        landing,
        &[],
    );
    b.seal_block(normal2);
    b.seal_block(landing);
    b.switch_to_block(normal2);
    b.return_(&r2);
    b.switch_to_block(landing);
    let lv = b.use_var(v);
    b.return_(&[lv]);
    b.finish();
    verify_function(&func).unwrap();
    let text = func.to_string();
    assert!(
        text.contains("try_call main.g(v0) : (i64) -> i64 go, block1, landing block3(v0)"),
        "{text}"
    );
    assert!(text.contains("block3(v3: i64):"), "{text}");
}

/// 20000 `if`s in a row: `x` changes in every `then`, `k` never does. The
/// lookup must not overflow the stack, and `k` must get no parameters.
#[test]
fn long_chain_of_joins() {
    const N: usize = 20_000;
    let mut func = Function::new("main.big", go_sig(1, 1), Linkage::Local);
    let mut b = FunctionBuilder::new(&mut func);
    let entry = b.create_block();
    let p = b.append_params_for_signature(entry)[0];
    let (x, k) = (b.declare_var(Type::I64), b.declare_var(Type::I64));
    b.switch_to_block(entry);
    b.def_var(x, p);
    b.def_var(k, p);
    for _ in 0..N {
        let (then, join) = (b.create_block(), b.create_block());
        let xv = b.use_var(x);
        b.brif(xv, then, &[], join, &[]);
        b.seal_block(then);
        b.switch_to_block(then);
        let one = b.iconst(Type::I64, 1);
        let xv = b.use_var(x);
        let x2 = b.isub(xv, one);
        b.def_var(x, x2);
        b.jump(join, &[]);
        b.seal_block(join);
        b.switch_to_block(join);
    }
    let (xv, kv) = (b.use_var(x), b.use_var(k));
    let r = b.iadd(xv, kv);
    b.return_(&[r]);
    b.finish();
    verify_function(&func).unwrap();
    let params: usize = func
        .layout
        .iter()
        .map(|&bl| func.block_params(bl).len())
        .sum();
    assert_eq!(params, N + 1, "one x parameter per join, plus the entry");
}

/// Reading a variable first at the very end of a long chain of joins
/// that never touch it (the deep lookup case).
#[test]
fn deep_lookup_through_joins() {
    const N: usize = 20_000;
    let mut func = Function::new("main.deep", go_sig(1, 1), Linkage::Local);
    let mut b = FunctionBuilder::new(&mut func);
    let entry = b.create_block();
    let p = b.append_params_for_signature(entry)[0];
    let k = b.declare_var(Type::I64);
    b.switch_to_block(entry);
    b.def_var(k, p);
    for _ in 0..N {
        let (then, join) = (b.create_block(), b.create_block());
        b.brif(p, then, &[], join, &[]);
        b.seal_block(then);
        b.switch_to_block(then);
        b.jump(join, &[]);
        b.seal_block(join);
        b.switch_to_block(join);
    }
    let kv = b.use_var(k);
    b.return_(&[kv]);
    b.finish();
    verify_function(&func).unwrap();
    let params: usize = func
        .layout
        .iter()
        .map(|&bl| func.block_params(bl).len())
        .sum();
    assert_eq!(params, 1, "only the entry parameter is left");
    assert!(func.to_string().ends_with("    return v0\n}\n"));
}
