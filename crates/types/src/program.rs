//! Programs of several packages: the user's packages (the main package
//! and the module packages it imports, found by the go command's part of
//! gocc) and the standard packages written in Go (crates/gocc/std) that
//! they import, directly or through other std packages.
//!
//! Every package, std or user, is a real package: its own scope, a file
//! scope per file for its imports, only exported names visible to
//! importers, objects and types named by its import path (`sort.Ints`,
//! `strconv.NumError`, `example.com/m/util.F`). A std package may also
//! have runtime-provided members (the `stdlib` stubs, `Object::runtime`):
//! they share its scope with the Go declarations.
//!
//! Layout: all files are one [`SourceFile`] file set (the user's files,
//! then a [`STD_MARK`] file, then each std package's source), so a
//! position is a plain byte offset that names its file; and the files
//! are parsed into one node-id space (`syntax::parse_file_from`), so one
//! [`Info`] describes the whole program. Only std packages reachable from
//! the user's imports are loaded. After checking,
//! [`Program::into_merged`] gives ssagen a single file holding every
//! package's declarations.

use syntax::{Diagnostic, SourceFile, ast};

use crate::info::Info;

/// The text of the file between the user's files and the std package
/// sources (positions after it are in std sources).
pub const STD_MARK: &str = "\n//gocc:std\n";

/// The user's part of a program text (everything before [`STD_MARK`]).
pub fn user_text(text: &str) -> &str {
    match text.find(STD_MARK) {
        Some(i) => &text[..i],
        None => text,
    }
}

/// Whether `pos` lies in a std package's source rather than the user's.
pub fn in_std_source(text: &str, pos: syntax::Pos) -> bool {
    text.find(STD_MARK).is_some_and(|b| pos as usize > b)
}

/// A package: its files, parsed into the program's file set.
pub struct Package {
    /// Import path (`sort`, `unicode/utf8`, `example.com/m/util`; `main`
    /// for the program's main package, whose symbols are `main.F`).
    pub path: String,
    /// Its files in file-name order.
    pub files: Vec<ast::File>,
    /// A std package's Go source (crates/gocc/std).
    pub std: bool,
    /// Errors found before checking (gc's scanner's, such as invalid
    /// UTF-8): reported with the package's type errors, before them.
    pub errors: Vec<Diagnostic>,
}

/// A program ready to check.
pub struct Program {
    /// Every file's text.
    pub src: SourceFile,
    /// Every package, each after the packages it imports: the Go-source
    /// std packages first, then the user's, the root (the package built)
    /// last.
    pub packages: Vec<Package>,
    /// The first node id of the std packages' files (the user's files
    /// have the ids below it).
    std_first_id: u32,
}

/// Depth-first loading of std packages.
struct Loader<'s> {
    src: SourceFile,
    next_id: u32,
    done: Vec<Package>,
    active: Vec<String>,
    source_of: &'s dyn Fn(&str) -> Option<&'s str>,
}

impl Loader<'_> {
    fn visit(&mut self, path: &str) -> Result<(), Vec<Diagnostic>> {
        if self.done.iter().any(|p| p.path == path) {
            return Ok(());
        }
        if self.active.iter().any(|p| p == path) {
            let cycle = self.active.join(" -> ");
            return Err(vec![internal(format!(
                "import cycle among std packages: {cycle} -> {path}"
            ))]);
        }
        // Runtime-only and unknown packages are the checker's business.
        let Some(source) = (self.source_of)(path) else {
            return Ok(());
        };
        if self.done.is_empty() && self.active.is_empty() {
            self.src.add_file("<std>", STD_MARK, true);
        }
        let last = path.rsplit('/').next().unwrap_or(path);
        self.src
            .add_file(format!("$GOROOT/src/{path}/{last}.go"), source, true);
        // Parsed alone at its offsets in the set: positions need no
        // translation.
        let f = self.src.padded_last();
        let file = syntax::parse_file_from(&f, self.next_id).map_err(|ds| {
            let msg = ds.first().map(|d| d.render(&f)).unwrap_or_default();
            vec![internal(format!("std package {path}: {msg}"))]
        })?;
        self.next_id = file.node_count;
        self.active.push(path.to_string());
        for imp in &file.imports {
            self.visit(&imp.path)?;
        }
        self.active.pop();
        self.done.push(Package {
            path: path.to_string(),
            files: vec![file],
            std: true,
            errors: Vec::new(),
        });
        Ok(())
    }
}

fn internal(msg: String) -> Diagnostic {
    Diagnostic::new(0, format!("internal compiler error: {msg}"))
}

