//! The clearing-loop idiom becomes a memclr call (passes::clear_loops_to_memclr).

use ssa::*;

/// `for i := 0; i < n; i++ { *(p + i*size) = 0 }` as ssagen lowers a
/// range loop; `extra` adds a second store (no longer the idiom).
fn clearing(size: i64, extra: bool) -> Function {
    let sig = Signature::new(vec![Type::I64; 2], vec![], CallConv::Go);
    let mut f = Function::new("main.clear", sig, Linkage::Local);
    let mut b = FunctionBuilder::new(&mut f);
    let entry = b.create_block();
    let ps = b.append_params_for_signature(entry);
    let (p, n) = (ps[0], ps[1]);
    let header = b.create_block();
    let i = b.append_block_param(header, Type::I64);
    let body = b.create_block();
    let latch = b.create_block();
    let exit = b.create_block();
    b.switch_to_block(entry);
    let zero = b.iconst(Type::I64, 0);
    b.jump(header, &[zero]);
    b.switch_to_block(header);
    let more = b.icmp(IntCC::Slt, i, n);
    b.brif(more, body, &[], exit, &[]);
    b.switch_to_block(body);
    let off = if size == 1 {
        i
    } else {
        let k = b.iconst(Type::I64, size);
        b.binary(BinaryOp::Imul, i, k)
    };
    let addr = b.binary(BinaryOp::Iadd, p, off);
    let ty = if size == 1 { Type::I8 } else { Type::I64 };
    let z = b.iconst(ty, 0);
    b.store(z, addr, 0);
    if extra {
        b.store(z, p, 0);
    }
    b.jump(latch, &[]);
    b.switch_to_block(latch);
    let one = b.iconst(Type::I64, 1);
    let next = b.binary(BinaryOp::Iadd, i, one);
    b.jump(header, &[next]);
    b.switch_to_block(exit);
    b.return_(&[]);
    b.seal_all_blocks();
    b.finish();
    f
}

fn run(size: i64, extra: bool) -> (usize, String) {
    let mut f = clearing(size, extra);
    verify_function(&f).unwrap_or_else(|e| panic!("{}\n{f}", e.join("\n")));
    let n = passes::clear_loops_to_memclr(&mut f);
    passes::remove_unreachable_blocks(&mut f);
    verify_function(&f).unwrap_or_else(|e| panic!("{}\n{f}", e.join("\n")));
    (n, f.to_string())
}

#[test]
fn byte_loop_becomes_memclr() {
    let (n, text) = run(1, false);
    assert_eq!(n, 1, "{text}");
    assert!(
        text.contains("call runtime.memclrNoHeapPointers(v0, v1)"),
        "{text}"
    );
    assert!(!text.contains("store"), "{text}");
    assert!(
        text.contains("icmp.i64 sgt v1"),
        "cleared only when n > 0: {text}"
    );
}

#[test]
fn word_loop_clears_n_times_size() {
    let (n, text) = run(8, false);
    assert_eq!(n, 1, "{text}");
    assert!(text.contains("imul.i64 v1"), "{text}");
    assert!(
        text.contains("call runtime.memclrNoHeapPointers(v0, "),
        "{text}"
    );
}

#[test]
fn other_loops_stay() {
    let (n, text) = run(1, true);
    assert_eq!(n, 0, "{text}");
    assert!(text.contains("store"), "{text}");
}
