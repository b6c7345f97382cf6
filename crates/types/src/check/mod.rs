//! The checker proper: one [`Checker`] value walks the file, with its
//! methods split by topic over the submodules (as `types2` does).
//!
//! Order of work (see [`Checker::run`]):
//! 1. `resolve`: collect every package-level declaration into the package
//!    scope (any order), attach methods to their receiver base types.
//! 2. `decl`: resolve each package-level object lazily (a reference to an
//!    unresolved object resolves it first; a reference to one being
//!    resolved is a cycle), recording dependencies for init order.
//! 3. `stmt`: check function bodies in source order.
//! 4. `resolve`: compute the package initialization order.
//! 5. Finish: unused imports, default types of still-untyped expressions.

mod assign;
mod binary;
mod builtins;
mod call;
mod complit;
pub(crate) mod constant;
mod conversion;
mod decl;
mod errors;
mod expr;
mod exprstring;
mod index;
mod labels;
mod literal;
mod lookup;
mod operand;
mod predicates;
mod resolve;
mod scope;
mod stmt;
mod typexpr;
mod unary;
mod universe;
mod untyped;

use std::collections::{HashMap, HashSet};

use syntax::ast::{self, NodeId};
use syntax::{Diagnostic, Pos, SourceFile};

use crate::info::Info;
use crate::object::{ObjId, ObjKind, Object};
use crate::ty::TypeId;

pub(crate) use operand::{OpMode, Operand};
pub(crate) use scope::Scope;

/// Resolution state of a package-level object (types2's object colors).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Color {
    White,
    Grey,
    Black,
}

/// Where a package-level object was declared.
#[derive(Clone, Copy)]
enum PkgDecl<'a> {
    /// The const spec that supplies the type and value expressions (the
    /// previous one in the group for implicit repetition), the index of the
    /// name within its spec, and the spec's own iota.
    Const {
        ty: Option<&'a ast::Expr>,
        values: &'a [ast::Expr],
        index: usize,
        iota: u32,
        /// The spec has no values of its own (implicit repetition).
        inherited: bool,
    },
    Var {
        spec: &'a ast::VarSpec,
        index: usize,
    },
    Type(&'a ast::TypeSpec),
    Func(&'a ast::FuncDecl),
}

/// Per-function state while checking a body.
#[derive(Clone, Default)]
struct FuncCtx {
    /// Result types of the enclosing function.
    results: Vec<TypeId>,
    /// Whether the results are named (a bare `return` is then allowed).
    named_results: bool,
    /// Owner id for local objects (name ident or FuncLit expr).
    owner: Option<NodeId>,
    /// Local variables declared so far, for `declared and not used`.
    locals: Vec<ObjId>,
}

/// One package to check: its import path ("main" for the program's
/// main package; "sort", "example.com/m/util"), its files in file-name
/// order, and whether it is a std package's source (crates/gocc/std).
#[derive(Clone, Copy)]
pub(crate) struct PackageFiles<'a> {
    pub path: &'a str,
    pub files: &'a [ast::File],
    pub std: bool,
    /// Errors found before checking (invalid UTF-8), reported first.
    pub errors: &'a [Diagnostic],
}

