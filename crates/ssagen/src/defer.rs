//! `defer`, `recover()` and the frame of a function with defers (issue
//! #3; docs/defer.md).
//!
//! ssagen emits the *abstract* defer instructions of the SSA IR and
//! `ssa::passes::lower_defers` picks gc's strategy and lowers them:
//!
//! - `defer_entry cont, landing L, returns N` after the prologue (N: the
//!   explicit `return` statements);
//! - `defer clo, line:col[, in loop][, wrapper W]` per `defer` statement,
//!   `clo` being the zero-argument closure built by `defer_wrap.rs`
//!   (on the heap for a defer in a loop);
//! - every `return` stores the results into memory (deferred closures may
//!   change named results) and jumps to one exit block that starts with
//!   `defer_return` and returns the results;
//! - the landing pad `L` is just `defer_landing exit`.
//!
//! What gc counts, which defers are in a loop and which it reports are
//! syntactic, as in gc: `defer_scan.rs`.

use ssa::{Block, CallConv, DeferSite, Signature, Type as T, Value};
use syntax::Pos;
use syntax::ast::Expr;

pub use crate::defer_scan::{DeferFacts, scan};
use crate::func::{Fx, Local, Val};

/// The `-d=defer` report from the lowering's decisions: one
/// `file:line:col: ... defer` line per defer statement gc's ssagen
/// compiles (`DeferStmt::reported`) in package `main` (`-gcflags`
/// applies to the packages being built, not to the standard ones),
/// sorted by position (gc sorts its diagnostics).
pub fn debug_lines(
    plans: &[(String, ssa::passes::DeferPlan)],
    src: &syntax::SourceFile,
) -> Vec<String> {
    debug_notes(plans)
        .into_iter()
        .map(|(pos, msg)| format!("{}: {msg}", src.position(pos)))
        .collect()
}

/// The lines of [`debug_lines`] as positions and messages, sorted by
/// position, for a caller that formats positions itself (`gocc tool
/// compile`, whose `-C` drops columns).
pub fn debug_notes(plans: &[(String, ssa::passes::DeferPlan)]) -> Vec<(u32, String)> {
    let mut out: Vec<(u32, String)> = Vec::new();
    for (_, p) in plans.iter().filter(|(name, _)| name.starts_with("main.")) {
        for d in p.stmts.iter().filter(|d| d.reported) {
            out.push((d.pos, p.strategy_for(d.in_loop).describe().to_string()));
        }
    }
    out.sort_by_key(|x| x.0);
    out
}

/// Per-function defer state while lowering.
pub(crate) struct FrameDefers {
    facts: DeferFacts,
    exit: Block,
    /// Set while emitting the real return in the exit block.
    returning: bool,
    pub(crate) nwrap: u32,
    /// The deferwrap built for the defer being lowered, if any.
    pub(crate) last_wrapper: Option<String>,
}

impl Fx<'_, '_, '_> {
    /// Sets up a function with defers (after the prologue): results in
    /// memory, the exit block, the landing pad and `defer_entry`.
    pub fn defer_begin(&mut self, facts: DeferFacts) {
        // Results live in memory: deferred calls may change named results,
        // and the exit block reads them from there.
        for r in self.results.clone() {
            if let Some(Local::Vars(vs)) = self.locals.get(&r).cloned() {
                let ty = self.g.info.obj(r).ty;
                let vals: Vec<Value> = vs.iter().map(|v| self.b.use_var(*v)).collect();
                let size = self.g.tt.size_of(ty).max(1) as u32;
                let align = self.g.tt.align_of(ty).max(1) as u32;
                let slot = self.b.create_stack_slot(size, align);
                let a = self.b.stack_addr(slot, 0);
                self.store_leaves(a, ty, &vals);
                self.locals.insert(r, Local::Slot(slot));
            }
        }
        let exit = self.b.create_block();
        let landing = self.b.create_block();
        let cont = self.b.create_block();
        self.b
            .defer_entry(cont, landing, facts.returns, facts.defers.clone());
        self.b.seal_block(landing);
        self.b.seal_block(cont);
        // The landing pad: the lowering fills it in.
        self.b.switch_to_block(landing);
        self.b.defer_landing(exit);
        self.b.switch_to_block(cont);
        self.defers = Some(Box::new(FrameDefers {
            facts,
            exit,
            returning: false,
            nwrap: 0,
            last_wrapper: None,
        }));
    }

    /// `return` in a function with defers: store the results and jump to
    /// the exit block. False when the function has no defers (or the exit
    /// block itself is returning).
    pub fn defer_return(&mut self, vals: &[Val]) -> bool {
        let exit = match &self.defers {
            Some(d) if !d.returning => d.exit,
            _ => return false,
        };
        let rs = self.results.clone();
        for (r, v) in rs.iter().zip(vals) {
            let ty = self.g.info.obj(*r).ty;
            if let Some(a) = self.local_addr(*r) {
                // `return` without values reads the results themselves.
                if !matches!(v, Val::M(src) if *src == a) {
                    self.store_mem(a, ty, v);
                }
            }
        }
        self.b.jump(exit, &[]);
        true
    }

    /// `defer call`: the closure, then the abstract `defer`.
    pub fn defer_stmt(&mut self, call: &Expr, pos: Pos) {
        let Some(d) = self.defers.as_mut() else {
            self.g.unsupported(pos, "defer");
            return;
        };
        // Every defer ssagen lowers is one gc counts (both skip the same
        // dead code).
        let Some(in_loop) = d.facts.at(pos).map(|s| s.in_loop) else {
            self.g.unsupported(pos, "defer");
            return;
        };
        d.last_wrapper = None;
        let clo = self.deferred_closure(call, in_loop);
        let wrapper = self.defers.as_mut().and_then(|d| d.last_wrapper.take());
        let (line, col) = self.g.src.line_col(pos);
        self.b.defer(
            clo,
            DeferSite {
                pos,
                line,
                col,
                in_loop,
                wrapper,
            },
        );
    }

    /// Finishes a function with defers (after the body): the exit block
    /// runs the pending defers (`defer_return`) and returns the results.
    pub fn defer_end(&mut self) {
        let Some(exit) = self.defers.as_ref().map(|d| d.exit) else {
            return;
        };
        self.b.seal_block(exit);
        self.b.switch_to_block(exit);
        self.b.defer_return();
        if let Some(d) = self.defers.as_mut() {
            d.returning = true;
        }
        self.ret_named();
    }

    /// `recover()`: `runtime.gorecover(fp of our caller, our return
    /// address)`; the runtime accepts only a caller running this panic's
    /// deferred calls (or a deferwrap called by it).
    pub fn recover_call(&mut self) -> Val {
        let fp = self.b.frame_pointer();
        let caller = self.b.load(T::I64, fp, 0);
        let ret = self.b.load(T::I64, fp, 8);
        let sig = Signature::new(vec![T::I64, T::I64], vec![T::I64, T::I64], CallConv::C);
        Val::S(self.b.call("runtime.gorecover", &sig, &[caller, ret]))
    }
}
