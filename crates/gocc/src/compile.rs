//! The compilation pipeline, stage by stage, and the `build`, `run` and
//! `tool compile` commands. The commands differ only in the pipeline's
//! parameters: what the file is checked as ([`types::Unit`]: a program
//! must be `package main` with a `func main`, a package may be anything)
//! and what is made of the object ([`Output`]).

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use syntax::{Diagnostic, SourceFile};

use crate::cli::Options;
use crate::link;

/// gc prints at most this many errors, then `too many errors`.
const MAX_ERRORS: usize = 10;

/// How diagnostics are printed and what a failure exits with.
struct Report {
    /// At most this many errors, then `too many errors` (gc without `-e`).
    limit: Option<usize>,
    /// `file:line:col` (else `file:line`, gc's `-C`).
    columns: bool,
    /// The exit status of a failed compilation: 1 from `go build`, 2 from
    /// `go tool compile` (gc's `base.ErrorExit`).
    status: u8,
    /// The file name on the back end's lines (`-m`, `-d=defer`) when not
    /// the name as given: `go tool compile` prints there the absolute
    /// path (`/tmp/x/a.go:4:2: moved to heap: x`), while its type errors
    /// keep the name as given.
    notes_name: Option<String>,
}

impl Report {
    fn position(&self, src: &SourceFile, pos: syntax::Pos) -> String {
        self.position_named(src, &src.file_at(pos).name, pos)
    }

    fn position_named(&self, src: &SourceFile, name: &str, pos: syntax::Pos) -> String {
        let (line, col) = src.line_col(pos);
        if self.columns && col < syntax::pos::COL_MAX {
            format!("{name}:{line}:{col}")
        } else {
            format!("{name}:{line}")
        }
    }

    /// Prints diagnostics like gc: sorted by position, duplicates dropped,
    /// at most `limit`.
    fn errors(&self, src: &SourceFile, diags: Vec<Diagnostic>) {
        let diags = syntax::diag::sorted_in(src, diags);
        let limit = self.limit.unwrap_or(usize::MAX);
        for d in diags.iter().take(limit) {
            eprintln!("{}: {}", self.position(src, d.pos), d.message);
        }
        if diags.len() > limit {
            eprintln!("{}: too many errors", self.position(src, diags[limit].pos));
        }
    }

    /// Prints lines in the order given: gc's `-m` flushes each message
    /// as it makes it (`base.WarnfAt`), so they are neither sorted nor
    /// deduplicated.
    fn lines(&self, src: &SourceFile, notes: &[(syntax::Pos, String)]) {
        for (pos, msg) in notes {
            let name = self
                .notes_name
                .as_deref()
                .unwrap_or(&src.file_at(*pos).name);
            eprintln!("{}: {msg}", self.position_named(src, name, *pos));
        }
    }

    /// Prints the back end's lines (`-m`, `-d=defer`) as gc flushes
    /// them: stably sorted by position, a line repeating the previous one
    /// dropped.
    fn notes(&self, src: &SourceFile, notes: &[(syntax::Pos, String)]) {
        let mut sorted: Vec<&(syntax::Pos, String)> = notes.iter().collect();
        sorted.sort_by_key(|(pos, _)| *pos);
        sorted.dedup();
        for (pos, msg) in sorted {
            let name = self
                .notes_name
                .as_deref()
                .unwrap_or(&src.file_at(*pos).name);
            eprintln!("{}: {msg}", self.position_named(src, name, *pos));
        }
    }
}

/// What is made of the compiled object.
pub enum Output {
    /// Linked with the runtime into this executable (`gocc build`/`run`).
    Executable(PathBuf),
    /// Written as an ELF object file (`gocc tool compile -o`).
    Object(PathBuf),
    /// Nothing (`gocc build --no-link`, `gocc tool compile` without `-o`).
    Nothing,
}

/// Times stages when `-v` is given.
struct Timer {
    on: bool,
    last: Instant,
}