pub(crate) struct Checker<'a> {
    src: &'a SourceFile,
    /// The files of the package being checked.
    files: &'a [ast::File],
    /// The import path of the package being checked ("main" for the
    /// program; "sort", "unicode/utf8" for Go-source std packages).
    pkg_path: String,
    /// Its name (the package clause of its first file).
    pkg_name: String,
    /// Whether it is a std package's Go source.
    pkg_std: bool,
    /// The file scope of each of its files (imports, dot-imported names),
    /// children of the package scope as in types2.
    file_scopes: Vec<usize>,
    /// The file scope of the file being collected.
    cur_file_scope: usize,
    /// The file scope of each package-level declaration's file: where its
    /// type, value and body see imported names.
    decl_scope: HashMap<ObjId, usize>,
    pub info: Info,
    errors: Vec<Diagnostic>,
    /// Set when gc would have stopped (10 errors).
    too_many: bool,

    scopes: Vec<Scope>,
    scope: usize,
    universe: usize,
    pkg_scope: usize,
    /// Dot-imported objects found by `lookup` through a file scope (for
    /// unused imports): (file scope, object).
    dot_used: std::cell::RefCell<HashSet<(usize, ObjId)>>,

    pkg_decls: HashMap<ObjId, PkgDecl<'a>>,
    color: HashMap<ObjId, Color>,
    /// Package-level objects in declaration order (for init order).
    pkg_order: Vec<ObjId>,
    /// Stack of package-level objects being resolved (cycle reporting).
    obj_path: Vec<ObjId>,
    /// Declarations already named in an `invalid recursive type` error.
    cycle_reported: HashSet<ObjId>,
    /// Defined types made invalid by a cycle error (the one the error
    /// names): their declarations leave them so.
    invalid_named: HashSet<ObjId>,
    /// The package-level object whose declaration is being checked: it
    /// collects dependencies on other package-level objects.
    cur_decl: Option<ObjId>,
    deps: HashMap<ObjId, Vec<ObjId>>,
    /// Package-level variables declared together (`var a, b = f()`).
    var_groups: HashMap<ObjId, Vec<ObjId>>,
    /// Methods per receiver base type name, resolved lazily.
    method_decls: Vec<(&'a ast::FuncDecl, ObjId)>,

    /// Imports: package name object, position, path, file scope.
    imports: Vec<(ObjId, Pos, String, usize)>,
    used: HashSet<ObjId>,

    fctx: FuncCtx,
    /// `iota`'s value inside a const declaration.
    iota: Option<u32>,
    /// While checking an inherited (implicitly repeated) constant
    /// expression, errors are reported at the constant's name (as gc).
    errpos: Option<Pos>,
    /// Map key types to check for comparability once all package-level
    /// types are complete.
    delayed_keys: Vec<(TypeId, Pos)>,
    /// `type T2 T1` seen while T1 is still being defined: T2's underlying
    /// type is set once T1's is known (named object, named type, rhs).
    pending_under: Vec<(ObjId, TypeId, TypeId)>,
    /// Untyped constant operands of non-constant shifts (their final type
    /// must be an integer type).
    shift_lhs: HashSet<NodeId>,
    /// Untyped constant shift counts: types2 leaves them untyped (only
    /// checks that they are representable as uint); gc's back end takes
    /// them as uint, so `finish_untyped` records them so (`x >> 1.0`).
    shift_counts: HashSet<NodeId>,
    /// The standard library packages loaded so far, by path.
    std_pkgs: HashMap<String, HashMap<String, ObjId>>,
    /// Names declared so far by the standard package being loaded.
    pub(crate) stub_locals: HashMap<String, ObjId>,
    /// Whether the source spells `uint8` / `int32` (see `alias_names`).
    spells_uint8: bool,
    spells_int32: bool,
    /// Label objects of the function body being checked (first
    /// declaration per name).
    label_objs: HashMap<String, ObjId>,
    /// Imported packages gocc does not provide (see `mark_opaque`).
    opaque_pkgs: HashSet<String>,
    /// Objects standing for interface methods (see `lookup`).
    iface_methods: HashMap<String, ObjId>,
    /// What the user's package is checked as (a program must be `package
    /// main`).
    unit: crate::Unit,
}

