//! Command-line parsing for `gocc build` and `gocc run`.

use std::path::PathBuf;

pub const USAGE: &str = "\
gocc compiles a Go program (one file, package main) to a native executable.

Usage:
    gocc build [flags] FILE.go      write an executable
    gocc run [flags] FILE.go [ARGS] build into a temporary directory and run it,
                                    passing ARGS and its exit status through
    gocc --help                     show this text

Flags:
    -o OUT        name of the executable (build; default: FILE without .go)
    -N            disable optimizations (no open-coded defers)
    -d=defer      print one line per defer statement saying how it is compiled,
                  like `go build -gcflags=-d=defer`
    -m            print escape analysis decisions (what lives on the heap, what
                  parameters leak), like `go build -gcflags='-m -l'`
    --emit-ssa    print the SSA IR after lowering (with each function's defer
                  strategy and the reason) to stdout
    -v            print each stage's time to stderr
    --no-link     stop after code generation: no executable is written (build;
                  for fuzzing and error checks, where linking dominates)

Errors in the program are printed as `file.go:line:col: message`; the exit
status is then 1.
";

/// What the user asked for.
#[derive(Debug)]
pub enum Command {
    Help,
    Build(Options),
    /// Options and the program's own arguments.
    Run(Options, Vec<String>),
}

#[derive(Debug, Default, Clone)]
pub struct Options {
    pub input: PathBuf,
    pub output: Option<PathBuf>,
    /// `-N`: no optimizations.
    pub no_opt: bool,
    /// `-d=defer`.
    pub debug_defer: bool,
    /// `-m`: print escape analysis decisions.
    pub escape_m: bool,
    pub emit_ssa: bool,
    pub verbose: bool,
    /// `--no-link`: compile everything but do not link (no output file).
    pub no_link: bool,
}

pub fn parse(args: &[String]) -> Result<Command, String> {
    let Some(first) = args.first() else {
        return Ok(Command::Help);
    };
    let is_run = match first.as_str() {
        "-h" | "--help" | "help" => return Ok(Command::Help),
        "build" => false,
        "run" => true,
        other => return Err(format!("unknown command {other:?}")),
    };
    let mut opts = Options::default();
    let mut input = None;
    let mut rest = args[1..].iter();
    while let Some(a) = rest.next() {
        match a.as_str() {
            "-h" | "--help" => return Ok(Command::Help),
            "-o" if !is_run => {
                let out = rest.next().ok_or("flag -o needs an argument")?;
                opts.output = Some(PathBuf::from(out));
            }
            "-N" => opts.no_opt = true,
            "-d=defer" => opts.debug_defer = true,
            "-m" => opts.escape_m = true,
            "--emit-ssa" | "-emit-ssa" => opts.emit_ssa = true,
            "-v" => opts.verbose = true,
            "--no-link" | "-no-link" if !is_run => opts.no_link = true,
            s if s.starts_with('-') => return Err(format!("unknown flag {s}")),
            s => {
                input = Some(PathBuf::from(s));
                break;
            }
        }
    }
    let input = input.ok_or("no Go file given")?;
    if input.extension().is_none_or(|e| e != "go") {
        return Err(format!("{}: not a .go file", input.display()));
    }
    opts.input = input;
    let remaining: Vec<String> = rest.cloned().collect();
    if is_run {
        Ok(Command::Run(opts, remaining))
    } else if let Some(extra) = remaining.first() {
        Err(format!(
            "unexpected argument {extra:?} (gocc builds one file)"
        ))
    } else {
        Ok(Command::Build(opts))
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
        let Command::Build(o) = parse(&args("build -o out -N -d=defer -m --emit-ssa x.go")).unwrap()
        else {
            panic!("not build")
        };
        assert_eq!(o.output, Some(PathBuf::from("out")));
        assert!(o.no_opt && o.debug_defer && o.emit_ssa && o.escape_m);
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
    fn errors() {
        assert!(parse(&args("build")).is_err());
        assert!(parse(&args("frob x.go")).is_err());
        assert!(parse(&args("build x.txt")).is_err());
        assert!(parse(&args("build -o")).is_err());
    }
}
