//! Routing of panicking calls to a landing pad (issue #3, defer/panic).
//!
//! In a function that contains `defer`, every call that may panic must be
//! a `try_call` whose exception edge goes to the function's landing pad,
//! so that the runtime's frame walk finds a handler for the frame (see
//! `docs/defer.md`). ssagen builds such functions with plain calls and a
//! landing block, then runs [`route_calls_to_landing_pad`]:
//!
//! - every `Go`-convention call becomes a `try_call`;
//! - every `C`-convention call for which `may_panic(name)` holds becomes
//!   a `try_call` of a `tail` thunk of the routine (a `try_call` callee
//!   must use the `tail` convention; `thunk(name, sig)` returns the thunk's
//!   symbol, normally [`crate::Module::tail_thunk`]).
//!
//! The instructions after the call move to a fresh block whose parameters
//! receive the call's results; uses of the old results are renamed.

use std::collections::HashMap;

use crate::entities::{Block, Value};
use crate::function::Function;
use crate::ir::{BlockCall, Callee, InstData};
use crate::types::{CallConv, Signature};

/// The default policy: C runtime routines that may panic (everything but
/// the allocator, printing, the defer routines and the `gocc_` helpers,
/// and non-runtime C symbols).
pub fn may_panic(name: &str) -> bool {
    !(name == "runtime.mallocgc"
        || name.starts_with("runtime.print")
        || name.starts_with("runtime.defer")
        || name.starts_with("runtime.gocc_")
        || name == "runtime.gorecover"
        || !name.contains('.'))
}

/// Rewrites the calls of `f` that may panic into `try_call`s whose
/// exception edge is `landing` (a block without parameters). Returns the
/// number of calls rewritten.
pub fn route_calls_to_landing_pad(
    f: &mut Function,
    landing: Block,
    may_panic: &dyn Fn(&str) -> bool,
    thunk: &mut dyn FnMut(&str, &Signature) -> String,
) -> usize {
    let mut rewritten = 0;
    let mut rename: HashMap<Value, Value> = HashMap::new();
    // Blocks created by splitting are appended to the worklist so that
    // later calls of the same original block are handled too.
    let mut work: Vec<Block> = f.layout.clone();
    while let Some(block) = work.pop() {
        let insts = f.blocks[block.index()].insts.clone();
        let Some(pos) = insts.iter().position(|&i| {
            let InstData::Call { callee, sig, .. } = &f.insts[i.index()].data else {
                return false;
            };
            match sig.call_conv {
                CallConv::Go => true,
                CallConv::C => match callee {
                    Callee::Direct(name) => may_panic(name),
                    Callee::Indirect(_) => false,
                },
            }
        }) else {
            continue;
        };
        let call = insts[pos];
        let InstData::Call { callee, sig, args } = f.insts[call.index()].data.clone() else {
            continue;
        };
        let cold = f.blocks[block.index()].cold;
        let next = f.create_block_after(block);
        f.blocks[next.index()].cold = cold;
        // Results become parameters of the continuation block.
        let old_results = std::mem::take(&mut f.insts[call.index()].results);
        for r in old_results {
            let ty = f.value_type(r);
            let p = f.append_block_param(next, ty);
            rename.insert(r, p);
        }
        // Move the rest of the block.
        let rest: Vec<_> = insts[pos + 1..].to_vec();
        for &i in &rest {
            f.insts[i.index()].block = next;
        }
        f.blocks[next.index()].insts = rest;
        f.blocks[block.index()].insts.truncate(pos + 1);
        let (callee, sig) = match (&callee, sig.call_conv) {
            (Callee::Direct(name), CallConv::C) => {
                let t = thunk(name, &sig);
                let go = Signature::new(sig.params.clone(), sig.results.clone(), CallConv::Go);
                (Callee::Direct(t), go)
            }
            _ => (callee, sig),
        };
        f.insts[call.index()].data = InstData::TryCall {
            callee,
            sig,
            args,
            normal: BlockCall::new(next, &[]),
            landing: BlockCall::new(landing, &[]),
        };
        rewritten += 1;
        work.push(next);
    }
    if !rename.is_empty() {
        f.substitute_values(|v| rename.get(&v).copied().unwrap_or(v));
    }
    rewritten
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builder::FunctionBuilder;
    use crate::types::{Linkage, Type};
    use crate::verify::verify_function;

    #[test]
    fn calls_become_try_calls() {
        let sig = Signature::new(vec![Type::I64], vec![Type::I64], CallConv::Go);
        let mut f = Function::new("main.f", sig.clone(), Linkage::Local);
        let landing;
        {
            let mut b = FunctionBuilder::new(&mut f);
            let entry = b.create_block();
            let x = b.append_params_for_signature(entry)[0];
            landing = b.create_block();
            b.switch_to_block(entry);
            let y = b.call("main.g", &sig, &[x])[0];
            let csig = Signature::new(vec![], vec![], CallConv::C);
            b.call("runtime.panicdivide", &csig, &[]);
            let z = b.iadd(y, x);
            b.return_(&[z]);
            b.switch_to_block(landing);
            b.trap(0);
            b.finish();
        }
        let n =
            route_calls_to_landing_pad(&mut f, landing, &|n| n.contains("panic"), &mut |n, _| {
                format!("{n}·tail")
            });
        assert_eq!(n, 2);
        verify_function(&f).unwrap();
        let text = f.to_string();
        assert!(text.contains("try_call main.g"), "{text}");
        assert!(text.contains("try_call runtime.panicdivide·tail"), "{text}");
    }
}
