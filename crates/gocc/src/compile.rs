//! The compilation pipeline, stage by stage, and the `build`/`run` commands.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use syntax::{Diagnostic, SourceFile};

use crate::cli::Options;
use crate::link;

/// gc prints at most this many errors, then `too many errors`.
const MAX_ERRORS: usize = 10;

/// Prints diagnostics like gc: sorted by position, at most ten.
fn report(src: &SourceFile, diags: Vec<Diagnostic>) {
    let diags = syntax::diag::sorted(diags);
    for d in diags.iter().take(MAX_ERRORS) {
        eprintln!("{}", d.render(src));
    }
    if diags.len() > MAX_ERRORS {
        eprintln!("{}: too many errors", src.position(diags[MAX_ERRORS].pos));
    }
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

/// Runs the front and middle end: source → SSA module.
/// Returns the exit status to use on failure.
fn compile_to_object(opts: &Options, timer: &mut Timer) -> Result<Vec<u8>, u8> {
    let bytes = std::fs::read(&opts.input).map_err(|e| {
        eprintln!("gocc: reading {}: {e}", opts.input.display());
        1
    })?;
    let name = opts.input.display().to_string();
    // `go build` reads and parses the package clause and imports before
    // running the compiler, and its errors come first (syntax::gocmd).
    match syntax::gocmd::check_header(&bytes) {
        None => {}
        Some(syntax::gocmd::HeaderError::Parse { line, col, message }) => {
            eprintln!("{name}:{line}:{col}: {message}");
            return Err(1);
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
            return Err(1);
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
        report(&src, with_lexical(d));
        1
    })?;
    let has_main = file.decls.iter().any(|d| match d {
        syntax::ast::Decl::Func(f) => f.recv.is_none() && f.name.name == "main",
        _ => false,
    });
    let is_main_package = file.package.name == "main";
    // The Go-written standard packages the program reaches (stdpkgs.rs),
    // each a package of its own, checked before the packages importing it.
    let prog = types::program::Program::load(&src, file, &crate::stdpkgs::source).map_err(|d| {
        report(&src, with_lexical(d));
        1
    })?;
    timer.lap("parse");

    let info = prog.check().map_err(|d| {
        report(&prog.src, with_lexical(d));
        1
    })?;
    if !lexical.is_empty() {
        report(&src, lexical);
        return Err(1);
    }
    if is_main_package && !has_main {
        // gc's linker says this, without a position, once all compiles.
        eprintln!("runtime.main_main·f: function main is undeclared in the main package");
        return Err(1);
    }
    timer.lap("typecheck");
    // ssagen lowers every package's declarations as one file (the std
    // functions the program reaches); the objects name each declaration's
    // package (symbols `sort.Ints`).
    let (src, file) = prog.into_merged(&info);
    if opts.escape_m {
        print_escape_decisions(&opts.input, &src, &file, &info);
    }

    let lower_opts = ssagen::Options {
        optimize: !opts.no_opt,
    };
    let mut module = ssagen::lower(&file, &info, &src, &lower_opts).map_err(|d| {
        report(&src, d);
        1
    })?;
    timer.lap("ssagen");

    // The defer lowering picks each function's strategy (docs/defer.md).
    let plans = ssa::passes::lower_defers(&mut module, !opts.no_opt);
    if opts.debug_defer {
        // gc's `-d=defer` report (one line per defer statement).
        for line in ssagen::defer_debug_lines(&plans, &src) {
            eprintln!("{line}");
        }
    }
    ssa::passes::optimize(&mut module, !opts.no_opt);
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
    let mut exctab = |sites: &[codegen::FunctionSites]| {
        vec![
            codegen::call_site_table("gocc.exctab", sites),
            codegen::deferwrap_table("gocc.wraptab", &module, sites),
        ]
    };
    let object = codegen::compile_module_with(&module, &cg_opts, &mut exctab).map_err(|e| {
        eprintln!("gocc: internal error in code generation: {e}");
        1
    })?;
    timer.lap("codegen");
    Ok(object)
}

/// `-m`: escape analysis's decisions for the user's package, as `go build
/// -gcflags='-m -l' FILE.go` prints them: a `# command-line-arguments`
/// header, then `./FILE.go:line:col: message` lines, on stderr.
fn print_escape_decisions(input: &Path, src: &SourceFile, file: &syntax::ast::File, info: &types::Info) {
    let esc = escape::analyze_with_diagnostics(file, info, src);
    if esc.diagnostics.is_empty() {
        return;
    }
    let shown = go_shown_path(input);
    eprintln!("# command-line-arguments");
    for (pos, msg) in &esc.diagnostics {
        let (line, col) = src.line_col(*pos);
        eprintln!("{shown}:{line}:{col}: {msg}");
    }
}

/// How the go command names a file of the package it builds from a
/// command-line file list: `./x.go` in the current directory, `d/x.go`
/// below it, and (the compiler running in the file's directory)
/// `./x.go` outside it.
fn go_shown_path(input: &Path) -> String {
    let name = input.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let parent = input.parent().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default();
    let parent = parent.trim_start_matches("./").trim_end_matches('/');
    if parent.is_empty() || parent == "." || input.is_absolute() || parent.starts_with("..") {
        format!("./{name}")
    } else {
        format!("{parent}/{name}")
    }
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

fn build_to(opts: &Options, output: &Path) -> Result<(), u8> {
    let mut timer = Timer {
        on: opts.verbose,
        last: Instant::now(),
    };
    // On a large stack: the stages recurse over the program's nesting.
    let object = syntax::stack::run(|| compile_to_object(opts, &mut timer))?;
    if opts.no_link {
        return Ok(());
    }
    let work = TempDir::new().map_err(|e| {
        eprintln!("gocc: creating a temporary directory: {e}");
        1
    })?;
    link::link(&object, output, &work.0).map_err(|e| {
        eprintln!("gocc: {e}");
        1
    })?;
    timer.lap("link");
    Ok(())
}

/// `gocc build`: the executable is named by `-o` or after the source file
/// (`dir/prog.go` → `prog`, in the current directory, like `go build`).
pub fn build(opts: &Options) -> Result<(), u8> {
    let output = match &opts.output {
        Some(o) => o.clone(),
        None => PathBuf::from(opts.input.file_stem().unwrap_or_default()),
    };
    build_to(opts, &output)
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
    let exe = work.0.join(opts.input.file_stem().unwrap_or_default());
    if let Err(code) = build_to(opts, &exe) {
        return ExitCode::from(code);
    }
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
