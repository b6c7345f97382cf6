//! Store-to-load forwarding over private stack slots
//! (passes::forward_stack_slots).

use ssa::ir::{DeferSite, DeferStmt};
use ssa::*;

fn func(params: usize, results: Vec<Type>) -> Function {
    let sig = Signature::new(vec![Type::I64; params], results, CallConv::Go);
    Function::new("main.f", sig, Linkage::Local)
}

fn check(f: &Function) -> String {
    verify_function(f).unwrap_or_else(|e| panic!("{}\n{f}", e.join("\n")));
    f.to_string()
}

fn loads(f: &Function) -> usize {
    f.to_string().matches(" = load.").count()
}

fn stores(f: &Function) -> usize {
    f.to_string().matches("    store.").count()
}

/// `ss0[8] = x; return ss0[8]`: the load reads `x`; the slot then has
/// no load left and its store goes too.
#[test]
fn load_after_store_in_block_is_forwarded() {
    let mut f = func(1, vec![Type::I64]);
    let mut b = FunctionBuilder::new(&mut f);
    let e = b.create_block();
    let x = b.append_params_for_signature(e)[0];
    b.switch_to_block(e);
    let s = b.create_stack_slot(16, 8);
    let a = b.stack_addr(s, 0);
    let k = b.iconst(Type::I64, 8);
    let a8 = b.binary(BinaryOp::Iadd, a, k);
    b.store(x, a8, 0);
    let r = b.load(Type::I64, a, 8);
    b.return_(&[r]);
    b.seal_all_blocks();
    b.finish();
    assert_eq!(passes::forward_stack_slots(&mut f), 2);
    let text = check(&f);
    assert!(text.contains("return v0"), "{text}");
    assert_eq!((loads(&f), stores(&f)), (0, 0), "{text}");
}

/// A slot whose address is passed to a call escapes: the call may write
/// it, so the load after the call stays (and so does the store).
#[test]
fn escaped_slot_is_not_forwarded() {
    let mut f = func(1, vec![Type::I64]);
    let mut b = FunctionBuilder::new(&mut f);
    let e = b.create_block();
    let x = b.append_params_for_signature(e)[0];
    b.switch_to_block(e);
    let s = b.create_stack_slot(8, 8);
    let a = b.stack_addr(s, 0);
    b.store(x, a, 0);
    let sig = Signature::new(vec![Type::I64], vec![], CallConv::Go);
    b.call("main.g", &sig, &[a]);
    let r = b.load(Type::I64, a, 0);
    b.return_(&[r]);
    b.seal_all_blocks();
    b.finish();
    let before = f.to_string();
    assert_eq!(passes::forward_stack_slots(&mut f), 0);
    assert_eq!(f.to_string(), before);
}

/// An address that escapes only through `iadd` (`&s.b` passed to a call)
/// or by being stored in memory that is not a private slot makes the
/// whole slot escape.
#[test]
fn derived_or_stored_address_escapes() {
    for stored in [false, true] {
        let mut f = func(2, vec![Type::I64]);
        let mut b = FunctionBuilder::new(&mut f);
        let e = b.create_block();
        let ps = b.append_params_for_signature(e);
        b.switch_to_block(e);
        let s = b.create_stack_slot(16, 8);
        let a = b.stack_addr(s, 0);
        b.store(ps[0], a, 0);
        let k = b.iconst(Type::I64, 8);
        let a8 = b.binary(BinaryOp::Iadd, a, k);
        if stored {
            // *p = &s.b, then an unknown call.
            b.store(a8, ps[1], 0);
        }
        let sig = Signature::new(vec![Type::I64], vec![], CallConv::Go);
        let arg = if stored { ps[1] } else { a8 };
        b.call("main.g", &sig, &[arg]);
        let r = b.load(Type::I64, a, 0);
        b.return_(&[r]);
        b.seal_all_blocks();
        b.finish();
        assert_eq!(passes::forward_stack_slots(&mut f), 0, "{f}");
    }
}

