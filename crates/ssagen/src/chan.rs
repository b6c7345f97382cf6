//! Channels through the runtime's gc-style entry points (runtime/src/chan.rs,
//! docs/abi.md "Goroutines, channels, sync"): `makechan`, `chansend1`,
//! `chanrecv1`/`chanrecv2`, `closechan`, `chanlen`/`chancap`.
//!
//! Elements cross the boundary by address: a send copies the value into a
//! fresh frame temporary first (a blocked sender's value must not change
//! under it, even if another goroutine writes the variable it came from),
//! and a receive lands in a frame temporary that is then loaded.

use ssa::{IntCC, Type as T, Value};
use syntax::ast::{self, Expr};
use types::{Type, TypeId};

use crate::func::{Fx, Target, Val};

impl Fx<'_, '_, '_> {
    /// Element type of channel type `cty`.
    pub fn chan_elem(&self, cty: TypeId) -> TypeId {
        match self.under(cty) {
            Type::Chan { elem, .. } => *elem,
            _ => cty,
        }
    }

    /// `make(chan T[, n])`.
    pub fn make_chan(&mut self, cty: TypeId, size: Option<&Expr>) -> Val {
        let n = match size {
            Some(a) => self.index_value(a),
            None => self.b.iconst(T::I64, 0),
        };
        let sym = self.g.typedesc(cty);
        let ct = self.b.symbol_addr(&sym);
        Val::S(self.rt("runtime.makechan", &[ct, n], &[T::I64]))
    }

    /// `ch <- v`: the channel, then the value, are evaluated first.
    pub fn chan_send(&mut self, ch: &Expr, v: &Expr) {
        let cty = self.type_of(ch.id);
        let elem = self.chan_elem(cty);
        let c = self.expr(ch).v();
        let vty = self.type_of(v.id);
        let val = self.expr(v);
        self.chan_send_val(c, elem, val, vty);
    }

    /// Sends an evaluated value (converted to the element type).
    pub fn chan_send_val(&mut self, c: Value, elem: TypeId, val: Val, vty: TypeId) {
        let val = self.convert_assign(val, vty, elem);
        let tmp = self.chan_temp(elem, Some(val));
        self.rt("runtime.chansend1", &[c, tmp], &[]);
    }

    /// A frame temporary for one element (holding `init` if given; a
    /// receive always writes it, the zero value when the channel is closed).
    pub fn chan_temp(&mut self, elem: TypeId, init: Option<Val>) -> Value {
        let a = self.temp_slot(elem);
        if let Some(v) = init {
            self.store_mem(a, elem, &v);
        }
        a
    }

    /// `<-ch` as a value.
    pub fn chan_recv(&mut self, ch: &Expr) -> Val {
        let cty = self.type_of(ch.id);
        let elem = self.chan_elem(cty);
        let c = self.expr(ch).v();
        let tmp = self.chan_temp(elem, None);
        self.rt("runtime.chanrecv1", &[c, tmp], &[]);
        let v = self.load_mem(tmp, elem);
        self.materialize(elem, v)
    }

    /// `v, ok := <-ch`.
    pub fn chan_recv2(&mut self, ch: &Expr) -> Vec<Val> {
        let cty = self.type_of(ch.id);
        let elem = self.chan_elem(cty);
        let c = self.expr(ch).v();
        let tmp = self.chan_temp(elem, None);
        let ok = self.rt("runtime.chanrecv2", &[c, tmp], &[T::I8])[0];
        let v = self.load_mem(tmp, elem);
        let v = self.materialize(elem, v);
        vec![v, Val::scalar(ok)]
    }

    /// `close(ch)`.
    pub fn chan_close(&mut self, ch: &Expr) {
        let c = self.expr(ch).v();
        self.rt("runtime.closechan", &[c], &[]);
    }

    /// `len(ch)` / `cap(ch)`: words 0 and 1 of the channel (0 for nil).
    pub fn chan_len_cap(&mut self, ch: &Expr, cap: bool) -> Val {
        let c = self.expr(ch).v();
        let sym = if cap {
            "runtime.chancap"
        } else {
            "runtime.chanlen"
        };
        Val::S(self.rt(sym, &[c], &[T::I64]))
    }

    /// `for v := range ch`: receive until the channel is closed and empty.
    pub fn range_chan(
        &mut self,
        value: Option<&Expr>,
        define: bool,
        x: &Expr,
        body: &ast::Block,
        label: Option<String>,
    ) {
        let cty = self.type_of(x.id);
        let elem = self.chan_elem(cty);
        let c = self.expr(x).v();
        let header = self.b.create_block();
        let bodyb = self.b.create_block();
        let done = self.b.create_block();
        self.b.jump(header, &[]);
        self.b.switch_to_block(header);
        let tmp = self.chan_temp(elem, None);
        let ok = self.rt("runtime.chanrecv2", &[c, tmp], &[T::I8])[0];
        let z = self.b.iconst(T::I8, 0);
        let closed = self.b.icmp(IntCC::Eq, ok, z);
        self.b.brif(closed, done, &[], bodyb, &[]);
        self.b.seal_block(bodyb);
        self.b.switch_to_block(bodyb);
        if value.is_some() {
            let v = self.load_mem(tmp, elem);
            let v = self.materialize(elem, v);
            self.bind_iter(value, define, v, elem);
        }
        self.targets.push(Target {
            label,
            brk: done,
            cont: Some(header),
        });
        self.block(&body.stmts);
        self.targets.pop();
        if !self.b.is_terminated() {
            self.b.jump(header, &[]);
        }
        self.b.seal_block(header);
        self.b.seal_block(done);
        self.b.switch_to_block(done);
    }
}
