//! Lowers the type-checked AST to gocc's SSA IR (the counterpart of
//! `cmd/compile/internal/ssagen`).
//!
//! [`lower`] walks the declarations: every function and method becomes an
//! IR function (function literals are queued and compiled after their
//! enclosing function), package variables become data objects, and
//! `main.init` plus the SystemV entry `gocc.main` are synthesized
//! (`init.rs`). Values are carried as scalar leaves (`abi.rs`); the
//! memory layout and every runtime symbol follow `docs/abi.md`.

mod abi;
mod addrtaken;
mod alloc;
mod assign;
mod call;
mod chan;
mod closure;
mod complex;
mod consts;
use escape::deadcode;
mod defer;
mod defer_scan;
mod defer_wrap;
mod embed;
mod expr;
mod func;
mod godefer;
mod goroutine;
mod iface;
mod init;
mod itab;
mod maps;
mod multiarg;
mod rterror;
mod select;
mod slicebuf;
mod slices;
mod stdcall;
mod stmt;
mod strings;
mod typedesc;

use std::collections::{HashMap, HashSet};

use ssa::{DataObject, Linkage, Module};
use syntax::ast::{self, Decl, NodeId};
use syntax::{Diagnostic, Pos, SourceFile};
use types::{Info, ObjId, TypeTable};

pub use abi::{FuncAbi, Pass};
pub use defer::debug_lines as defer_debug_lines;
pub use defer::debug_notes as defer_debug_notes;

/// Code generation options.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    /// False under `-N`.
    pub optimize: bool,
}

/// Lowers a checked `package main` file to an IR module.
pub fn lower(
    file: &ast::File,
    info: &Info,
    src: &SourceFile,
    opts: &Options,
) -> Result<Module, Vec<Diagnostic>> {
    let mut g = Gen::new(file, info, src, *opts);
    g.run();
    if g.diags.is_empty() {
        Ok(g.module)
    } else {
        Err(syntax::diag::sorted(g.diags))
    }
}

/// A function literal waiting to be compiled.
pub(crate) struct PendingLit<'a> {
    pub name: String,
    pub lit: &'a ast::Expr,
}

/// Module-wide lowering state.
pub(crate) struct Gen<'a> {
    pub file: &'a ast::File,
    pub info: &'a Info,
    /// A private copy of the checker's table, so that lowering can intern
    /// types it needs (`[]any`, `*T`, ...).
    pub tt: TypeTable,
    #[allow(dead_code)]
    pub src: &'a SourceFile,
    /// Read by the defer strategy choice (issue #3).
    #[allow(dead_code)]
    pub opts: Options,
    pub module: Module,
    pub diags: Vec<Diagnostic>,
    /// String literal bytes → data symbol.
    strings: HashMap<Vec<u8>, String>,
    /// Type descriptors emitted so far (by symbol).
    pub typedescs: HashSet<String>,
    /// Descriptor symbol of each type emitted so far.
    pub typedesc_of: HashMap<types::TypeId, String>,
    /// Function literals to compile.
    pub queue: Vec<PendingLit<'a>>,
    /// Symbols of synthesized wrappers already emitted.
    pub wrappers: HashSet<String>,
    /// Variables that live in heap cells: escape analysis's
    /// `moved_to_heap` (every other variable lives in the frame, in a
    /// slot when captured by reference or address-taken).
    pub escaping: HashSet<ObjId>,
    /// Captured variables of each function literal, in closure order.
    pub captures: HashMap<NodeId, Vec<ObjId>>,
    /// Captured variables copied into closure records (escape analysis's
    /// `captured_by_value`).
    pub by_value: HashSet<ObjId>,
    /// Allocation sites whose object may live in the executing function's
    /// frame (escape analysis's `stack_sites`; `alloc.rs`).
    pub stack_sites: HashSet<NodeId>,
    /// Local variables whose address is taken (`addrtaken.rs`) or that a
    /// closure captures by reference: kept in memory, never in SSA
    /// variables.
    pub addr_taken: HashSet<ObjId>,
    /// Function declarations by object.
    pub func_decls: HashMap<ObjId, &'a ast::FuncDecl>,
    /// Function literal expressions by id.
    pub lit_exprs: HashMap<NodeId, &'a ast::Expr>,
    /// Symbols of the runtime-provided functions and methods (runtime
    /// calling convention; see `types::Object::runtime`).
    runtime_syms: HashSet<String>,
}