impl Timer {
    fn lap(&mut self, stage: &str) {
        if self.on {
            eprintln!("gocc: {stage}: {:.1?}", self.last.elapsed());
        }
        self.last = Instant::now();
    }
}

/// Runs the whole pipeline but the link: source → object, the file
/// checked as `unit`. Returns the exit status to use on failure.
fn compile_to_object(
    opts: &Options,
    unit: types::Unit,
    rep: &Report,
    timer: &mut Timer,
) -> Result<Vec<u8>, u8> {
    let fail = rep.status;
    let bytes = std::fs::read(&opts.input).map_err(|e| {
        eprintln!("gocc: reading {}: {e}", opts.input.display());
        fail
    })?;
    let name = opts.input.display().to_string();
    // `go build` reads and parses the package clause and imports before
    // running the compiler, and its errors come first (syntax::gocmd);
    // `go tool compile` is the compiler alone.
    let header = match unit {
        types::Unit::Program => syntax::gocmd::check_header(&bytes),
        types::Unit::Package => None,
    };
    match header {
        None => {}
        Some(syntax::gocmd::HeaderError::Parse { line, col, message }) => {
            eprintln!("{name}:{line}:{col}: {message}");
            return Err(fail);
        }
        Some(syntax::gocmd::HeaderError::Nul) => {
            // The go command names the file as given on its command line,
            // where a file in the current directory is `./X.go`.
            let shown = if opts.input.is_relative() && !name.starts_with('.') {
                format!("./{name}")
            } else {
                name
            };
            eprintln!("go: reading {shown}: unexpected NUL in input");
            return Err(fail);
        }
    }
    // gc's scanner reports invalid UTF-8 where it meets it and goes on: a
    // lexical error does not stop type checking (only `syntax error`s do),
    // so an earlier syntax or type error is printed first. Each invalid byte
    // becomes a U+0001 (one byte: offsets, hence positions, stay) and the
    // error joins whatever the later stages report.
    let mut lexical = Vec::new();
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let mut bytes = e.into_bytes();
            let mut at = 0;
            while let Err(u) = std::str::from_utf8(&bytes[at..]) {
                let bad = at + u.valid_up_to();
                let len = u.error_len().unwrap_or(bytes.len() - bad);
                if lexical.is_empty() {
                    lexical.push(Diagnostic::new(bad as u32, "invalid UTF-8 encoding"));
                }
                bytes[bad..bad + len].fill(1);
                at = bad + len;
            }
            String::from_utf8(bytes).unwrap_or_default()
        }
    };
    let src = SourceFile::new(name, text);
    let with_lexical = |d: Vec<Diagnostic>| lexical.iter().cloned().chain(d).collect::<Vec<_>>();

    let file = syntax::parse_file(&src).map_err(|d| {
        rep.errors(&src, with_lexical(d));
        fail
    })?;
    let has_main = file.decls.iter().any(|d| match d {
        syntax::ast::Decl::Func(f) => f.recv.is_none() && f.name.name == "main",
        _ => false,
    });
    let is_main_package = file.package.name == "main";
    // The Go-written standard packages the program reaches (stdpkgs.rs),
    // each a package of its own, checked before the packages importing it.
    let prog = types::program::Program::load(&src, file, &crate::stdpkgs::source).map_err(|d| {
        rep.errors(&src, with_lexical(d));
        fail
    })?;
    timer.lap("parse");

    let info = prog.check_as(unit).map_err(|d| {
        rep.errors(&prog.src, with_lexical(d));
        fail
    })?;
    if !lexical.is_empty() {
        rep.errors(&src, lexical);
        return Err(fail);
    }
    if unit == types::Unit::Program && is_main_package && !has_main {
        // gc's linker says this, without a position, once all compiles
        // (`go build --no-link` too, so that gocc's answer is go build's);
        // a package compiled alone is never linked.
        eprintln!("runtime.main_main·f: function main is undeclared in the main package");
        return Err(fail);
    }
    timer.lap("typecheck");
    back_end(opts, rep, timer, prog, info, &PackageLines::default())
}

