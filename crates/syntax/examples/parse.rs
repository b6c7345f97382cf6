//! Parses Go files and prints the first error of each, as gc would
//! (`file:line:col: message`), or `file: ok`.
//!
//! `cargo run -p syntax --example parse -- a.go b.go`; with `DUMP=1` in
//! the environment it prints each parsed file back as Go source instead.

use syntax::{SourceFile, parse_file};

fn main() {
    for path in std::env::args().skip(1) {
        let text = match std::fs::read(&path) {
            Ok(b) => String::from_utf8_lossy(&b).into_owned(),
            Err(e) => {
                println!("{path}: {e}");
                continue;
            }
        };
        let file = SourceFile::new(path.clone(), text);
        match parse_file(&file) {
            Ok(f) if std::env::var_os("DUMP").is_some() => print!("{}", syntax::dump(&f)),
            Ok(f) => println!("{path}: ok ({} decls)", f.decls.len()),
            Err(d) => println!("{}", d[0].render(&file)),
        }
    }
}
