//! The leaf-function inliner.

use ssa::*;

fn go(params: usize, results: usize) -> Signature {
    Signature::new(
        vec![Type::I64; params],
        vec![Type::I64; results],
        CallConv::Go,
    )
}

/// `abs(x)`: two blocks, two returns, a stack slot.
fn abs() -> Function {
    let mut f = Function::new("main.abs", go(1, 1), Linkage::Local);
    let mut b = FunctionBuilder::new(&mut f);
    let (entry, neg, pos) = (b.create_block(), b.create_block(), b.create_block());
    let x = b.append_params_for_signature(entry)[0];
    let slot = b.create_stack_slot(8, 8);
    b.switch_to_block(entry);
    let a = b.stack_addr(slot, 0);
    b.store(x, a, 0);
    let zero = b.iconst(Type::I64, 0);
    let c = b.icmp(IntCC::Slt, x, zero);
    b.brif(c, neg, &[], pos, &[]);
    b.switch_to_block(neg);
    let y = b.load(Type::I64, a, 0);
    let n = b.ineg(y);
    b.return_(&[n]);
    b.switch_to_block(pos);
    b.return_(&[x]);
    b.finish();
    f
}

/// `f(x, y) = abs(x) + abs(y) + g(x)`, where g is not a leaf.
fn caller() -> Function {
    let mut f = Function::new("main.f", go(2, 1), Linkage::Local);
    let mut b = FunctionBuilder::new(&mut f);
    let entry = b.create_block();
    let ps = b.append_params_for_signature(entry);
    b.switch_to_block(entry);
    let a = b.call("main.abs", &go(1, 1), &[ps[0]])[0];
    let c = b.call("main.abs", &go(1, 1), &[ps[1]])[0];
    let s = b.iadd(a, c);
    let g = b.call("main.g", &go(1, 1), &[s])[0];
    let r = b.iadd(s, g);
    b.return_(&[r]);
    b.finish();
    f
}

fn g() -> Function {
    let mut f = Function::new("main.g", go(1, 1), Linkage::Local);
    let mut b = FunctionBuilder::new(&mut f);
    let entry = b.create_block();
    let x = b.append_params_for_signature(entry)[0];
    b.switch_to_block(entry);
    let r = b.call("runtime.something", &go(1, 1), &[x])[0];
    b.return_(&[r]);
    b.finish();
    f
}

#[test]
fn leaf_calls_are_inlined() {
    let mut m = Module::new();
    m.functions = vec![abs(), caller(), g()];
    let n = passes::inline_leaf_functions(&mut m);
    assert_eq!(n, 2, "two calls of abs; g is not a leaf");
    verify_module(&m).unwrap_or_else(|e| panic!("{}\n{m}", e.join("\n")));
    let f = m.function("main.f").unwrap();
    let text = f.to_string();
    assert!(!text.contains("call main.abs"), "{text}");
    assert!(text.contains("call main.g"), "{text}");
    assert_eq!(f.stack_slots.len(), 2, "{text}");
    // Layout: block0, abs copy (3 blocks), continuation, abs copy, continuation.
    assert_eq!(f.layout.len(), 9, "{text}");
}

#[test]
fn optimize_respects_no_opt() {
    let mut m = Module::new();
    m.functions = vec![abs(), caller(), g()];
    let before = m.to_string();
    passes::optimize(&mut m, false);
    assert_eq!(m.to_string(), before);
}

#[test]
fn tail_thunk_is_created_once() {
    let mut m = Module::new();
    let sig = Signature::new(vec![Type::I64; 2], vec![], CallConv::C);
    let a = m.tail_thunk("runtime.panicIndex", &sig);
    let b = m.tail_thunk("runtime.panicIndex", &sig);
    assert_eq!(a, "runtime.panicIndex·tail");
    assert_eq!(a, b);
    assert_eq!(m.functions.len(), 1);
    verify_module(&m).unwrap();
    assert_eq!(
        m.to_string(),
        "func runtime.panicIndex·tail(i64, i64) go {\nblock0(v0: i64, v1: i64):\n    call runtime.panicIndex(v0, v1) : (i64, i64) c\n    return\n}\n"
    );
}

/// `inc(x) = x + 1`: one block.
fn inc() -> Function {
    let mut f = Function::new("main.inc", go(1, 1), Linkage::Local);
    let mut b = FunctionBuilder::new(&mut f);
    let entry = b.create_block();
    let x = b.append_params_for_signature(entry)[0];
    b.switch_to_block(entry);
    let one = b.iconst(Type::I64, 1);
    let r = b.iadd(x, one);
    b.return_(&[r]);
    b.finish();
    f
}

/// `h(x) = inc(inc(...inc(x)))`, `depth` calls in one block.
fn nested_incs(depth: usize) -> Function {
    let mut f = Function::new("main.h", go(1, 1), Linkage::Local);
    let mut b = FunctionBuilder::new(&mut f);
    let entry = b.create_block();
    let mut v = b.append_params_for_signature(entry)[0];
    b.switch_to_block(entry);
    for _ in 0..depth {
        v = b.call("main.inc", &go(1, 1), &[v])[0];
    }
    b.return_(&[v]);
    b.finish();
    f
}

#[test]
fn calls_of_one_block_are_inlined_in_source_order() {
    let mut m = Module::new();
    m.functions = vec![inc(), nested_incs(3)];
    assert_eq!(passes::inline_leaf_functions(&mut m), 3);
    verify_module(&m).unwrap_or_else(|e| panic!("{}\n{m}", e.join("\n")));
    let f = m.function("main.h").unwrap();
    // block0, then per call: the copy of inc's block and the continuation;
    // each block jumps to the next one in the layout.
    assert_eq!(f.layout.len(), 7, "{f}");
    for w in f.layout.windows(2) {
        assert_eq!(f.successors(w[0]), vec![w[1]], "{f}");
    }
}

#[test]
fn chains_of_inlined_calls_fuse_into_one_block() {
    // 10,000 nested calls: without fusion a chain of 20,001 blocks (a
    // dominator tree as deep, quadratic in Cranelift's egraph pass).
    let mut m = Module::new();
    m.functions = vec![inc(), nested_incs(10_000)];
    passes::optimize(&mut m, true);
    verify_module(&m).unwrap_or_else(|e| panic!("{}", e.join("\n")));
    let f = m.function("main.h").unwrap();
    assert_eq!(f.layout.len(), 1);
    let text = f.to_string();
    assert_eq!(text.matches("iadd").count(), 10_000);
    assert!(!text.contains("call"));
}

#[test]
fn fusion_keeps_blocks_with_several_predecessors() {
    // abs: entry branches to two returning blocks; nothing to fuse.
    let mut f = abs();
    assert_eq!(passes::fuse_straight_line_blocks(&mut f), 0);
    // In f = abs(x) + abs(y) + g(x) after inlining, each copy of abs has a
    // diamond whose join (the continuation) has two predecessors; the
    // caller's block jumps to each copy's entry (one predecessor): two
    // fusions.
    let mut m = Module::new();
    m.functions = vec![abs(), caller(), g()];
    passes::inline_leaf_functions(&mut m);
    let f = m.functions.iter_mut().find(|f| f.name == "main.f").unwrap();
    assert_eq!(passes::fuse_straight_line_blocks(f), 2);
    assert_eq!(f.layout.len(), 7);
    verify_module(&m).unwrap_or_else(|e| panic!("{}\n{m}", e.join("\n")));
}
