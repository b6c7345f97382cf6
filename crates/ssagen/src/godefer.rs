//! The one normalization of `go` and `defer` calls (gc's
//! `typecheck.normalizeGoDeferCall`, analysed by `escape.goDeferStmt`):
//! `go f(a, b)` and `defer f(a, b)` evaluate the function value, the
//! receiver and the arguments at the statement and run a call of a
//! zero-argument closure later, whose wrapper function makes the real call.
//!
//! [`Fx::normalize_go_defer`] evaluates the operands and returns a
//! [`GoDefer`]: either the `func()` value itself (`defer f()`), or a
//! [`WrappedCall`] saying what the wrapper calls, what it captures (each
//! evaluated operand with its type) and how it gets each argument: a
//! captured value, or a slice, array or struct literal it builds itself
//! from captured elements, as gc does. `defer_wrap.rs` and
//! `goroutine.rs` turn that into a defer closure or a goroutine start
//! with [`Fx::wrap_closure`]; the storage of the closure comes from the
//! one small function [`Fx::wrap_storage`]. docs/ssagen.md describes
//! what is captured, for the escape analysis to mirror.

use ssa::{Function, FunctionBuilder, Linkage, Type as T, Value};
use syntax::Pos;
use syntax::ast::{Expr, ExprKind, KeyedElement, NodeId};
use types::{BasicKind, Builtin, Mode, ObjId, Receiver, SelectionKind, Type, TypeId};

use crate::abi::FuncAbi;
use crate::func::{Fx, Val};

/// A `go`/`defer` call after normalization.
pub(crate) enum GoDefer<'e> {
    /// `f()` of a `func()` value (gc's "already in normal form"): the
    /// value, evaluated at the statement, is itself the closure to run.
    /// Nil is not checked here (`defer` panics when the call runs, `go`
    /// is a fatal error at the statement).
    FuncValue(Value),
    /// Any other call: run through a wrapper.
    Wrapped(WrappedCall<'e>),
}

/// What a wrapper calls, and what it captured at the statement.
pub(crate) struct WrappedCall<'e> {
    pub callee: Callee,
    /// Every value captured at the statement, each with the type it is
    /// stored as in the closure: first the function part when `head`,
    /// then the captured values of each argument, in argument order.
    pub operands: Vec<(Val, TypeId)>,
    /// Whether `operands[0]` is the function part: the func value
    /// (`Callee::Closure`), the interface value (`Callee::Iface`), or a
    /// method's receiver.
    pub head: bool,
    /// How the wrapper gets each argument of the call, in order.
    pub args: Vec<ArgPlan<'e>>,
    /// `Some((k, slice type, call))`: arguments `k..` are the elements of
    /// the `...` slice, which the wrapper builds (gc does the same); `call`
    /// names the slice's allocation site for escape's `stack_sites`.
    pub variadic: Option<(usize, TypeId, NodeId)>,
    /// The callee's results (discarded by the wrapper).
    pub results: Vec<TypeId>,
}

/// How a wrapper gets one argument of its call.
pub(crate) enum ArgPlan<'e> {
    /// The next operand: evaluated at the statement and converted to the
    /// parameter type there.
    Captured,
    /// Built by the wrapper, as gc's normalization leaves it there: a
    /// slice, array or struct literal of exactly the parameter type, whose
    /// elements are captured (the next `leaves.len()` operands, each
    /// standing for the expression with that id; constants, `nil` and
    /// `new(T)` among them are evaluated by the wrapper), or `new(T)`.
    Rebuilt { expr: &'e Expr, leaves: Vec<NodeId> },
}

