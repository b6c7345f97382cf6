//! Named language entities: variables, constants, type names, functions,
//! packages, builtins, labels.

use syntax::Pos;

use crate::constant::ConstValue;
use crate::ty::TypeId;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjId(pub u32);

/// The predeclared functions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Builtin {
    Append,
    Cap,
    Clear,
    Close,
    Complex,
    Copy,
    Delete,
    Imag,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Real,
    Recover,
    // Package unsafe's functions (types2 declares them as builtins too).
    Add,
    Alignof,
    Offsetof,
    Sizeof,
    Slice,
    SliceData,
    String,
    StringData,
}

impl Builtin {
    pub fn name(self) -> &'static str {
        use Builtin::*;
        match self {
            Append => "append",
            Cap => "cap",
            Clear => "clear",
            Close => "close",
            Complex => "complex",
            Copy => "copy",
            Delete => "delete",
            Imag => "imag",
            Len => "len",
            Make => "make",
            Max => "max",
            Min => "min",
            New => "new",
            Panic => "panic",
            Print => "print",
            Println => "println",
            Real => "real",
            Recover => "recover",
            Add => "Add",
            Alignof => "Alignof",
            Offsetof => "Offsetof",
            Sizeof => "Sizeof",
            Slice => "Slice",
            SliceData => "SliceData",
            String => "String",
            StringData => "StringData",
        }
    }

    /// A function of package `unsafe` rather than a predeclared one.
    pub fn is_unsafe(self) -> bool {
        use Builtin::*;
        matches!(
            self,
            Add | Alignof | Offsetof | Sizeof | Slice | SliceData | String | StringData
        )
    }

    /// package unsafe's functions, in its members' order.
    pub const UNSAFE: [Builtin; 8] = [
        Builtin::Add,
        Builtin::Alignof,
        Builtin::Offsetof,
        Builtin::Sizeof,
        Builtin::Slice,
        Builtin::SliceData,
        Builtin::String,
        Builtin::StringData,
    ];
}

/// Where a variable lives in the program's structure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VarKind {
    /// Package-level variable (a global).
    Package,
    /// Function-local variable (incl. range/switch bindings).
    Local,
    /// Parameter, including the receiver.
    Param,
    /// Result (named or not: unnamed results get an object named "").
    Result,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ObjKind {
    Var(VarKind),
    /// The value is in `Object::value`.
    Const,
    TypeName,
    /// A function or method. For methods `recv` says of which type.
    Func,
    /// An imported package; `Object::pkg` is its path.
    PkgName,
    Builtin(Builtin),
    Nil,
    Label,
}

/// The receiver of a method.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Receiver {
    /// The defined type `T` the method belongs to.
    pub named: TypeId,
    /// `func (p *T) M()` rather than `func (v T) M()`.
    pub pointer: bool,
}

#[derive(Clone, Debug)]
pub struct Object {
    pub kind: ObjKind,
    pub name: String,
    /// Declaration position (0 for universe objects).
    pub pos: Pos,
    /// The object's type (for type names: the named/aliased type; for
    /// functions: a `Type::Func`; invalid for packages, builtins, labels).
    pub ty: TypeId,
    /// Package path the object belongs to: "main", "" for universe
    /// objects, "fmt" for `fmt.Println`, "sort" for `sort.Ints`, ...
    pub pkg: String,
    /// Provided by the Rust runtime (declared by a `stdlib` stub) rather
    /// than compiled from Go source: calls use the runtime convention and
    /// the symbol (`strings.Index`, `os.Stdout`) is defined by the runtime.
    pub runtime: bool,
    /// Constant value (for `ObjKind::Const`).
    pub value: Option<ConstValue>,
    /// For methods.
    pub recv: Option<Receiver>,
    /// For local variables, params and results: the function (declaration
    /// or literal) whose body declares it, as the `NodeId` of its name
    /// ident (declarations) or of the `FuncLit` expression (literals).
    pub owner: Option<syntax::ast::NodeId>,
}

impl Object {
    pub fn is_var(&self) -> bool {
        matches!(self.kind, ObjKind::Var(_))
    }
}