impl<'a> Checker<'a> {
    pub(crate) fn new(src: &'a SourceFile) -> Checker<'a> {
        // Messages follow the user's spelling of uint8/int32, not that of
        // the std sources after the marker (crate::program).
        let user = crate::program::user_text(&src.text);
        let mut c = Checker {
            src,
            files: &[],
            pkg_path: "main".to_string(),
            pkg_name: "main".to_string(),
            pkg_std: false,
            file_scopes: Vec::new(),
            cur_file_scope: 0,
            decl_scope: HashMap::new(),
            info: Info::default(),
            errors: Vec::new(),
            too_many: false,
            scopes: Vec::new(),
            scope: 0,
            universe: 0,
            pkg_scope: 0,
            dot_used: Default::default(),
            pkg_decls: HashMap::new(),
            color: HashMap::new(),
            pkg_order: Vec::new(),
            obj_path: Vec::new(),
            cycle_reported: HashSet::new(),
            invalid_named: HashSet::new(),
            cur_decl: None,
            deps: HashMap::new(),
            var_groups: HashMap::new(),
            method_decls: Vec::new(),
            imports: Vec::new(),
            used: HashSet::new(),
            fctx: FuncCtx::default(),
            iota: None,
            errpos: None,
            delayed_keys: Vec::new(),
            pending_under: Vec::new(),
            shift_lhs: HashSet::new(),
            shift_counts: HashSet::new(),
            std_pkgs: HashMap::new(),
            iface_methods: HashMap::new(),
            opaque_pkgs: HashSet::new(),
            label_objs: HashMap::new(),
            stub_locals: HashMap::new(),
            spells_uint8: spells(user, "uint8"),
            spells_int32: spells(user, "int32"),
            unit: crate::Unit::Program,
        };
        c.universe = c.new_scope(None);
        c.init_universe();
        c.pkg_scope = c.new_scope(Some(c.universe));
        c.scope = c.pkg_scope;
        c
    }

    pub(crate) fn with_unit(mut self, unit: crate::Unit) -> Checker<'a> {
        self.unit = unit;
        self
    }

