//! One batch: a strongly connected group of function declarations with
//! their function literals, analysed together (gc's `escape.Batch`):
//! build the graph, connect closures to what they capture, solve, then
//! record the results (tags for callers, heap variables, stack sites and
//! `-m` lines).

use std::collections::{HashMap, HashSet};

use syntax::Pos;
use syntax::ast::{self, Expr, ExprKind, FuncDecl, NodeId};
use types::{Info, ObjId, Type, TypeId};

use crate::Escapes;
use crate::captures::Captures;
use crate::graph::{ESCAPES, Graph, HEAP, Hole, LocId, LocKind, MUTATES};
use crate::leaks::{Leaks, NUM_RESULTS};
use crate::prepass::{Callee, FnNode, Prepass};
use crate::report::Printer;
use crate::util::{has_pointers, size_of};
use crate::walk::Walker;

/// gc's `ir.MaxStackVarSize`: larger explicit variables live on the heap.
const MAX_STACK_VAR_SIZE: u64 = 128 * 1024;
/// gc's `ir.MaxImplicitStackVarSize`: larger `new`, `&T{}`, `make`
/// objects live on the heap.
pub(crate) const MAX_IMPLICIT_STACK_VAR_SIZE: u64 = 64 * 1024;

/// What an allocation site allocates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SiteKind {
    Closure,
    /// `&T{...}` (also an elided `{...}` of pointer type).
    PtrLit,
    New,
    MakeSlice,
    MakeMap,
    SliceLit,
    MapLit,
    /// The box of a value converted to an interface.
    Iface,
    /// A method value's closure.
    MethValue,
    /// `[]byte(s)`, `[]rune(s)`, `string(b)`, `string(r)`.
    StrConv {
        to_bytes: bool,
    },
    /// `a + b` of strings.
    AddStr,
    /// `append`'s new backing store.
    Append,
    /// The implicit slice of a variadic call's `...` arguments.
    DotDotDot,
    /// The box of a temporary of an N:1 expression (`f(g())`, `a, b =
    /// g()`, `return g()`; `.autotmp_N`, its number when known)
    /// converted to an interface, and where gc reports it (0: the call
    /// `f(...)`'s `(`); never a stack site (ssagen boxes spread results
    /// on the heap).
    TempIface(Option<u32>, Pos),
    /// The closure wrapping a `go`/`defer` call (not reported, not a
    /// stack site: ssagen's defer/goroutine code owns it).
    Wrapper,
}

impl SiteKind {
    /// gc initializes a package-level variable with this statically:
    /// nothing is allocated when the program runs, nothing reported.
    fn statically_initialized(self) -> bool {
        matches!(
            self,
            SiteKind::PtrLit | SiteKind::SliceLit | SiteKind::Closure
        )
    }
}

pub(crate) struct Site<'a> {
    pub kind: SiteKind,
    /// The stack-site key (see [`Escapes::stack_sites`]).
    pub id: NodeId,
    /// The expression gc names in its `-m` line (for conversions: the
    /// conversion or the converted operand; for `...`: the call).
    pub expr: &'a Expr,
    /// An explicit conversion `T(x)` (printed as such).
    pub explicit: bool,
    /// For `make`/`new`: the allocated element count is a constant.
    pub size: Option<u64>,
}

/// What the batches produce.
pub(crate) struct Out<'a> {
    pub esc: Escapes<'a>,
    /// Site ids with an escaping site (an id may name two sites, e.g. a
    /// slice literal converted to an interface: both must stay).
    pub heap_ids: HashSet<NodeId>,
    pub diags: Vec<(Pos, String)>,
    /// Devirtualization lines, printed before all others.
    pub devirt: Vec<(Pos, String)>,
}

/// Whole-program state shared by the batches.
pub(crate) struct Analysis<'a, 'i> {
    pub info: &'i Info,
    pub pre: Prepass<'a>,
    pub caps: Captures<'a>,
    /// Tags of analysed functions (by declaration name id or literal
    /// id): one per parameter, receiver first.
    pub tags: HashMap<NodeId, Vec<Leaks>>,
    pub printer: Option<Printer<'i>>,
    /// Local variables defined once by a constant (`Prepass::const_vars`).
    pub consts: HashMap<ObjId, types::ConstValue>,
    /// gc's `.autotmp_N` number of each N:1 expression's first
    /// temporary (`autotmp::number`).
    pub autotmps: HashMap<NodeId, u32>,
}