/// A private slot keeps its value across a call (nothing else can reach
/// it); a `memzero` of the slot, like any other use, makes it escape.
#[test]
fn private_slot_across_call_and_memzero() {
    for zero in [false, true] {
        let mut f = func(1, vec![Type::I64]);
        let mut b = FunctionBuilder::new(&mut f);
        let e = b.create_block();
        let x = b.append_params_for_signature(e)[0];
        b.switch_to_block(e);
        let s = b.create_stack_slot(8, 8);
        let a = b.stack_addr(s, 0);
        if zero {
            b.memzero(a, 8, 8);
        }
        b.store(x, a, 0);
        let sig = Signature::new(vec![], vec![], CallConv::Go);
        b.call("main.g", &sig, &[]);
        let r = b.load(Type::I64, a, 0);
        b.return_(&[r]);
        b.seal_all_blocks();
        b.finish();
        let n = passes::forward_stack_slots(&mut f);
        assert_eq!(n, if zero { 0 } else { 2 }, "{f}");
        check(&f);
    }
}

/// One store in the entry dominates loads in both arms of a branch: both
/// read it. Stores in both arms and a load at the merge: not forwarded
/// (that would need a block parameter), and the stores stay.
#[test]
fn dominating_single_store_and_merges() {
    for two_stores in [false, true] {
        let mut f = func(2, vec![Type::I64]);
        let mut b = FunctionBuilder::new(&mut f);
        let e = b.create_block();
        let ps = b.append_params_for_signature(e);
        let (t, el, join) = (b.create_block(), b.create_block(), b.create_block());
        b.switch_to_block(e);
        let s = b.create_stack_slot(8, 8);
        let a = b.stack_addr(s, 0);
        if !two_stores {
            b.store(ps[0], a, 0);
        }
        b.brif(ps[1], t, &[], el, &[]);
        for (blk, v) in [(t, ps[0]), (el, ps[1])] {
            b.switch_to_block(blk);
            if two_stores {
                b.store(v, a, 0);
                b.jump(join, &[]);
            } else {
                let a2 = b.stack_addr(s, 0);
                let r = b.load(Type::I64, a2, 0);
                b.return_(&[r]);
            }
        }
        b.switch_to_block(join);
        let r = b.load(Type::I64, a, 0);
        b.return_(&[r]);
        b.seal_all_blocks();
        b.finish();
        let n = passes::forward_stack_slots(&mut f);
        let text = check(&f);
        if two_stores {
            assert_eq!(n, 0, "{text}");
        } else {
            // Two loads, then the dead store.
            assert_eq!(n, 3, "{text}");
            assert_eq!(text.matches("return v0").count(), 2, "{text}");
        }
    }
}

/// In a loop, a load before the block's store reads the previous
/// iteration's value or the one from before the loop: it stays.
#[test]
fn store_after_load_in_loop_is_not_forwarded() {
    let mut f = func(1, vec![Type::I64]);
    let mut b = FunctionBuilder::new(&mut f);
    let e = b.create_block();
    let x = b.append_params_for_signature(e)[0];
    let (head, exit) = (b.create_block(), b.create_block());
    b.switch_to_block(e);
    let s = b.create_stack_slot(8, 8);
    let a = b.stack_addr(s, 0);
    b.store(x, a, 0);
    b.jump(head, &[]);
    b.switch_to_block(head);
    let old = b.load(Type::I64, a, 0);
    let one = b.iconst(Type::I64, 1);
    let new = b.binary(BinaryOp::Iadd, old, one);
    b.store(new, a, 0);
    b.brif(new, head, &[], exit, &[]);
    b.switch_to_block(exit);
    let r = b.load(Type::I64, a, 0);
    b.return_(&[r]);
    b.seal_all_blocks();
    b.finish();
    // The head's load stays (two predecessors, two stores); the exit's
    // only predecessor is the head, whose last store is the new value.
    assert_eq!(passes::forward_stack_slots(&mut f), 1, "{f}");
    let text = check(&f);
    assert!(text.contains("return v4"), "{text}");
    assert_eq!((loads(&f), stores(&f)), (1, 2), "{text}");
}