/// What a wrapper calls.
#[derive(Clone)]
pub(crate) enum Callee {
    /// A Go function or method by symbol (Go convention; a method's
    /// receiver is the first operand).
    Func(String),
    /// A runtime-implemented std function or method (runtime convention;
    /// a method's receiver is the first operand).
    Runtime(String),
    /// Method `name` of the interface value in the first operand.
    Iface(String),
    /// The func value in the first operand (nil panics when the wrapper
    /// runs).
    Closure,
    /// `recover()`: the operands are the frame and return address of the
    /// function holding the statement, so a deferred `recover()` acts as
    /// if that function called it (Go's test/recover1.go test5).
    Recover,
    /// `close(ch)`.
    Close,
    /// `panic(v)`: the operand is already converted to `any`.
    Panic,
    /// `print`/`println` (true) with each operand's position.
    Print(bool, Vec<Pos>),
    /// `delete(m, k)`: map type; the key is converted to the key type.
    Delete(TypeId),
    /// `copy(dst, src)`: the destination's element type.
    Copy(TypeId),
    /// `clear(x)`: `x`'s type (map or slice).
    Clear(TypeId),
}

/// Where the closure of a wrapped call lives ([`Fx::wrap_storage`]).
#[derive(Clone, Copy)]
pub(crate) enum WrapStorage {
    /// A slot of the frame (a defer outside loops, run before the frame
    /// goes).
    Frame,
    /// The heap, with `prefix` bytes in front of the closure (a defer in
    /// a loop keeps its record there; a goroutine's closure outlives the
    /// statement's frame).
    Heap { prefix: u64 },
}

/// The part of the call that names what is called.
enum Head<'e> {
    /// A function named directly (`f`, `fmt.Println`): nothing to
    /// evaluate.
    Static(ObjId),
    /// `x.M` of a concrete method.
    Method {
        sym: String,
        x: &'e Expr,
        path: Vec<usize>,
        recv: Receiver,
    },
    /// `x.M` of an interface method (`path`: from `x` to an embedded
    /// interface field).
    Iface {
        x: &'e Expr,
        path: Vec<usize>,
        name: String,
    },
    /// Any other func value.
    Value(&'e Expr),
}