impl<'a> Analysis<'a, '_> {
    /// The tags of a callee outside the current batch.
    pub fn callee_tags(&self, callee: Callee<'a>) -> Vec<Leaks> {
        match callee {
            Callee::Decl(o) => {
                let key = self.pre.decls[&o].name.id;
                self.tags
                    .get(&key)
                    .cloned()
                    .unwrap_or_else(|| self.default_tags(o))
            }
            Callee::Extern(o) => self.extern_tags(o),
            // A literal analysed in an earlier batch (one that captures
            // nothing); else every parameter leaks.
            Callee::Lit(e) => self.tags.get(&e.id).cloned().unwrap_or_else(|| {
                let params = self
                    .info
                    .func_params
                    .get(&e.id)
                    .cloned()
                    .unwrap_or_default();
                params
                    .iter()
                    .map(|&p| {
                        if has_pointers(self.info, self.info.obj(p).ty) {
                            Leaks::heap()
                        } else {
                            Leaks::default()
                        }
                    })
                    .collect()
            }),
        }
    }

    /// Whether each parameter of function object `o` (receiver first)
    /// holds pointers.
    fn param_pointers(&self, o: ObjId) -> Vec<bool> {
        let ob = self.info.obj(o);
        let mut out = Vec::new();
        if let Some(r) = ob.recv {
            out.push(r.pointer || has_pointers(self.info, r.named));
        }
        if let Type::Func(sig) = self.info.types.get(ob.ty) {
            out.extend(sig.params.iter().map(|&t| has_pointers(self.info, t)));
        }
        out
    }

    fn default_tags(&self, o: ObjId) -> Vec<Leaks> {
        self.param_pointers(o)
            .into_iter()
            .map(|p| if p { Leaks::heap() } else { Leaks::default() })
            .collect()
    }

    /// A runtime function's tags from its stdlib.rs annotation.
    fn extern_tags(&self, o: ObjId) -> Vec<Leaks> {
        let ob = self.info.obj(o);
        let recv_name = ob.recv.map(|r| match self.info.types.get(r.named) {
            Type::Named(n) => n.name.clone(),
            _ => String::new(),
        });
        let Some(ann) = types::stdlib::escape_annotation(&ob.pkg, recv_name.as_deref(), &ob.name)
        else {
            return self.default_tags(o);
        };
        let names = stub_param_names(&ob.pkg, recv_name.as_deref(), &ob.name);
        // A parameter is written through or called only as the
        // annotation says (gc's `mutates param`, `calls param`).
        let mut out: Vec<Leaks> = vec![Leaks::default(); self.param_pointers(o).len()];
        for item in ann.split_whitespace() {
            let Some((name, tag)) = item.split_once('=') else {
                continue;
            };
            let Some(i) = names.iter().position(|n| n == name) else {
                continue;
            };
            let Some(l) = out.get_mut(i) else {
                continue;
            };
            match tag {
                "heap" => l.add_heap(0),
                "content" => l.add_heap(1),
                t if t.starts_with("mut") || t.starts_with("call") => {
                    let (kind, lvl) = t.split_once('.').unwrap_or((t, "0"));
                    let lvl = lvl.parse::<i32>().unwrap_or(0);
                    if kind == "mut" {
                        l.add_mutator(lvl);
                    } else {
                        l.add_callee(lvl);
                    }
                }
                r => {
                    let r = r.trim_start_matches('r');
                    let (idx, lvl) = r.split_once('.').unwrap_or((r, "0"));
                    match (idx.parse::<usize>(), lvl.parse::<i32>()) {
                        (Ok(i), Ok(lv)) if i < NUM_RESULTS => l.add_result(i, lv),
                        _ => l.add_heap(0),
                    }
                }
            }
        }
        out
    }
}

