//! The standard library packages a program may import, as tables of Go
//! declarations.
//!
//! Each package is a list of Go declaration stubs, parsed by the small
//! reader below when the package is first imported:
//! `func Name(params) results`, `var Name T`,
//! `type Name interface { M(params) results; Embedded }`,
//! `type Name struct {}` and methods `func (*Name) M(params) results`.
//! To add a package or a function, add a line here; the runtime/ssagen
//! side must then implement it (the object's `pkg` and `name` identify
//! it, e.g. `fmt.Println`; defined types are `Type::Named` with `pkg` set).
//!
//! Types understood in stubs: predeclared names, names declared earlier
//! in the same package, `[]T`, `*T`, `...T` (last parameter).

use std::collections::HashMap;

use syntax::Pos;

use crate::check::Checker;
use crate::object::{ObjId, ObjKind, Receiver, VarKind};
use crate::ty::{InterfaceMethod, Signature, Type, TypeId};

/// Package path → declarations.
const PACKAGES: &[(&str, &[&str])] = &[
    (
        "fmt",
        &[
            "func Println(a ...any) (n int, err error)",
            "func Print(a ...any) (n int, err error)",
            "func Printf(format string, a ...any) (n int, err error)",
            "func Sprintf(format string, a ...any) string",
            "func Sprint(a ...any) string",
            "func Sprintln(a ...any) string",
            "func Errorf(format string, a ...any) error",
            "type Stringer interface { String() string }",
        ],
    ),
    ("os", &["func Exit(code int)", "var Args []string"]),
    (
        "errors",
        &[
            "func New(text string) error",
            "func Is(err error, target error) bool",
            "func Unwrap(err error) error",
        ],
    ),
    (
        "runtime",
        &[
            "type Error interface { error; RuntimeError() }",
            "type PanicNilError struct {}",
            "func (*PanicNilError) Error() string",
            "func (*PanicNilError) RuntimeError()",
            "func Goexit()",
            "func Gosched()",
            "func GC()",
            "func NumGoroutine() int",
        ],
    ),
];

/// Other exported names of the provided packages in real Go: using one is
/// `unsupported` (not yet provided) rather than gc's `undefined`.
const REAL_NAMES: &[(&str, &[&str])] = &[
    (
        "fmt",
        &[
            "Append",
            "Appendf",
            "Appendln",
            "FormatString",
            "Formatter",
            "Fprint",
            "Fprintf",
            "Fprintln",
            "Fscan",
            "Fscanf",
            "Fscanln",
            "GoStringer",
            "Scan",
            "ScanState",
            "Scanf",
            "Scanln",
            "Scanner",
            "Sscan",
            "Sscanf",
            "Sscanln",
            "State",
        ],
    ),
    (
        "os",
        &[
            "Chdir",
            "Chmod",
            "Create",
            "DevNull",
            "Environ",
            "ErrExist",
            "ErrNotExist",
            "Executable",
            "Expand",
            "ExpandEnv",
            "File",
            "FileInfo",
            "FileMode",
            "Getenv",
            "Getpid",
            "Getppid",
            "Getwd",
            "Hostname",
            "LookupEnv",
            "Mkdir",
            "MkdirAll",
            "Open",
            "OpenFile",
            "ReadDir",
            "ReadFile",
            "Remove",
            "RemoveAll",
            "Rename",
            "Setenv",
            "Stat",
            "Stderr",
            "Stdin",
            "Stdout",
            "TempDir",
            "Unsetenv",
            "WriteFile",
        ],
    ),
    (
        "runtime",
        &[
            "Breakpoint",
            "Caller",
            "Callers",
            "CallersFrames",
            "Compiler",
            "Frame",
            "Frames",
            "Func",
            "FuncForPC",
            "GOARCH",
            "GOMAXPROCS",
            "GOOS",
            "GOROOT",
            "KeepAlive",
            "LockOSThread",
            "MemProfile",
            "MemProfileRate",
            "MemStats",
            "NumCPU",
            "NumCgoCall",
            "ReadMemStats",
            "SetFinalizer",
            "Stack",
            "StackRecord",
            "TypeAssertionError",
            "UnlockOSThread",
            "Version",
        ],
    ),
    ("errors", &["As", "ErrUnsupported", "Join"]),
];

