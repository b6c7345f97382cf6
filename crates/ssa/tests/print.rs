//! Golden text of the printer, covering every instruction form, data
//! objects and externs.

use ssa::*;

fn everything() -> Module {
    let go1 = Signature::new(vec![Type::I64], vec![Type::I64], CallConv::Go);
    let sig = Signature::new(
        vec![Type::I64, Type::F64],
        vec![Type::I64, Type::I8],
        CallConv::Go,
    );
    let mut f = Function::new("main.(*T).M", sig, Linkage::Local);
    f.annotations
        .push("defer: open-coded (1 defer, 1 return)".into());
    let mut b = FunctionBuilder::new(&mut f);
    let entry = b.create_block();
    let (b1, b2, b3, b4, b5) = (
        b.create_block(),
        b.create_block(),
        b.create_block(),
        b.create_block(),
        b.create_block(),
    );
    let ps = b.append_params_for_signature(entry);
    let (x, y) = (ps[0], ps[1]);
    let ss = b.create_stack_slot(24, 8);
    b.switch_to_block(entry);
    let c = b.iconst(Type::I32, -7);
    let f32c = b.f32const(0.5);
    let h = b.f64const(1.5);
    let s = b.iadd(x, x);
    let sh = b.ishl(s, c);
    let n = b.bnot(sh);
    let cmp = b.icmp(IntCC::Ult, n, x);
    let fc = b.fcmp(FloatCC::Ne, y, h);
    let sel = b.select(cmp, x, n);
    let w = b.sextend(Type::I64, c);
    let fl = b.fpromote(Type::F64, f32c);
    let bits = b.bitcast(Type::I64, fl);
    let a = b.stack_addr(ss, 8);
    b.store(w, a, -8);
    let l = b.load(Type::I32, a, 0);
    b.memcpy(a, x, 16, 8);
    b.memzero(a, 8, 8);
    let sym = b.symbol_addr("type:struct { X int }");
    let fp = b.frame_pointer();
    let r = b.call("main.f", &go1, &[sel]);
    let code = b.load(Type::I64, sym, 0);
    let ri = b.call_indirect(&go1, code, &[r[0]]);
    b.call(
        "runtime.printint",
        &Signature::new(vec![Type::I64], vec![], CallConv::C),
        &[bits],
    );
    let _ = (l, fp, ri);
    b.brif(fc, b1, &[], b2, &[x]);
    b.append_block_param(b2, Type::I64);
    b.switch_to_block(b1);
    b.br_table(x, BlockCall::new(b2, &[n]), vec![BlockCall::new(b3, &[])]);
    b.switch_to_block(b2);
    let p = b.block_params(b2)[0];
    let res = b.try_call(Callee::Direct("main.g".into()), &go1, &[p], b4, b5, &[]);
    b.switch_to_block(b4);
    b.return_(&[res[0], fc]);
    b.switch_to_block(b3);
    b.set_cold_block(b3);
    b.trap(3);
    b.switch_to_block(b5);
    b.unreachable();
    b.finish();

    let mut m = Module::new();
    m.externs.push(Extern {
        name: "runtime.printint".into(),
        kind: ExternKind::Func(Signature::new(vec![Type::I64], vec![], CallConv::C)),
    });
    m.externs.push(Extern {
        name: "runtime.zerobase".into(),
        kind: ExternKind::Data,
    });
    m.data.push(DataObject {
        name: "go:string.0".into(),
        bytes: b"hello, world\n\x00\x01\x02\x03\x04".to_vec(),
        relocs: vec![],
        align: 1,
        readonly: true,
        linkage: Linkage::Local,
    });
    m.data.push(DataObject {
        name: "main.p".into(),
        bytes: vec![0; 16],
        relocs: vec![Reloc {
            offset: 8,
            symbol: "go:string.0".into(),
            addend: 4,
        }],
        align: 8,
        readonly: false,
        linkage: Linkage::Export,
    });
    m.data.push(DataObject {
        name: "main.x".into(),
        bytes: vec![0; 8],
        relocs: vec![],
        align: 8,
        readonly: false,
        linkage: Linkage::Local,
    });
    m.functions.push(f);
    m
}

const GOLDEN: &str = r#"extern func runtime.printint(i64) c
extern data runtime.zerobase

data go:string.0: readonly, align 1, 18 bytes {
    0000: 68 65 6c 6c 6f 2c 20 77 6f 72 6c 64 0a 00 01 02  |hello, world....|
    0010: 03 04                                            |..|
}

export data main.p: writable, align 8, 16 bytes {
    0000: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  |................|
    reloc 0008: go:string.0 +4
}

data main.x: writable, align 8, 8 bytes, zero

func main.(*T).M(i64, f64) -> (i64, i8) go {
    ; defer: open-coded (1 defer, 1 return)
    ss0 = slot 24, align 8
block0(v0: i64, v1: f64):
    v2 = iconst.i32 -7
    v3 = fconst.f32 0.5
    v4 = fconst.f64 1.5
    v5 = iadd.i64 v0, v0
    v6 = ishl.i64 v5, v2
    v7 = bnot.i64 v6
    v8 = icmp.i64 ult v7, v0
    v9 = fcmp.f64 ne v1, v4
    v10 = select.i64 v8, v0, v7
    v11 = sextend.i64 v2
    v12 = fpromote.f64 v3
    v13 = bitcast.i64 v12
    v14 = stack_addr ss0+8
    store.i64 v11, v14-8
    v15 = load.i32 v14
    memcpy v14, v0, 16, align 8
    memzero v14, 8, align 8
    v16 = symbol_addr "type:struct { X int }"
    v17 = frame_pointer
    v18 = call main.f(v10) : (i64) -> i64 go
    v19 = load.i64 v16
    v20 = call_indirect v19(v18) : (i64) -> i64 go
    call runtime.printint(v13) : (i64) c
    brif v9, block1, block2(v0)
block1:
    br_table v0, block2(v7), [block3]
block2(v21: i64):
    try_call main.g(v21) : (i64) -> i64 go, block4, landing block5
block3 cold:
    trap 3
block4(v22: i64):
    return v22, v9
block5:
    trap 0
}
"#;

#[test]
fn golden_text() {
    let m = everything();
    verify_module(&m).unwrap_or_else(|e| panic!("{}\n{m}", e.join("\n")));
    assert_eq!(m.to_string(), GOLDEN, "got:\n{m}");
}