impl<'a> Gen<'a> {
    fn new(file: &'a ast::File, info: &'a Info, src: &'a SourceFile, opts: Options) -> Gen<'a> {
        Gen {
            file,
            info,
            tt: info.types.clone(),
            src,
            opts,
            module: Module::new(),
            diags: Vec::new(),
            strings: HashMap::new(),
            typedescs: HashSet::new(),
            typedesc_of: HashMap::new(),
            queue: Vec::new(),
            wrappers: HashSet::new(),
            escaping: HashSet::new(),
            captures: HashMap::new(),
            by_value: HashSet::new(),
            stack_sites: HashSet::new(),
            addr_taken: HashSet::new(),
            func_decls: HashMap::new(),
            lit_exprs: HashMap::new(),
            runtime_syms: HashSet::new(),
        }
    }

    fn run(&mut self) {
        let file = self.file;
        self.runtime_syms = (0..self.info.objects.len() as u32)
            .map(ObjId)
            .filter(|&o| {
                let ob = self.info.obj(o);
                ob.runtime && matches!(ob.kind, types::ObjKind::Func)
            })
            .map(|o| self.func_symbol(o))
            .collect();
        // With the source: pragmas (`//go:noescape`, `//go:uintptrescapes`)
        // decide as they do for `-m`; the report itself is dropped.
        let esc = escape::analyze_with_diagnostics(file, self.info, self.src);
        self.escaping = esc.moved_to_heap;
        self.captures = esc.captures;
        self.by_value = esc.captured_by_value;
        self.stack_sites = esc.stack_sites;
        self.lit_exprs = esc.lits;
        let (addr_taken, assigned) = addrtaken::scan(file, self.info);
        self.addr_taken = addr_taken;
        // A copy is right only for a variable that never changes after
        // the capture (escape's rule); a variable assigned or
        // address-taken anywhere is shared instead, whatever the analysis
        // said (a by-value capture of a changing variable would silently
        // read a stale value; by reference is always correct).
        let demoted: HashSet<ObjId> = self
            .by_value
            .iter()
            .filter(|v| assigned.contains(v) || self.addr_taken.contains(v))
            .copied()
            .collect();
        self.by_value.retain(|v| !demoted.contains(v));
        // The analysis kept such a variable in the frame believing it
        // copied; shared with a closure that may outlive the frame, it
        // needs a heap cell.
        for (lit, caps) in &self.captures {
            if !self.stack_sites.contains(lit) {
                self.escaping
                    .extend(caps.iter().filter(|c| demoted.contains(c)));
            }
        }
        // A variable captured by reference is shared through a pointer like
        // an address-taken one: when it does not escape it needs a frame
        // slot the closure record can point to.
        for c in self.captures.values().flatten() {
            if !self.by_value.contains(c) {
                self.addr_taken.insert(*c);
            }
        }
        for d in &file.decls {
            if let Decl::Func(fd) = d
                && let Some(obj) = self.info.defs.get(&fd.name.id)
            {
                self.func_decls.insert(*obj, fd);
            }
        }
        init::package_vars(self);
        // Each package's `init` functions, in file and source order:
        // `PKG.init.0`, `PKG.init.1`, ... (gc's names).
        let mut inits: Vec<(String, String)> = Vec::new();
        for d in &file.decls {
            if let Decl::Func(fd) = d {
                if fd.type_params.is_some() {
                    self.unsupported(fd.pos, "generics");
                    continue;
                }
                // A declaration without body (only `gocc tool compile`
                // accepts one) is implemented elsewhere, as in gc.
                if fd.body.is_none() {
                    continue;
                }
                // A blank function or method (`func (T) _()`, possibly
                // several) can never be called: nothing to emit.
                if fd.name.name == "_" {
                    continue;
                }
                let name = if fd.recv.is_none() && fd.name.name == "init" {
                    let pkg = match self.info.defs.get(&fd.name.id) {
                        Some(&o) => self.info.obj(o).pkg.clone(),
                        None => continue,
                    };
                    let n = inits.iter().filter(|(p, _)| *p == pkg).count();
                    let name = format!("{pkg}.init.{n}");
                    inits.push((pkg, name.clone()));
                    name
                } else {
                    match self.info.defs.get(&fd.name.id) {
                        Some(obj) => self.func_symbol(*obj),
                        None => continue,
                    }
                };
                func::lower_decl(self, fd, &name);
                self.mark_heap_results(&name, fd.name.id);
                self.drain_queue();
            }
        }
        init::main_init(self, &inits);
        init::entry(self);
    }

    pub(crate) fn drain_queue_pub(&mut self) {
        self.drain_queue();
    }

    fn drain_queue(&mut self) {
        while let Some(p) = self.queue.pop() {
            func::lower_lit(self, p.lit, &p.name);
            self.mark_heap_results(&p.name, p.lit.id);
        }
    }

    /// Marks function `name` (declared by `key`: a name ident or a
    /// literal) when escape analysis moved one of its results to the
    /// heap: its defers get records (ssa's defer_plan, gc's rule).
    fn mark_heap_results(&mut self, name: &str, key: NodeId) {
        let heap = self
            .info
            .func_results
            .get(&key)
            .is_some_and(|rs| rs.iter().any(|r| self.escaping.contains(r)));
        if heap
            && let Some(f) = self
                .module
                .functions
                .iter_mut()
                .rev()
                .find(|f| f.name == name)
        {
            f.heap_results = true;
        }
    }

    /// Reports `unsupported: what` at `pos`.
    pub fn unsupported(&mut self, pos: Pos, what: &str) {
        self.diags
            .push(Diagnostic::new(pos, format!("unsupported: {what}")));
    }

    /// Whether function symbol `sym` is defined by the Rust runtime (a
    /// stub-declared function or method) rather than compiled from Go.
    pub fn is_runtime_symbol(&self, sym: &str) -> bool {
        self.runtime_syms.contains(sym)
    }

    /// gc's symbol of a function or method object: `main.f`,
    /// `sort.Ints`, `strconv.(*NumError).Error`, `main.T.M`.
    pub fn func_symbol(&self, obj: ObjId) -> String {
        let o = self.info.obj(obj);
        let pkg = if o.pkg.is_empty() { "main" } else { &o.pkg };
        match o.recv {
            Some(r) => {
                let tname = match self.tt.get(r.named) {
                    types::Type::Named(n) => n.name.clone(),
                    _ => "?".to_string(),
                };
                if r.pointer {
                    format!("{pkg}.(*{tname}).{}", o.name)
                } else {
                    format!("{pkg}.{tname}.{}", o.name)
                }
            }
            None => format!("{pkg}.{}", o.name),
        }
    }

    /// The read-only data symbol holding these string bytes.
    pub fn string_data(&mut self, bytes: &[u8]) -> String {
        if let Some(s) = self.strings.get(bytes) {
            return s.clone();
        }
        let name = format!("go:string.{}", self.strings.len());
        self.module.data.push(DataObject {
            name: name.clone(),
            bytes: bytes.to_vec(),
            relocs: Vec::new(),
            align: 1,
            readonly: true,
            linkage: Linkage::Local,
        });
        self.strings.insert(bytes.to_vec(), name.clone());
        name
    }
}
