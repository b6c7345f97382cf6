//! The go command's part of gocc: from `gocc build`'s arguments to the
//! user's packages, parsed, each after the packages it imports.
//!
//! Arguments name packages as `go build` takes them: none (the package in
//! the current directory), directories (`.`, `./cmd/tool`), patterns
//! (`./...`), import paths inside the main module, or a list of `.go`
//! files of one package (`command-line-arguments`). The module is the
//! nearest go.mod up from the current directory (for `.go` files, from
//! theirs), as the go command finds it ([`modfile`]); its packages
//! are imported by path (`example.com/m/internal/store`), with Go's
//! `internal/` rule; `replace` directives map other module paths to local
//! directories; any other import without a dot in its first element is
//! left to the type checker as a std package. A package is every file of
//! its directory that [`constraint`] keeps, in file-name order.
//!
//! All files go into one [`SourceFile`] file set named as `go build` names
//! them (relative to the current directory, `./a.go` for a file in it),
//! parsed into one node-id space; the std packages are added after them by
//! `types::program::Program::load_packages`. Errors are the go command's,
//! in its words (`import cycle not allowed`, `use of internal package ...
//! not allowed`, `no required module provides package ...`).

pub mod constraint;
pub mod modfile;

use std::path::{Component, Path, PathBuf};

use syntax::{SourceFile, ast};

use modfile::Module;

/// A user package, loaded and parsed.
pub struct Package {
    /// Its import path as the go command shows it (`example.com/m/util`,
    /// `command-line-arguments`).
    pub import_path: String,
    /// The path of its first file.
    pub first_file: PathBuf,
    /// Its files, in file-name order.
    pub files: Vec<ast::File>,
    /// Errors found while reading it (invalid UTF-8), reported first
    /// among its type errors.
    pub errors: Vec<syntax::Diagnostic>,
}

/// The user's packages of one build.
pub struct Graph {
    pub src: SourceFile,
    /// Every package, each after those it imports.
    pub packages: Vec<Package>,
    /// The packages named on the command line (indexes, in order).
    pub roots: Vec<usize>,
    /// The next free node id.
    pub next_id: u32,
}

/// A root package as named on the command line.
enum Root {
    /// A directory, with the import path the go command gives it.
    Dir { dir: PathBuf, path: String },
    /// `.go` files of one directory (`command-line-arguments`).
    Files(Vec<PathBuf>),
}

/// Loading state: depth first from the roots.
struct Loader {
    cwd: PathBuf,
    module: Option<Module>,
    src: Option<SourceFile>,
    next_id: u32,
    done: Vec<Package>,
    /// Packages being loaded (cycle detection): import path, and the file
    /// (base name) of the import that led to the next one.
    stack: Vec<(String, String)>,
    /// The import paths of the packages named on the command line.
    roots: Vec<String>,
}