/// Whether `name` is a real export of `path` that gocc does not provide.
pub(crate) fn is_real_unprovided(path: &str, name: &str) -> bool {
    REAL_NAMES
        .iter()
        .any(|(p, names)| *p == path && names.contains(&name))
}

/// Top-level directories of Go's standard library: an import below one
/// of them is a real package gocc does not provide yet (`unsupported`),
/// anything else is gc's "not in std".
const KNOWN_STD: &[&str] = &[
    "archive",
    "bufio",
    "bytes",
    "cmp",
    "compress",
    "container",
    "context",
    "crypto",
    "database",
    "debug",
    "embed",
    "encoding",
    "errors",
    "expvar",
    "flag",
    "go",
    "hash",
    "html",
    "image",
    "index",
    "internal",
    "io",
    "iter",
    "log",
    "maps",
    "math",
    "mime",
    "net",
    "path",
    "plugin",
    "reflect",
    "regexp",
    "runtime",
    "slices",
    "sort",
    "strconv",
    "strings",
    "sync",
    "syscall",
    "testing",
    "text",
    "time",
    "unicode",
    "unique",
    "unsafe",
    "weak",
];

/// A tiny tokenizer/parser for the stubs above.
struct Stub<'s> {
    toks: Vec<&'s str>,
    i: usize,
}

impl<'s> Stub<'s> {
    fn new(s: &'s str) -> Stub<'s> {
        let mut toks = Vec::new();
        let b = s.as_bytes();
        let mut i = 0;
        while i < b.len() {
            let c = b[i];
            if c == b' ' {
                i += 1;
            } else if s[i..].starts_with("...") {
                toks.push("...");
                i += 3;
            } else if s[i..].starts_with("[]") {
                toks.push("[]");
                i += 2;
            } else if c.is_ascii_alphanumeric() || c == b'_' {
                let st = i;
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                    i += 1;
                }
                toks.push(&s[st..i]);
            } else {
                toks.push(&s[i..i + 1]);
                i += 1;
            }
        }
        Stub { toks, i: 0 }
    }

    fn peek(&self) -> &'s str {
        self.toks.get(self.i).copied().unwrap_or("")
    }

    fn next(&mut self) -> &'s str {
        let t = self.peek();
        self.i += 1;
        t
    }
}