/// A narrower or shifted load of a stored word, or a store that only
/// overlaps it, is not forwarded; the defer bits pattern (store 0, load,
/// or, store, load) forwards within the block.
#[test]
fn partial_overlaps_stay_and_bytes_forward() {
    let mut f = func(1, vec![Type::I64]);
    let mut b = FunctionBuilder::new(&mut f);
    let e = b.create_block();
    let x = b.append_params_for_signature(e)[0];
    b.switch_to_block(e);
    let s = b.create_stack_slot(16, 8);
    let a = b.stack_addr(s, 0);
    b.store(x, a, 0);
    let lo = b.load(Type::I8, a, 0);
    let mid = b.load(Type::I64, a, 4);
    let bits = b.stack_addr(s, 8);
    let z = b.iconst(Type::I8, 0);
    b.store(z, bits, 0);
    let old = b.load(Type::I8, bits, 0);
    let one = b.iconst(Type::I8, 1);
    let set = b.binary(BinaryOp::Bor, old, one);
    b.store(set, bits, 0);
    let again = b.load(Type::I8, bits, 0);
    let w1 = b.convert(ConvOp::Uextend, Type::I64, lo);
    let w2 = b.convert(ConvOp::Uextend, Type::I64, again);
    let t = b.binary(BinaryOp::Iadd, w1, w2);
    let t = b.binary(BinaryOp::Iadd, t, mid);
    b.return_(&[t]);
    b.seal_all_blocks();
    b.finish();
    assert_eq!(passes::forward_stack_slots(&mut f), 2, "{f}");
    let text = check(&f);
    // `lo` and `mid` stay; the two byte loads read 0 and the or.
    assert_eq!(loads(&f), 2, "{text}");
    assert!(text.contains("bor.i8 v"), "{text}");
}

/// The open-coded defer shape: a closure record in ss0 (code, captured
/// x), its address in the defer's closure slot ss1; the exit loads the
/// closure from ss1 and the captured value from it. ss1's loads are
/// forwarded, its store is then dead, which makes ss0 private: the
/// captured value is forwarded too, and ss0's stores go.
#[test]
fn closure_record_through_defer_slot() {
    let mut f = func(1, vec![Type::I64]);
    let mut b = FunctionBuilder::new(&mut f);
    let e = b.create_block();
    let x = b.append_params_for_signature(e)[0];
    let exit = b.create_block();
    b.switch_to_block(e);
    let rec = b.create_stack_slot(16, 8);
    let slot = b.create_stack_slot(8, 8);
    let r = b.stack_addr(rec, 0);
    let code = b.symbol_addr("main.f.func1");
    b.store(code, r, 0);
    let k = b.iconst(Type::I64, 8);
    let r8 = b.binary(BinaryOp::Iadd, r, k);
    b.store(x, r8, 0);
    let sa = b.stack_addr(slot, 0);
    b.store(r, sa, 0);
    b.jump(exit, &[]);
    b.switch_to_block(exit);
    let sa2 = b.stack_addr(slot, 0);
    let clo = b.load(Type::I64, sa2, 0);
    let v = b.load(Type::I64, clo, 8);
    b.return_(&[v]);
    b.seal_all_blocks();
    b.finish();
    // ss1: 1 load + 1 store; ss0: 1 load + 2 stores.
    assert_eq!(passes::forward_stack_slots(&mut f), 5, "{f}");
    let text = check(&f);
    assert!(text.contains("return v0"), "{text}");
    assert_eq!((loads(&f), stores(&f)), (0, 0), "{text}");
}

/// Two stores, but each load has a single-predecessor chain to one of
/// them: forwarded along the chain.
#[test]
fn single_predecessor_chain() {
    let mut f = func(3, vec![Type::I64]);
    let mut b = FunctionBuilder::new(&mut f);
    let e = b.create_block();
    let ps = b.append_params_for_signature(e);
    let (t, el, after) = (b.create_block(), b.create_block(), b.create_block());
    b.switch_to_block(e);
    let s = b.create_stack_slot(8, 8);
    let a = b.stack_addr(s, 0);
    b.store(ps[0], a, 0);
    b.brif(ps[2], t, &[], el, &[]);
    b.switch_to_block(t);
    let r = b.load(Type::I64, a, 0);
    b.return_(&[r]);
    b.switch_to_block(el);
    b.store(ps[1], a, 0);
    b.jump(after, &[]);
    b.switch_to_block(after);
    let r = b.load(Type::I64, a, 0);
    b.return_(&[r]);
    b.seal_all_blocks();
    b.finish();
    // Two loads, then the two dead stores.
    assert_eq!(passes::forward_stack_slots(&mut f), 4, "{f}");
    let text = check(&f);
    assert!(
        text.contains("return v0") && text.contains("return v1"),
        "{text}"
    );
}