/// Parameter names of a stub (receiver first), to read annotations.
fn stub_param_names(pkg: &str, recv: Option<&str>, name: &str) -> Vec<String> {
    let Some(text) = types::stdlib::stub_text(pkg, recv, name) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut rest = text.strip_prefix("func ").unwrap_or(text);
    if recv.is_some()
        && let Some(r) = rest.strip_prefix('(')
        && let Some((rcv, tail)) = r.split_once(')')
    {
        let mut parts = rcv.split_whitespace();
        let first = parts.next().unwrap_or("");
        out.push(if parts.next().is_some() {
            first.to_string()
        } else {
            String::new()
        });
        rest = tail;
    }
    if let Some((_, params)) = rest.split_once('(')
        && let Some((params, _)) = params.split_once(')')
    {
        // `a, b int` groups: every name gets a slot.
        let mut pending = 0;
        for p in params.split(',') {
            let mut words = p.split_whitespace();
            let n = words.next().unwrap_or("").to_string();
            if words.next().is_some() {
                for _ in 0..pending {
                    out.push(String::new());
                }
                pending = 0;
                out.push(n);
            } else {
                // A name whose type follows later (`a, b int`) or an
                // unnamed parameter.
                out.push(n);
                pending = 0;
            }
        }
    }
    out
}

/// The function a graph function stands for.
#[derive(Clone, Copy)]
pub(crate) enum FnOwner<'a> {
    Decl(&'a FuncDecl),
    Lit(&'a Expr),
    /// The wrapper of a `go`/`defer` call.
    Wrapper,
}

pub(crate) struct Batch<'a> {
    pub g: Graph,
    pub vars: HashMap<ObjId, LocId>,
    pub var_of: HashMap<LocId, ObjId>,
    pub sites: Vec<Site<'a>>,
    /// Function (declaration name ident or literal expression id) → graph
    /// function.
    pub fn_of: HashMap<NodeId, usize>,
    pub owners: Vec<FnOwner<'a>>,
    /// Parameter locations per graph function (receiver first); `None`
    /// for blank or unnamed parameters.
    pub params: HashMap<usize, Vec<Option<LocId>>>,
    /// Closure site locations and their literals.
    pub closures: Vec<(LocId, &'a Expr)>,
    /// The declared functions of this batch.
    pub members: HashSet<ObjId>,
    /// Walk every function literal inline as a closure of the function
    /// it is written in (package-level initializers).
    pub inline_lits: bool,
    /// The function standing for the package-level initializers.
    pub init_fn: Option<usize>,
    /// `-m` lines gc prints while building the graph (before the batch's
    /// tags and locations).
    pub notes: Vec<(Pos, String)>,
    /// Where gc declares variables whose object is elsewhere (a type
    /// switch's per-clause variables: at their `case`).
    pub var_pos: HashMap<ObjId, Pos>,
    /// gc's `devirtualizing x.M to T` lines (its devirtualization pass
    /// runs before escape analysis: they come first).
    pub devirt_notes: Vec<(Pos, String)>,
}

impl<'a> Batch<'a> {
    fn new(members: HashSet<ObjId>) -> Batch<'a> {
        Batch {
            g: Graph::new(),
            vars: HashMap::new(),
            var_of: HashMap::new(),
            sites: Vec::new(),
            fn_of: HashMap::new(),
            owners: vec![FnOwner::Wrapper],
            params: HashMap::new(),
            closures: Vec::new(),
            members,
            inline_lits: false,
            init_fn: None,
            notes: Vec::new(),
            devirt_notes: Vec::new(),
            var_pos: HashMap::new(),
        }
    }

    /// gc's name of graph function `f` (`f`, `T.M`, `(*T).M`, and
    /// `outer.funcN` for literals), for `-m` lines.
    pub fn fn_name(&self, a: &Analysis, f: usize) -> String {
        match self.owners.get(f) {
            Some(FnOwner::Decl(fd)) => {
                let Some(&o) = a.info.defs.get(&fd.name.id) else {
                    return fd.name.name.clone();
                };
                let ob = a.info.obj(o);
                match ob.recv {
                    Some(r) => {
                        let t = match a.info.types.get(r.named) {
                            Type::Named(n) => n.name.clone(),
                            _ => String::new(),
                        };
                        if r.pointer {
                            format!("(*{t}).{}", ob.name)
                        } else {
                            format!("{t}.{}", ob.name)
                        }
                    }
                    None => ob.name.clone(),
                }
            }
            Some(FnOwner::Lit(_)) => match self.g.fns[f].parent {
                Some(p) => format!("{}.func1", self.fn_name(a, p)),
                None => "func1".into(),
            },
            _ => "init".into(),
        }
    }

    /// The location of variable `obj`, created (declared in `curfn` at
    /// `depth`) on first use.
    pub fn var(&mut self, obj: ObjId, curfn: usize, depth: i32) -> LocId {
        if let Some(&l) = self.vars.get(&obj) {
            return l;
        }
        let l = self.g.new_loc(LocKind::Var, curfn, depth, true);
        self.vars.insert(obj, l);
        self.var_of.insert(l, obj);
        l
    }

    /// The graph function of a declaration or literal, with its
    /// parameter and result locations.
    pub fn func(
        &mut self,
        info: &Info,
        key: NodeId,
        owner: FnOwner<'a>,
        parent: Option<usize>,
    ) -> usize {
        if let Some(&f) = self.fn_of.get(&key) {
            return f;
        }
        let f = self.g.new_fn(parent);
        debug_assert_eq!(f, self.owners.len());
        self.owners.push(owner);
        self.fn_of.insert(key, f);
        let params: Vec<Option<LocId>> = info
            .func_params
            .get(&key)
            .map(|ps| {
                ps.iter()
                    .map(|&p| {
                        let name = &info.obj(p).name;
                        if name.is_empty() || name == "_" {
                            None
                        } else {
                            let l = self.var(p, f, 1);
                            self.g.locs[l].param = true;
                            Some(l)
                        }
                    })
                    .collect()
            })
            .unwrap_or_default();
        self.params.insert(f, params);
        let results: Vec<LocId> = info
            .func_results
            .get(&key)
            .map(|rs| {
                rs.iter()
                    .enumerate()
                    .map(|(i, &r)| {
                        let l = self.var(r, f, 1);
                        self.g.locs[l].result_index = Some(i);
                        l
                    })
                    .collect()
            })
            .unwrap_or_default();
        self.g.fns[f].results = results;
        f
    }

    pub fn new_site(&mut self, site: Site<'a>, curfn: usize, depth: i32) -> LocId {
        self.sites.push(site);
        self.g
            .new_loc(LocKind::Site(self.sites.len() - 1), curfn, depth, false)
    }
}

