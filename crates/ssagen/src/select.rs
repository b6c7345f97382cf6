//! `select` as gc lowers it:
//!
//! - no cases: `runtime.block()` (`select {}`); only `default`: its body;
//! - one case and no default: the plain channel operation (so a blocked
//!   program reports `chan receive`, not `select`, like gc);
//! - otherwise the channel operands and sent values are evaluated once, in
//!   source order, into a frame array of `{c, elem}` cases (sends first,
//!   then receives: runtime/src/chan.rs), and `runtime.selectgo(cases,
//!   nsends, nrecvs, block)` returns the chosen case (-1: `default`) and
//!   whether a receive got a value. The received value waits in a frame
//!   temporary until the clause's left-hand side takes it.

use ssa::{IntCC, Type as T, Value};
use syntax::ast::{self, AssignOp, CommClause, Expr, ExprKind, StmtKind, UnaryOp};
use types::{BasicKind, TypeId};

use crate::func::{Fx, Target, Val};

/// One communication of a select, with its operands evaluated.
enum Comm<'e> {
    Send,
    /// `[lhs =|:=] <-c`: the left-hand sides (value, ok), and whether they
    /// are defined.
    Recv {
        lhs: Vec<&'e Expr>,
        define: bool,
        elem: TypeId,
        tmp: Value,
    },
}

/// The receive expression of a comm clause (`<-c`, maybe parenthesized).
fn recv_operand(e: &Expr) -> Option<&Expr> {
    match &e.kind {
        ExprKind::Paren(x) => recv_operand(x),
        ExprKind::Unary(UnaryOp::Recv, c) => Some(c),
        _ => None,
    }
}

