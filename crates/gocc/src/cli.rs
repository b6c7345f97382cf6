//! Command-line parsing for `gocc build`, `gocc run` and `gocc tool
//! compile`.

use std::path::PathBuf;

pub const USAGE: &str = "\
gocc compiles a Go program to a native executable.

Usage:
    gocc build [flags] [PACKAGES]   write an executable; PACKAGES as go build
                                    takes them: none (the package in the current
                                    directory), `.`, `./cmd/tool`, `./...`, an
                                    import path of the module, FILE.go, or .go
                                    files of one package; a package that is not
                                    main is compiled, several are type-checked,
                                    and nothing is written
    gocc run [flags] PACKAGE [ARGS] build into a temporary directory and run it,
                                    passing ARGS and its exit status through;
                                    PACKAGE: a directory, an import path, or .go
                                    files
    gocc tool compile [flags] FILE.go
                                    type-check and compile FILE.go as a package,
                                    like `go tool compile`: any package name,
                                    `package main` without `func main`, nothing
                                    linked, nothing written unless -o
    gocc --help                     show this text

Flags:
    -o OUT        name of the executable (build; default: FILE without .go, or
                  the last element of the package's import path);
                  for tool compile, the object file to write (default: none)
    -N            disable optimizations (no open-coded defers)
    -d=defer      print one line per defer statement saying how it is compiled,
                  like `go build -gcflags=-d=defer`
    -m            print the escape analysis decisions (`moved to heap: x`,
                  `leaking param: p`, ...) like `go build -gcflags='-m -l'`
    --emit-ssa    print the SSA IR after lowering (with each function's defer
                  strategy and the reason) to stdout
    -v            print each stage's time to stderr
    --no-link     stop after code generation: no executable is written (build;
                  for fuzzing and error checks, where linking dominates)

Flags of tool compile only, as `go tool compile` has them:
    -l            disable inlining
    -e            report all errors (not only the first 10)
    -C            print positions without columns (`file.go:line: message`)

Errors in the program are printed as `file.go:line:col: message`; the exit
status is then 1 (2 for tool compile, as `go tool compile`).
";

/// What the user asked for.
#[derive(Debug)]
pub enum Command {
    Help,
    Build(Options),
    /// Options and the program's own arguments.
    Run(Options, Vec<String>),
    /// `gocc tool compile`: the file compiled as a package, not linked.
    ToolCompile(Options),
}

#[derive(Debug, Default, Clone)]
pub struct Options {
    /// The one `.go` file named (tool compile, and build/run of one
    /// file), else empty.
    pub input: PathBuf,
    /// What build and run were given as packages (directories, patterns,
    /// import paths, several `.go` files); empty with `input` set.
    pub packages: Vec<String>,
    pub output: Option<PathBuf>,
    /// `-N`: no optimizations.
    pub no_opt: bool,
    /// `-d=defer`.
    pub debug_defer: bool,
    pub emit_ssa: bool,
    pub verbose: bool,
    /// `--no-link`: compile everything but do not link (no output file).
    pub no_link: bool,
    /// `-m`: print the escape analysis decisions, like gc's `-m`.
    pub print_escapes: bool,
    /// `-l` (tool compile): no inlining.
    pub no_inline: bool,
    /// `-e` (tool compile): report every error, not only the first 10.
    pub all_errors: bool,
    /// `-C` (tool compile): positions without columns.
    pub no_columns: bool,
}

/// Which command a flag is parsed for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Cmd {
    Build,
    Run,
    ToolCompile,
}

pub fn parse(args: &[String]) -> Result<Command, String> {
    let Some(first) = args.first() else {
        return Ok(Command::Help);
    };
    let (cmd, flags) = match first.as_str() {
        "-h" | "--help" | "help" => return Ok(Command::Help),
        "build" => (Cmd::Build, &args[1..]),
        "run" => (Cmd::Run, &args[1..]),
        "tool" => match args.get(1).map(String::as_str) {
            Some("compile") => (Cmd::ToolCompile, &args[2..]),
            Some(other) => return Err(format!("unknown tool {other:?} (gocc has: compile)")),
            None => return Err("tool: no tool given (gocc has: compile)".into()),
        },
        other => return Err(format!("unknown command {other:?}")),
    };
    let mut opts = Options::default();
    let mut args: Vec<String> = Vec::new();
    let mut rest = flags.iter();
    let tool = cmd == Cmd::ToolCompile;
    while let Some(a) = rest.next() {
        match a.as_str() {
            "-h" | "--help" => return Ok(Command::Help),
            "-o" if cmd != Cmd::Run => {
                let out = rest.next().ok_or("flag -o needs an argument")?;
                opts.output = Some(PathBuf::from(out));
            }
            "-N" => opts.no_opt = true,
            "-d=defer" => opts.debug_defer = true,
            "--emit-ssa" | "-emit-ssa" => opts.emit_ssa = true,
            "-v" => opts.verbose = true,
            "--no-link" | "-no-link" if cmd == Cmd::Build => opts.no_link = true,
            "-m" => opts.print_escapes = true,
            "-l" if tool => opts.no_inline = true,
            "-e" if tool => opts.all_errors = true,
            "-C" if tool => opts.no_columns = true,
            s if s.starts_with('-') => return Err(format!("unknown flag {s}")),
            s => {
                args.push(s.to_string());
                break;
            }
        }
    }
    let remaining: Vec<String> = rest.cloned().collect();
    match cmd {
        Cmd::ToolCompile => {
            let input = args.pop().ok_or("no Go file given")?;
            if !input.ends_with(".go") {
                return Err(format!("{input}: not a .go file"));
            }
            if let Some(r) = remaining.first() {
                // The type checker takes one file per package here.
                return Err(format!(
                    "unexpected argument {r:?} (gocc tool compile compiles a package of one file)"
                ));
            }
            opts.input = PathBuf::from(input);
            Ok(Command::ToolCompile(opts))
        }
        Cmd::Build => {
            args.extend(remaining);
            set_inputs(&mut opts, args);
            Ok(Command::Build(opts))
        }
        Cmd::Run => {
            // `go run`: the leading .go files, or one package; the rest
            // are the program's arguments.
            let mut program_args = remaining.into_iter();
            let Some(first) = args.pop() else {
                return Err("no go files listed".into());
            };
            let mut inputs = vec![first];
            if inputs[0].ends_with(".go") {
                let mut more: Vec<String> = Vec::new();
                let mut after: Vec<String> = Vec::new();
                for a in program_args.by_ref() {
                    if after.is_empty() && a.ends_with(".go") {
                        more.push(a);
                    } else {
                        after.push(a);
                    }
                }
                inputs.extend(more);
                program_args = after.into_iter();
            }
            set_inputs(&mut opts, inputs);
            Ok(Command::Run(opts, program_args.collect()))
        }
    }
}