/// Analyses one strongly connected group of functions (gc's `Batch`):
/// every member gets its parameter and result locations first (gc's
/// `initFunc`), then the members that are not closures are walked,
/// closures inline where they are written.
pub(crate) fn run<'a>(a: &mut Analysis<'a, '_>, members: &[FnNode<'a>], out: &mut Out<'a>) {
    let decls = members
        .iter()
        .filter_map(|m| match m {
            FnNode::Decl(o) => Some(*o),
            FnNode::Lit(_) => None,
        })
        .collect();
    let mut b = Batch::new(decls);
    let info = a.info;
    let mut walks = Vec::new();
    for &m in members {
        match m {
            FnNode::Decl(o) => {
                let fd = a.pre.decls[&o];
                let f = b.func(info, fd.name.id, FnOwner::Decl(fd), None);
                if let Some(body) = &fd.body {
                    walks.push((f, &body.stmts[..]));
                }
            }
            FnNode::Lit(e) => {
                let ExprKind::FuncLit { body, .. } = &e.kind else {
                    continue;
                };
                if a.is_closure(e.id) {
                    let parent = a
                        .caps
                        .parent
                        .get(&e.id)
                        .copied()
                        .flatten()
                        .and_then(|p| b.fn_of.get(&p).copied());
                    b.func(info, e.id, FnOwner::Lit(e), parent);
                } else {
                    let f = b.func(info, e.id, FnOwner::Lit(e), None);
                    walks.push((f, &body.stmts[..]));
                }
            }
        }
    }
    for (f, body) in walks {
        Walker::new(a, &mut b, f).func_body(body);
    }
    solve(a, b, out);
}

