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

use crate::bigint::BigInt;
use crate::check::Checker;
use crate::constant::ConstValue;
use crate::object::{ObjId, ObjKind, Receiver, VarKind};
use crate::rat::Rat;
use crate::ty::{BasicKind, InterfaceMethod, Signature, StructField, Type, TypeId};

/// Package path → declarations. The runtime implements every function
/// and method here under its gc symbol (`strings.Index`,
/// `strings.(*Builder).WriteString`); see docs/abi.md.
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
            "type Stringer interface { String() string }",
        ],
    ),
    (
        "io",
        &[
            "type Writer interface { Write(p []byte) (n int, err error) }",
            "type Reader interface { Read(p []byte) (n int, err error) }",
            "var EOF error",
        ],
    ),
    (
        "os",
        &[
            "func Exit(code int)",
            "func Getenv(key string) string",
            "func LookupEnv(key string) (string, bool)",
            "var Args []string",
            "type File struct { fd int; name string }",
            "func (f *File) Read(b []byte) (n int, err error)",
            "func (f *File) Write(b []byte) (n int, err error)",
            "func (f *File) WriteString(s string) (n int, err error)",
            "var Stdin *File",
            "var Stdout *File",
            "var Stderr *File",
        ],
    ),
    // New, Is, Unwrap, Join and As are Go (crates/gocc/std/errors.go); As uses
    // the runtime helpers asCheck and asStore.
    (
        "errors",
        &[
            "func asCheck(target any)",
            "func asStore(err error, target any) bool",
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
    // Go-written (crates/gocc/std/bufio.go); io.EOF for it.
    ("bufio", &["func eof() error"]),
    // The blocking parts of sync on the goroutine scheduler
    // (runtime/src/sync.rs; the field lists give the runtime's layouts).
    (
        "sync",
        &[
            "type WaitGroup struct { count int64; waiters uintptr }",
            "func (wg *WaitGroup) Add(delta int)",
            "func (wg *WaitGroup) Done()",
            "func (wg *WaitGroup) Wait()",
            "type Mutex struct { state uintptr }",
            "func (m *Mutex) Lock()",
            "func (m *Mutex) Unlock()",
            "func (m *Mutex) TryLock() bool",
            "type RWMutex struct { readers int64; waiters uintptr }",
            "func (rw *RWMutex) Lock()",
            "func (rw *RWMutex) Unlock()",
            "func (rw *RWMutex) RLock()",
            "func (rw *RWMutex) RUnlock()",
        ],
    ),
    // Sleeping is a timed park of the goroutine (runtime/src/sched.rs).
    (
        "time",
        &[
            "type Duration int64",
            "const Nanosecond Duration = 1",
            "const Microsecond Duration = 1000",
            "const Millisecond Duration = 1000000",
            "const Second Duration = 1000000000",
            "const Minute Duration = 60000000000",
            "const Hour Duration = 3600000000000",
            "func Sleep(d Duration)",
        ],
    ),
    // Go-written (crates/gocc/std/sort.go); these are its runtime helpers.
    (
        "sort",
        &[
            "func lenAny(x any) int",
            "func swapAny(x any, i int, j int)",
        ],
    ),
    (
        "strings",
        &[
            "func eof() error",
            "func Split(s string, sep string) []string",
            "func SplitN(s string, sep string, n int) []string",
            "func Fields(s string) []string",
            "func Join(elems []string, sep string) string",
            "func Contains(s string, substr string) bool",
            "func ContainsRune(s string, r rune) bool",
            "func ContainsAny(s string, chars string) bool",
            "func Index(s string, substr string) int",
            "func LastIndex(s string, substr string) int",
            "func IndexByte(s string, c byte) int",
            "func IndexRune(s string, r rune) int",
            "func IndexAny(s string, chars string) int",
            "func HasPrefix(s string, prefix string) bool",
            "func HasSuffix(s string, suffix string) bool",
            "func Count(s string, substr string) int",
            "func Compare(a string, b string) int",
            "func Repeat(s string, count int) string",
            "func Replace(s string, old string, new string, n int) string",
            "func ReplaceAll(s string, old string, new string) string",
            "func ToUpper(s string) string",
            "func ToLower(s string) string",
            "func TrimSpace(s string) string",
            "func Trim(s string, cutset string) string",
            "func TrimLeft(s string, cutset string) string",
            "func TrimRight(s string, cutset string) string",
            "func TrimPrefix(s string, prefix string) string",
            "func TrimSuffix(s string, suffix string) string",
            "func Cut(s string, sep string) (before string, after string, found bool)",
            "func EqualFold(s string, t string) bool",
            "type Builder struct { addr *Builder; buf []byte }",
            "func (b *Builder) String() string",
            "func (b *Builder) Len() int",
            "func (b *Builder) Cap() int",
            "func (b *Builder) Reset()",
            "func (b *Builder) Grow(n int)",
            "func (b *Builder) Write(p []byte) (int, error)",
            "func (b *Builder) WriteByte(c byte) error",
            "func (b *Builder) WriteRune(r rune) (int, error)",
            "func (b *Builder) WriteString(s string) (int, error)",
        ],
    ),
    (
        "strconv",
        &[
            "func Itoa(i int) string",
            "func Atoi(s string) (int, error)",
            "func FormatBool(b bool) string",
            "func FormatInt(i int64, base int) string",
            "func FormatUint(i uint64, base int) string",
            "func FormatFloat(f float64, fmt byte, prec int, bitSize int) string",
            "func Quote(s string) string",
            "func QuoteToASCII(s string) string",
            "func QuoteRune(r rune) string",
            "func QuoteRuneToASCII(r rune) string",
            "func ParseInt(s string, base int, bitSize int) (i int64, err error)",
            "func ParseUint(s string, base int, bitSize int) (uint64, error)",
            "func ParseBool(str string) (bool, error)",
            "func ParseFloat(s string, bitSize int) (float64, error)",
            "var ErrSyntax error",
            "var ErrRange error",
            "const IntSize = 64",
        ],
    ),
    (
        "unicode",
        &[
            "func IsLetter(r rune) bool",
            "func IsDigit(r rune) bool",
            "func IsNumber(r rune) bool",
            "func IsUpper(r rune) bool",
            "func IsLower(r rune) bool",
            "func IsPunct(r rune) bool",
            "func IsSpace(r rune) bool",
            "func IsPrint(r rune) bool",
            "func ToUpper(r rune) rune",
            "func ToLower(r rune) rune",
            "const MaxRune untyped_rune = 1114111",
            "const ReplacementChar untyped_rune = 65533",
            "const MaxASCII untyped_rune = 127",
            "const MaxLatin1 untyped_rune = 255",
        ],
    ),
    (
        "unicode/utf8",
        &[
            "const RuneError untyped_rune = 65533",
            "const RuneSelf = 128",
            "const MaxRune untyped_rune = 1114111",
            "const UTFMax = 4",
        ],
    ),
    (
        "math",
        &[
            "func Sqrt(x float64) float64",
            "func Abs(x float64) float64",
            "func Floor(x float64) float64",
            "func Ceil(x float64) float64",
            "func Trunc(x float64) float64",
            "func Round(x float64) float64",
            "func RoundToEven(x float64) float64",
            "func Mod(x float64, y float64) float64",
            "func Copysign(f float64, sign float64) float64",
            "func Signbit(x float64) bool",
            "func Inf(sign int) float64",
            "func NaN() float64",
            "func IsNaN(f float64) bool",
            "func IsInf(f float64, sign int) bool",
            "func Max(x float64, y float64) float64",
            "func Min(x float64, y float64) float64",
            "func Float64bits(f float64) uint64",
            "func Float64frombits(b uint64) float64",
            "func Float32bits(f float32) uint32",
            "func Float32frombits(b uint32) float32",
            "func Log(x float64) float64",
            "func Log2(x float64) float64",
            "func Log10(x float64) float64",
            "func Log1p(x float64) float64",
            "func Exp(x float64) float64",
            "func Exp2(x float64) float64",
            "func Expm1(x float64) float64",
            "func Cbrt(x float64) float64",
            "func Sin(x float64) float64",
            "func Cos(x float64) float64",
            "func Tan(x float64) float64",
            "func Asin(x float64) float64",
            "func Acos(x float64) float64",
            "func Atan(x float64) float64",
            "func Sinh(x float64) float64",
            "func Cosh(x float64) float64",
            "func Tanh(x float64) float64",
            "func Pow(x float64, y float64) float64",
            "func Remainder(x float64, y float64) float64",
            "func Pow10(n int) float64",
            "func Hypot(p float64, q float64) float64",
            "func Atan2(y float64, x float64) float64",
            "func Frexp(f float64) (frac float64, exp int)",
            "func Ldexp(frac float64, exp int) float64",
            "func Modf(f float64) (int float64, frac float64)",
            "const E = 2.71828182845904523536028747135266249775724709369995957496696763",
            "const Pi = 3.14159265358979323846264338327950288419716939937510582097494459",
            "const Phi = 1.61803398874989484820458683436563811772030917980576286213544862",
            "const Sqrt2 = 1.41421356237309504880168872420969807856967187537694807317667974",
            "const SqrtE = 1.64872127070012814684865078831848487466751416862306543830225090",
            "const SqrtPi = 1.77245385090551602729816748334114518279754945612238712821380779",
            "const SqrtPhi = 1.27201964951406896425242246173749149171560804184009624861664038",
            "const Ln2 = 0.693147180559945309417232121458176568075500134360255254120680009",
            "const Log2E = 1.44269504088896340735992468100189213742664595415298593413544940",
            "const Ln10 = 2.30258509299404568401799145468436420760110148862877297603332790",
            "const Log10E = 0.434294481903251827651128918916605082294397005803666566114453783",
            "const MaxFloat64 = 1.79769313486231570814527423731704356798070e+308",
            "const SmallestNonzeroFloat64 = 4.9406564584124654417656879286822137236505980e-324",
            "const MaxFloat32 = 3.40282346638528859811704183484516925440e+38",
            "const SmallestNonzeroFloat32 = 1.401298464324817070923729583289916131280e-45",
            "const MaxInt = 9223372036854775807",
            "const MinInt = -9223372036854775808",
            "const MaxInt8 = 127",
            "const MinInt8 = -128",
            "const MaxInt16 = 32767",
            "const MinInt16 = -32768",
            "const MaxInt32 = 2147483647",
            "const MinInt32 = -2147483648",
            "const MaxInt64 = 9223372036854775807",
            "const MinInt64 = -9223372036854775808",
            "const MaxUint = 18446744073709551615",
            "const MaxUint8 = 255",
            "const MaxUint16 = 65535",
            "const MaxUint32 = 4294967295",
            "const MaxUint64 = 18446744073709551615",
        ],
    ),
];

/// Whether package `path` has runtime-provided declarations here (a
/// package may have them and Go source too: see `crate::program`).
pub(crate) fn has_stubs(path: &str) -> bool {
    PACKAGES.iter().any(|(p, _)| *p == path)
}

/// Other exported names of the provided packages in real Go: using one is
/// `unsupported` (not yet provided) rather than gc's `undefined`.
const REAL_NAMES: &[(&str, &[&str])] = &[
    (
        "sync",
        &[
            "Cond",
            "Locker",
            "Map",
            "NewCond",
            "Once",
            "OnceFunc",
            "OnceValue",
            "OnceValues",
            "Pool",
        ],
    ),
    (
        "time",
        &[
            "After",
            "AfterFunc",
            "ANSIC",
            "April",
            "August",
            "Date",
            "December",
            "February",
            "Friday",
            "January",
            "July",
            "June",
            "Kitchen",
            "Local",
            "Location",
            "March",
            "May",
            "Monday",
            "Month",
            "NewTicker",
            "NewTimer",
            "November",
            "Now",
            "October",
            "ParseDuration",
            "Parse",
            "RFC3339",
            "RFC3339Nano",
            "Saturday",
            "September",
            "Since",
            "Sunday",
            "Thursday",
            "Tick",
            "Ticker",
            "Time",
            "Timer",
            "Tuesday",
            "UTC",
            "Unix",
            "UnixMicro",
            "UnixMilli",
            "Until",
            "Wednesday",
            "Weekday",
        ],
    ),
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
    (
        "math",
        &[
            "E",
            "Ln2",
            "MaxFloat32",
            "MaxFloat64",
            "MaxInt",
            "MaxInt16",
            "MaxInt32",
            "MaxInt64",
            "MaxInt8",
            "MaxUint",
            "MaxUint16",
            "MaxUint32",
            "MaxUint64",
            "MaxUint8",
            "MinInt",
            "MinInt16",
            "MinInt32",
            "MinInt64",
            "MinInt8",
            "Phi",
            "Pi",
            "SmallestNonzeroFloat64",
            "Sqrt2",
            "Cbrt",
            "Asin",
            "Acos",
            "Sinh",
            "Cosh",
            "Tanh",
            "Frexp",
            "Ldexp",
            "Modf",
        ],
    ),
    (
        "sort",
        &[
            "Find",
            "Float64Slice",
            "IsSorted",
            "Reverse",
            "SearchFloat64s",
            "SliceIsSorted",
            "Slice",
            "SliceStable",
            "Sort",
            "Stable",
            "Search",
            "Interface",
            "IntSlice",
            "StringSlice",
        ],
    ),
    (
        "strings",
        &[
            "Cut",
            "FieldsFunc",
            "IndexFunc",
            "Map",
            "NewReader",
            "NewReplacer",
            "Reader",
            "Replacer",
            "SplitN",
            "SplitAfter",
            "TrimFunc",
            "ContainsAny",
            "IndexAny",
            "Compare",
            "LastIndexByte",
            "ToTitle",
        ],
    ),
    (
        "strconv",
        &[
            "AppendInt",
            "AppendQuote",
            "ErrRange",
            "ErrSyntax",
            "NumError",
            "IntSize",
            "Unquote",
        ],
    ),
    (
        "unicode/utf8",
        &[
            "RuneError",
            "UTFMax",
            "RuneSelf",
            "MaxRune",
            "FullRune",
            "ValidRune",
            "DecodeRune",
            "DecodeLastRune",
        ],
    ),
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
            "func" => self.stub_signature(st),
            "untyped_rune" => self.info.types.basic(BasicKind::UntypedRune),
            name if st.peek() == "." => {
                // `io.Writer`: a type of another provided package.
                st.next();
                let sel = st.next();
                let saved = std::mem::take(&mut self.stub_locals);
                let members = self.load_std(name, 0).unwrap_or_default();
                self.stub_locals = saved;
                match members.get(sel) {
                    Some(&o) => self.obj(o).ty,
                    None => self.info.types.invalid(),
                }
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

    /// `{ name T; ... }` (after `struct`): the fields give the runtime's
    /// layout of the type (e.g. `strings.Builder`'s 32 bytes).
    fn stub_struct(&mut self, st: &mut Stub) -> TypeId {
        let mut fields = Vec::new();
        st.next(); // {
        while !matches!(st.peek(), "}" | "") {
            let name = st.next().to_string();
            let ty = self.stub_type(st);
            fields.push(StructField {
                name,
                ty,
                embedded: false,
                tag: None,
            });
            if st.peek() == ";" {
                st.next();
            }
        }
        self.info.types.intern(Type::Struct(fields))
    }

    /// `Name [T] = literal` (after `const`): a decimal integer (maybe
    /// negative) or float literal, exact; untyped unless `T` is given.
    fn stub_const(&mut self, st: &mut Stub) -> Option<(TypeId, ConstValue)> {
        let ty = if st.peek() == "=" {
            None
        } else {
            Some(self.stub_type(st))
        };
        st.next(); // =
        let mut lit = String::new();
        while !st.peek().is_empty() {
            lit.push_str(st.next());
        }
        let is_float = lit.contains(['.', 'e', 'E']);
        let val = if is_float {
            let (neg, digits) = match lit.strip_prefix('-') {
                Some(d) => (true, d),
                None => (false, lit.as_str()),
            };
            let r = Rat::parse_decimal(digits)?;
            ConstValue::Rat(if neg { r.neg() } else { r })
        } else {
            let (neg, digits) = match lit.strip_prefix('-') {
                Some(d) => (true, d),
                None => (false, lit.as_str()),
            };
            let i = BigInt::parse_radix(digits, 10)?;
            ConstValue::Int(if neg { i.neg() } else { i })
        };
        let kind = if is_float {
            BasicKind::UntypedFloat
        } else {
            BasicKind::UntypedInt
        };
        Some((ty.unwrap_or(self.info.types.basic(kind)), val))
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
        // A receiver name (`(b *Builder)`) is optional.
        if st.toks.get(st.i + 1).is_some_and(|t| *t != ")") && st.peek() != "*" {
            st.next();
        }
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
        self.obj_mut(m).runtime = true;
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
            if KNOWN_STD.contains(&top) || PACKAGES.iter().any(|(p, _)| *p == top) {
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
                        "struct" => self.stub_struct(&mut st),
                        // `type Duration int64`: a named basic type.
                        basic => match self.universe_lookup(basic) {
                            Some(b) => self.obj(b).ty,
                            None => self.info.types.invalid(),
                        },
                    };
                    self.info.types.set_underlying(named, u);
                    o
                }
                "const" => {
                    let (t, v) = self
                        .stub_const(&mut st)
                        .unwrap_or((self.info.types.invalid(), ConstValue::Bool(false)));
                    let o = self.new_obj(ObjKind::Const, &name, 0, t);
                    self.obj_mut(o).value = Some(v);
                    o
                }
                _ => {
                    let t = self.stub_type(&mut st);
                    self.new_obj(ObjKind::Var(VarKind::Package), &name, 0, t)
                }
            };
            self.obj_mut(o).pkg = path.to_string();
            self.obj_mut(o).runtime = true;
            self.stub_locals.insert(name.clone(), o);
            members.insert(name, o);
        }
        self.set_std_pkg(path, members.clone());
        Some(members)
    }
}
