//! Bounds-check elimination in counted loops (passes::eliminate_bounds_checks).

use ssa::*;

/// How the loop variable starts and steps, and which length the check
/// uses.
struct Loop {
    /// `Some(c)`: starts at the constant `c`; `None`: at parameter `lo`.
    start: Option<i64>,
    step: i64,
    /// Check against the loop bound `n` (true) or another length `m`.
    same_len: bool,
}

/// ```text
/// func sum(p, lo, n, m) { for j := start; j < n; j += step { sum += p[j] (checked) } }
/// ```
/// built the way ssagen lowers it: header block with `j` as a parameter,
/// `icmp slt j, n`, body with `icmp uge j, len` to a cold panic block.
fn counted_loop(l: &Loop) -> Function {
    let sig = Signature::new(vec![Type::I64; 4], vec![Type::I64], CallConv::Go);
    let mut f = Function::new("main.sum", sig, Linkage::Local);
    let mut b = FunctionBuilder::new(&mut f);
    let entry = b.create_block();
    let ps = b.append_params_for_signature(entry);
    let (p, lo, n, m) = (ps[0], ps[1], ps[2], ps[3]);
    let header = b.create_block();
    let j = b.append_block_param(header, Type::I64);
    let acc = b.append_block_param(header, Type::I64);
    let body = b.create_block();
    let panic_blk = b.create_block();
    let ok = b.create_block();
    let exit = b.create_block();

    b.switch_to_block(entry);
    let init = match l.start {
        Some(c) => b.iconst(Type::I64, c),
        None => lo,
    };
    let zero = b.iconst(Type::I64, 0);
    b.jump(header, &[init, zero]);

    b.switch_to_block(header);
    let more = b.icmp(IntCC::Slt, j, n);
    b.brif(more, body, &[], exit, &[]);

    b.switch_to_block(body);
    let len = if l.same_len { n } else { m };
    let bad = b.icmp(IntCC::Uge, j, len);
    b.brif(bad, panic_blk, &[], ok, &[]);

    b.switch_to_block(panic_blk);
    b.set_cold_block(panic_blk);
    let psig = Signature::new(vec![Type::I64, Type::I64], vec![], CallConv::C);
    b.call("runtime.panicIndex", &psig, &[j, len]);
    b.unreachable();

    b.switch_to_block(ok);
    let addr = b.binary(BinaryOp::Iadd, p, j);
    let x = b.load(Type::I64, addr, 0);
    let acc2 = b.binary(BinaryOp::Iadd, acc, x);
    let step = b.iconst(Type::I64, l.step);
    let next = b.binary(BinaryOp::Iadd, j, step);
    b.jump(header, &[next, acc2]);

    b.switch_to_block(exit);
    b.return_(&[acc]);
    b.seal_all_blocks();
    b.finish();
    f
}

fn run(l: &Loop) -> (usize, String) {
    let mut f = counted_loop(l);
    verify_function(&f).unwrap_or_else(|e| panic!("{}\n{f}", e.join("\n")));
    let before = f.to_string();
    let n = passes::eliminate_bounds_checks(&mut f);
    passes::remove_unreachable_blocks(&mut f);
    verify_function(&f).unwrap_or_else(|e| panic!("{}\n{f}", e.join("\n")));
    let after = f.to_string();
    assert_eq!(n > 0, before != after);
    (n, after)
}

#[test]
fn check_dominated_by_loop_condition_goes() {
    let (n, after) = run(&Loop {
        start: Some(0),
        step: 1,
        same_len: true,
    });
    assert_eq!(n, 1, "{after}");
    assert!(!after.contains("panicIndex"), "{after}");
    assert_eq!(
        after.matches("brif").count(),
        1,
        "only the loop test: {after}"
    );
}

#[test]
fn negative_start_keeps_the_check() {
    // j may start below zero: j < n does not make j <u n.
    for start in [None, Some(-1)] {
        let (n, after) = run(&Loop {
            start,
            step: 1,
            same_len: true,
        });
        assert_eq!(n, 0, "{after}");
        assert!(after.contains("panicIndex"), "{after}");
    }
}

#[test]
fn larger_step_keeps_the_check() {
    // j += 2 may wrap around past the largest int to a negative index.
    let (n, after) = run(&Loop {
        start: Some(0),
        step: 2,
        same_len: true,
    });
    assert_eq!(n, 0, "{after}");
}

#[test]
fn other_length_keeps_the_check() {
    let (n, after) = run(&Loop {
        start: Some(0),
        step: 1,
        same_len: false,
    });
    assert_eq!(n, 0, "{after}");
    assert!(after.contains("panicIndex"), "{after}");
}

/// Expected IR after the pass, for the plain case.
#[test]
fn ir_after() {
    let (_, after) = run(&Loop {
        start: Some(0),
        step: 1,
        same_len: true,
    });
    // The compare itself stays (dead; Cranelift drops it).
    let want = "\
block2:
    v9 = icmp.i64 uge v4, v2
    jump block4
block4:
";
    assert!(after.contains(want), "{after}");
}