/// `func f(x int) { defer func() { sink += x }() }` in abstract form, with
/// its literal `main.f.func1` (a leaf); `code_in_slot` false defers a
/// static func value instead.
fn defer_module(code_in_slot: bool) -> Module {
    let go1 = Signature::new(vec![Type::I64], vec![], CallConv::Go);
    let mut f = Function::new("main.f", go1.clone(), Linkage::Local);
    let mut b = FunctionBuilder::new(&mut f);
    let entry = b.create_block();
    let x = b.append_params_for_signature(entry)[0];
    let (exit, landing, body) = (b.create_block(), b.create_block(), b.create_block());
    b.switch_to_block(entry);
    let stmt = DeferStmt {
        pos: 30,
        line: 3,
        col: 2,
        in_loop: false,
        reported: true,
    };
    b.defer_entry(body, landing, 0, vec![stmt]);
    b.switch_to_block(landing);
    b.defer_landing(exit);
    b.switch_to_block(body);
    let clo = if code_in_slot {
        let s = b.create_stack_slot(16, 8);
        let clo = b.stack_addr(s, 0);
        let code = b.symbol_addr("main.f.func1");
        b.store(code, clo, 0);
        b.store(x, clo, 8);
        clo
    } else {
        b.symbol_addr("main.f.func1·f")
    };
    let site = DeferSite {
        pos: 30,
        line: 3,
        col: 2,
        in_loop: false,
        wrapper: None,
    };
    b.defer(clo, site);
    b.jump(exit, &[]);
    b.switch_to_block(exit);
    b.defer_return();
    b.return_(&[]);
    b.finish();

    let mut g = Function::new("main.f.func1", go1, Linkage::Local);
    let mut b = FunctionBuilder::new(&mut g);
    let entry = b.create_block();
    let ctx = b.append_params_for_signature(entry)[0];
    b.switch_to_block(entry);
    let v = b.load(Type::I64, ctx, 8);
    let sink = b.symbol_addr("main.sink");
    let old = b.load(Type::I64, sink, 0);
    let new = b.binary(BinaryOp::Iadd, old, v);
    b.store(new, sink, 0);
    b.return_(&[]);
    b.finish();
    let mut m = Module::new();
    m.functions.push(f);
    m.functions.push(g);
    m
}

/// The open-coded exit calls a deferred leaf literal directly, inlined;
/// forwarding then reads the captured `x` from the parameter: no
/// indirect call, no nil check, no landing pad, no slot left.
#[test]
fn deferred_leaf_literal_is_inlined_and_forwarded() {
    let mut m = defer_module(true);
    passes::lower_defers(&mut m, true);
    passes::optimize(&mut m, true);
    let f = &m.functions[0];
    let text = check(f);
    for gone in ["try_call", "panicmem", "gocc_recovered"] {
        assert!(!text.contains(gone), "{gone:?} in\n{text}");
    }
    assert!(text.contains(", v0\n"), "{text}");
    // Only `sink` is loaded and stored.
    assert_eq!((loads(f), stores(f)), (1, 1), "{text}");
}

/// Without inlining (`-l`), or without optimization (`-N`: records), or
/// for a func value whose code the IR does not show, the closure is
/// called indirectly.
#[test]
fn deferred_literal_stays_indirect() {
    for (code_in_slot, optimize, inline) in [
        (true, true, false),
        (true, false, false),
        (false, true, true),
    ] {
        let mut m = defer_module(code_in_slot);
        passes::lower_defers_with(&mut m, optimize, inline);
        passes::optimize_with(&mut m, optimize, inline);
        let text = check(&m.functions[0]);
        if optimize {
            assert!(text.contains("try_call_indirect"), "{text}");
        } else {
            assert!(text.contains("deferpop"), "{text}");
        }
    }
}