impl Program {
    /// The program of one file, `main` (parsed from `src`, the set's only
    /// file), and the Go-source std packages it reaches; `source_of(path)`
    /// is the source of std package `path` when it is written in Go.
    pub fn load<'s>(
        src: &SourceFile,
        main: ast::File,
        source_of: &'s dyn Fn(&str) -> Option<&'s str>,
    ) -> Result<Program, Vec<Diagnostic>> {
        let next_id = main.node_count;
        let root = Package {
            path: "main".to_string(),
            files: vec![main],
            std: false,
            errors: Vec::new(),
        };
        Program::load_packages(src.clone(), vec![root], next_id, source_of)
    }

    /// The program of the user's `packages` (each after the packages it
    /// imports, the root last; their files are in `src` and use the node
    /// ids below `next_id`) and the Go-source std packages they reach.
    pub fn load_packages<'s>(
        src: SourceFile,
        packages: Vec<Package>,
        next_id: u32,
        source_of: &'s dyn Fn(&str) -> Option<&'s str>,
    ) -> Result<Program, Vec<Diagnostic>> {
        let mut l = Loader {
            src,
            next_id,
            done: Vec::new(),
            active: Vec::new(),
            source_of,
        };
        for p in &packages {
            for f in &p.files {
                for imp in &f.imports {
                    l.visit(&imp.path)?;
                }
            }
        }
        let mut all = l.done;
        all.extend(packages);
        Ok(Program {
            src: l.src,
            packages: all,
            std_first_id: next_id,
        })
    }

    /// The package built (the last one).
    pub fn root(&self) -> Option<&Package> {
        self.packages.last()
    }

    /// The package whose file holds `pos`.
    pub fn package_at(&self, pos: syntax::Pos) -> Option<&Package> {
        let base = self.src.file_at(pos).base;
        self.packages.iter().find(|p| {
            p.files
                .iter()
                .any(|f| self.src.file_at(f.package.pos).base == base)
        })
    }

    /// Type-checks the packages in order (see [`crate::check`]), the
    /// root as a program (`package main`).
    pub fn check(&self) -> Result<Info, Vec<Diagnostic>> {
        self.check_as(crate::Unit::Program)
    }

    /// Type-checks the packages in order, the root as `unit`; stops after
    /// the first package with errors.
    pub fn check_as(&self, unit: crate::Unit) -> Result<Info, Vec<Diagnostic>> {
        let pkgs: Vec<crate::check::PackageFiles<'_>> = self
            .packages
            .iter()
            .map(|p| crate::check::PackageFiles {
                path: &p.path,
                files: &p.files,
                std: p.std,
                errors: &p.errors,
            })
            .collect();
        crate::check_packages(&pkgs, &self.src, unit)
    }

    /// One file with every package's declarations (dependencies first,
    /// the root's last) and the root's imports: what ssagen lowers. The
    /// objects say which package each declaration belongs to. Functions
    /// and methods of std packages that the program cannot reach are left
    /// out (see [`reachable_std_funcs`]), so importing fmt does not
    /// compile all of fmt.
    pub fn into_merged(self, info: &Info) -> (SourceFile, ast::File) {
        let keep = reachable_std_funcs(&self, info);
        let mut packages = self.packages;
        let Some(root) = packages.pop() else {
            return (self.src, empty_file());
        };
        let mut files = root.files.into_iter();
        let Some(mut main) = files.next() else {
            return (self.src, empty_file());
        };
        let mut decls = Vec::new();
        let mut k = 0;
        let root_rest: Vec<ast::File> = files.collect();
        for p in packages {
            for f in p.files {
                main.node_count = main.node_count.max(f.node_count);
                for d in f.decls {
                    let is_func = matches!(d, ast::Decl::Func(_));
                    if !p.std || !is_func || keep.contains(&k) {
                        decls.push(d);
                    }
                    if p.std {
                        k += 1;
                    }
                }
            }
        }
        decls.append(&mut main.decls);
        for f in root_rest {
            main.node_count = main.node_count.max(f.node_count);
            decls.extend(f.decls);
        }
        main.decls = decls;
        (self.src, main)
    }
}

/// A file with nothing in it (a program without packages).
fn empty_file() -> ast::File {
    let src = SourceFile::new("", "package main\n");
    syntax::parse_file(&src).unwrap_or_else(|_| unreachable!("a package clause parses"))
}