/// Loads the packages `args` name and everything of the user's they
/// import. `Err` holds the go command's message (printed as is, exit
/// status 1); `Ok(None)` when a pattern matched nothing (go's warning is
/// printed).
pub fn load(args: &[String]) -> Result<Option<Graph>, String> {
    let cwd = std::env::current_dir().map_err(|e| format!("go: getting current directory: {e}"))?;
    let args: Vec<String> = if args.is_empty() {
        vec![".".to_string()]
    } else {
        args.to_vec()
    };
    let files = args.iter().filter(|a| a.ends_with(".go")).count();
    let start_dir = if files > 0 {
        if files != args.len() {
            return Err("go: cannot mix .go files and packages on the command line".into());
        }
        cwd.join(Path::new(&args[0]).parent().unwrap_or(Path::new(".")))
    } else {
        cwd.clone()
    };
    let module = match modfile::find(&start_dir) {
        Some(f) => Some(modfile::read(&f)?),
        None => None,
    };
    let mut l = Loader {
        cwd: clean(&cwd),
        module,
        src: None,
        next_id: 0,
        done: Vec::new(),
        stack: Vec::new(),
        roots: Vec::new(),
    };
    let roots = if files > 0 {
        vec![Root::Files(args.iter().map(PathBuf::from).collect())]
    } else {
        let mut roots = Vec::new();
        for a in &args {
            roots.extend(l.expand(a)?);
        }
        if roots.is_empty() {
            return Ok(None);
        }
        roots
    };
    l.roots = roots
        .iter()
        .map(|r| match r {
            Root::Dir { path, .. } => path.clone(),
            Root::Files(_) => "command-line-arguments".to_string(),
        })
        .collect();
    let mut indexes = Vec::new();
    for r in roots {
        let i = match r {
            Root::Dir { dir, path } => l.load_dir(&path, &dir, None)?,
            Root::Files(files) => l.load_files(files)?,
        };
        if !indexes.contains(&i) {
            indexes.push(i);
        }
    }
    Ok(Some(Graph {
        src: l.src.unwrap_or_else(|| SourceFile::new("", "")),
        packages: l.done,
        roots: indexes,
        next_id: l.next_id,
    }))
}

impl Loader {
    /// The roots one argument names.
    fn expand(&self, arg: &str) -> Result<Vec<Root>, String> {
        if let Some(base) = arg.strip_suffix("/...").or((arg == "...").then_some("")) {
            let base_dir = self.cwd.join(if base.is_empty() { "." } else { base });
            let mut dirs = Vec::new();
            walk(&clean(&base_dir), true, &mut dirs);
            let mut roots = Vec::new();
            for d in dirs {
                if let Ok(path) = self.dir_import_path(&d) {
                    roots.push(Root::Dir { dir: d, path });
                }
            }
            if roots.is_empty() {
                eprintln!("go: warning: \"{arg}\" matched no packages");
            }
            return Ok(roots);
        }
        let local = arg == "." || arg == ".." || arg.starts_with("./") || arg.starts_with("../");
        if local || arg.starts_with('/') {
            let dir = clean(&self.cwd.join(arg));
            if !dir.is_dir() {
                return Err(format!("stat {}: directory not found", dir.display()));
            }
            let path = self.dir_import_path(&dir)?;
            return Ok(vec![Root::Dir { dir, path }]);
        }
        // An import path.
        match self.resolve(arg) {
            Some(dir) if !dir.is_dir() => Err(no_module_provides(arg)),
            Some(dir) => Ok(vec![Root::Dir {
                dir,
                path: arg.to_string(),
            }]),
            None if crate::stdpkgs::source(arg).is_some() || types::stdlib::may_be_std(arg) => Err(
                format!("gocc: building standard package {arg} on its own is not supported"),
            ),
            None if first_has_dot(arg) => Err(no_module_provides(arg)),
            None => Err(not_in_std(arg)),
        }
    }

    /// The import path of a directory of the main module.
    fn dir_import_path(&self, dir: &Path) -> Result<String, String> {
        let Some(m) = &self.module else {
            return Err("go: go.mod file not found in current directory or any parent directory; see 'go help modules'".into());
        };
        let root = clean(&m.dir);
        match dir.strip_prefix(&root) {
            Ok(rel) if rel.as_os_str().is_empty() => Ok(m.path.clone()),
            Ok(rel) => Ok(format!("{}/{}", m.path, rel.display())),
            Err(_) => Err(format!(
                "directory {} outside main module or its selected dependencies",
                self.shown(dir)
            )),
        }
    }

    /// The directory of a user package's import path: in the main module
    /// or a module `replace`d by a local directory.
    fn resolve(&self, path: &str) -> Option<PathBuf> {
        let m = self.module.as_ref()?;
        let mut mods: Vec<(&str, &Path)> = vec![(m.path.as_str(), m.dir.as_path())];
        mods.extend(m.replace.iter().map(|(p, d)| (p.as_str(), d.as_path())));
        // The longest module path that is a prefix of `path` wins.
        mods.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        for (mp, dir) in mods {
            if path == mp {
                return Some(clean(dir));
            }
            if let Some(rest) = path.strip_prefix(mp).and_then(|r| r.strip_prefix('/')) {
                return Some(clean(&dir.join(rest)));
            }
        }
        None
    }

