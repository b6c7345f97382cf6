//! Standard packages written in Go and compiled by gocc itself.
//!
//! Pure-logic packages (sort, and the closure-taking parts of others) are
//! easier to write in Go than in the Rust runtime: they call Go closures
//! and interface methods directly. Their sources (`crates/gocc/std/*.go`)
//! are embedded in the gocc binary; when a program imports one, the source
//! is appended to the program text *after* its last line, so the program's
//! own positions are unchanged, and checked and lowered with it. The
//! package-level names are spelled `sort__Ints`; the checker resolves
//! `sort.Ints` to them (`types::stdlib::prelude_name`). Runtime-implemented
//! helpers are reached as `pkg.helper` through the program's own import
//! of the package (stubs in `types::stdlib`).

/// Import path → Go source and the Go-source packages it uses (listed
/// earlier here, so each is appended once, before its users).
const SOURCES: &[(&str, &str, &[&str])] = &[
    ("sort", include_str!("../std/sort.go"), &[]),
    ("unicode/utf8", include_str!("../std/utf8.go"), &[]),
    (
        "strings",
        include_str!("../std/strings.go"),
        &["unicode/utf8"],
    ),
    // errors.go has no runtime references, so fmt can use it without the
    // program importing errors; As needs them (errors_as.go).
    ("errors/core", include_str!("../std/errors.go"), &[]),
    (
        "errors",
        include_str!("../std/errors_as.go"),
        &["errors/core"],
    ),
    ("fmt", include_str!("../std/fmt.go"), &["errors/core"]),
    ("strconv", include_str!("../std/strconv.go"), &[]),
    ("unicode", include_str!("../std/unicode.go"), &[]),
    ("bufio", include_str!("../std/bufio.go"), &[]),
];

/// The program text with the sources of the Go-written packages among
/// `imports` appended, or `None` when it imports none of them.
pub fn extend(text: &str, imports: &[&str]) -> Option<String> {
    let mut out: Option<String> = None;
    let wanted = |p: &str| {
        imports.contains(&p)
            || SOURCES
                .iter()
                .any(|(user, _, deps)| deps.contains(&p) && imports.contains(user))
    };
    for (path, src, _) in SOURCES {
        if wanted(path) {
            let o = out.get_or_insert_with(|| {
                let mut t = text.to_string();
                t.push_str(types::stdlib::PRELUDE_MARK);
                t
            });
            o.push_str(src);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn appends_only_imported_sources() {
        assert_eq!(extend("package main", &["os"]), None);
        let t = extend("package main", &["sort"]).unwrap_or_default();
        assert!(t.starts_with("package main\n//gocc:prelude\n"));
        assert!(t.contains("func sort__Ints("));
        assert!(!t.contains("func utf8__"));
        // Dependencies come along, once: strings uses unicode/utf8.
        let t = extend("package main", &["strings", "unicode/utf8"]).unwrap_or_default();
        assert_eq!(t.matches("func utf8__RuneLen(").count(), 1);
        assert!(t.contains("func strings__Map("));
        // fmt uses the core of errors, not As (which needs the import).
        let t = extend("package main", &["fmt"]).unwrap_or_default();
        assert!(t.contains("func errors__New(") && !t.contains("func errors__As("));
    }

    #[test]
    fn sources_parse_as_part_of_a_program() {
        for (path, src, _) in SOURCES {
            let text = format!("package main\n{src}");
            let f = syntax::SourceFile::new(format!("{path}.go"), text);
            assert!(syntax::parse_file(&f).is_ok(), "{path}");
        }
    }
}