    /// Checks `packages` in order (each after the packages it imports),
    /// the last as the checker's unit, the others as importable packages.
    /// All share one [`Info`]: one type table, one object table, one
    /// universe. Stops after the first package with errors, as `go build`
    /// compiles no importer of a package that failed.
    pub(crate) fn run(mut self, packages: &[PackageFiles<'a>]) -> Result<Info, Vec<Diagnostic>> {
        let unit = self.unit;
        for (i, p) in packages.iter().enumerate() {
            let last = i + 1 == packages.len();
            self.unit = if last { unit } else { crate::Unit::Package };
            self.check_package(p, last);
            // gc's scanner reported these while parsing, before any type
            // error (the order ranks files, see syntax::diag::sorted_in).
            self.errors.splice(0..0, p.errors.iter().cloned());
            self.info.packages.push(crate::info::PackageInit {
                path: p.path.to_string(),
                imports: import_paths(p.files),
            });
            if !self.errors.is_empty() {
                return Err(self.take_errors());
            }
        }
        self.finish_untyped();
        if self.errors.is_empty() {
            Ok(self.info)
        } else {
            Err(self.take_errors())
        }
    }

    /// One package: its own scope (under the shared universe), a file
    /// scope per file for its imports, declarations, init order. A std
    /// package's scope also holds its runtime-provided members (the
    /// `stdlib` stubs). Once checked, a package other than the root is
    /// importable by path like a stub-only package.
    fn check_package(&mut self, p: &PackageFiles<'a>, root: bool) {
        let Some(first) = p.files.first() else {
            return;
        };
        self.files = p.files;
        self.pkg_path = p.path.to_string();
        self.pkg_name = first.package.name.clone();
        self.pkg_std = p.std;
        self.pkg_scope = self.new_scope(Some(self.universe));
        self.file_scopes = p
            .files
            .iter()
            .map(|_| self.new_scope(Some(self.pkg_scope)))
            .collect();
        self.scope = self.pkg_scope;
        self.pkg_order.clear();
        self.method_decls.clear();
        self.imports.clear();
        self.obj_path.clear();
        self.cur_decl = None;
        self.fctx = FuncCtx::default();
        // Like `go build`, which fails while loading packages, report bad
        // imports alone (their uses would only add noise).
        for file in p.files {
            for imp in &file.imports {
                let _ = self.load_std(&imp.path, imp.path_pos);
            }
        }
        if self
            .errors
            .iter()
            .any(|d| d.message.contains(" is not in std "))
        {
            return;
        }
        if p.std && crate::stdlib::has_stubs(p.path) {
            let members = self.load_std(p.path, 0).unwrap_or_default();
            self.scopes[self.pkg_scope].names.extend(members);
        }
        self.collect();
        self.check_pkg_decls();
        self.check_bodies();
        self.compute_init_order();
        self.check_main();
        self.report_unused_imports();
        if !root {
            let members = self.scopes[self.pkg_scope].names.clone();
            self.set_std_pkg(p.path, members);
        }
    }

    pub(crate) fn new_obj(&mut self, kind: ObjKind, name: &str, pos: Pos, ty: TypeId) -> ObjId {
        let id = ObjId(self.info.objects.len() as u32);
        self.info.objects.push(Object {
            kind,
            name: name.to_string(),
            pos,
            ty,
            pkg: self.pkg_path.clone(),
            runtime: false,
            value: None,
            recv: None,
            owner: None,
        });
        id
    }

    pub(crate) fn obj(&self, id: ObjId) -> &Object {
        &self.info.objects[id.0 as usize]
    }

    pub(crate) fn obj_mut(&mut self, id: ObjId) -> &mut Object {
        &mut self.info.objects[id.0 as usize]
    }

    /// `file:line:col` for continuation lines of multi-line errors.
    pub(crate) fn pos_string(&self, pos: Pos) -> String {
        self.src.position(pos)
    }

    /// A position inside a message text (`already declared at X`): gc,
    /// run by `go build`, names files as the go command gave them, a file
    /// of the current directory as `./main.go`, others as `u/a.go`.
    pub(crate) fn pos_inline(&self, pos: Pos) -> String {
        let p = self.src.position(pos);
        if self.src.file_at(pos).name.contains('/') {
            p
        } else {
            format!("./{p}")
        }
    }
}

/// Accessors for `crate::stdlib`, which lives outside this module.
impl Checker<'_> {
    pub(crate) fn universe_scope(&self) -> usize {
        self.universe
    }

    pub(crate) fn scope_names(&self, s: usize) -> &std::collections::HashMap<String, ObjId> {
        &self.scopes[s].names
    }

    pub(crate) fn std_pkg(&self, path: &str) -> Option<&HashMap<String, ObjId>> {
        self.std_pkgs.get(path)
    }

    /// A real package gocc does not provide: selectors on it yield invalid
    /// operands without further errors.
    pub(crate) fn mark_opaque(&mut self, path: &str) {
        self.opaque_pkgs.insert(path.to_string());
    }

    pub(crate) fn set_std_pkg(&mut self, path: &str, members: HashMap<String, ObjId>) {
        self.std_pkgs.insert(path.to_string(), members);
    }
}

/// The import paths of a package's files, each once, in order.
fn import_paths(files: &[ast::File]) -> Vec<String> {
    let mut paths: Vec<String> = Vec::new();
    for f in files {
        for imp in &f.imports {
            if !paths.contains(&imp.path) {
                paths.push(imp.path.clone());
            }
        }
    }
    paths
}

/// Whether `text` contains identifier `word` (outside longer names).
/// `byte`/`rune` share ids with uint8/int32, so gc's spelling of a type
/// is guessed from the program's: `byte`/`rune` unless it spells
/// `uint8`/`int32` (the checker's messages and escape's `-m` lines).
pub fn spells(text: &str, word: &str) -> bool {
    let b = text.as_bytes();
    let is_name = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    text.match_indices(word).any(|(i, _)| {
        (i == 0 || !is_name(b[i - 1])) && b.get(i + word.len()).is_none_or(|&c| !is_name(c))
    })
}
