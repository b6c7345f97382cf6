//! Statements and control flow: blocks, if, for (all forms), switch,
//! labels, break/continue/goto, return.

use ssa::{Block, Type as T};
use syntax::ast::{self, AssignOp, Decl, Expr, Stmt, StmtKind};
use types::ObjId;

use crate::func::{Fx, Local, Target, Val};

impl Fx<'_, '_, '_> {
    /// A statement list, without the statements gc drops as dead
    /// (`deadcode::live_stmts`: after a terminating statement).
    pub fn block(&mut self, stmts: &[Stmt]) {
        for s in crate::deadcode::live_stmts(self.g.info, stmts) {
            self.stmt(s);
        }
    }

    pub fn stmt(&mut self, s: &Stmt) {
        syntax::stack::guard();
        let label = self.pending_label.take();
        self.pos = s.pos;
        self.b.set_pos(s.pos);
        if let Some(vs) = self.slicebufs.moves.get(&s.pos).cloned() {
            for v in vs {
                self.move2heap(v);
            }
        }
        match &s.kind {
            StmtKind::Empty => {}
            StmtKind::Expr(e) => {
                self.expr_multi(e);
            }
            StmtKind::IncDec(e, inc) => {
                let op = if *inc {
                    ast::BinaryOp::Add
                } else {
                    ast::BinaryOp::Sub
                };
                self.op_assign(e, op, None);
            }
            StmtKind::Assign { lhs, op, rhs } => match op {
                AssignOp::Assign => self.assign(lhs, rhs),
                AssignOp::Define => self.define(lhs, rhs),
                AssignOp::Op(bop) => {
                    if let (Some(l), Some(r)) = (lhs.first(), rhs.first()) {
                        self.op_assign(l, *bop, Some(r));
                    }
                }
            },
            StmtKind::Decl(Decl::Var(specs)) => {
                for sp in specs {
                    self.var_spec(sp);
                }
            }
            StmtKind::Decl(_) => {}
            StmtKind::Send(ch, v) => self.chan_send(ch, v),
            StmtKind::Go(e) => self.go_stmt(e),
            StmtKind::Defer(e) => self.defer_stmt(e, s.pos),
            StmtKind::Select { body, .. } => self.select_stmt(body, label),
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                body,
                ..
            } => self.type_switch(init, bind.as_ref(), x, body, label),
            StmtKind::Return(es) => self.return_stmt(es),
            StmtKind::Break(l) => {
                let t = self.find_target(l.as_ref().map(|i| i.name.as_str()), false);
                match t {
                    Some(b) => self.b.jump(b, &[]),
                    None => self.g.unsupported(s.pos, "break target"),
                }
            }
            StmtKind::Continue(l) => {
                let t = self.find_target(l.as_ref().map(|i| i.name.as_str()), true);
                match t {
                    Some(b) => self.b.jump(b, &[]),
                    None => self.g.unsupported(s.pos, "continue target"),
                }
            }
            StmtKind::Goto(l) => {
                let b = self.label_block(&l.name);
                self.b.jump(b, &[]);
            }
            StmtKind::Fallthrough => match self.fallthrough_to {
                Some(b) => self.b.jump(b, &[]),
                None => self.g.unsupported(s.pos, "fallthrough here"),
            },
            StmtKind::Block(b) => self.block(&b.stmts),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                // A statically decided condition: gc keeps only the branch
                // taken (`escape::deadcode`), evaluating a non-constant condition
                // for its side effects.
                let known = crate::deadcode::static_bool(self.g.info, cond);
                if known != 0 {
                    let constant = self.g.info.expr_types.get(&cond.id);
                    if constant.and_then(|tv| tv.value.as_ref()).is_none() {
                        self.expr(cond);
                    }
                    if known > 0 {
                        self.block(&then.stmts);
                    } else if let Some(e) = els {
                        self.stmt(e);
                    }
                    return;
                }
                let c = self.cond(cond);
                let tb = self.b.create_block();
                let eb = self.b.create_block();
                self.b.brif(c, tb, &[], eb, &[]);
                self.b.seal_block(tb);
                self.b.seal_block(eb);
                let join = self.b.create_block();
                self.b.switch_to_block(tb);
                self.block(&then.stmts);
                if !self.b.is_terminated() {
                    self.b.jump(join, &[]);
                }
                self.b.switch_to_block(eb);
                if let Some(e) = els {
                    self.stmt(e);
                }
                if !self.b.is_terminated() {
                    self.b.jump(join, &[]);
                }
                self.b.seal_block(join);
                self.b.switch_to_block(join);
            }
            StmtKind::Switch {
                init, tag, body, ..
            } => self.switch(init, tag, body, label),
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                // `for cond` with a statically false condition: gc drops
                // the body and the post statement (deadcode.rs).
                if cond
                    .as_ref()
                    .is_some_and(|c| crate::deadcode::static_bool(self.g.info, c) < 0)
                {
                    let empty = ast::Block {
                        pos: body.pos,
                        stmts: Vec::new(),
                        rbrace: body.rbrace,
                    };
                    self.for_stmt(init, cond.as_ref(), &None, &empty, label);
                } else {
                    self.for_stmt(init, cond.as_ref(), post, body, label);
                }
            }
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            } => self.range(key.as_ref(), value.as_ref(), *define, x, body, label),
            StmtKind::Labeled(l, inner) => {
                let b = self.label_block(&l.name);
                if !self.b.is_terminated() {
                    self.b.jump(b, &[]);
                }
                self.b.switch_to_block(b);
                self.pending_label = Some(l.name.clone());
                self.stmt(inner);
                self.pending_label = None;
            }
        }
    }

    fn label_block(&mut self, name: &str) -> Block {
        if let Some(b) = self.labels.get(name) {
            return *b;
        }
        let b = self.b.create_block();
        self.labels.insert(name.to_string(), b);
        b
    }

    fn find_target(&self, label: Option<&str>, cont: bool) -> Option<Block> {
        for t in self.targets.iter().rev() {
            if let Some(l) = label
                && t.label.as_deref() != Some(l)
            {
                continue;
            }
            if cont {
                if let Some(c) = t.cont {
                    return Some(c);
                }
                if label.is_some() {
                    return None;
                }
            } else {
                return Some(t.brk);
            }
        }
        None
    }

    fn var_spec(&mut self, sp: &ast::VarSpec) {
        let objs: Vec<Option<ObjId>> = sp
            .names
            .iter()
            .map(|n| self.g.info.defs.get(&n.id).copied())
            .collect();
        if sp.values.is_empty() {
            for o in objs.into_iter().flatten() {
                let ty = self.g.info.obj(o).ty;
                self.declare_local(o, ty, None);
            }
            return;
        }
        let vals = self.rhs_values(&sp.values, objs.len());
        let sites = crate::assign::box_sites(&sp.values, objs.len());
        for (i, (o, (v, vty))) in objs.into_iter().zip(vals).enumerate() {
            let Some(o) = o else { continue };
            let ty = self.g.info.obj(o).ty;
            let v = self.convert_at(v, vty, ty, sites.get(i).copied());
            self.declare_local(o, ty, Some(v));
        }
    }

    /// `return x, ...` assigns the results before returning: a named
    /// result in memory (a heap cell or frame slot shared with a closure
    /// or a pointer) must hold the returned value, since a closure that
    /// outlives the call may read it. (With defers, `defer_return` stores
    /// every result.) Results in SSA variables are not observable.
    fn store_named_results(&mut self, out: &mut [Val]) {
        if self.defers.is_some() {
            return;
        }
        let in_memory: Vec<(usize, ObjId)> = self
            .results
            .iter()
            .enumerate()
            .filter(|(_, r)| !matches!(self.locals.get(r), None | Some(Local::Vars(_))))
            .map(|(i, r)| (i, *r))
            .collect();
        if in_memory.is_empty() {
            return;
        }
        // Copy values read from memory first: storing one result must not
        // change another's value (`return b, a` with both in memory).
        for (v, r) in out.iter_mut().zip(self.results.clone()) {
            let ty = self.g.info.obj(r).ty;
            *v = self.materialize(ty, v.clone());
        }
        for (i, r) in in_memory {
            let ty = self.g.info.obj(r).ty;
            if let Some(a) = self.local_addr(r) {
                self.store_mem(a, ty, &out[i]);
            }
        }
    }

    fn return_stmt(&mut self, es: &[Expr]) {
        if es.is_empty() {
            self.ret_named();
            return;
        }
        let rtys: Vec<_> = self.abi.results.iter().map(|r| r.0).collect();
        let vals = self.rhs_values(es, rtys.len());
        let sites = crate::assign::box_sites(es, rtys.len());
        let mut out = Vec::new();
        for (i, ((v, vty), rty)) in vals.into_iter().zip(rtys).enumerate() {
            out.push(self.convert_at(v, vty, rty, sites.get(i).copied()));
        }
        self.store_named_results(&mut out);
        self.ret_vals(out);
    }

    /// A boolean condition as an `i8`.
    pub fn cond(&mut self, e: &Expr) -> ssa::Value {
        self.expr(e).v()
    }

    fn switch(
        &mut self,
        init: &Option<Box<Stmt>>,
        tag: &Option<Expr>,
        body: &[ast::CaseClause],
        label: Option<String>,
    ) {
        if let Some(i) = init {
            self.stmt(i);
        }
        // A switch on constants: gc keeps only the clause always taken
        // (deadcode.rs); `break` still leaves the switch.
        let fold = crate::deadcode::fold_switch(self.g.info, tag.as_ref(), body);
        if fold != crate::deadcode::SwitchFold::No {
            let done = self.b.create_block();
            self.targets.push(Target {
                label,
                brk: done,
                cont: None,
            });
            if let crate::deadcode::SwitchFold::Clause(i) = fold {
                self.block(&body[i].body);
            }
            self.targets.pop();
            if !self.b.is_terminated() {
                self.b.jump(done, &[]);
            }
            self.b.seal_block(done);
            self.b.switch_to_block(done);
            return;
        }
        let tagv = tag.as_ref().map(|t| {
            let ty = self.type_of(t.id);
            let v = self.expr(t);
            let v = self.materialize(ty, v);
            (v, ty)
        });
        let done = self.b.create_block();
        let bodies: Vec<Block> = body.iter().map(|_| self.b.create_block()).collect();
        let mut default = None;
        for (i, c) in body.iter().enumerate() {
            if c.is_default {
                default = Some(bodies[i]);
                continue;
            }
            for e in &c.exprs {
                let hit = match &tagv {
                    Some((tv, tty)) => {
                        let ety = self.type_of(e.id);
                        let ev = self.expr(e);
                        let ev = self.convert_assign(ev, ety, *tty);
                        self.equal(*tty, tv.clone(), ev)
                    }
                    None => self.cond(e),
                };
                let next = self.b.create_block();
                self.b.brif(hit, bodies[i], &[], next, &[]);
                self.b.seal_block(next);
                self.b.switch_to_block(next);
            }
        }
        self.b.jump(default.unwrap_or(done), &[]);
        self.targets.push(Target {
            label,
            brk: done,
            cont: None,
        });
        for (i, c) in body.iter().enumerate() {
            self.b.switch_to_block(bodies[i]);
            let saved = self.fallthrough_to.take();
            self.fallthrough_to = bodies.get(i + 1).copied();
            self.block(&c.body);
            self.fallthrough_to = saved;
            if !self.b.is_terminated() {
                self.b.jump(done, &[]);
            }
        }
        for b in &bodies {
            self.b.seal_block(*b);
        }
        self.targets.pop();
        self.b.seal_block(done);
        self.b.switch_to_block(done);
    }

    fn for_stmt(
        &mut self,
        init: &Option<Box<Stmt>>,
        cond: Option<&Expr>,
        post: &Option<Box<Stmt>>,
        body: &ast::Block,
        label: Option<String>,
    ) {
        // Variables declared by the init statement that live in cells get
        // a fresh copy per iteration (Go 1.22 loop variables).
        let mut loop_cells: Vec<ObjId> = Vec::new();
        if let Some(i) = init {
            self.stmt(i);
            if let StmtKind::Assign {
                lhs,
                op: AssignOp::Define,
                ..
            } = &i.kind
            {
                for l in lhs {
                    if let ast::ExprKind::Name(id) = &l.kind
                        && let Some(o) = self.g.info.defs.get(&id.id)
                        && matches!(self.locals.get(o), Some(Local::Cell(_)))
                    {
                        loop_cells.push(*o);
                    }
                }
            }
        }
        let header = self.b.create_block();
        let bodyb = self.b.create_block();
        let cont = self.b.create_block();
        let done = self.b.create_block();
        self.b.jump(header, &[]);
        self.b.switch_to_block(header);
        match cond {
            Some(c) => {
                let c = self.cond(c);
                self.b.brif(c, bodyb, &[], done, &[]);
            }
            None => self.b.jump(bodyb, &[]),
        }
        self.b.seal_block(bodyb);
        self.b.switch_to_block(bodyb);
        self.targets.push(Target {
            label,
            brk: done,
            cont: Some(cont),
        });
        self.block(&body.stmts);
        self.targets.pop();
        if !self.b.is_terminated() {
            self.b.jump(cont, &[]);
        }
        self.b.seal_block(cont);
        self.b.switch_to_block(cont);
        for o in loop_cells {
            self.fresh_cell(o);
        }
        if let Some(p) = post {
            self.stmt(p);
        }
        self.b.jump(header, &[]);
        self.b.seal_block(header);
        self.b.seal_block(done);
        self.b.switch_to_block(done);
    }

    /// Moves a cell variable into a fresh cell holding its current value.
    pub fn fresh_cell(&mut self, o: ObjId) {
        let Some(Local::Cell(var)) = self.locals.get(&o).cloned() else {
            return;
        };
        let ty = self.g.info.obj(o).ty;
        let old = self.b.use_var(var);
        let new = self.alloc(ty);
        let v = self.load_mem(old, ty);
        self.store_mem(new, ty, &v);
        self.b.def_var(var, new);
    }

    /// A loop skeleton shared by the `range` forms: `i` counts from 0 while
    /// `i < n`; `body` binds the iteration variables and runs the body.
    pub fn counted_loop(
        &mut self,
        n: ssa::Value,
        label: Option<String>,
        mut body: impl FnMut(&mut Self, ssa::Value),
    ) {
        let i = self.b.declare_var(T::I64);
        let z = self.b.iconst(T::I64, 0);
        self.b.def_var(i, z);
        let header = self.b.create_block();
        let bodyb = self.b.create_block();
        let cont = self.b.create_block();
        let done = self.b.create_block();
        self.b.jump(header, &[]);
        self.b.switch_to_block(header);
        let iv = self.b.use_var(i);
        let c = self.b.icmp(ssa::IntCC::Slt, iv, n);
        self.b.brif(c, bodyb, &[], done, &[]);
        self.b.seal_block(bodyb);
        self.b.switch_to_block(bodyb);
        self.targets.push(Target {
            label,
            brk: done,
            cont: Some(cont),
        });
        let iv = self.b.use_var(i);
        body(self, iv);
        self.targets.pop();
        if !self.b.is_terminated() {
            self.b.jump(cont, &[]);
        }
        self.b.seal_block(cont);
        self.b.switch_to_block(cont);
        let iv = self.b.use_var(i);
        let one = self.b.iconst(T::I64, 1);
        let nx = self.b.iadd(iv, one);
        self.b.def_var(i, nx);
        self.b.jump(header, &[]);
        self.b.seal_block(header);
        self.b.seal_block(done);
        self.b.switch_to_block(done);
    }

    /// Binds a range iteration variable: declares it (`:=`) or assigns it.
    /// Binds a range clause's key and value. With `=` both targets are
    /// assigned as in a tuple assignment: their index and pointer operands
    /// are evaluated before either is stored (`for i, x[i] = range y`
    /// stores into `x[old i]`, go/test range.go).
    pub fn bind_iters(
        &mut self,
        define: bool,
        key: (Option<&Expr>, Val, types::TypeId),
        value: (Option<&Expr>, Val, types::TypeId),
    ) {
        match (key.0, value.0) {
            (Some(k), Some(v)) if !define => {
                self.assign_values(&[k, v], vec![(key.1, key.2), (value.1, value.2)]);
            }
            _ => {
                self.bind_iter(key.0, define, key.1, key.2);
                self.bind_iter(value.0, define, value.1, value.2);
            }
        }
    }

    pub fn bind_iter(&mut self, e: Option<&Expr>, define: bool, v: Val, vty: types::TypeId) {
        let Some(e) = e else { return };
        if define {
            if let ast::ExprKind::Name(id) = &e.kind
                && let Some(o) = self.g.info.defs.get(&id.id).copied()
            {
                let ty = self.g.info.obj(o).ty;
                let v = self.convert_assign(v, vty, ty);
                self.declare_local(o, ty, Some(v));
            }
        } else {
            let lty = self.type_of(e.id);
            let lv = self.lvalue(e);
            let v = self.convert_assign(v, vty, lty);
            self.store_lvalue(&lv, lty, v);
        }
    }
}