    /// A path as the go command shows it: relative to the current
    /// directory when that is shorter (`util/u.go`, `../x`), else absolute.
    fn shown(&self, path: &Path) -> String {
        let abs = clean(path);
        let rel = relative(&self.cwd, &abs);
        if rel.len() < abs.display().to_string().len() {
            rel
        } else {
            abs.display().to_string()
        }
    }

    /// A file's name in compiler diagnostics: [`Loader::shown`], with `./`
    /// before a file of the current directory (`./main.go`).
    fn file_name(&self, path: &Path) -> String {
        let s = self.shown(path);
        if s.contains('/') { s } else { format!("./{s}") }
    }

    /// The package of directory `dir`, loaded with its imports; `from`
    /// is the import that asks for it (file name shown, position).
    fn load_dir(
        &mut self,
        path: &str,
        dir: &Path,
        from: Option<(&str, u32, u32)>,
    ) -> Result<usize, String> {
        if let Some(i) = self.done.iter().position(|p| p.import_path == path) {
            return Ok(i);
        }
        if let Some(k) = self.stack.iter().position(|(p, _)| p == path) {
            let _ = k;
            // The import that closes the cycle: from the last package.
            let from = self
                .stack
                .last()
                .map(|(_, f)| f.clone())
                .unwrap_or_default();
            return Err(self.chain(&format!(
                "imports {path} from {from}: import cycle not allowed"
            )));
        }
        let entries = match std::fs::read_dir(dir) {
            Ok(e) => e,
            Err(_) => {
                return Err(match from {
                    Some((f, line, col)) => {
                        format!("{f}:{line}:{col}: {}", no_module_provides(path))
                    }
                    None => format!("stat {}: directory not found", dir.display()),
                });
            }
        };
        // go/build's classification: .go files (not `_x.go`, `.x.go`),
        // those that are not tests, those the constraints keep.
        let mut names: Vec<String> = entries
            .filter_map(|e| e.ok())
            .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
            .filter_map(|e| e.file_name().into_string().ok())
            .filter(|n| n.ends_with(".go") && !n.starts_with(['_', '.']))
            .collect();
        names.sort();
        if names.is_empty() {
            return Err(match from {
                // An empty directory is no package: none provides it.
                Some((f, line, col)) => format!("{f}:{line}:{col}: {}", no_module_provides(path)),
                None => format!("no Go files in {}", dir.display()),
            });
        }
        names.retain(|n| !n.ends_with("_test.go"));
        if names.is_empty() {
            return Err(format!("{path}: no non-test Go files in {}", dir.display()));
        }
        let mut files = Vec::new();
        for n in names.iter().filter(|n| constraint::name_ok(n)) {
            let p = dir.join(n);
            let bytes =
                std::fs::read(&p).map_err(|e| format!("go: reading {}: {e}", self.shown(&p)))?;
            match constraint::header_ok(&String::from_utf8_lossy(&bytes)) {
                Ok(true) => files.push((p, bytes)),
                Ok(false) => {}
                Err(e) => {
                    return Err(format!("{}: parsing //go:build line: {e}", self.shown(&p)));
                }
            }
        }
        if files.is_empty() {
            let msg = format!(
                "build constraints exclude all Go files in {}",
                dir.display()
            );
            return Err(match self.stack.is_empty() {
                true => format!("package {path}: {msg}"),
                false => self.chain(&format!("imports {path}: {msg}")),
            });
        }
        self.load_parsed(path, dir, files)
    }

