//! Bounds-check panics take their operands on the stack.
//!
//! `call runtime.panicIndex(i, n)` in a cold block passes `i` and `n` in
//! the first two argument registers. Cranelift's register allocator then
//! prefers those registers for the loop's index and length and splits
//! their live ranges, which leaves register-to-register moves on every
//! iteration of the hot loop that merely *might* branch to the panic.
//! `runtime.panicIndexS(0, 0, 0, 0, 0, 0, i, n)` (runtime/src/slice.rs)
//! takes them in stack argument slots instead, which any register can be
//! stored to; the six zero constants are made in the cold block itself.

use crate::function::Function;
use crate::ir::{Callee, InstData};
use crate::types::{CallConv, Signature, Type};

/// The stack-argument variant of each rewritten panic routine.
const ROUTINES: [(&str, &str); 2] = [
    ("runtime.panicIndex", "runtime.panicIndexS"),
    ("runtime.panicIndexU", "runtime.panicIndexUS"),
];

/// Register arguments of the SysV calling convention, filled with zeros.
const REG_ARGS: usize = 6;

/// Rewrites the bounds-check panic calls of `f`'s cold blocks; returns
/// how many.
pub fn panic_args_on_stack(f: &mut Function) -> usize {
    let mut count = 0;
    for b in f.layout.clone() {
        if !f.blocks[b.index()].cold {
            continue;
        }
        let insts = f.blocks[b.index()].insts.clone();
        for inst in insts {
            let InstData::Call {
                callee: Callee::Direct(name),
                sig,
                args,
            } = f.inst(inst)
            else {
                continue;
            };
            let Some(&(_, stack)) = ROUTINES.iter().find(|(r, _)| r == name) else {
                continue;
            };
            if sig.call_conv != CallConv::C || args.len() != 2 || !sig.results.is_empty() {
                continue;
            }
            let (x, y) = (args[0], args[1]);
            // The constant goes right before the call.
            let Some(at) = f.blocks[b.index()].insts.iter().position(|&i| i == inst) else {
                continue;
            };
            let zero_inst = f.insert_inst(
                b,
                at,
                InstData::Iconst {
                    ty: Type::I64,
                    imm: 0,
                },
            );
            let zero = f.inst_results(zero_inst)[0];
            let mut new_args = vec![zero; REG_ARGS];
            new_args.extend([x, y]);
            f.insts[inst.index()].data = InstData::Call {
                callee: Callee::Direct(stack.to_string()),
                sig: Signature::new(vec![Type::I64; REG_ARGS + 2], vec![], CallConv::C),
                args: new_args,
            };
            count += 1;
        }
    }
    count
}
