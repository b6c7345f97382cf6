//! `types::lookup::method_set`: method sets by the spec's rules (depth,
//! ambiguity, pointer and value receivers, embedded pointers and
//! interfaces), the computation ssagen's descriptors and itabs use.

mod common;

use common::*;
use types::{Info, ObjKind};

fn check_ok(text: &str) -> Info {
    let src = syntax::SourceFile::new("main.go", text);
    let file = syntax::parse_file(&src).unwrap_or_else(|e| panic!("{}", render(&src, &e)));
    types::check(&file, &src).unwrap_or_else(|e| panic!("{}", render(&src, &e)))
}

/// The method names of `T` and of `*T` for the type named `name`.
fn sets(info: &mut Info, name: &str) -> (Vec<String>, Vec<String>) {
    let t = info
        .objects
        .iter()
        .find(|o| o.kind == ObjKind::TypeName && o.name == name && o.pkg == "main")
        .map(|o| o.ty)
        .unwrap_or_else(|| panic!("no type {name}"));
    let p = info.types.pointer(t);
    let names = |info: &Info, t| {
        types::lookup::method_set(&info.types, &info.objects, t)
            .into_iter()
            .map(|e| e.name)
            .collect::<Vec<_>>()
    };
    (names(info, t), names(info, p))
}

const SRC: &str = r#"package main

type A struct{}

func (A) String() string { return "A" }
func (A) M()             {}
func (*A) P()            {}

type B struct{}

func (B) String() string { return "B" }
func (B) N()             {}

type C struct {
	A
	B
}

type T struct{ A }

func (*T) String() string { return "T" }

type P struct{ *A }

type X struct{ A }
type Y struct{ A }
type Z struct {
	X
	Y
}

type I interface{ W() }
type E struct {
	I
	n int
}

type F struct {
	S
	G
}
type S struct{ M int }
type G struct{ A }

func main() {}
"#;

#[test]
fn ambiguity_depth_and_receivers() {
    let mut info = check_ok(SRC);
    let v = |xs: &[&str]| xs.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    // String is ambiguous at depth 1; M, N and P are not.
    assert_eq!(sets(&mut info, "C"), (v(&["M", "N"]), v(&["M", "N", "P"])));
    // T's pointer String shadows A's value String for T too.
    assert_eq!(sets(&mut info, "T"), (v(&["M"]), v(&["M", "P", "String"])));
    // An embedded pointer gives the value type the pointer methods.
    assert_eq!(
        sets(&mut info, "P"),
        (v(&["M", "P", "String"]), v(&["M", "P", "String"]))
    );
    // A embedded twice at one depth: everything ambiguous.
    assert_eq!(sets(&mut info, "Z"), (v(&[]), v(&[])));
    // Embedded interfaces promote to both.
    assert_eq!(sets(&mut info, "E"), (v(&["W"]), v(&["W"])));
    // The field M at depth 1 hides A's method M at depth 2.
    assert_eq!(sets(&mut info, "F"), (v(&["String"]), v(&["P", "String"])));
}
