//! IR golden tests: each `tests/ir/X.go` is parsed, checked and lowered;
//! the module must verify and print exactly as `tests/ir/X.ssa`.
//! `BLESS=1 cargo test -p ssagen --test ir` rewrites the goldens (they are
//! goldens of our own IR: review the diff by eye).

use std::path::Path;

fn lower(path: &Path) -> Result<String, String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let src = syntax::SourceFile::new(name.to_string(), text);
    let render = |ds: Vec<syntax::Diagnostic>| {
        ds.iter()
            .map(|d| d.render(&src))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let file = syntax::parse_file(&src).map_err(render)?;
    let info = types::check(&file, &src).map_err(render)?;
    let opts = ssagen::Options { optimize: true };
    let module = ssagen::lower(&file, &info, &src, &opts).map_err(render)?;
    if let Err(errs) = ssa::verify_module(&module) {
        return Err(format!(
            "IR does not verify:\n{}\n{}",
            errs.join("\n"),
            ssa::print::module_to_string(&module)
        ));
    }
    Ok(ssa::print::module_to_string(&module))
}

#[test]
fn ir_goldens() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ir");
    let bless = std::env::var_os("BLESS").is_some();
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/ir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "go"))
        .collect();
    paths.sort();
    let mut failures = Vec::new();
    for p in &paths {
        let golden = p.with_extension("ssa");
        match lower(p) {
            Err(e) => failures.push(format!("{}: {e}", p.display())),
            Ok(out) => {
                if bless {
                    std::fs::write(&golden, &out).expect("write golden");
                } else {
                    let want = std::fs::read_to_string(&golden).unwrap_or_default();
                    if want != out {
                        failures.push(format!(
                            "{}: IR differs from {} (BLESS=1 to update)\n{out}",
                            p.display(),
                            golden.display()
                        ));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
