//! `gocc`: compiles a Go program to a native x86-64 Linux executable.
//!
//! The pipeline, in order (see docs/ARCHITECTURE.md):
//!
//! 1. `syntax::parse_file`   — logos lexer + semicolon insertion, lalrpop parser → AST
//! 2. `types::check`         — names, types, constants → `types::Info`
//! 3. `ssagen::lower`        — AST + Info → SSA IR module
//! 4. `ssa::passes`          — IR passes (defer lowering, …)
//! 5. `codegen::compile_module` — Cranelift → x86-64 ELF object
//! 6. `link::link`           — `cc` links the object with the embedded runtime

mod cli;
mod compile;
mod link;
mod load;
mod stdpkgs;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let cmd = match cli::parse(&args) {
        Ok(cmd) => cmd,
        Err(msg) => {
            eprintln!("gocc: {msg}");
            eprintln!("run 'gocc --help' for usage");
            return ExitCode::from(2);
        }
    };
    match cmd {
        cli::Command::Help => {
            print!("{}", cli::USAGE);
            ExitCode::SUCCESS
        }
        cli::Command::Build(opts) => match compile::build(&opts) {
            Ok(()) => ExitCode::SUCCESS,
            Err(code) => ExitCode::from(code),
        },
        cli::Command::Run(opts, program_args) => compile::run(&opts, &program_args),
        cli::Command::ToolCompile(opts) => match compile::tool_compile(&opts) {
            Ok(()) => ExitCode::SUCCESS,
            Err(code) => ExitCode::from(code),
        },
    }
}