impl Fx<'_, '_, '_> {
    /// Evaluates the operands of the call of a `go`/`defer` statement
    /// (`what`: "go" or "defer", for diagnostics). `None` after reporting
    /// an unsupported form.
    pub(crate) fn normalize_go_defer<'e>(
        &mut self,
        call: &'e Expr,
        what: &str,
    ) -> Option<GoDefer<'e>> {
        let ExprKind::Call {
            fun,
            args,
            ellipsis,
            ..
        } = &call.kind
        else {
            self.g
                .unsupported(call.pos, &format!("{what} of a non-call"));
            return None;
        };
        match self.g.info.expr_types.get(&fun.id).map(|t| t.mode) {
            Some(Mode::Builtin(b)) => return self.normalize_builtin(call, b, args, what),
            Some(Mode::TypeExpr) => {
                self.g
                    .unsupported(call.pos, &format!("{what} of a conversion"));
                return None;
            }
            _ => {}
        }
        let fty = self.type_of(fun.id);
        let Type::Func(sig) = self.under(fty).clone() else {
            self.g
                .unsupported(call.pos, &format!("{what} of a non-function"));
            return None;
        };
        let head = self.call_head(fun);
        if let Head::Value(f) = head
            && sig.params.is_empty()
            && sig.results.is_empty()
        {
            return Some(GoDefer::FuncValue(self.expr(f).v()));
        }
        // The type each argument is converted to: the parameter's, the
        // element type for the extras of a variadic call without `...`.
        let np = sig.params.len();
        let mut variadic = None;
        let targets: Vec<TypeId> = if sig.variadic && ellipsis.is_none() {
            let sty = sig.params[np - 1];
            let ety = match self.under(sty) {
                Type::Slice(e) => *e,
                _ => sty,
            };
            variadic = Some((np - 1, sty, call.id));
            let n = self.arg_count(args).max(np - 1);
            (0..n)
                .map(|i| if i < np - 1 { sig.params[i] } else { ety })
                .collect()
        } else {
            sig.params.clone()
        };
        let (operands, plans) = self.eval_operands(Some((&head, fty)), args, &targets);
        let has_head = !matches!(head, Head::Static(_));
        let callee = match head {
            Head::Static(obj) => {
                let sym = self.g.func_symbol(obj);
                if self.g.info.obj(obj).runtime {
                    Callee::Runtime(sym)
                } else {
                    Callee::Func(sym)
                }
            }
            Head::Method { sym, .. } if self.g.is_runtime_symbol(&sym) => Callee::Runtime(sym),
            Head::Method { sym, .. } => Callee::Func(sym),
            Head::Iface { name, .. } => {
                // `go/defer x.M()` with a nil interface `x` panics at the
                // statement, after the operands (gc's OCHECKNIL of the
                // itab follows their assignment; issue15975).
                if let Some(&tab) = operands.first().and_then(|o| o.0.leaves().first()) {
                    self.nil_check(tab);
                }
                Callee::Iface(name)
            }
            Head::Value(_) => Callee::Closure,
        };
        Some(GoDefer::Wrapped(WrappedCall {
            callee,
            operands,
            head: has_head,
            args: plans,
            variadic,
            results: sig.results.clone(),
        }))
    }

    /// The number of argument values (a multi-value call spread).
    fn arg_count(&self, args: &[Expr]) -> usize {
        match args {
            [a] => match self.g.tt.get(self.type_of(a.id)) {
                Type::Tuple(ts) => ts.len(),
                _ => 1,
            },
            _ => args.len(),
        }
    }

    /// Classifies the function part of a call without evaluating it.
    fn call_head<'e>(&mut self, fun: &'e Expr) -> Head<'e> {
        if let ExprKind::Paren(inner) = &fun.kind {
            return self.call_head(inner);
        }
        if let Some(obj) = self.callee_func(fun) {
            return Head::Static(obj);
        }
        if let ExprKind::Selector(x, sel) = &fun.kind
            && let Some(s) = self.g.info.selections.get(&fun.id)
            && s.kind == SelectionKind::MethodVal
            && let Some(m) = s.method
        {
            let path = s.path.clone();
            if let Some(recv) = self.g.info.obj(m).recv {
                let sym = self.g.func_symbol(m);
                return Head::Method { sym, x, path, recv };
            }
            let xty = self.type_of(x.id);
            if !path.is_empty() || matches!(self.under(xty), Type::Interface(_)) {
                return Head::Iface {
                    x,
                    path,
                    name: sel.name.clone(),
                };
            }
        }
        Head::Value(fun)
    }

    /// Evaluates what the statement captures, as gc assigns it
    /// (`tmp0, tmp1, ... = f, x, a...`): its order pass evaluates the
    /// operands containing calls first, left to right, then the
    /// assignment reads the others in order. `head` is the function part
    /// (with the function's type); `targets` the argument types. Returns
    /// the operands in closure order and how the wrapper gets each
    /// argument.
    fn eval_operands<'e>(
        &mut self,
        head: Option<(&Head<'e>, TypeId)>,
        args: &'e [Expr],
        targets: &[TypeId],
    ) -> (Vec<(Val, TypeId)>, Vec<ArgPlan<'e>>) {
        let mut srcs: Vec<Src<'e>> = Vec::new();
        let mut plans = Vec::new();
        if let Some((h, _)) = head
            && !matches!(h, Head::Static(_))
        {
            srcs.push(Src::Head);
        }
        if let [a] = args
            && let Type::Tuple(_) = self.g.tt.get(self.type_of(a.id))
        {
            srcs.push(Src::Spread(a));
            plans.extend(targets.iter().map(|_| ArgPlan::Captured));
        } else {
            for (a, &to) in args.iter().zip(targets) {
                match self.rebuilt_leaves(a, to) {
                    Some(leaves) => {
                        srcs.extend(leaves.iter().map(|&l| Src::Leaf(l)));
                        plans.push(ArgPlan::Rebuilt {
                            expr: a,
                            leaves: leaves.iter().map(|l| l.id).collect(),
                        });
                    }
                    None => {
                        srcs.push(Src::Arg(a, to));
                        plans.push(ArgPlan::Captured);
                    }
                }
            }
        }
        let mut vals: Vec<Option<Vec<(Val, TypeId)>>> = vec![None; srcs.len()];
        for (i, src) in srcs.iter().enumerate() {
            let call = match src {
                Src::Head => match head {
                    Some((Head::Method { x, .. } | Head::Iface { x, .. }, _)) => self.has_call(x),
                    Some((Head::Value(f), _)) => self.has_call(f),
                    _ => false,
                },
                Src::Arg(e, _) | Src::Leaf(e) => self.has_call(e),
                Src::Spread(_) => true,
            };
            if call {
                vals[i] = Some(self.eval_src(src, head, targets, true));
            }
        }
        for (i, src) in srcs.iter().enumerate() {
            if vals[i].is_none() {
                vals[i] = Some(self.eval_src(src, head, targets, false));
            }
        }
        (vals.into_iter().flatten().flatten().collect(), plans)
    }

    /// One captured source's values (`early`: evaluated before other
    /// operands are read, so aggregates are copied out).
    fn eval_src(
        &mut self,
        src: &Src<'_>,
        head: Option<(&Head<'_>, TypeId)>,
        targets: &[TypeId],
        early: bool,
    ) -> Vec<(Val, TypeId)> {
        match src {
            Src::Head => head
                .and_then(|(h, fty)| self.eval_head(h, fty))
                .into_iter()
                .collect(),
            Src::Arg(e, to) => {
                let t = self.type_of(e.id);
                let mut v = self.expr(e);
                if early {
                    v = self.materialize(t, v);
                }
                vec![(self.convert_assign(v, t, *to), *to)]
            }
            Src::Leaf(e) => {
                let t = self.type_of(e.id);
                let st = self.storage_type(t);
                let v = self.expr(e);
                vec![(self.materialize(t, v), st)]
            }
            Src::Spread(e) => {
                let tys = match self.g.tt.get(self.type_of(e.id)) {
                    Type::Tuple(ts) => ts.clone(),
                    _ => Vec::new(),
                };
                let vs = self.expr_multi(e);
                let mut out = Vec::new();
                for ((v, t), to) in vs.into_iter().zip(tys).zip(targets) {
                    out.push((self.convert_assign(v, t, *to), *to));
                }
                out
            }
        }
    }

    /// When gc's normalization builds argument `a` in the wrapper (a
    /// slice, array or struct literal of exactly type `to`, or `new(T)`):
    /// the element expressions captured at the statement. Constants,
    /// `nil` and `new(T)` elements are left to the wrapper; literal
    /// elements of exactly their element type are visited in turn.
    fn rebuilt_leaves<'e>(&self, a: &'e Expr, to: TypeId) -> Option<Vec<&'e Expr>> {
        if self.type_of(a.id) != to {
            return None;
        }
        let mut x = a;
        while let ExprKind::Paren(inner) = &x.kind {
            x = inner;
        }
        if self.is_new_of_type(x) {
            return Some(Vec::new());
        }
        let mut leaves = Vec::new();
        self.literal_leaves(x, to, &mut leaves).then_some(leaves)
    }

    /// Collects the captured elements of literal `x` of type `ty`; false
    /// when `x` is not a literal gc builds in the wrapper.
    fn literal_leaves<'e>(&self, x: &'e Expr, ty: TypeId, out: &mut Vec<&'e Expr>) -> bool {
        let ExprKind::CompositeLit { elts, .. } = &x.kind else {
            return false;
        };
        let etys = match self.literal_elem_types(ty, elts) {
            Some(t) => t,
            None => return false,
        };
        for (el, ety) in elts.iter().zip(etys) {
            let v = &el.value;
            if let ExprKind::CompositeLit { ty: None, .. } = &v.kind {
                // An elided `{...}`: `&T{...}` for a pointer element (gc
                // captures it whole; gocc keeps the whole argument at the
                // statement then), else a literal of the element type.
                if !self.literal_leaves(v, ety, out) {
                    return false;
                }
                continue;
            }
            let info = self.g.info.expr_types.get(&v.id);
            let constant = info.is_some_and(|t| t.mode == Mode::Constant);
            let nil =
                self.g.tt.basic_kind(self.type_of(v.id)) == Some(types::BasicKind::UntypedNil);
            if constant || nil || self.is_new_of_type(v) {
                continue;
            }
            let mut inner = v;
            while let ExprKind::Paren(i) = &inner.kind {
                inner = i;
            }
            if self.type_of(v.id) == ety
                && matches!(inner.kind, ExprKind::CompositeLit { .. })
                && self.literal_leaves(inner, ety, &mut Vec::new())
            {
                self.literal_leaves(inner, ety, out);
                continue;
            }
            out.push(v);
        }
        true
    }

    /// The element type of each element of a slice, array or struct
    /// literal of type `ty` (None for other literals).
    fn literal_elem_types(&self, ty: TypeId, elts: &[KeyedElement]) -> Option<Vec<TypeId>> {
        match self.under(ty) {
            Type::Slice(e) | Type::Array { elem: e, .. } => Some(vec![*e; elts.len()]),
            Type::Struct(fields) => Some(
                elts.iter()
                    .enumerate()
                    .map(|(i, el)| {
                        let fi = match el.key.as_ref().map(|k| &k.kind) {
                            Some(ExprKind::Name(id)) => {
                                fields.iter().position(|f| f.name == id.name)
                            }
                            Some(_) => None,
                            None => Some(i),
                        };
                        fi.and_then(|i| fields.get(i)).map(|f| f.ty)
                    })
                    .collect::<Option<Vec<_>>>()?,
            ),
            _ => None,
        }
    }

    /// `new(T)` of a type (Go 1.26's `new(expr)` is evaluated at the
    /// statement).
    fn is_new_of_type(&self, x: &Expr) -> bool {
        let ExprKind::Call { fun, args, .. } = &x.kind else {
            return false;
        };
        let info = &self.g.info.expr_types;
        matches!(
            info.get(&fun.id).map(|t| t.mode),
            Some(Mode::Builtin(Builtin::New))
        ) && args
            .first()
            .is_some_and(|a| info.get(&a.id).is_some_and(|t| t.mode == Mode::TypeExpr))
    }

    /// The captured value of the function part: the receiver (`&x`, `*p`
    /// or `x`, after the embedded-field path), the interface value or the
    /// func value; nothing for a function named directly.
    fn eval_head(&mut self, head: &Head<'_>, fty: TypeId) -> Option<(Val, TypeId)> {
        Some(match head {
            Head::Static(_) => return None,
            Head::Method { x, path, recv, .. } => self.receiver(x, path, *recv),
            Head::Iface { x, path, .. } if !path.is_empty() => self.promoted_iface_value(x, path),
            Head::Iface { x, .. } => {
                let t = self.type_of(x.id);
                (self.expr(x), t)
            }
            Head::Value(f) => (self.expr(f), fty),
        })
    }

    fn normalize_builtin<'e>(
        &mut self,
        call: &Expr,
        b: Builtin,
        args: &'e [Expr],
        what: &str,
    ) -> Option<GoDefer<'e>> {
        let own: Vec<TypeId> = args.iter().map(|a| self.type_of(a.id)).collect();
        let (callee, targets) = match (b, &own[..]) {
            (Builtin::Recover, _) => {
                let fp = self.b.frame_pointer();
                let caller = self.b.load(T::I64, fp, 0);
                let ret = self.b.load(T::I64, fp, 8);
                let word = self.g.tt.basic(types::BasicKind::Uintptr);
                return Some(GoDefer::Wrapped(WrappedCall {
                    callee: Callee::Recover,
                    operands: vec![(Val::S(vec![caller]), word), (Val::S(vec![ret]), word)],
                    head: false,
                    args: vec![ArgPlan::Captured, ArgPlan::Captured],
                    variadic: None,
                    results: Vec::new(),
                }));
            }
            (Builtin::Close, [_]) => (Callee::Close, own.clone()),
            (Builtin::Panic, [_]) => {
                let any = self.g.tt.intern(Type::Interface(Vec::new()));
                (Callee::Panic, vec![any])
            }
            (Builtin::Print | Builtin::Println, _) => {
                let tys = own.iter().map(|t| self.storage_type(*t)).collect();
                let poss = args.iter().map(|a| a.pos).collect();
                (Callee::Print(b == Builtin::Println, poss), tys)
            }
            (Builtin::Delete, [mty, _]) => {
                let (key, _) = self.map_kv(*mty);
                (Callee::Delete(*mty), vec![*mty, key])
            }
            (Builtin::Copy, [dty, sty]) => {
                let elem = match self.under(*dty) {
                    Type::Slice(e) => *e,
                    _ => *dty,
                };
                (Callee::Copy(elem), vec![*dty, self.storage_type(*sty)])
            }
            (Builtin::Clear, [t]) => (Callee::Clear(*t), vec![*t]),
            _ => {
                self.g
                    .unsupported(call.pos, &format!("{what} {}", b.name()));
                return None;
            }
        };
        let (operands, plans) = self.eval_operands(None, args, &targets);
        Some(GoDefer::Wrapped(WrappedCall {
            callee,
            operands,
            head: false,
            args: plans,
            variadic: None,
            results: Vec::new(),
        }))
    }

    /// A type values of `ty` can be stored as (untyped constants get
    /// their default type).
    fn storage_type(&mut self, ty: TypeId) -> TypeId {
        use types::BasicKind::*;
        let k = match self.g.tt.basic_kind(ty) {
            Some(UntypedBool) => Bool,
            Some(UntypedInt) => Int,
            Some(UntypedRune) => Int32,
            Some(UntypedFloat) => Float64,
            Some(UntypedString) => String,
            Some(UntypedNil) => UnsafePointer,
            _ => return ty,
        };
        self.g.tt.basic(k)
    }

    /// Where the closure of a wrapped call (`size` bytes, holding
    /// `parts`: offset and type of each operand) is allocated; returns its
    /// address (after the heap prefix).
    pub(crate) fn wrap_storage(
        &mut self,
        size: u64,
        parts: &[(u64, TypeId)],
        at: WrapStorage,
    ) -> Value {
        match at {
            WrapStorage::Frame => {
                let s = self.b.create_stack_slot(size as u32, 8);
                self.b.stack_addr(s, 0)
            }
            WrapStorage::Heap { prefix } => {
                // A defer record in the prefix (runtime `DeferRec`): its
                // `link` and `closure` words are pointers.
                let ptr = self.g.tt.basic(BasicKind::UnsafePointer);
                let mut all = Vec::new();
                if prefix > 0 {
                    all.extend([(0, ptr), (16, ptr)]);
                }
                all.extend(parts.iter().map(|&(o, t)| (o + prefix, t)));
                let base = self.alloc_layout(size + prefix, &all);
                self.add_off(base, prefix)
            }
        }
    }

    /// Builds the closure `{&wrapper, operands...}` of `wc` at `at` and
    /// emits its wrapper `{function}.{kind}N` (`deferwrap`, `gowrap`);
    /// returns the closure and the wrapper's name.
    pub(crate) fn wrap_closure(
        &mut self,
        wc: WrappedCall<'_>,
        kind: &str,
        at: WrapStorage,
    ) -> (Value, String) {
        let mut layout = Vec::new();
        let mut off = 8u64;
        for (_, ty) in &wc.operands {
            let al = self.g.tt.align_of(*ty).max(1);
            off = off.div_ceil(al) * al;
            layout.push(off);
            off += self.g.tt.size_of(*ty);
        }
        let parts: Vec<(u64, TypeId)> = layout
            .iter()
            .zip(&wc.operands)
            .map(|(&o, (_, ty))| (o, *ty))
            .collect();
        let clo = self.wrap_storage(off.div_ceil(8) * 8, &parts, at);
        let name = (1..)
            .map(|k| format!("{}.{kind}{k}", self.sym))
            .find(|n| !self.g.wrappers.contains(n))
            .unwrap_or_default();
        self.g.wrappers.insert(name.clone());
        let code = self.b.symbol_addr(&name);
        self.b.store(code, clo, 0);
        for ((v, ty), o) in wc.operands.iter().zip(&layout) {
            let a = self.add_off(clo, *o);
            self.store_mem(a, *ty, v);
        }
        self.emit_wrapper(&name, &wc, &layout);
        (clo, name)
    }

    /// `name(closure)`: loads the operands, builds the arguments left to
    /// it and makes the call. Like gc's wrappers it is a WRAPPER function:
    /// `recover` looks through it.
    fn emit_wrapper(&mut self, name: &str, wc: &WrappedCall<'_>, layout: &[u64]) {
        let wabi = FuncAbi::new(&self.g.tt, &[], &[], true);
        let mut wf = Function::new(name, wabi.sig.clone(), Linkage::Local);
        wf.wrapper = true;
        {
            let b = FunctionBuilder::new(&mut wf);
            let mut w = Fx::new(&mut *self.g, b, name.to_string(), wabi);
            let params = w.start();
            let clo = params
                .first()
                .copied()
                .unwrap_or_else(|| w.b.iconst(T::I64, 0));
            let mut ops = std::collections::VecDeque::new();
            for ((_, ty), o) in wc.operands.iter().zip(layout) {
                let a = w.add_off(clo, *o);
                ops.push_back((w.load_mem(a, *ty), *ty));
            }
            let mut vals = Vec::new();
            if wc.head {
                vals.extend(ops.pop_front());
            }
            let mut args = Vec::new();
            for plan in &wc.args {
                match plan {
                    ArgPlan::Captured => args.extend(ops.pop_front()),
                    ArgPlan::Rebuilt { expr, leaves } => {
                        // The literal with its captured elements standing
                        // for their expressions.
                        for id in leaves {
                            if let Some((v, _)) = ops.pop_front() {
                                w.overrides.insert(*id, v);
                            }
                        }
                        let ty = w.type_of(expr.id);
                        let v = w.expr(expr);
                        w.overrides.clear();
                        args.push((v, ty));
                    }
                }
            }
            if let Some((k, sty, site)) = wc.variadic {
                let ety = match w.under(sty) {
                    Type::Slice(e) => *e,
                    _ => sty,
                };
                let elems = args
                    .split_off(k.min(args.len()))
                    .into_iter()
                    .map(|(v, t)| (v, t, None))
                    .collect();
                let s = w.build_slice(ety, elems, site);
                args.push((s, sty));
            }
            vals.extend(args);
            w.call_wrapped(wc.callee.clone(), vals, &wc.results);
            if !w.b.is_terminated() {
                w.b.return_(&[]);
            }
            w.b.finish();
        }
        self.g.module.functions.push(wf);
    }

    /// The call a wrapper makes with the loaded operands.
    fn call_wrapped(&mut self, callee: Callee, mut vals: Vec<(Val, TypeId)>, results: &[TypeId]) {
        match callee {
            Callee::Func(sym) => {
                let ptys: Vec<TypeId> = vals.iter().map(|v| v.1).collect();
                let vs: Vec<Val> = vals.into_iter().map(|v| v.0).collect();
                let fabi = FuncAbi::new(&self.g.tt, &ptys, results, false);
                self.go_call(&fabi, |b, sig, args| b.call(&sym, sig, args), None, vs);
            }
            Callee::Runtime(sym) => {
                self.runtime_call(&sym, &vals, results);
            }
            Callee::Iface(name) => {
                if vals.is_empty() {
                    return;
                }
                let (iv, ity) = vals.remove(0);
                self.iface_call(iv, ity, &name, vals, results);
            }
            Callee::Closure => {
                if vals.is_empty() {
                    return;
                }
                let f = vals.remove(0).0.v();
                self.nil_check(f);
                let code = self.b.load(T::I64, f, 0);
                let ptys: Vec<TypeId> = vals.iter().map(|v| v.1).collect();
                let vs: Vec<Val> = vals.into_iter().map(|v| v.0).collect();
                let fabi = FuncAbi::new(&self.g.tt, &ptys, results, true);
                self.go_call(
                    &fabi,
                    move |b, sig, args| b.call_indirect(sig, code, args),
                    Some(f),
                    vs,
                );
            }
            Callee::Recover => {
                if let [(caller, _), (ret, _)] = &vals[..] {
                    let sig = ssa::Signature::new(
                        vec![T::I64, T::I64],
                        vec![T::I64, T::I64],
                        ssa::CallConv::C,
                    );
                    self.b
                        .call("runtime.gorecover", &sig, &[caller.v(), ret.v()]);
                }
            }
            Callee::Close => {
                if let [(c, _)] = &vals[..] {
                    let c = c.v();
                    self.rt("runtime.closechan", &[c], &[]);
                }
            }
            Callee::Panic => {
                let ls = vals
                    .first()
                    .map(|v| v.0.leaves().to_vec())
                    .unwrap_or_default();
                self.rt("runtime.gopanic", &ls, &[]);
                self.b.unreachable();
            }
            Callee::Print(ln, poss) => {
                let items = vals
                    .into_iter()
                    .zip(poss)
                    .map(|((v, t), p)| (v, t, p))
                    .collect();
                self.print_vals(items, ln);
            }
            Callee::Delete(mty) => {
                if let [(m, _), (k, kty)] = &vals[..] {
                    let mt = self.map_desc(mty);
                    let kp = self.temp_slot(*kty);
                    self.store_mem(kp, *kty, k);
                    let m = m.v();
                    self.rt("runtime.mapdelete", &[mt, m, kp], &[]);
                }
            }
            Callee::Copy(elem) => {
                if let [(d, _), (s, _)] = &vals[..] {
                    let (dl, sl) = (d.leaves()[1], s.leaves()[1]);
                    let lt = self.b.icmp(ssa::IntCC::Slt, dl, sl);
                    let n = self.b.select(lt, dl, sl);
                    let es = self.b.iconst(T::I64, self.g.tt.size_of(elem) as i64);
                    let bytes = self.b.imul(n, es);
                    let (dp, sp) = (d.leaves()[0], s.leaves()[0]);
                    self.rt("runtime.memmove", &[dp, sp, bytes], &[]);
                }
            }
            Callee::Clear(ty) => {
                if let Some((v, _)) = vals.into_iter().next() {
                    self.clear_value(ty, v);
                }
            }
        }
    }
}

/// One source of captured values, in evaluation order.
enum Src<'e> {
    /// The function part.
    Head,
    /// An argument, converted to the type.
    Arg(&'e Expr, TypeId),
    /// An element of an argument literal the wrapper builds.
    Leaf(&'e Expr),
    /// `f(g())`: all values of the multi-value call.
    Spread(&'e Expr),
}
