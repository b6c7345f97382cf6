//! `go call`: like gc, the function value and the arguments are evaluated
//! at the `go` statement (the normalization shared with `defer`,
//! `godefer.rs`) into a heap closure `{&F.gowrapN, values...}`,
//! and `runtime.newproc(gocc.goentry, closure)` starts a goroutine that
//! runs it. `F.gowrapN` is a Go-convention function taking the closure (the
//! usual leading closure parameter) that loads the values and makes the
//! call, discarding results. `gocc.goentry(closure)` is the one SystemV
//! entry (emitted once per program) that the scheduler calls on the new
//! goroutine's stack: it calls `closure.code(closure)` with the Go
//! convention, so a frame walk on a goroutine stack ends at its frame.
//!
//! `go f()` of a `func()` value needs no wrapper: the value itself is the
//! closure (nil: gc's fatal `go of nil func value`).

use ssa::{CallConv, Function, FunctionBuilder, Linkage, Signature, Type as T, Value};
use syntax::ast::Expr;

use crate::func::Fx;
use crate::godefer::{GoDefer, WrapStorage};

/// The SystemV goroutine entry shared by all `go` statements.
const GOENTRY: &str = "gocc.goentry";

impl Fx<'_, '_, '_> {
    /// `go call`.
    pub fn go_stmt(&mut self, call: &Expr) {
        let Some(clo) = self.go_closure(call) else {
            return;
        };
        self.emit_goentry();
        let entry = self.b.symbol_addr(GOENTRY);
        self.rt("runtime.newproc", &[entry, clo], &[]);
    }

    /// The closure the new goroutine runs, with everything evaluated now
    /// (the normalization shared with `defer`, `godefer.rs`); on the heap,
    /// as it outlives the statement's frame.
    fn go_closure(&mut self, call: &Expr) -> Option<Value> {
        match self.normalize_go_defer(call, "go")? {
            GoDefer::FuncValue(f) => {
                self.go_nil_check(f);
                Some(f)
            }
            GoDefer::Wrapped(wc) => {
                let at = WrapStorage::Heap { prefix: 0 };
                Some(self.wrap_closure(wc, "gowrap", at).0)
            }
        }
    }

    /// `go f()` with a nil `f` is a fatal error at the go statement.
    fn go_nil_check(&mut self, f: Value) {
        let z = self.b.iconst(T::I64, 0);
        let is_nil = self.b.icmp(ssa::IntCC::Eq, f, z);
        let bad = self.b.create_block();
        let ok = self.b.create_block();
        self.b.brif(is_nil, bad, &[], ok, &[]);
        self.b.seal_block(bad);
        self.b.seal_block(ok);
        self.b.set_cold_block(bad);
        self.b.switch_to_block(bad);
        self.rt("runtime.gonilfunc", &[], &[]);
        self.b.unreachable();
        self.b.switch_to_block(ok);
    }

    /// Emits `gocc.goentry` once per program.
    fn emit_goentry(&mut self) {
        if !self.g.wrappers.insert(GOENTRY.to_string()) {
            return;
        }
        let sig = Signature::new(vec![T::I64], vec![], CallConv::C);
        let mut func = Function::new(GOENTRY, sig, Linkage::Local);
        {
            let mut b = FunctionBuilder::new(&mut func);
            let blk = b.create_block();
            let params = b.append_params_for_signature(blk);
            b.switch_to_block(blk);
            b.seal_block(blk);
            let clo = params[0];
            let code = b.load(T::I64, clo, 0);
            let go = Signature::new(vec![T::I64], vec![], CallConv::Go);
            b.call_indirect(&go, code, &[clo]);
            b.return_(&[]);
            b.finish();
        }
        self.g.module.functions.push(func);
    }
}