    /// The package of the `.go` files named on the command line.
    fn load_files(&mut self, paths: Vec<PathBuf>) -> Result<usize, String> {
        let mut files = Vec::new();
        let mut dir: Option<PathBuf> = None;
        for p in paths {
            let abs = clean(&self.cwd.join(&p));
            let d = abs.parent().map(Path::to_path_buf).unwrap_or_default();
            if let Some(first) = &dir
                && *first != d
            {
                return Err(format!(
                    "named files must all be in one directory; have {} and {}",
                    self.shown(first),
                    self.shown(&d)
                ));
            }
            dir = Some(d);
            let bytes = std::fs::read(&abs)
                .map_err(|_| format!("stat {}: no such file or directory", p.display()))?;
            files.push((abs, bytes));
        }
        let dir = dir.unwrap_or_default();
        self.load_parsed("command-line-arguments", &dir, files)
    }

    /// Parses a package's files into the file set, then loads what they
    /// import (depth first) and records the package after them.
    fn load_parsed(
        &mut self,
        path: &str,
        dir: &Path,
        files: Vec<(PathBuf, Vec<u8>)>,
    ) -> Result<usize, String> {
        let mut parsed: Vec<(String, ast::File)> = Vec::new();
        // Errors found before checking (invalid UTF-8): the package's
        // first errors, as gc's scanner reports them while parsing.
        let mut lexical = Vec::new();
        let first_file = files.first().map(|f| f.0.clone()).unwrap_or_default();
        for (p, bytes) in files {
            let name = self.file_name(&p);
            let base_name = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            // The go command parses each header (package clause, imports)
            // first and reports its errors in go/parser's words, alone.
            match syntax::gocmd::check_header(&bytes) {
                None => {}
                Some(syntax::gocmd::HeaderError::Parse { line, col, message }) => {
                    return Err(format!("{}:{line}:{col}: {message}", self.shown(&p)));
                }
                Some(syntax::gocmd::HeaderError::Nul) => {
                    return Err(format!(
                        "go: reading {}: unexpected NUL in input",
                        self.shown(&p)
                    ));
                }
            }
            let (text, bad_utf8) = valid_utf8(bytes);
            let base = match &mut self.src {
                Some(s) => s.add_file(name.clone(), &text, false),
                None => {
                    self.src = Some(SourceFile::new(name.clone(), text));
                    0
                }
            };
            if let Some(at) = bad_utf8 {
                lexical.push(syntax::Diagnostic::new(base + at, "invalid UTF-8 encoding"));
            }
            let Some(src) = &self.src else {
                unreachable!("a file was just added")
            };
            let one = src.padded_last();
            let file = syntax::parse_file_from(&one, self.next_id).map_err(|ds| {
                let mut out = format!("# {path}");
                for d in syntax::diag::sorted(ds) {
                    out.push_str(&format!("\n{}", d.render(&one)));
                }
                out
            })?;
            self.next_id = file.node_count;
            parsed.push((base_name, file));
        }
        // One package name per directory.
        if let Some((first_name, first)) = parsed.first() {
            for (n, f) in &parsed[1..] {
                if f.package.name != first.package.name {
                    return Err(format!(
                        "found packages {} ({first_name}) and {} ({n}) in {}",
                        first.package.name,
                        f.package.name,
                        dir.display()
                    ));
                }
            }
        }
        let mut errors = Vec::new();
        // Each import: importing file's base name, path, and its position
        // as the go command shows it (`util/u.go`, line, column).
        let mut imports: Vec<(String, String, String, u32, u32)> = Vec::new();
        if let Some(src) = &self.src {
            for (base_name, f) in &parsed {
                for imp in &f.imports {
                    // The go command reports at the import spec: its name
                    // when it has one (`_`, `x`), else its path.
                    let at = imp.name.as_ref().map_or(imp.path_pos, |n| n.pos);
                    let (line, col) = src.line_col(at);
                    let shown = src
                        .file_at(imp.path_pos)
                        .name
                        .trim_start_matches("./")
                        .to_string();
                    imports.push((base_name.clone(), imp.path.clone(), shown, line, col));
                }
            }
        }
        {
            for (base_name, ipath, shown, line, col) in &imports {
                let (ipath, line, col) = (ipath.as_str(), *line, *col);
                let Some(idir) = self.resolve(ipath) else {
                    if first_has_dot(ipath) {
                        errors.push(format!(
                            "{shown}:{line}:{col}: {}",
                            no_module_provides(ipath)
                        ));
                    } else if crate::stdpkgs::source(ipath).is_none()
                        && !types::stdlib::may_be_std(ipath)
                        && ipath != "C"
                    {
                        errors.push(format!("{shown}:{line}:{col}: {}", not_in_std(ipath)));
                    }
                    continue;
                };
                if !internal_allowed(path, ipath) {
                    // An error of this package: the go command names the
                    // imports that led to it (the last without a file),
                    // none when the package was named on the command line.
                    let msg = format!(
                        "{shown}:{line}:{col}: use of internal package {ipath} not allowed"
                    );
                    let mut out = format!("package {}", self.stack.first().map_or(path, |r| &r.0));
                    if !self.roots.iter().any(|r| r == path) {
                        for w in self.stack.windows(2) {
                            out.push_str(&format!("\n\timports {} from {}", w[1].0, w[0].1));
                        }
                        if !self.stack.is_empty() {
                            out.push_str(&format!("\n\timports {path}"));
                        }
                    } else {
                        out = format!("package {path}");
                    }
                    out.push_str(&format!("\n\t{msg}"));
                    return Err(out);
                }
                if !errors.is_empty() {
                    continue;
                }
                self.stack.push((path.to_string(), base_name.clone()));
                let r = self.load_dir(ipath, &idir, Some((shown, line, col)));
                self.stack.pop();
                let i = r?;
                let is_main = self.done[i]
                    .files
                    .first()
                    .is_some_and(|f| f.package.name == "main");
                if is_main {
                    return Err(format!(
                        "{shown}:{line}:{col}: import \"{ipath}\" is a program, not an importable package"
                    ));
                }
            }
        }
        if !errors.is_empty() {
            return Err(errors.join("\n"));
        }
        self.done.push(Package {
            import_path: path.to_string(),
            first_file,
            files: parsed.into_iter().map(|(_, f)| f).collect(),
            errors: lexical,
        });
        Ok(self.done.len() - 1)
    }