/// One `.go` file is built as today's single-file program (`input`);
/// anything else goes to the package loader (`packages`).
fn set_inputs(opts: &mut Options, args: Vec<String>) {
    if let [one] = args.as_slice()
        && one.ends_with(".go")
    {
        opts.input = PathBuf::from(one);
    } else {
        opts.packages = args;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn build_flags() {
        let Command::Build(o) = parse(&args("build -o out -N -d=defer --emit-ssa x.go")).unwrap()
        else {
            panic!("not build")
        };
        assert_eq!(o.output, Some(PathBuf::from("out")));
        assert!(o.no_opt && o.debug_defer && o.emit_ssa);
        assert_eq!(o.input, PathBuf::from("x.go"));
    }

    #[test]
    fn no_link() {
        let Command::Build(o) = parse(&args("build --no-link x.go")).unwrap() else {
            panic!("not build")
        };
        assert!(o.no_link);
        assert!(parse(&args("run --no-link x.go")).is_err());
    }

    #[test]
    fn run_passes_program_args() {
        let Command::Run(o, rest) = parse(&args("run x.go a -b")).unwrap() else {
            panic!("not run")
        };
        assert_eq!(o.input, PathBuf::from("x.go"));
        assert_eq!(rest, vec!["a", "-b"]);
    }

    #[test]
    fn tool_compile() {
        let Command::ToolCompile(o) =
            parse(&args("tool compile -m -l -N -d=defer -e -C -o x.o x.go")).unwrap()
        else {
            panic!("not tool compile")
        };
        assert!(o.print_escapes && o.no_inline && o.no_opt && o.debug_defer);
        assert!(o.all_errors && o.no_columns);
        assert_eq!(o.output, Some(PathBuf::from("x.o")));
        assert_eq!(o.input, PathBuf::from("x.go"));
        // One file per package; build-only and unknown flags and tools.
        let several = parse(&args("tool compile a.go b.go")).unwrap_err();
        assert!(several.contains("one file"), "{several}");
        assert!(parse(&args("tool compile --no-link x.go")).is_err());
        assert!(parse(&args("tool compile -m=2 x.go")).is_err());
        assert!(parse(&args("tool link x.o")).is_err());
        assert!(parse(&args("tool")).is_err());
        // -l, -e, -C belong to tool compile only.
        assert!(parse(&args("build -l x.go")).is_err());
    }

    #[test]
    fn packages() {
        let Command::Build(o) = parse(&args("build")).unwrap() else {
            panic!("not build")
        };
        assert!(o.packages.is_empty() && o.input.as_os_str().is_empty());
        let Command::Build(o) = parse(&args("build -N ./cmd/tool ./...")).unwrap() else {
            panic!("not build")
        };
        assert_eq!(o.packages, ["./cmd/tool", "./..."]);
        let Command::Build(o) = parse(&args("build a.go b.go")).unwrap() else {
            panic!("not build")
        };
        assert_eq!(o.packages, ["a.go", "b.go"]);
        let Command::Run(o, rest) = parse(&args("run a.go b.go x y.go")).unwrap() else {
            panic!("not run")
        };
        assert_eq!(
            (o.packages, rest),
            (
                vec!["a.go".into(), "b.go".into()],
                vec!["x".into(), "y.go".into()]
            )
        );
        let Command::Run(o, rest) = parse(&args("run . a.go")).unwrap() else {
            panic!("not run")
        };
        assert_eq!((o.packages, rest), (vec![".".into()], vec!["a.go".into()]));
    }

    #[test]
    fn errors() {
        assert!(parse(&args("run")).is_err());
        assert!(parse(&args("frob x.go")).is_err());
        assert!(parse(&args("tool compile x.txt")).is_err());
        assert!(parse(&args("build -o")).is_err());
    }
}