impl Fx<'_, '_, '_> {
    pub fn select_stmt(&mut self, body: &[CommClause], label: Option<String>) {
        let done = self.b.create_block();
        self.targets.push(Target {
            label,
            brk: done,
            cont: None,
        });
        let comms: Vec<&CommClause> = body.iter().filter(|c| c.comm.is_some()).collect();
        let default = body.iter().find(|c| c.comm.is_none());
        match (comms.len(), default) {
            (0, None) => {
                self.rt("runtime.block", &[], &[]);
                self.b.unreachable();
            }
            (0, Some(d)) => self.block(&d.body),
            (1, None) => {
                let c = comms[0];
                if let Some(s) = &c.comm {
                    self.stmt(s);
                }
                if !self.b.is_terminated() {
                    self.block(&c.body);
                }
            }
            _ => self.select_general(&comms, default, done),
        }
        self.targets.pop();
        if !self.b.is_terminated() {
            self.b.jump(done, &[]);
        }
        self.b.seal_block(done);
        self.b.switch_to_block(done);
    }

    fn select_general(
        &mut self,
        comms: &[&CommClause],
        default: Option<&CommClause>,
        done: ssa::Block,
    ) {
        // Evaluate the operands in source order.
        let mut evaluated = Vec::new();
        let mut sends: Vec<(usize, Value, Value)> = Vec::new();
        let mut recvs: Vec<(usize, Value, Value)> = Vec::new();
        for (i, cc) in comms.iter().enumerate() {
            let Some(s) = &cc.comm else { continue };
            match &s.kind {
                StmtKind::Send(ch, v) => {
                    let cty = self.type_of(ch.id);
                    let elem = self.chan_elem(cty);
                    let c = self.expr(ch).v();
                    let vty = self.type_of(v.id);
                    let val = self.expr(v);
                    let val = self.convert_assign(val, vty, elem);
                    let tmp = self.chan_temp(elem, Some(val));
                    sends.push((i, c, tmp));
                    evaluated.push(Comm::Send);
                }
                _ => {
                    let Some((ch, lhs, define)) = self.comm_recv(s) else {
                        self.g.unsupported(s.pos, "select case");
                        return;
                    };
                    let cty = self.type_of(ch.id);
                    let elem = self.chan_elem(cty);
                    let c = self.expr(ch).v();
                    let tmp = self.chan_temp(elem, None);
                    recvs.push((i, c, tmp));
                    evaluated.push(Comm::Recv {
                        lhs,
                        define,
                        elem,
                        tmp,
                    });
                }
            }
        }
        // The case array: sends first, then receives.
        let order: Vec<(usize, Value, Value)> = sends.iter().chain(&recvs).copied().collect();
        let n = order.len();
        let slot = self.b.create_stack_slot((n.max(1) * 16) as u32, 8);
        for (k, (_, c, tmp)) in order.iter().enumerate() {
            let a = self.b.stack_addr(slot, (k * 16) as i32);
            self.b.store(*c, a, 0);
            self.b.store(*tmp, a, 8);
        }
        let cases = self.b.stack_addr(slot, 0);
        let ns = self.b.iconst(T::I64, sends.len() as i64);
        let nr = self.b.iconst(T::I64, recvs.len() as i64);
        let block = self.b.iconst(T::I8, i64::from(default.is_none()));
        let r = self.rt(
            "runtime.selectgo",
            &[cases, ns, nr, block],
            &[T::I64, T::I8],
        );
        let (chosen, recv_ok) = (r[0], r[1]);
        // Dispatch on the chosen case.
        for (k, (i, _, _)) in order.iter().enumerate() {
            let kv = self.b.iconst(T::I64, k as i64);
            let hit = self.b.icmp(IntCC::Eq, chosen, kv);
            let body = self.b.create_block();
            let next = self.b.create_block();
            self.b.brif(hit, body, &[], next, &[]);
            self.b.seal_block(body);
            self.b.seal_block(next);
            self.b.switch_to_block(body);
            if let Comm::Recv {
                lhs,
                define,
                elem,
                tmp,
            } = &evaluated[*i]
            {
                let v = self.load_mem(*tmp, *elem);
                let v = self.materialize(*elem, v);
                let mut vals = vec![(v, *elem)];
                if lhs.len() > 1 {
                    let bool_ty = self.g.tt.basic(BasicKind::Bool);
                    vals.push((Val::scalar(recv_ok), bool_ty));
                }
                self.select_bind(lhs, *define, vals);
            }
            self.block(&comms[*i].body);
            if !self.b.is_terminated() {
                self.b.jump(done, &[]);
            }
            self.b.switch_to_block(next);
        }
        match default {
            Some(d) => self.block(&d.body),
            None => self.b.unreachable(),
        }
    }

    /// Assigns (or defines) the received value and ok flag. As in gc, the
    /// left-hand sides are evaluated only in the chosen case.
    fn select_bind(&mut self, lhs: &[&Expr], define: bool, vals: Vec<(Val, TypeId)>) {
        if define {
            for (e, (v, ty)) in lhs.iter().zip(vals) {
                self.bind_iter(Some(e), true, v, ty);
            }
            return;
        }
        let mut lvs = Vec::new();
        for e in lhs {
            let ty = self.type_of(e.id);
            lvs.push((self.lvalue(e), ty));
        }
        for ((lv, lty), (v, ty)) in lvs.into_iter().zip(vals) {
            let v = self.convert_assign(v, ty, lty);
            self.store_lvalue(&lv, lty, v);
        }
    }

    /// For a receive comm statement: the channel expression, the
    /// left-hand sides and whether they are defined.
    fn comm_recv<'e>(&self, s: &'e ast::Stmt) -> Option<(&'e Expr, Vec<&'e Expr>, bool)> {
        match &s.kind {
            StmtKind::Expr(e) => Some((recv_operand(e)?, Vec::new(), false)),
            StmtKind::Assign { lhs, op, rhs } if rhs.len() == 1 => {
                let define = match op {
                    AssignOp::Define => true,
                    AssignOp::Assign => false,
                    AssignOp::Op(_) => return None,
                };
                Some((recv_operand(&rhs[0])?, lhs.iter().collect(), define))
            }
            _ => None,
        }
    }
}
