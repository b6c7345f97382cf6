//! The verifier: structural, type and dominance checks. Run it on
//! ssagen's output in tests and before codegen in debug builds; every
//! error is a readable string naming the function and block.

use std::collections::HashMap;

use crate::dominance::DomTree;
use crate::entities::{Block, Inst, Value};
use crate::function::{Function, ValueDef, binary_op_accepts};
use crate::ir::{BlockCall, Callee, ConvOp, InstData};
use crate::module::{ExternKind, Module};
use crate::types::{CallConv, Signature, Type};

/// Checks every function of the module, plus module-wide rules: unique
/// symbol names, and direct calls to functions defined here using their
/// signature.
pub fn verify_module(m: &Module) -> Result<(), Vec<String>> {
    let mut errors = Vec::new();
    let mut names: HashMap<&str, &str> = HashMap::new();
    let kinds = m
        .functions
        .iter()
        .map(|f| (f.name.as_str(), "function"))
        .chain(m.data.iter().map(|d| (d.name.as_str(), "data object")));
    for (name, kind) in kinds {
        if let Some(prev) = names.insert(name, kind) {
            errors.push(format!("symbol {name} defined twice ({prev} and {kind})"));
        }
    }
    let sigs: HashMap<&str, &Signature> = m
        .functions
        .iter()
        .map(|f| (f.name.as_str(), &f.sig))
        .chain(m.externs.iter().filter_map(|e| match &e.kind {
            ExternKind::Func(s) => Some((e.name.as_str(), s)),
            ExternKind::Data => None,
        }))
        .collect();
    for d in &m.data {
        if !d.align.is_power_of_two() {
            errors.push(format!(
                "data {}: alignment {} is not a power of two",
                d.name, d.align
            ));
        }
        for r in &d.relocs {
            if r.offset as usize + 8 > d.bytes.len() {
                errors.push(format!(
                    "data {}: relocation at {} past the end ({} bytes)",
                    d.name,
                    r.offset,
                    d.bytes.len()
                ));
            }
        }
    }
    for f in &m.functions {
        if let Err(e) = verify_function(f) {
            errors.extend(e);
        }
        for node in &f.insts {
            let (InstData::Call {
                callee: Callee::Direct(name),
                sig,
                ..
            }
            | InstData::TryCall {
                callee: Callee::Direct(name),
                sig,
                ..
            }
            | InstData::ReturnCall {
                callee: Callee::Direct(name),
                sig,
                ..
            }) = &node.data
            else {
                continue;
            };
            if let Some(&def) = sigs.get(name.as_str())
                && def != sig
            {
                errors.push(format!(
                    "{}: call to {name} with signature {sig}, but it is declared {def}",
                    f.name
                ));
            }
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// Checks one function: every block terminated, operand types,
/// argument counts and types against block parameters and signatures,
/// and that every use is dominated by its definition.
pub fn verify_function(f: &Function) -> Result<(), Vec<String>> {
    let mut v = Verifier {
        f,
        errors: Vec::new(),
    };
    v.run();
    if v.errors.is_empty() {
        Ok(())
    } else {
        Err(v.errors)
    }
}

struct Verifier<'a> {
    f: &'a Function,
    errors: Vec<String>,
}

impl Verifier<'_> {
    fn err(&mut self, block: Option<Block>, msg: String) {
        match block {
            Some(b) => self.errors.push(format!("{} {b}: {msg}", self.f.name)),
            None => self.errors.push(format!("{}: {msg}", self.f.name)),
        }
    }

    fn run(&mut self) {
        let f = self.f;
        let Some(entry) = f.entry_block() else {
            self.err(None, "function has no blocks".into());
            return;
        };
        let entry_tys: Vec<Type> = f
            .block_params(entry)
            .iter()
            .map(|&p| f.value_type(p))
            .collect();
        if entry_tys != f.sig.params {
            self.err(
                Some(entry),
                format!(
                    "entry block parameters {} differ from signature {}",
                    tys(&entry_tys),
                    f.sig
                ),
            );
        }
        for s in &f.stack_slots {
            if !s.align.is_power_of_two() {
                self.err(
                    None,
                    format!("stack slot alignment {} is not a power of two", s.align),
                );
            }
        }
        let mut in_layout = vec![false; f.blocks.len()];
        for &b in &f.layout {
            if b.index() >= f.blocks.len() || std::mem::replace(&mut in_layout[b.index()], true) {
                self.err(
                    Some(b),
                    "block missing from the arena or listed twice in the layout".into(),
                );
                return;
            }
        }
        let mut ok = true;
        for &b in &f.layout {
            ok &= self.check_block(b, entry);
        }
        if ok {
            self.check_dominance(&in_layout);
        }
    }

    /// Structure and types of one block; false if operands are so broken
    /// that the dominance check should not run.
    fn check_block(&mut self, b: Block, entry: Block) -> bool {
        let f = self.f;
        let insts = f.block_insts(b);
        match insts.last() {
            None => {
                self.err(Some(b), "empty block".into());
                return true;
            }
            Some(&last) if !f.inst(last).is_terminator() => {
                self.err(Some(b), "block does not end with a terminator".into());
            }
            _ => {}
        }
        for (pos, &inst) in insts.iter().enumerate() {
            if f.insts[inst.index()].block != b {
                self.err(Some(b), format!("instruction {pos} records another block"));
            }
            if pos + 1 < insts.len() && f.inst(inst).is_terminator() {
                self.err(
                    Some(b),
                    format!("terminator in the middle of the block (instruction {pos})"),
                );
            }
            let mut bad = false;
            f.inst(inst)
                .visit_operands(|v| bad |= v.index() >= f.values.len());
            if bad {
                self.err(
                    Some(b),
                    format!("instruction {pos} uses an undefined value"),
                );
                return false;
            }
            self.check_types(b, inst, entry);
        }
        true
    }

    fn check_types(&mut self, b: Block, inst: Inst, entry: Block) {
        let f = self.f;
        let ty = |v: Value| f.value_type(v);
        let data = f.inst(inst);
        let mut problems: Vec<String> = Vec::new();
        let mut expect = |cond: bool, msg: &dyn Fn() -> String| {
            if !cond {
                problems.push(msg());
            }
        };
        match data {
            InstData::Iconst { ty: t, .. } => expect(t.is_int(), &|| format!("iconst of type {t}")),
            InstData::Fconst { ty: t, .. } => {
                expect(t.is_float(), &|| format!("fconst of type {t}"))
            }
            InstData::Binary { op, args } => {
                let (a, c) = (ty(args[0]), ty(args[1]));
                expect(binary_op_accepts(*op, a), &|| {
                    format!("{} on {a}", op.name())
                });
                if op.is_shift() {
                    expect(c.is_int(), &|| format!("{} count of type {c}", op.name()));
                } else {
                    expect(a == c, &|| {
                        format!("{} operands {a} and {c} differ", op.name())
                    });
                }
            }
            InstData::Unary { op, arg } => {
                let a = ty(*arg);
                let float_op = matches!(op, crate::UnaryOp::Fneg);
                expect(a.is_float() == float_op, &|| {
                    format!("{} on {a}", op.name())
                });
            }
            InstData::Icmp { args, .. } => {
                let (a, c) = (ty(args[0]), ty(args[1]));
                expect(a.is_int() && a == c, &|| format!("icmp on {a} and {c}"));
            }
            InstData::Fcmp { args, .. } => {
                let (a, c) = (ty(args[0]), ty(args[1]));
                expect(a.is_float() && a == c, &|| format!("fcmp on {a} and {c}"));
            }
            InstData::Select {
                cond,
                if_true,
                if_false,
            } => {
                expect(ty(*cond).is_int(), &|| {
                    "select condition is not an integer".into()
                });
                expect(ty(*if_true) == ty(*if_false), &|| {
                    "select arms differ in type".into()
                });
            }
            InstData::Convert { op, ty: to, arg } => {
                let from = ty(*arg);
                let ok = match op {
                    ConvOp::Sextend | ConvOp::Uextend => {
                        from.is_int() && to.is_int() && to.bits() > from.bits()
                    }
                    ConvOp::Ireduce => from.is_int() && to.is_int() && to.bits() < from.bits(),
                    ConvOp::FcvtFromSint | ConvOp::FcvtFromUint => from.is_int() && to.is_float(),
                    ConvOp::FcvtToSint | ConvOp::FcvtToUint => from.is_float() && to.is_int(),
                    ConvOp::Fpromote => from == Type::F32 && *to == Type::F64,
                    ConvOp::Fdemote => from == Type::F64 && *to == Type::F32,
                    ConvOp::Bitcast => from.bits() == to.bits() && from != *to,
                };
                expect(ok, &|| format!("{} from {from} to {to}", op.name()));
            }
            InstData::Load { addr, .. } => {
                expect(ty(*addr) == Type::I64, &|| "load address is not i64".into())
            }
            InstData::Store { addr, .. } => expect(ty(*addr) == Type::I64, &|| {
                "store address is not i64".into()
            }),
            InstData::Memcpy {
                dst, src, align, ..
            } => {
                expect(ty(*dst) == Type::I64 && ty(*src) == Type::I64, &|| {
                    "memcpy address is not i64".into()
                });
                expect(align.is_power_of_two(), &|| {
                    "memcpy alignment is not a power of two".into()
                });
            }
            InstData::Memzero { dst, align, .. } => {
                expect(ty(*dst) == Type::I64, &|| {
                    "memzero address is not i64".into()
                });
                expect(align.is_power_of_two(), &|| {
                    "memzero alignment is not a power of two".into()
                });
            }
            InstData::StackAddr { slot, .. } => expect(slot.index() < f.stack_slots.len(), &|| {
                format!("unknown stack slot {slot}")
            }),
            InstData::SymbolAddr { name } => {
                expect(!name.is_empty(), &|| "empty symbol name".into())
            }
            InstData::FramePointer | InstData::Trap { .. } => {}
            InstData::Call { callee, sig, args } => {
                check_call(f, callee, sig, args, &mut expect);
            }
            InstData::TryCall {
                callee,
                sig,
                args,
                normal,
                landing,
            } => {
                check_call(f, callee, sig, args, &mut expect);
                expect(sig.call_conv == CallConv::Go, &|| {
                    "try_call callee must use the go convention".into()
                });
                let mut normal_tys = sig.results.clone();
                normal_tys.extend(normal.args.iter().map(|&a| ty(a)));
                check_edge(f, normal, normal_tys, entry, &mut expect);
                let landing_tys = landing.args.iter().map(|&a| ty(a)).collect();
                check_edge(f, landing, landing_tys, entry, &mut expect);
            }
            InstData::Jump { .. } | InstData::Brif { .. } | InstData::BrTable { .. } => {
                if let InstData::Brif { cond, .. } = data {
                    expect(ty(*cond).is_int(), &|| {
                        "brif condition is not an integer".into()
                    });
                }
                if let InstData::BrTable { index, .. } = data {
                    expect(ty(*index).is_int(), &|| {
                        "br_table index is not an integer".into()
                    });
                }
                for edge in data.successors() {
                    let tys = edge.args.iter().map(|&a| ty(a)).collect();
                    check_edge(f, edge, tys, entry, &mut expect);
                }
            }
            InstData::ReturnCall { callee, sig, args } => {
                check_call(f, callee, sig, args, &mut expect);
                expect(
                    sig.call_conv == CallConv::Go && f.sig.call_conv == CallConv::Go,
                    &|| "return_call needs the go convention on both sides".into(),
                );
                expect(sig.results == f.sig.results, &|| {
                    format!("return_call of {sig} from {}", f.sig)
                });
            }
            InstData::Defer { closure, .. } => {
                expect(ty(*closure) == Type::I64, &|| {
                    "defer closure is not i64".into()
                });
            }
            InstData::DeferReturn => {}
            InstData::DeferEntry { .. } | InstData::DeferLanding { .. } => {
                for edge in data.successors() {
                    let tys = edge.args.iter().map(|&a| ty(a)).collect();
                    check_edge(f, edge, tys, entry, &mut expect);
                }
            }
            InstData::Return { values } => {
                let rt: Vec<Type> = values.iter().map(|&v| ty(v)).collect();
                expect(rt == f.sig.results, &|| {
                    format!("return {} but the signature is {}", tys(&rt), f.sig)
                });
            }
        }
        for p in problems {
            self.err(Some(b), p);
        }
    }

    /// Every use must be dominated by its definition (checked for blocks
    /// reachable from the entry; unreachable ones are never executed).
    fn check_dominance(&mut self, in_layout: &[bool]) {
        let f = self.f;
        let tree = DomTree::compute(f);
        let rpo = tree.rpo().to_vec();
        let dominates = |a: Block, b: Block| tree.dominates(a, b);
        // Position of every placed instruction, to order defs in a block.
        let mut pos: HashMap<Inst, (Block, usize)> = HashMap::new();
        for &b in &f.layout {
            for (i, &inst) in f.block_insts(b).iter().enumerate() {
                pos.insert(inst, (b, i));
            }
        }
        for &b in &rpo {
            for (i, &inst) in f.block_insts(b).iter().enumerate() {
                for v in f.inst(inst).operands() {
                    let ok = match f.value_def(v) {
                        ValueDef::Param(db, n) => {
                            in_layout[db.index()]
                                && f.block_params(db).get(n as usize) == Some(&v)
                                && dominates(db, b)
                        }
                        ValueDef::Result(di, _) => match pos.get(&di) {
                            Some(&(db, j)) if db == b => j < i,
                            Some(&(db, _)) => dominates(db, b),
                            None => false,
                        },
                    };
                    if !ok {
                        self.err(
                            Some(b),
                            format!("use of {v} not dominated by its definition"),
                        );
                    }
                }
            }
        }
    }
}

fn check_call(
    f: &Function,
    callee: &Callee,
    sig: &Signature,
    args: &[Value],
    expect: &mut impl FnMut(bool, &dyn Fn() -> String),
) {
    if let Callee::Indirect(c) = callee {
        expect(f.value_type(*c) == Type::I64, &|| {
            "indirect callee is not i64".into()
        });
    }
    let at: Vec<Type> = args.iter().map(|&a| f.value_type(a)).collect();
    expect(at == sig.params, &|| {
        format!("call arguments {} do not match {sig}", tys(&at))
    });
}

fn check_edge(
    f: &Function,
    edge: &BlockCall,
    arg_tys: Vec<Type>,
    entry: Block,
    expect: &mut impl FnMut(bool, &dyn Fn() -> String),
) {
    let target = edge.block;
    expect(target != entry, &|| "branch to the entry block".into());
    if target.index() >= f.blocks.len() {
        expect(false, &|| format!("branch to unknown {target}"));
        return;
    }
    let params: Vec<Type> = f
        .block_params(target)
        .iter()
        .map(|&p| f.value_type(p))
        .collect();
    expect(params == arg_tys, &|| {
        format!(
            "branch to {target} passes {} but it takes {}",
            tys(&arg_tys),
            tys(&params)
        )
    });
}

/// `(i64, i32)`.
fn tys(ts: &[Type]) -> String {
    let names: Vec<&str> = ts.iter().map(|t| t.name()).collect();
    format!("({})", names.join(", "))
}