/// The first node id of a declaration: its (first) name, created before
/// anything after it; a receiver's few nodes come before the name and
/// count for the previous declaration (which only makes that one keep a
/// type's methods it may not need).
fn first_id(d: &ast::Decl) -> Option<u32> {
    match d {
        ast::Decl::Func(fd) => Some(fd.name.id.0),
        ast::Decl::Var(specs) => specs.first().and_then(|s| s.names.first()).map(|n| n.id.0),
        ast::Decl::Const(specs) => specs.first().and_then(|s| s.names.first()).map(|n| n.id.0),
        ast::Decl::Type(specs) => specs.first().map(|s| s.name.id.0),
    }
}

/// The std declarations (numbered across `prog.deps` in order) that the
/// program reaches. A parser hands out node ids in source order, so the
/// ids from one declaration's first name up to the next declaration's are
/// that declaration's nodes: the objects `info` records for them (uses,
/// selected methods) are what it refers to. Roots: the user's package and
/// the std packages' variable initializers (they run at init). A reached
/// type keeps all its methods (method tables of interface conversions and
/// type descriptors name them).
fn reachable_std_funcs(prog: &Program, info: &Info) -> std::collections::HashSet<usize> {
    use std::collections::{HashMap, HashSet};

    use crate::object::ObjId;

    let decls: Vec<&ast::Decl> = prog
        .packages
        .iter()
        .filter(|p| p.std)
        .flat_map(|p| p.files.iter().flat_map(|f| &f.decls))
        .collect();
    // (first id, declaration index), sorted by id.
    let mut starts: Vec<(u32, usize)> = decls
        .iter()
        .enumerate()
        .filter_map(|(i, d)| first_id(d).map(|id| (id, i)))
        .collect();
    starts.sort_unstable();
    let main_end = prog.std_first_id;
    let owner = |id: u32| -> Option<usize> {
        if id < main_end {
            return None;
        }
        let i = starts.partition_point(|&(s, _)| s <= id);
        i.checked_sub(1).map(|i| starts[i].1)
    };
    // What each declaration refers to; the user's references are roots.
    let mut refs: Vec<Vec<ObjId>> = vec![Vec::new(); decls.len()];
    let mut work: Vec<ObjId> = Vec::new();
    let selected = info
        .selections
        .iter()
        .filter_map(|(id, s)| s.method.map(|m| (id, m)));
    for (id, o) in info.uses.iter().map(|(id, &o)| (id, o)).chain(selected) {
        match owner(id.0) {
            Some(d) => refs[d].push(o),
            None if id.0 < main_end => work.push(o),
            None => {}
        }
    }
    // Declaring objects: object -> declaration; type -> its methods.
    let mut decl_of: HashMap<ObjId, usize> = HashMap::new();
    let mut methods: HashMap<crate::ty::TypeId, Vec<usize>> = HashMap::new();
    let mut marked: HashSet<usize> = HashSet::new();
    let mut queue: Vec<usize> = Vec::new();
    for (i, d) in decls.iter().enumerate() {
        match d {
            ast::Decl::Func(fd) => {
                if let Some(&o) = info.defs.get(&fd.name.id) {
                    decl_of.insert(o, i);
                    if let Some(r) = info.obj(o).recv {
                        methods.entry(r.named).or_default().push(i);
                    }
                }
                if fd.recv.is_none() && fd.name.name == "init" {
                    queue.push(i);
                }
            }
            ast::Decl::Type(specs) => {
                for s in specs {
                    if let Some(&o) = info.defs.get(&s.name.id) {
                        decl_of.insert(o, i);
                    }
                }
            }
            ast::Decl::Var(_) => queue.push(i),
            ast::Decl::Const(_) => {}
        }
    }
    loop {
        for o in work.drain(..) {
            if let Some(&d) = decl_of.get(&o) {
                queue.push(d);
            }
            let ob = info.obj(o);
            if matches!(ob.kind, crate::object::ObjKind::TypeName)
                && let Some(ms) = methods.get(&ob.ty)
            {
                queue.extend(ms.iter().copied());
            }
        }
        let Some(d) = queue.pop() else { break };
        if marked.insert(d) {
            work.extend(refs[d].iter().copied());
        }
    }
    marked
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two small packages: `p` uses `q`; `r` is never imported.
    fn source_of(path: &str) -> Option<&'static str> {
        match path {
            "p" => Some("package p\n\nimport \"q\"\n\nfunc F() int { return q.G() + 1 }\n"),
            "q" => Some("package q\n\nfunc G() int { return h() }\n\nfunc h() int { return 41 }\n"),
            "r" => Some("package r\n"),
            "s" => Some(concat!(
                "package s\n\n",
                "type T struct{ u U }\n\n",
                "type U int\n\n",
                "func (U) String() string { return used() }\n\n",
                "func (t *T) M() {}\n\n",
                "func used() string { return \"\" }\n\n",
                "func New() *T { return &T{} }\n\n",
                "func Unused() { unusedToo() }\n\n",
                "func unusedToo() {}\n\n",
                "var V = helper()\n\n",
                "func helper() int { return 1 }\n",
            )),
            "c1" => Some("package c1\n\nimport \"c2\"\n\nvar X = c2.Y\n"),
            "c2" => Some("package c2\n\nimport \"c1\"\n\nvar Y = c1.X\n"),
            _ => None,
        }
    }

    fn load(text: &str) -> Result<Program, String> {
        let src = SourceFile::new("x.go", text);
        let main = syntax::parse_file(&src).map_err(|d| format!("{d:?}"))?;
        Program::load(&src, main, &source_of).map_err(|d| d[0].message.clone())
    }

    fn check(text: &str) -> Result<Info, String> {
        let prog = load(text)?;
        prog.check().map_err(|ds| {
            ds.iter()
                .map(|d| d.render(&prog.src))
                .collect::<Vec<_>>()
                .join("\n")
        })
    }

    #[test]
    fn loads_reachable_packages_dependencies_first() {
        let prog = load("package main\nimport \"p\"\nfunc main() { _ = p.F() }\n");
        let paths: Vec<String> = prog
            .map(|p| p.packages.into_iter().map(|d| d.path).collect())
            .unwrap_or_default();
        assert_eq!(paths, ["q", "p", "main"]);
    }

    #[test]
    fn renamed_import_and_package_named_objects() {
        let info = check("package main\nimport x \"p\"\nfunc main() { _ = x.F() }\n");
        let info = info.unwrap_or_else(|e| panic!("{e}"));
        let f = info.objects.iter().find(|o| o.name == "F");
        assert_eq!(f.map(|o| o.pkg.as_str()), Some("p"));
        assert!(f.is_some_and(|o| !o.runtime));
    }

    #[test]
    fn unexported_names_are_invisible_and_free() {
        let err = check("package main\nimport \"q\"\nfunc main() { _ = q.h() }\n");
        assert_eq!(err.err().as_deref(), Some("x.go:3:21: undefined: q.h"));
        // The user's own `h` does not clash with q's.
        let ok = check(
            "package main\nimport \"q\"\nfunc h() int { return q.G() }\nfunc main() { _ = h() }\n",
        );
        assert!(ok.is_ok(), "{:?}", ok.err());
    }

    #[test]
    fn unused_imports_use_gc_words() {
        let err = check("package main\nimport (\n\t\"p\"\n\ts \"q\"\n)\nfunc main() {}\n");
        assert_eq!(
            err.err().as_deref(),
            Some(
                "x.go:3:2: \"p\" imported and not used\nx.go:4:2: \"q\" imported as s and not used"
            )
        );
    }

    #[test]
    fn dot_imports_join_the_file_scope() {
        let ok = check("package main\nimport . \"p\"\nfunc main() { _ = F() }\n");
        assert!(ok.is_ok(), "{:?}", ok.err());
        let unused = check("package main\nimport . \"p\"\nfunc main() {}\n");
        assert_eq!(
            unused.err().as_deref(),
            Some("x.go:2:8: \"p\" imported and not used")
        );
        // gc adds a line naming the other declaration in GOROOT.
        let clash = check(
            "package main\nimport . \"p\"\nfunc F() int { return 0 }\nfunc main() { _ = F() }\n",
        );
        assert_eq!(
            clash.err().as_deref(),
            Some("x.go:3:6: F already declared through dot-import of package p (\"p\")")
        );
    }

    #[test]
    fn merged_file_keeps_only_reachable_std_functions() {
        let prog = load("package main\nimport \"s\"\nfunc main() { _ = s.New() }\n");
        let Ok(prog) = prog else { panic!("load") };
        let info = prog.check().unwrap_or_else(|e| panic!("{e:?}"));
        let (_, file) = prog.into_merged(&info);
        let funcs: Vec<&str> = file
            .decls
            .iter()
            .filter_map(|d| match d {
                ast::Decl::Func(fd) => Some(fd.name.name.as_str()),
                _ => None,
            })
            .collect();
        // New reaches T (and its methods), T's field type U (and its
        // String, which calls used); V's initializer is a root.
        assert_eq!(funcs, ["String", "M", "used", "New", "helper", "main"]);
    }

    /// A package of several files: `files` as (name, text).
    fn check_files(files: &[(&str, &str)]) -> Result<(Program, Info), String> {
        let mut src: Option<SourceFile> = None;
        let mut parsed = Vec::new();
        let mut next = 0;
        for (name, text) in files {
            match &mut src {
                Some(s) => {
                    s.add_file(*name, text, false);
                }
                None => src = Some(SourceFile::new(*name, *text)),
            }
            let one = src
                .as_ref()
                .map(|s| s.padded_last())
                .unwrap_or_else(|| unreachable!());
            let f = syntax::parse_file_from(&one, next).map_err(|d| format!("{d:?}"))?;
            next = f.node_count;
            parsed.push(f);
        }
        let root = Package {
            path: "main".into(),
            files: parsed,
            std: false,
            errors: Vec::new(),
        };
        let src = src.unwrap_or_else(|| SourceFile::new("", ""));
        let prog = Program::load_packages(src, vec![root], next, &source_of)
            .map_err(|d| d[0].message.clone())?;
        match prog.check() {
            Ok(info) => Ok((prog, info)),
            Err(ds) => Err(ds
                .iter()
                .map(|d| d.render(&prog.src))
                .collect::<Vec<_>>()
                .join("\n")),
        }
    }

    #[test]
    fn files_share_the_package_scope_but_not_imports() {
        let ok = check_files(&[
            (
                "a.go",
                "package main\nimport \"p\"\nvar A = p.F() + b\nfunc main() { g() }\n",
            ),
            (
                "b.go",
                "package main\nvar b = 1\nfunc g() { _ = A }\nfunc init() {}\nfunc init() {}\n",
            ),
        ]);
        assert!(ok.is_ok(), "{:?}", ok.err());
        // An import is in its file's scope only; unused per file.
        let err = check_files(&[
            (
                "a.go",
                "package main\nimport \"p\"\nfunc main() { _ = p.F() }\n",
            ),
            (
                "b.go",
                "package main\nimport \"q\"\nfunc g() int { return p.F() }\n",
            ),
        ]);
        assert_eq!(
            err.err().as_deref(),
            Some("b.go:2:8: \"q\" imported and not used\nb.go:3:23: undefined: p")
        );
        // A name declared in two files, with the other file's position.
        let dup = check_files(&[
            ("a.go", "package main\nfunc main() {}\nfunc f() {}\n"),
            ("b.go", "package main\nvar f = 1\n"),
        ]);
        assert_eq!(
            dup.err().as_deref(),
            Some("b.go:2:5: f redeclared in this block\n\ta.go:3:6: other declaration of f")
        );
        // An import clashing with a package-level name of another file.
        let clash = check_files(&[
            (
                "a.go",
                "package main\nimport \"p\"\nfunc main() { _ = p.F() }\n",
            ),
            ("b.go", "package main\nvar p = 1\n"),
        ]);
        assert_eq!(
            clash.err().as_deref(),
            Some(
                "b.go:2:5: p already declared through import of package p (\"p\")\n\ta.go:2:8: other declaration of p"
            )
        );
    }

    #[test]
    fn initialization_follows_dependencies_across_files() {
        let (_, info) = check_files(&[
            ("a.go", "package main\nvar x = y + 1\nfunc main() {}\n"),
            ("b.go", "package main\nvar y = z * 2\nvar z = 3\n"),
        ])
        .unwrap_or_else(|e| panic!("{e}"));
        let order: Vec<&str> = info
            .init_order
            .iter()
            .map(|i| info.obj(i.lhs[0]).name.as_str())
            .collect();
        assert_eq!(order, ["z", "y", "x"]);
    }

    #[test]
    fn packages_initialize_sorted_by_path_once_their_imports_are() {
        let mut info = Info::default();
        let pkg = |path: &str, imports: &[&str]| crate::info::PackageInit {
            path: path.into(),
            imports: imports.iter().map(|s| s.to_string()).collect(),
        };
        // Checked in dependency order; initialized by the spec's rule.
        info.packages = vec![
            pkg("z/b", &[]),
            pkg("a/x", &["z/b", "fmt"]),
            pkg("m/c", &[]),
            pkg("main", &["a/x", "m/c"]),
        ];
        assert_eq!(info.init_packages(), ["m/c", "z/b", "a/x", "main"]);
    }

    #[test]
    fn import_cycles_among_std_packages_are_internal_errors() {
        let err = load("package main\nimport \"c1\"\nfunc main() { _ = c1.X }\n");
        assert!(err.err().is_some_and(|e| e.contains("import cycle")));
    }
}
