//! IR golden tests: each `tests/ir/X.go` is parsed, checked, lowered and
//! its defers lowered (`ssa::passes::lower_defers`, as `--emit-ssa` shows);
//! the module must verify and print exactly as `tests/ir/X.ssa`. For the
//! `defer*` programs, `X.abstract.ssa` holds ssagen's output before the
//! defer lowering (the abstract defer instructions).
//! `BLESS=1 cargo test -p ssagen --test ir` rewrites the goldens (they are
//! goldens of our own IR: review the diff by eye).

use std::path::Path;

/// The module of `path` as ssagen emits it, or after the defer lowering:
/// printed, once it verifies.
fn lower(path: &Path, lower_defers: bool) -> Result<String, String> {
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
    let mut module = ssagen::lower(&file, &info, &src, &opts).map_err(render)?;
    if lower_defers {
        ssa::passes::lower_defers(&mut module, true);
    }
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
    // X.ssa: after the defer lowering (what `--emit-ssa` shows); for the
    // defer programs also X.abstract.ssa: ssagen's abstract defer form.
    let mut cases = Vec::new();
    for p in &paths {
        cases.push((p, p.with_extension("ssa"), true));
        let stem = p.file_stem().unwrap_or_default().to_string_lossy();
        if stem.starts_with("defer") {
            cases.push((p, p.with_extension("abstract.ssa"), false));
        }
    }
    for (p, golden, lowered) in cases {
        match lower(p, lowered) {
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