/// The package-level variable initializers (gc's `init` function): what
/// they store is stored in globals, and the function literals written
/// there are analysed with them.
pub(crate) fn run_init<'a>(a: &mut Analysis<'a, '_>, file: &'a ast::File, out: &mut Out<'a>) {
    let mut b = Batch::new(HashSet::new());
    b.inline_lits = true;
    let f = b.g.new_fn(None);
    b.owners.push(FnOwner::Wrapper);
    b.init_fn = Some(f);
    let mut w = Walker::new(a, &mut b, f);
    for d in &file.decls {
        let ast::Decl::Var(specs) = d else {
            continue;
        };
        for sp in specs {
            w.global_init(sp);
        }
    }
    solve(a, b, out);
}

fn solve<'a>(a: &mut Analysis<'a, '_>, mut b: Batch<'a>, out: &mut Out<'a>) {
    let info = a.info;
    // Closures: each captured variable flows into the closure, by value
    // or by reference (gc's flowClosure).
    let closures = std::mem::take(&mut b.closures);
    for (site, lit) in closures {
        let caps = a.caps.captures.get(&lit.id).cloned().unwrap_or_default();
        for v in caps {
            let Some(&loc) = b.vars.get(&v) else {
                continue;
            };
            let l = &b.g.locs[loc];
            let t = info.obj(v).ty;
            let byval = !l.addrtaken && !l.reassigned && size_of(info, t) <= 128;
            if byval {
                out.esc.captured_by_value.insert(v);
            } else {
                out.esc.captured_by_value.remove(&v);
            }
            let k = if byval {
                Hole::to(site)
            } else {
                Hole::to(site).addr()
            };
            b.g.flow(k, loc);
        }
    }
    // Objects too large for the frame (gc's HeapAllocReason).
    for l in 0..b.g.locs.len() {
        if too_large(a, &b, l) {
            b.g.flow(Hole::to(HEAP).addr(), l);
        }
    }
    b.g.solve();
    finish(a, &b, out);
}

impl Analysis<'_, '_> {
    /// Whether literal `lit` captures variables (gc analyses it with its
    /// enclosing function; one that captures nothing is a function of
    /// its own).
    pub fn is_closure(&self, lit: NodeId) -> bool {
        self.caps.captures.get(&lit).is_some_and(|c| !c.is_empty())
    }
}

fn too_large(a: &Analysis, b: &Batch, l: LocId) -> bool {
    let info = a.info;
    let loc = &b.g.locs[l];
    match loc.kind {
        LocKind::Var => {
            if loc.param || loc.result_index.is_some() {
                return false;
            }
            let Some(&o) = b.var_of.get(&l) else {
                return false;
            };
            size_of(info, info.obj(o).ty) > MAX_STACK_VAR_SIZE
        }
        LocKind::Site(s) => {
            let site = &b.sites[s];
            match site.kind {
                SiteKind::New | SiteKind::PtrLit | SiteKind::MakeSlice | SiteKind::MethValue => {
                    match site.size {
                        Some(n) => n > MAX_IMPLICIT_STACK_VAR_SIZE,
                        None => false,
                    }
                }
                _ => false,
            }
        }
        _ => false,
    }
}