/// Package mode's `# import/path` lines: which user package a position
/// is in. Empty (no lines, every note kept) for a single-file build.
#[derive(Default)]
struct PackageLines {
    /// Each user file's offsets and its package's index in `names`.
    spans: Vec<(syntax::Pos, syntax::Pos, usize)>,
    /// The user packages' import paths.
    names: Vec<String>,
    /// The package built, when one is: its compiler notes (`-m`,
    /// `-d=defer`) are printed, as go build applies `-gcflags` to the
    /// packages named on its command line only.
    root: Option<usize>,
    /// Whether the notes' header was printed.
    notes_started: std::cell::Cell<bool>,
}

impl PackageLines {
    fn package_at(&self, pos: syntax::Pos) -> Option<usize> {
        self.spans
            .iter()
            .find(|(b, e, _)| *b <= pos && pos <= *e)
            .map(|s| s.2)
    }

    /// Before the errors of the package at `pos`.
    fn error_header(&self, pos: syntax::Pos) {
        if let Some(i) = self.package_at(pos) {
            eprintln!("# {}", self.names[i]);
        }
    }

    /// Whether a compiler note at `pos` is printed.
    fn keep_note(&self, pos: syntax::Pos) -> bool {
        self.spans.is_empty() || self.package_at(pos).is_some_and(|i| Some(i) == self.root)
    }

    /// Before the first note: the package's header, once.
    fn notes_header(&self) {
        if let Some(r) = self.root
            && !self.notes_started.replace(true)
        {
            eprintln!("# {}", self.names[r]);
        }
    }

    /// `notes` without the other packages' (see [`PackageLines::keep_note`]);
    /// the header is printed when any remain.
    fn notes(&self, notes: Vec<(syntax::Pos, String)>) -> Vec<(syntax::Pos, String)> {
        let kept: Vec<(syntax::Pos, String)> = notes
            .into_iter()
            .filter(|(p, _)| self.keep_note(*p))
            .collect();
        if !kept.is_empty() {
            self.notes_header();
        }
        kept
    }
}

/// The stages after type checking: checked program → object. `lines`
/// puts a package mode build's `# import/path` lines before errors and
/// notes.
fn back_end(
    opts: &Options,
    rep: &Report,
    timer: &mut Timer,
    prog: types::program::Program,
    info: types::Info,
    lines: &PackageLines,
) -> Result<Vec<u8>, u8> {
    let fail = rep.status;
    // ssagen lowers every package's declarations as one file (the std
    // functions the program reaches); the objects name each declaration's
    // package (symbols `sort.Ints`).
    let (src, file) = prog.into_merged(&info);
    if opts.print_escapes {
        // gc's `-m`: the decisions for the user's package, in gc's order.
        let notes = escape::analyze_with_diagnostics(&file, &info, &src).diagnostics;
        rep.lines(&src, &lines.notes(notes));
    }

    let lower_opts = ssagen::Options {
        optimize: !opts.no_opt,
    };
    let mut module = ssagen::lower(&file, &info, &src, &lower_opts).map_err(|d| {
        if let Some(first) = syntax::diag::sorted_in(&src, d.clone()).first() {
            lines.error_header(first.pos);
        }
        rep.errors(&src, d);
        fail
    })?;
    timer.lap("ssagen");

    // The defer lowering picks each function's strategy (docs/defer.md).
    let plans =
        ssa::passes::lower_defers_with(&mut module, !opts.no_opt, !opts.no_opt && !opts.no_inline);
    if opts.debug_defer {
        // gc's `-d=defer` report (one line per defer statement).
        rep.notes(&src, &lines.notes(ssagen::defer_debug_notes(&plans)));
    }
    // gc's -N turns inlining off as well; -l only inlining.
    ssa::passes::optimize_with(&mut module, !opts.no_opt, !opts.no_opt && !opts.no_inline);
    timer.lap("passes");

    if opts.emit_ssa {
        print!("{}", ssa::print::module_to_string(&module));
    }

    let cg_opts = codegen::Options {
        opt_level_speed: !opts.no_opt,
    };
    // The call-site table of every try_call: the panic runtime's map from
    // return addresses to landing pads (docs/defer.md).
    // Plus the deferwraps that `recover` looks through.
    // And the line table of tracebacks (docs/traceback.md): file names
    // absolute, as gc records them.
    let cwd = std::env::current_dir().unwrap_or_default();
    let mut resolve = |pos: u32| -> Option<(String, u32)> {
        let entry = src.file_at(pos);
        if pos < entry.base || pos >= entry.end {
            return None;
        }
        let (line, _) = src.line_col(pos);
        let name = entry.name.strip_prefix("./").unwrap_or(&entry.name);
        let path = if name.starts_with('$') || name.starts_with('/') {
            name.to_string()
        } else {
            cwd.join(name).to_string_lossy().into_owned()
        };
        Some((path, line))
    };
    let mut exctab = |sites: &[codegen::FunctionSites]| {
        vec![
            codegen::call_site_table("gocc.exctab", sites),
            codegen::deferwrap_table("gocc.wraptab", &module, sites),
            codegen::line_table("gocc.linetab", &module, sites, &mut resolve),
        ]
    };
    let object = codegen::compile_module_with(&module, &cg_opts, &mut exctab).map_err(|e| {
        eprintln!("gocc: internal error in code generation: {e}");
        fail
    })?;
    timer.lap("codegen");
    Ok(object)
}