impl Checker<'_> {
    fn stub_type(&mut self, st: &mut Stub) -> TypeId {
        match st.next() {
            "[]" => {
                let e = self.stub_type(st);
                self.info.types.slice(e)
            }
            "*" => {
                let e = self.stub_type(st);
                self.info.types.pointer(e)
            }
            name => match self
                .stub_locals
                .get(name)
                .or(self.universe_lookup(name).as_ref())
            {
                Some(&o) => self.obj(o).ty,
                None => self.info.types.invalid(),
            },
        }
    }

    /// `(a int, b ...any)` or `(int, error)`; returns types and variadic.
    fn stub_params(&mut self, st: &mut Stub) -> (Vec<TypeId>, bool) {
        let mut types = Vec::new();
        let mut variadic = false;
        st.next(); // (
        while st.peek() != ")" && !st.peek().is_empty() {
            // Skip a parameter name: an identifier followed by a type start.
            let named = st
                .toks
                .get(st.i + 1)
                .is_some_and(|t| *t != "," && *t != ")");
            if named {
                st.next();
            }
            if st.peek() == "..." {
                st.next();
                variadic = true;
                let e = self.stub_type(st);
                types.push(self.info.types.slice(e));
            } else {
                types.push(self.stub_type(st));
            }
            if st.peek() == "," {
                st.next();
            }
        }
        st.next(); // )
        (types, variadic)
    }

    /// `(params) results` after a function name.
    fn stub_signature(&mut self, st: &mut Stub) -> TypeId {
        let (params, variadic) = self.stub_params(st);
        let results = match st.peek() {
            "(" => self.stub_params(st).0,
            "" | ";" | "}" => Vec::new(),
            _ => vec![self.stub_type(st)],
        };
        self.info.types.intern(Type::Func(Signature {
            params,
            results,
            variadic,
        }))
    }

    /// `{ M(params) results; Embedded }` (after `interface`).
    fn stub_interface(&mut self, st: &mut Stub) -> TypeId {
        let mut methods: Vec<InterfaceMethod> = Vec::new();
        st.next(); // {
        while !matches!(st.peek(), "}" | "") {
            let name = st.next().to_string();
            if st.peek() == "(" {
                let sig = self.stub_signature(st);
                methods.push(InterfaceMethod { name, sig });
            } else {
                let t = match self
                    .stub_locals
                    .get(&name)
                    .or(self.universe_lookup(&name).as_ref())
                {
                    Some(&o) => self.obj(o).ty,
                    None => self.info.types.invalid(),
                };
                if let Type::Interface(ms) = self.info.types.under(t) {
                    methods.extend(ms.iter().cloned());
                }
            }
            if st.peek() == ";" {
                st.next();
            }
        }
        methods.sort_by(|a, b| a.name.cmp(&b.name));
        methods.dedup_by(|a, b| a.name == b.name);
        self.info.types.intern(Type::Interface(methods))
    }

    /// `(*T) M(params) results` (after `func`).
    fn stub_method(&mut self, st: &mut Stub, path: &str) {
        st.next(); // (
        let pointer = st.peek() == "*";
        if pointer {
            st.next();
        }
        let tname = st.next().to_string();
        st.next(); // )
        let name = st.next().to_string();
        let sig = self.stub_signature(st);
        let Some(&tobj) = self.stub_locals.get(&tname) else {
            return;
        };
        let named = self.obj(tobj).ty;
        let m = self.new_obj(ObjKind::Func, &name, 0, sig);
        self.obj_mut(m).pkg = path.to_string();
        self.obj_mut(m).recv = Some(Receiver { named, pointer });
        self.info.types.add_method(named, m);
    }

    fn universe_lookup(&self, name: &str) -> Option<ObjId> {
        self.scope_names(self.universe_scope()).get(name).copied()
    }

    /// Loads a standard package's declarations (once), or reports that it
    /// is not available. Returns its members.
    pub(crate) fn load_std(&mut self, path: &str, pos: Pos) -> Option<HashMap<String, ObjId>> {
        if let Some(m) = self.std_pkg(path) {
            return Some(m.clone());
        }
        let Some((_, decls)) = PACKAGES.iter().find(|(p, _)| *p == path) else {
            let top = path.split('/').next().unwrap_or(path);
            if KNOWN_STD.contains(&top) {
                self.unsupported(
                    pos,
                    &format!("package {path} is not implemented by gocc yet"),
                );
                // Keep checking the rest of the program: the package is
                // declared with no known members (uses are not errors).
                self.set_std_pkg(path, HashMap::new());
                self.mark_opaque(path);
                return Some(HashMap::new());
            } else {
                let root = std::env::var("GOROOT").unwrap_or_else(|_| "/usr/local/go".to_string());
                self.error(
                    pos,
                    format!("package {path} is not in std ({root}/src/{path})"),
                );
            }
            return None;
        };
        let mut members = HashMap::new();
        self.stub_locals.clear();
        for d in decls.iter() {
            let mut st = Stub::new(d);
            let kw = st.next();
            if kw == "func" && st.peek() == "(" {
                self.stub_method(&mut st, path);
                continue;
            }
            let name = st.next().to_string();
            let o = match kw {
                "func" => {
                    let t = self.stub_signature(&mut st);
                    self.new_obj(ObjKind::Func, &name, 0, t)
                }
                "type" => {
                    let o = self.new_obj(ObjKind::TypeName, &name, 0, self.info.types.invalid());
                    let named = self.info.types.new_named(o, &name, path);
                    self.obj_mut(o).ty = named;
                    let u = match st.next() {
                        "interface" => self.stub_interface(&mut st),
                        _ => self.info.types.intern(Type::Struct(Vec::new())),
                    };
                    self.info.types.set_underlying(named, u);
                    o
                }
                _ => {
                    let t = self.stub_type(&mut st);
                    self.new_obj(ObjKind::Var(VarKind::Package), &name, 0, t)
                }
            };
            self.obj_mut(o).pkg = path.to_string();
            self.stub_locals.insert(name.clone(), o);
            members.insert(name, o);
        }
        self.set_std_pkg(path, members.clone());
        Some(members)
    }
}