/// Records the batch's results: tags, heap variables, stack sites and
/// gc's `-m` lines.
fn finish<'a>(a: &mut Analysis<'a, '_>, b: &Batch<'a>, out: &mut Out<'a>) {
    let info = a.info;
    out.devirt.extend(b.devirt_notes.iter().cloned());
    let diags = &mut out.diags;
    diags.extend(b.notes.iter().cloned());
    // Parameter tags, in gc's order: each function's parameters.
    for (f, owner) in b.owners.iter().enumerate() {
        let (key, sig_node) = match owner {
            FnOwner::Decl(fd) => (fd.name.id, Some(fd.name.id)),
            FnOwner::Lit(e) => (e.id, Some(e.id)),
            FnOwner::Wrapper => continue,
        };
        let _ = sig_node;
        let Some(params) = b.params.get(&f) else {
            continue;
        };
        let objs = info.func_params.get(&key).cloned().unwrap_or_default();
        if let FnOwner::Decl(fd) = owner
            && fd.body.is_none()
        {
            let tags = bodyless_tags(a, fd, &objs, diags);
            a.tags.insert(key, tags);
            continue;
        }
        let uintptr_escapes = match owner {
            FnOwner::Decl(fd) => a
                .printer
                .as_ref()
                .is_some_and(|p| p.is_user(fd.pos) && p.has_pragma(fd.pos, "//go:uintptrescapes")),
            _ => false,
        };
        let mut tags = Vec::new();
        for (i, p) in params.iter().enumerate() {
            let obj = objs.get(i).copied();
            let ty = obj.map(|o| info.obj(o).ty);
            // gc's paramTag: a `//go:uintptrescapes` function's uintptr
            // (and `...uintptr`) parameters get the empty tag, a heap leak.
            if uintptr_escapes
                && let (Some(o), Some(t)) = (obj, ty)
                && let Some(what) =
                    uintptr_param(info, t, i + 1 == objs.len() && is_variadic(info, key))
            {
                let ob = info.obj(o);
                let name = if ob.name.is_empty() || ob.name == "_" {
                    format!("~p{i}")
                } else {
                    ob.name.clone()
                };
                if let Some(pr) = &a.printer
                    && let FnOwner::Decl(fd) = owner
                {
                    diags.push((
                        pr.param_pos(ob.pos, fd.pos),
                        format!("marking {name} as escaping {what}"),
                    ));
                }
                let mut l = Leaks::default();
                l.add_heap(0);
                tags.push(l);
                continue;
            }
            let pointers = ty.is_some_and(|t| has_pointers(info, t));
            let mut leaks = match p {
                Some(l) if pointers => b.g.locs[*l].leaks,
                _ => Leaks::default(),
            };
            leaks.optimize();
            if let (Some(l), Some(o), true) = (p, obj, pointers)
                && !b.g.has(*l, ESCAPES)
                && let Some(pr) = &a.printer
                && pr.is_user(info.obj(o).pos)
            {
                report_leaks(a, f, b, o, &leaks, diags);
            }
            tags.push(leaks);
        }
        a.tags.insert(key, tags);
    }
    // Then every location in gc's order: the variables (each function's
    // declarations, made first by gc's initFunc), then the allocation
    // sites as the walk met them.
    let mut var_diags = Vec::new();
    let mut site_diags = Vec::new();
    for (l, loc) in b.g.locs.iter().enumerate() {
        let escapes = loc.attrs & ESCAPES != 0;
        match loc.kind {
            LocKind::Var => {
                let Some(&o) = b.var_of.get(&l) else {
                    continue;
                };
                if escapes {
                    out.esc.moved_to_heap.insert(o);
                    if let Some(pr) = &a.printer
                        && pr.is_user(info.obj(o).pos)
                    {
                        let pos = b.var_pos.get(&o).copied().unwrap_or(info.obj(o).pos);
                        var_diags.push((
                            loc.curfn,
                            pos,
                            format!("moved to heap: {}", info.obj(o).name),
                        ));
                    }
                }
            }
            LocKind::Site(s) => {
                let site = &b.sites[s];
                if site.kind == SiteKind::Wrapper {
                    continue;
                }
                if let SiteKind::TempIface(n, _) = site.kind {
                    if n.is_some()
                        && let Some(pr) = &a.printer
                        && pr.is_user(site.expr.pos)
                    {
                        let (pos, text) = pr.site(site);
                        let how = if escapes {
                            "escapes to heap"
                        } else {
                            "does not escape"
                        };
                        site_diags.push((pos, format!("{text} {how}")));
                    }
                    continue;
                }
                if !escapes {
                    out.esc.stack_sites.insert(site.id);
                } else {
                    out.heap_ids.insert(site.id);
                }
                if let Some(pr) = &a.printer
                    && pr.is_user(site.expr.pos)
                    && !(b.init_fn == Some(loc.curfn) && site.kind.statically_initialized())
                {
                    let (pos, text) = pr.site(site);
                    let msg = if site.kind == SiteKind::Append {
                        format!(
                            "append {}",
                            if escapes {
                                "escapes to heap"
                            } else {
                                "does not escape"
                            }
                        )
                    } else if escapes {
                        format!("{text} escapes to heap")
                    } else {
                        format!("{text} does not escape")
                    };
                    site_diags.push((pos, msg));
                    if site.kind == (SiteKind::StrConv { to_bytes: true })
                        && !escapes
                        && loc.attrs & MUTATES == 0
                    {
                        site_diags.push((pos, "zero-copy string->[]byte conversion".to_string()));
                    }
                }
            }
            _ => {}
        }
    }
    var_diags.sort_by_key(|d| (d.0, d.1));
    diags.extend(var_diags.into_iter().map(|(_, p, m)| (p, m)));
    diags.extend(site_diags);
}

