//! Type-checks Go files and prints the diagnostics as gc would:
//! `cargo run -p types --example check -- file.go...`

fn main() {
    let mut failed = false;
    for path in std::env::args().skip(1) {
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{path}: {e}");
                failed = true;
                continue;
            }
        };
        let src = syntax::SourceFile::new(path.clone(), text);
        let result = syntax::parse_file(&src).and_then(|f| types::check(&f, &src).map(|_| ()));
        if let Err(ds) = result {
            failed = true;
            for d in ds {
                println!("{}", d.render(&src));
            }
        }
    }
    std::process::exit(failed as i32);
}