/// A scratch directory removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> std::io::Result<TempDir> {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0);
        let dir = std::env::temp_dir().join(format!("gocc-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&dir)?;
        Ok(TempDir(dir))
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Compiles `opts.input` as `unit` and makes `output` of it.
fn compile(opts: &Options, unit: types::Unit, rep: &Report, output: &Output) -> Result<(), u8> {
    let fail = rep.status;
    let mut timer = Timer {
        on: opts.verbose,
        last: Instant::now(),
    };
    // On a large stack: the stages recurse over the program's nesting.
    let object = syntax::stack::run(|| compile_to_object(opts, unit, rep, &mut timer))?;
    match output {
        Output::Nothing => Ok(()),
        Output::Object(path) => std::fs::write(path, &object).map_err(|e| {
            eprintln!("gocc: writing {}: {e}", path.display());
            fail
        }),
        Output::Executable(exe) => {
            let work = TempDir::new().map_err(|e| {
                eprintln!("gocc: creating a temporary directory: {e}");
                fail
            })?;
            link::link(&object, exe, &work.0).map_err(|e| {
                eprintln!("gocc: {e}");
                fail
            })?;
            timer.lap("link");
            Ok(())
        }
    }
}

/// How `gocc build` and `gocc run` report: like `go build`.
const GO_BUILD: Report = Report {
    limit: Some(MAX_ERRORS),
    columns: true,
    status: 1,
    notes_name: None,
};

fn build_to(opts: &Options, output: &Path) -> Result<(), u8> {
    let output = if opts.no_link {
        Output::Nothing
    } else {
        Output::Executable(output.to_path_buf())
    };
    compile(opts, types::Unit::Program, &GO_BUILD, &output)
}

/// `gocc build`: the executable is named by `-o` or after the source file
/// (`dir/prog.go` → `prog`, in the current directory, like `go build`).
pub fn build(opts: &Options) -> Result<(), u8> {
    if opts.input.as_os_str().is_empty() {
        return build_packages(opts, None);
    }
    if let Some(file) = imports_user_packages(&opts.input) {
        return build_packages(&as_package(opts, file), None);
    }
    let output = match &opts.output {
        Some(o) => o.clone(),
        None => PathBuf::from(opts.input.file_stem().unwrap_or_default()),
    };
    build_to(opts, &output)
}

/// Whether a single `.go` file in a module imports a package that is not
/// std (a package of its module): then it is built in package mode, as
/// the `command-line-arguments` package of its module (the single-file
/// path knows std packages only). Outside a module such an import stays
/// the single-file path's error. Reads the header alone (package clause
/// and imports, go/build's reader), which parses without deep nesting.
fn imports_user_packages(file: &Path) -> Option<String> {
    let dir = file.parent().filter(|d| !d.as_os_str().is_empty());
    crate::load::modfile::find(dir.unwrap_or(Path::new(".")))?;
    let bytes = std::fs::read(file).ok()?;
    let (start, end) = syntax::gocmd::read_header(&bytes)?;
    let header = String::from_utf8(bytes.get(start..end)?.to_vec()).ok()?;
    let parsed = syntax::parse_file(&SourceFile::new("", header)).ok()?;
    let user = parsed
        .imports
        .iter()
        .any(|i| crate::stdpkgs::source(&i.path).is_none() && !types::stdlib::may_be_std(&i.path));
    user.then(|| file.display().to_string())
}

/// `opts` building `file` in package mode.
fn as_package(opts: &Options, file: String) -> Options {
    let mut o = opts.clone();
    o.input = PathBuf::new();
    o.packages = vec![file];
    o
}

/// Package mode of `gocc build` and `gocc run` (crate::load): builds the
/// packages `opts.packages` names, like `go build`. One main package is
/// compiled and linked (into `run_exe` for `gocc run`, else `-o` or the
/// last element of its import path); one package that is not main is
/// compiled and the object dropped; several packages (`./...`) are
/// type-checked, each package once, in dependency order. Errors name
/// files relative to the current directory, after a `# import/path` line.
fn build_packages(opts: &Options, run_exe: Option<&Path>) -> Result<(), u8> {
    let mut timer = Timer {
        on: opts.verbose,
        last: Instant::now(),
    };
    syntax::stack::run(|| build_packages_on_stack(opts, run_exe, &mut timer))
}

fn build_packages_on_stack(
    opts: &Options,
    run_exe: Option<&Path>,
    timer: &mut Timer,
) -> Result<(), u8> {
    let fail = GO_BUILD.status;
    let graph = match crate::load::load(&opts.packages) {
        Ok(Some(g)) => g,
        Ok(None) => return Ok(()),
        Err(msg) => {
            eprintln!("{msg}");
            return Err(fail);
        }
    };
    let is_main = |i: usize| {
        graph.packages[i]
            .files
            .first()
            .is_some_and(|f| f.package.name == "main")
    };
    let program = match graph.roots.as_slice() {
        [r] if is_main(*r) => Some(*r),
        _ => None,
    };
    // `-o DIR/` names a directory, made if need be, as go build does.
    if let Some(o) = &opts.output
        && o.as_os_str().to_string_lossy().ends_with('/')
        && let Err(e) = std::fs::create_dir_all(o)
    {
        eprintln!("go: creating {}: {e}", o.display());
        return Err(fail);
    }
    if let Some(o) = &opts.output
        && graph.roots.len() > 1
        && !o.is_dir()
    {
        eprintln!(
            "go: cannot write multiple packages to non-directory {}",
            o.display()
        );
        return Err(fail);
    }
    if run_exe.is_some() && program.is_none() {
        match graph.roots.as_slice() {
            [r] => eprintln!(
                "package {} is not a main package",
                graph.packages[*r].import_path
            ),
            _ => eprintln!("go: cannot run multiple packages"),
        }
        return Err(fail);
    }
    // Functions declared `main`, for the linker's complaint.
    let has_main = |p: &crate::load::Package| {
        p.files.iter().flat_map(|f| &f.decls).any(|d| {
            matches!(d, syntax::ast::Decl::Func(f) if f.recv.is_none() && f.name.name == "main")
        })
    };
    // The directories of the main packages named (for `-o DIR`).
    let main_dirs: Vec<PathBuf> = graph
        .roots
        .iter()
        .filter(|&&r| graph.roots.len() > 1 && is_main(r))
        .filter_map(|&r| graph.packages[r].first_file.parent().map(Path::to_path_buf))
        .collect();
    let missing_main: Vec<String> = graph
        .roots
        .iter()
        .filter(|&&r| is_main(r) && !has_main(&graph.packages[r]))
        .map(|&r| graph.packages[r].import_path.clone())
        .collect();
    let out_name = program.map(|r| executable_name(&graph.packages[r]));
    let graph_roots = graph.roots.clone();
    let names: Vec<String> = graph
        .packages
        .iter()
        .map(|p| p.import_path.clone())
        .collect();
    let user: Vec<types::program::Package> = graph
        .packages
        .into_iter()
        .enumerate()
        .map(|(i, p)| types::program::Package {
            // The program's package is `main` to the compiler (symbols
            // `main.main`, `main.T`); the others are named by import path.
            path: if Some(i) == program {
                "main".to_string()
            } else {
                p.import_path
            },
            files: p.files,
            std: false,
            errors: p.errors,
        })
        .collect();
    let prog = types::program::Program::load_packages(
        graph.src,
        user,
        graph.next_id,
        &crate::stdpkgs::source,
    )
    .map_err(|d| {
        GO_BUILD.errors(&SourceFile::new("", ""), d);
        fail
    })?;
    // Which user package each file belongs to: the `# path` lines.
    let n_std = prog.packages.len() - names.len();
    let spans: Vec<(syntax::Pos, syntax::Pos, usize)> = prog.packages[n_std..]
        .iter()
        .enumerate()
        .flat_map(|(k, p)| p.files.iter().map(move |f| (f, k)))
        .map(|(f, k)| {
            let e = prog.src.file_at(f.package.pos);
            (e.base, e.end, k)
        })
        .collect();
    let lines = PackageLines {
        spans,
        names,
        root: match graph_roots.as_slice() {
            [r] => Some(*r),
            _ => None,
        },
        notes_started: Default::default(),
    };
    timer.lap("parse");
    let unit = if program.is_some() {
        types::Unit::Program
    } else {
        types::Unit::Package
    };
    let info = prog.check_as(unit).map_err(|d| {
        if let Some(first) = syntax::diag::sorted_in(&prog.src, d.clone()).first() {
            lines.error_header(first.pos);
        }
        GO_BUILD.errors(&prog.src, d);
        fail
    })?;
    timer.lap("typecheck");
    if !missing_main.is_empty() {
        for name in missing_main {
            eprintln!("# {name}");
            eprintln!("runtime.main_main·f: function main is undeclared in the main package");
        }
        return Err(fail);
    }
    let Some(out_name) = out_name else {
        // One package that is not main is compiled too (what it does not
        // support is reported); like `go build`, nothing is written.
        if let [_] = graph_roots.as_slice() {
            back_end(opts, &GO_BUILD, timer, prog, info, &lines)?;
        }
        // Several packages all checked, `-o DIR`: go build writes each
        // main package's executable there; each is built as a program.
        if let Some(dir) = opts.output.as_ref().filter(|o| o.is_dir()) {
            for d in &main_dirs {
                let mut one = opts.clone();
                one.packages = vec![d.display().to_string()];
                one.output = Some(dir.clone());
                build_packages_on_stack(&one, None, timer)?;
            }
        }
        return Ok(());
    };
    let object = back_end(opts, &GO_BUILD, timer, prog, info, &lines)?;
    if opts.no_link {
        return Ok(());
    }
    let exe = match (run_exe, &opts.output) {
        (Some(e), _) => e.to_path_buf(),
        (None, Some(o)) if o.is_dir() => o.join(&out_name),
        (None, Some(o)) => o.clone(),
        (None, None) => PathBuf::from(&out_name),
    };
    let work = TempDir::new().map_err(|e| {
        eprintln!("gocc: creating a temporary directory: {e}");
        fail
    })?;
    link::link(&object, &exe, &work.0).map_err(|e| {
        eprintln!("gocc: {e}");
        fail
    })?;
    timer.lap("link");
    Ok(())
}

/// The executable `go build` writes for a main package: the last element
/// of its import path (before a `/vN` major version), or for `.go` files
/// named on the command line, the first file's name without `.go`.
fn executable_name(p: &crate::load::Package) -> String {
    if p.import_path == "command-line-arguments" {
        return p
            .first_file
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "main".into());
    }
    let mut elems: Vec<&str> = p.import_path.split('/').collect();
    let last = elems.pop().unwrap_or("main");
    let is_major =
        last.len() > 1 && last.starts_with('v') && last[1..].bytes().all(|b| b.is_ascii_digit());
    match elems.last() {
        Some(prev) if is_major => prev.to_string(),
        _ => last.to_string(),
    }
}

/// `gocc tool compile`: the file compiled as a package of any name, as
/// `go tool compile` does (Go's test harness runs its `// errorcheck`
/// tests this way): no `func main` needed, nothing linked, the object
/// written only to `-o`. Errors as gc prints them: no `# pkg` header, the
/// file named as given, at most 10 unless `-e`, exit status 2.
pub fn tool_compile(opts: &Options) -> Result<(), u8> {
    let rep = Report {
        limit: if opts.all_errors {
            None
        } else {
            Some(MAX_ERRORS)
        },
        columns: !opts.no_columns,
        status: 2,
        notes_name: Some(absolute_clean(&opts.input)),
    };
    let output = match &opts.output {
        Some(o) => Output::Object(o.clone()),
        None => Output::Nothing,
    };
    compile(opts, types::Unit::Package, &rep, &output)
}

/// `path` made absolute and cleaned lexically (`.` and `dir/..` removed),
/// as Go's `filepath.Abs`.
fn absolute_clean(path: &Path) -> String {
    use std::path::Component;
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut clean = PathBuf::new();
    for c in abs.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                clean.pop();
            }
            other => clean.push(other),
        }
    }
    clean.display().to_string()
}