/// The tags of a function declared without body (gc's `paramTag`): its
/// pointer parameters leak to the heap, unless `//go:noescape` says they
/// do not escape (then only writes through them and calls are assumed).
fn bodyless_tags(
    a: &Analysis,
    fd: &FuncDecl,
    objs: &[ObjId],
    diags: &mut Vec<(Pos, String)>,
) -> Vec<Leaks> {
    let info = a.info;
    let printer = a.printer.as_ref().filter(|p| p.is_user(fd.pos));
    let noescape = printer.is_some_and(|p| p.has_pragma(fd.pos, "//go:noescape"));
    let mut out = Vec::new();
    for (i, &p) in objs.iter().enumerate() {
        let ob = info.obj(p);
        let named = !ob.name.is_empty() && ob.name != "_";
        let name = if named {
            ob.name.clone()
        } else {
            format!("arg#{}", i + 1)
        };
        let mut l = Leaks::default();
        if matches!(
            info.types.under(ob.ty),
            Type::Basic(types::BasicKind::Uintptr)
        ) {
            if let Some(pr) = printer {
                diags.push((
                    pr.param_pos(ob.pos, fd.pos),
                    format!("assuming {name} is unsafe uintptr"),
                ));
            }
        } else if has_pointers(info, ob.ty) {
            if noescape {
                l.add_mutator(0);
                l.add_callee(0);
            } else {
                l.add_heap(0);
            }
            if named && printer.is_some() {
                let msg = if noescape {
                    format!("{name} does not escape")
                } else {
                    format!("leaking param: {name}")
                };
                diags.push((ob.pos, msg));
            }
        }
        out.push(l);
    }
    out
}

/// `uintptr` or `...uintptr` for such a parameter type (the last one
/// of a variadic function is its slice).
fn uintptr_param(info: &Info, t: TypeId, last_variadic: bool) -> Option<&'static str> {
    let is_uintptr =
        |t: TypeId| matches!(info.types.under(t), Type::Basic(types::BasicKind::Uintptr));
    if last_variadic {
        match info.types.under(t) {
            Type::Slice(e) if is_uintptr(*e) => Some("...uintptr"),
            _ => None,
        }
    } else if is_uintptr(t) {
        Some("uintptr")
    } else {
        None
    }
}

/// Whether the function declared or written at `key` is variadic.
fn is_variadic(info: &Info, key: syntax::ast::NodeId) -> bool {
    let t = info
        .defs
        .get(&key)
        .map(|&o| info.obj(o).ty)
        .or_else(|| info.type_of(key));
    t.is_some_and(|t| matches!(info.types.under(t), Type::Func(sig) if sig.variadic))
}

/// gc's `reportLeaks` for one parameter.
fn report_leaks(
    a: &Analysis,
    f: usize,
    b: &Batch,
    p: ObjId,
    leaks: &Leaks,
    diags: &mut Vec<(Pos, String)>,
) {
    let info = a.info;
    let po = info.obj(p);
    let name = &po.name;
    let mut warned = false;
    if let Some(x) = leaks.heap_derefs() {
        if x == 0 {
            diags.push((po.pos, format!("leaking param: {name}")));
        } else {
            diags.push((po.pos, format!("leaking param content: {name}")));
        }
        warned = true;
    }
    let key = match b.owners[f] {
        FnOwner::Decl(fd) => fd.name.id,
        FnOwner::Lit(e) => e.id,
        FnOwner::Wrapper => return,
    };
    let results = info.func_results.get(&key).cloned().unwrap_or_default();
    for i in 0..NUM_RESULTS {
        if let Some(x) = leaks.result(i) {
            let rname = results
                .get(i)
                .map(|&r| info.obj(r).name.clone())
                .filter(|n| !n.is_empty() && n != "_")
                .unwrap_or_else(|| format!("~r{i}"));
            diags.push((
                po.pos,
                format!("leaking param: {name} to result {rname} level={x}"),
            ));
            warned = true;
        }
    }
    if !warned {
        diags.push((po.pos, format!("{name} does not escape")));
    }
}