    /// The go command's import-stack message: `package ROOT`, then one
    /// `imports P from F` line per import on the stack, then `last`.
    fn chain(&self, last: &str) -> String {
        let Some((root, _)) = self.stack.first() else {
            return last.to_string();
        };
        let mut out = format!("package {root}");
        for w in self.stack.windows(2) {
            out.push_str(&format!("\n\timports {} from {}", w[1].0, w[0].1));
        }
        out.push_str(&format!("\n\t{last}"));
        out
    }
}

/// The text of a file: invalid UTF-8 bytes each become U+0001 (one byte,
/// so offsets stay; gc's scanner reports the first and goes on), and the
/// offset of the first.
fn valid_utf8(bytes: Vec<u8>) -> (String, Option<u32>) {
    match String::from_utf8(bytes) {
        Ok(t) => (t, None),
        Err(e) => {
            let mut bytes = e.into_bytes();
            let mut first = None;
            let mut at = 0;
            while let Err(u) = std::str::from_utf8(&bytes[at..]) {
                let bad = at + u.valid_up_to();
                let len = u.error_len().unwrap_or(bytes.len() - bad);
                first.get_or_insert(bad as u32);
                bytes[bad..bad + len].fill(1);
                at = bad + len;
            }
            (String::from_utf8(bytes).unwrap_or_default(), first)
        }
    }
}

