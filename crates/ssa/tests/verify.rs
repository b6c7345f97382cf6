//! The verifier rejects malformed functions with readable messages.

use ssa::*;

fn sig(params: usize, results: usize) -> Signature {
    Signature::new(
        vec![Type::I64; params],
        vec![Type::I64; results],
        CallConv::Go,
    )
}

fn errors(f: &Function) -> String {
    verify_function(f).err().unwrap_or_default().join("\n")
}

#[test]
fn unterminated_block() {
    let mut f = Function::new("main.f", sig(0, 0), Linkage::Local);
    let b = f.create_block();
    f.append_inst(
        b,
        InstData::Iconst {
            ty: Type::I64,
            imm: 1,
        },
    );
    assert!(
        errors(&f).contains("does not end with a terminator"),
        "{}",
        errors(&f)
    );
}

#[test]
fn branch_argument_mismatch() {
    let mut f = Function::new("main.f", sig(1, 0), Linkage::Local);
    let mut b = FunctionBuilder::new(&mut f);
    let (entry, next) = (b.create_block(), b.create_block());
    let x = b.append_params_for_signature(entry)[0];
    b.append_block_param(next, Type::I32);
    b.switch_to_block(entry);
    b.jump(next, &[x]);
    b.switch_to_block(next);
    b.return_(&[]);
    b.finish();
    let e = errors(&f);
    assert!(
        e.contains("main.f block0: branch to block1 passes (i64) but it takes (i32)"),
        "{e}"
    );
}

#[test]
fn return_and_call_types() {
    let mut f = Function::new("main.f", sig(1, 1), Linkage::Local);
    let mut b = FunctionBuilder::new(&mut f);
    let entry = b.create_block();
    let x = b.append_params_for_signature(entry)[0];
    b.switch_to_block(entry);
    let small = b.ireduce(Type::I32, x);
    b.call("main.g", &sig(1, 0), &[small]);
    let bad = b.iadd(x, small);
    b.return_(&[small]);
    let _ = bad;
    b.finish();
    let e = errors(&f);
    assert!(
        e.contains("call arguments (i32) do not match (i64) go"),
        "{e}"
    );
    assert!(e.contains("iadd operands i64 and i32 differ"), "{e}");
    assert!(
        e.contains("return (i32) but the signature is (i64) -> i64 go"),
        "{e}"
    );
}

#[test]
fn use_not_dominated() {
    let mut f = Function::new("main.f", sig(1, 1), Linkage::Local);
    let mut b = FunctionBuilder::new(&mut f);
    let (entry, left, right, join) = (
        b.create_block(),
        b.create_block(),
        b.create_block(),
        b.create_block(),
    );
    let x = b.append_params_for_signature(entry)[0];
    b.switch_to_block(entry);
    b.brif(x, left, &[], right, &[]);
    b.switch_to_block(left);
    let y = b.iadd(x, x);
    b.jump(join, &[]);
    b.switch_to_block(right);
    b.jump(join, &[]);
    b.switch_to_block(join);
    b.return_(&[y]); // y is only defined on one path
    b.finish();
    let e = errors(&f);
    assert!(
        e.contains("block3: use of v1 not dominated by its definition"),
        "{e}"
    );
}

#[test]
fn module_rules() {
    let mut m = Module::new();
    for _ in 0..2 {
        let mut f = Function::new("main.f", sig(0, 0), Linkage::Local);
        let mut b = FunctionBuilder::new(&mut f);
        let entry = b.create_block();
        b.switch_to_block(entry);
        b.call("main.f", &sig(1, 0), &[]);
        b.return_(&[]);
        b.finish();
        m.functions.push(f);
    }
    let e = verify_module(&m).err().unwrap_or_default().join("\n");
    assert!(e.contains("symbol main.f defined twice"), "{e}");
    assert!(
        e.contains("call to main.f with signature (i64) go, but it is declared () go"),
        "{e}"
    );
}

#[test]
fn try_call_needs_go_callee() {
    let mut f = Function::new("main.f", sig(0, 0), Linkage::Local);
    let mut b = FunctionBuilder::new(&mut f);
    let (entry, normal, landing) = (b.create_block(), b.create_block(), b.create_block());
    b.switch_to_block(entry);
    let c_sig = Signature::new(vec![], vec![], CallConv::C);
    b.try_call(
        Callee::Direct("rt".into()),
        &c_sig,
        &[],
        normal,
        landing,
        &[],
    );
    for blk in [normal, landing] {
        b.switch_to_block(blk);
        b.return_(&[]);
    }
    b.finish();
    let e = errors(&f);
    assert!(
        e.contains("try_call callee must use the go convention"),
        "{e}"
    );
}