/// `gocc run`: builds into a temporary directory, runs the program with
/// `args`, and exits with its status.
pub fn run(opts: &Options, args: &[String]) -> ExitCode {
    let work = match TempDir::new() {
        Ok(w) => w,
        Err(e) => {
            eprintln!("gocc: creating a temporary directory: {e}");
            return ExitCode::from(1);
        }
    };
    let built = if opts.input.as_os_str().is_empty() {
        let exe = work.0.join("main");
        build_packages(opts, Some(&exe)).map(|()| exe)
    } else if let Some(file) = imports_user_packages(&opts.input) {
        let exe = work.0.join("main");
        build_packages(&as_package(opts, file), Some(&exe)).map(|()| exe)
    } else {
        let exe = work.0.join(opts.input.file_stem().unwrap_or_default());
        build_to(opts, &exe).map(|()| exe)
    };
    let exe = match built {
        Ok(exe) => exe,
        Err(code) => return ExitCode::from(code),
    };
    match std::process::Command::new(&exe).args(args).status() {
        Ok(status) => {
            use std::os::unix::process::ExitStatusExt;
            match (status.code(), status.signal()) {
                (Some(c), _) => ExitCode::from(c as u8),
                (None, Some(sig)) => {
                    eprintln!("signal: {}", signal_name(sig));
                    ExitCode::from(1)
                }
                _ => ExitCode::from(1),
            }
        }
        Err(e) => {
            eprintln!("gocc: running {}: {e}", exe.display());
            ExitCode::from(1)
        }
    }
}

fn signal_name(sig: i32) -> String {
    match sig {
        6 => "aborted".into(),
        9 => "killed".into(),
        11 => "segmentation fault".into(),
        _ => format!("signal {sig}"),
    }
}
