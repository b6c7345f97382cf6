//! Standard packages written in Go and compiled by gocc itself.
//!
//! Pure-logic packages (sort, and the closure-taking parts of others) are
//! easier to write in Go than in the Rust runtime: they call Go closures
//! and interface methods directly. Their sources (`crates/gocc/std/*.go`,
//! one file per package, with a `package` clause and imports of their
//! own, which a large package continues in fragments without package
//! clause appended with `concat!`) are embedded in the gocc binary; `types::program::Program::load`
//! loads the ones a program reaches and checks each as a real package. A
//! package's runtime-provided members (Rust, `types::stdlib` stubs) are
//! in the same package scope, callable unqualified from its Go source.

/// Import path → Go source.
const SOURCES: &[(&str, &str)] = &[
    ("bufio", include_str!("../std/bufio.go")),
    ("errors", include_str!("../std/errors.go")),
    ("fmt", include_str!("../std/fmt.go")),
    ("io", include_str!("../std/io.go")),
    ("runtime", include_str!("../std/runtime.go")),
    ("sort", include_str!("../std/sort.go")),
    ("strconv", include_str!("../std/strconv.go")),
    ("strings", include_str!("../std/strings.go")),
    ("sync", include_str!("../std/sync.go")),
    ("sync/atomic", include_str!("../std/atomic.go")),
    // time.go and its continuations (fragments without package clause).
    (
        "time",
        concat!(
            include_str!("../std/time.go"),
            include_str!("../std/time_format.go"),
            include_str!("../std/time_sleep.go")
        ),
    ),
    ("unicode", include_str!("../std/unicode.go")),
    ("unicode/utf8", include_str!("../std/utf8.go")),
];

/// The Go source of std package `path`, if it has one.
pub fn source(path: &str) -> Option<&'static str> {
    SOURCES.iter().find(|(p, _)| *p == path).map(|(_, s)| *s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_are_packages_named_by_their_path() {
        for (path, src) in SOURCES {
            let f = syntax::SourceFile::new(format!("{path}.go"), *src);
            let file = syntax::parse_file(&f);
            assert!(file.is_ok(), "{path}");
            let last = path.rsplit('/').next().unwrap_or(path);
            assert_eq!(file.map(|f| f.package.name).unwrap_or_default(), last);
        }
    }

    #[test]
    fn loads_only_reachable_packages_dependencies_first() {
        let text = "package main\nimport \"strings\"\nfunc main() {}\n";
        let src = syntax::SourceFile::new("x.go", text);
        let main = syntax::parse_file(&src).ok();
        let prog = main.and_then(|m| types::program::Program::load(&src, m, &source).ok());
        let paths: Vec<String> = prog
            .map(|p| p.packages.into_iter().map(|d| d.path).collect())
            .unwrap_or_default();
        assert_eq!(paths, ["errors", "io", "unicode/utf8", "strings", "main"]);
    }
}