/// Go's `internal/` rule: a path with an `internal` element may be
/// imported only from the tree rooted at the element's parent.
fn internal_allowed(importer: &str, path: &str) -> bool {
    let elems: Vec<&str> = path.split('/').collect();
    let Some(i) = elems.iter().rposition(|e| *e == "internal") else {
        return true;
    };
    let parent = elems[..i].join("/");
    parent.is_empty() || importer == parent || importer.starts_with(&format!("{parent}/"))
}

fn first_has_dot(path: &str) -> bool {
    path.split('/').next().is_some_and(|e| e.contains('.'))
}

fn no_module_provides(path: &str) -> String {
    format!("no required module provides package {path}; to add it:\n\tgo get {path}")
}

fn not_in_std(path: &str) -> String {
    let root = std::env::var("GOROOT").unwrap_or_else(|_| "/usr/local/go".to_string());
    format!("package {path} is not in std ({root}/src/{path})")
}

/// Directories under `dir` (itself included) with a buildable `.go` file,
/// sorted, as `./...` matches them: not `testdata`, not names starting
/// with `.` or `_`, not other modules (a go.mod below the top).
fn walk(dir: &Path, top: bool, out: &mut Vec<PathBuf>) {
    if !top && dir.join("go.mod").is_file() {
        return;
    }
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut subdirs = Vec::new();
    let mut has_go = false;
    for e in entries.filter_map(|e| e.ok()) {
        let name = e.file_name().to_string_lossy().into_owned();
        let Ok(t) = e.file_type() else { continue };
        if t.is_dir() {
            if !(name.starts_with('.') || name.starts_with('_') || name == "testdata") {
                subdirs.push(e.path());
            }
        } else if constraint::name_ok(&name)
            && std::fs::read_to_string(e.path())
                .is_ok_and(|t| constraint::header_ok(&t) == Ok(true))
        {
            has_go = true;
        }
    }
    if has_go {
        out.push(dir.to_path_buf());
    }
    subdirs.sort();
    for d in subdirs {
        walk(&d, false, out);
    }
}

/// `path` made absolute and cleaned lexically (`.` and `dir/..` removed).
pub fn clean(path: &Path) -> PathBuf {
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut out = PathBuf::new();
    for c in abs.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// `to` relative to directory `from` (both clean and absolute).
fn relative(from: &Path, to: &Path) -> String {
    let f: Vec<Component> = from.components().collect();
    let t: Vec<Component> = to.components().collect();
    let common = f.iter().zip(&t).take_while(|(a, b)| a == b).count();
    let mut parts: Vec<String> = vec!["..".to_string(); f.len() - common];
    parts.extend(
        t[common..]
            .iter()
            .map(|c| c.as_os_str().to_string_lossy().into_owned()),
    );
    if parts.is_empty() {
        ".".to_string()
    } else {
        parts.join("/")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn internal_rule() {
        assert!(internal_allowed(
            "example.com/m",
            "example.com/m/internal/x"
        ));
        assert!(internal_allowed(
            "example.com/m/a/b",
            "example.com/m/internal/x"
        ));
        assert!(internal_allowed(
            "example.com/m/a",
            "example.com/m/a/internal"
        ));
        assert!(!internal_allowed(
            "example.com/m",
            "example.com/m/a/internal/x"
        ));
        assert!(!internal_allowed(
            "example.com/mm",
            "example.com/m/internal/x"
        ));
        assert!(internal_allowed("x", "example.com/m/util"));
    }

    #[test]
    fn relative_paths() {
        let r = |a: &str, b: &str| relative(Path::new(a), Path::new(b));
        assert_eq!(r("/a/b", "/a/b/c.go"), "c.go");
        assert_eq!(r("/a/b", "/a/b/u/c.go"), "u/c.go");
        assert_eq!(r("/a/b", "/a/x/c.go"), "../x/c.go");
        assert_eq!(r("/a/b", "/a/b"), ".");
    }
}
