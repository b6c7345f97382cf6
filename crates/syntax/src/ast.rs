//! The Go abstract syntax tree.
//!
//! Shaped after `cmd/compile/internal/syntax`: one tree for the whole file,
//! types are expressions (as in Go's grammar, where `[]int{}` and `[]int(x)`
//! start the same way), and every expression and every identifier carries a
//! [`NodeId`] so that later stages (the type checker, ssagen) can attach
//! facts in side tables instead of mutating the tree.
//!
//! Positions are byte offsets into the source ([`Pos`]); `crate::pos`
//! turns them into `line:col`.

use crate::pos::Pos;

/// Identity of an expression or identifier node, unique within one parse.
/// Side tables in later stages are keyed by it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId(pub u32);

/// A parsed source file.
#[derive(Clone, Debug)]
pub struct File {
    pub package: Ident,
    pub imports: Vec<ImportSpec>,
    pub decls: Vec<Decl>,
    /// Number of [`NodeId`]s handed out (ids are `0..node_count`).
    pub node_count: u32,
}

#[derive(Clone, Debug)]
pub struct Ident {
    pub id: NodeId,
    pub pos: Pos,
    pub name: String,
}

impl Ident {
    /// The blank identifier `_`.
    pub fn is_blank(&self) -> bool {
        self.name == "_"
    }
}

#[derive(Clone, Debug)]
pub struct ImportSpec {
    pub pos: Pos,
    /// `import name "path"`, `import . "path"`, `import _ "path"`.
    pub name: Option<Ident>,
    /// The unquoted import path.
    pub path: String,
    pub path_pos: Pos,
}

#[derive(Clone, Debug)]
pub enum Decl {
    Const(Vec<ConstSpec>),
    Var(Vec<VarSpec>),
    Type(Vec<TypeSpec>),
    Func(FuncDecl),
}

/// One line of a `const` declaration. In a group, a spec without values
/// repeats the previous spec's type and values (the checker does that);
/// `iota` is the spec's index in its group.
#[derive(Clone, Debug)]
pub struct ConstSpec {
    pub pos: Pos,
    pub names: Vec<Ident>,
    pub ty: Option<Expr>,
    pub values: Vec<Expr>,
    pub iota: u32,
}

#[derive(Clone, Debug)]
pub struct VarSpec {
    pub pos: Pos,
    pub names: Vec<Ident>,
    pub ty: Option<Expr>,
    pub values: Vec<Expr>,
}

#[derive(Clone, Debug)]
pub struct TypeSpec {
    pub pos: Pos,
    pub name: Ident,
    /// `type A = B` (alias) rather than `type A B`.
    pub alias: bool,
    /// Type parameters are parsed only to be rejected (`unsupported:
    /// generics`); the position of `[` if present.
    pub type_params: Option<Pos>,
    pub ty: Expr,
}

#[derive(Clone, Debug)]
pub struct FuncDecl {
    pub pos: Pos,
    pub recv: Option<Field>,
    pub name: Ident,
    pub type_params: Option<Pos>,
    pub sig: FuncType,
    /// `None` for a declaration without body (assembly-implemented in gc).
    pub body: Option<Block>,
}

/// A function signature, `func(params) results`.
#[derive(Clone, Debug)]
pub struct FuncType {
    pub pos: Pos,
    pub params: Vec<Field>,
    pub results: Vec<Field>,
}

/// A parameter, result, struct field or receiver: `a, b int`, `int`,
/// `xs ...T` (params only), `T`/`*T` embedded (struct fields only),
/// `x int "tag"`.
#[derive(Clone, Debug)]
pub struct Field {
    pub pos: Pos,
    pub names: Vec<Ident>,
    pub ty: Expr,
    /// `...T` as the type of the final parameter. `ty` is then `T`.
    pub variadic: bool,
    /// An embedded struct field (`T` or `*T` without a name).
    pub embedded: bool,
    pub tag: Option<String>,
}

/// An interface element: a method or an embedded interface/type.
#[derive(Clone, Debug)]
pub enum InterfaceElem {
    Method {
        name: Ident,
        sig: FuncType,
    },
    /// An embedded interface, or a type union/term (only rejected later).
    Embed(Expr),
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub id: NodeId,
    pub pos: Pos,
    pub kind: ExprKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LitKind {
    Int,
    Float,
    Imag,
    Rune,
    String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    /// `+x`
    Pos,
    /// `-x`
    Neg,
    /// `!x`
    Not,
    /// `^x`
    BitNot,
    /// `&x`
    Addr,
    /// `<-x`
    Recv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryOp {
    OrOr,
    AndAnd,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Add,
    Sub,
    Or,
    Xor,
    Mul,
    Div,
    Rem,
    Shl,
    Shr,
    And,
    AndNot,
}

impl BinaryOp {
    /// The operator as written in Go source.
    pub fn as_str(self) -> &'static str {
        use BinaryOp::*;
        match self {
            OrOr => "||",
            AndAnd => "&&",
            Eq => "==",
            Ne => "!=",
            Lt => "<",
            Le => "<=",
            Gt => ">",
            Ge => ">=",
            Add => "+",
            Sub => "-",
            Or => "|",
            Xor => "^",
            Mul => "*",
            Div => "/",
            Rem => "%",
            Shl => "<<",
            Shr => ">>",
            And => "&",
            AndNot => "&^",
        }
    }

    pub fn is_comparison(self) -> bool {
        use BinaryOp::*;
        matches!(self, Eq | Ne | Lt | Le | Gt | Ge)
    }

    pub fn is_shift(self) -> bool {
        matches!(self, BinaryOp::Shl | BinaryOp::Shr)
    }
}

impl UnaryOp {
    pub fn as_str(self) -> &'static str {
        match self {
            UnaryOp::Pos => "+",
            UnaryOp::Neg => "-",
            UnaryOp::Not => "!",
            UnaryOp::BitNot => "^",
            UnaryOp::Addr => "&",
            UnaryOp::Recv => "<-",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChanDir {
    Both,
    /// `chan<- T`
    Send,
    /// `<-chan T`
    Recv,
}

/// An array type's length.
#[derive(Clone, Debug)]
pub enum ArrayLen {
    /// `[...]T` in a composite literal.
    Ellipsis,
    Expr(Box<Expr>),
}

/// An element of a composite literal: `v`, `k: v`, and for nested literals
/// with the type elided `{...}` (a `CompositeLit` whose `ty` is `None`).
#[derive(Clone, Debug)]
pub struct KeyedElement {
    pub key: Option<Expr>,
    pub value: Expr,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    /// A (possibly qualified later) name: `x`, `int`, `fmt`.
    Name(Ident),
    /// A literal with its exact source text (`0x1F`, `'a'`, `` `raw` ``).
    BasicLit {
        kind: LitKind,
        raw: String,
    },
    /// `T{elts}`; `ty` is `None` for an elided inner literal `{...}`.
    CompositeLit {
        ty: Option<Box<Expr>>,
        elts: Vec<KeyedElement>,
        rbrace: Pos,
    },
    FuncLit {
        sig: FuncType,
        body: Block,
    },
    Paren(Box<Expr>),
    /// `x.sel` (field, method, or package-qualified name).
    Selector(Box<Expr>, Ident),
    /// `x[i]` (also a generic instantiation, which the checker rejects).
    Index(Box<Expr>, Box<Expr>),
    /// `x[lo:hi]` or `x[lo:hi:max]`.
    Slice {
        x: Box<Expr>,
        lo: Option<Box<Expr>>,
        hi: Option<Box<Expr>>,
        max: Option<Box<Expr>>,
        three: bool,
    },
    /// `x.(T)`; `ty` is `None` for `x.(type)` in a type switch header.
    TypeAssert(Box<Expr>, Option<Box<Expr>>),
    /// `f(args)` / `f(args...)`; also conversions `T(x)`.
    Call {
        fun: Box<Expr>,
        args: Vec<Expr>,
        /// Position of `...` after the last argument.
        ellipsis: Option<Pos>,
        rparen: Pos,
    },
    /// `*x`: a dereference or a pointer type, decided by the checker.
    Star(Box<Expr>),
    Unary(UnaryOp, Box<Expr>),
    Binary(BinaryOp, Box<Expr>, Box<Expr>),
    /// `[N]T`, `[...]T`; `len` is `None` for a slice type `[]T`.
    ArrayType {
        len: Option<ArrayLen>,
        elem: Box<Expr>,
    },
    StructType(Vec<Field>),
    FuncType(FuncType),
    InterfaceType(Vec<InterfaceElem>),
    MapType(Box<Expr>, Box<Expr>),
    ChanType(ChanDir, Box<Expr>),
    /// Placeholder for an expression that failed to parse; only produced
    /// together with a syntax error.
    Bad,
}

#[derive(Clone, Debug)]
pub struct Block {
    pub pos: Pos,
    pub stmts: Vec<Stmt>,
    pub rbrace: Pos,
}

#[derive(Clone, Debug)]
pub struct Stmt {
    pub pos: Pos,
    pub kind: StmtKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssignOp {
    /// `=`
    Assign,
    /// `:=`
    Define,
    /// `op=`, e.g. `+=`.
    Op(BinaryOp),
}

/// `case a, b:` / `default:` of an expression switch.
#[derive(Clone, Debug)]
pub struct CaseClause {
    pub pos: Pos,
    /// Empty for `default`.
    pub exprs: Vec<Expr>,
    pub is_default: bool,
    pub body: Vec<Stmt>,
}

/// `case T1, T2:` / `default:` of a type switch. `nil` appears as a
/// `Name` expression.
#[derive(Clone, Debug)]
pub struct TypeCaseClause {
    pub pos: Pos,
    pub types: Vec<Expr>,
    pub is_default: bool,
    pub body: Vec<Stmt>,
    /// The implicitly declared variable of `switch v := x.(type)` for this
    /// clause, identified by a fresh id (the checker defines an object per
    /// clause under this id).
    pub bind_id: NodeId,
}

/// `case v := <-ch:`, `case ch <- v:`, `default:` in a `select`.
#[derive(Clone, Debug)]
pub struct CommClause {
    pub pos: Pos,
    /// `None` for `default`; otherwise a send statement, a receive
    /// expression statement, or an assignment/define from a receive.
    pub comm: Option<Box<Stmt>>,
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    Empty,
    Expr(Expr),
    /// `ch <- v`
    Send(Expr, Expr),
    /// `x++` (`inc = true`) / `x--`
    IncDec(Expr, bool),
    Assign {
        lhs: Vec<Expr>,
        op: AssignOp,
        rhs: Vec<Expr>,
    },
    /// `var`, `const` or `type` inside a function.
    Decl(Decl),
    Go(Expr),
    Defer(Expr),
    Return(Vec<Expr>),
    Break(Option<Ident>),
    Continue(Option<Ident>),
    Goto(Ident),
    Fallthrough,
    Block(Block),
    If {
        init: Option<Box<Stmt>>,
        cond: Expr,
        then: Block,
        /// Either an `If` statement or a `Block`.
        els: Option<Box<Stmt>>,
    },
    Switch {
        init: Option<Box<Stmt>>,
        tag: Option<Expr>,
        body: Vec<CaseClause>,
        rbrace: Pos,
    },
    TypeSwitch {
        init: Option<Box<Stmt>>,
        /// `v` in `switch v := x.(type)`.
        bind: Option<Ident>,
        /// The `x` of `x.(type)`.
        x: Expr,
        body: Vec<TypeCaseClause>,
        rbrace: Pos,
    },
    Select {
        body: Vec<CommClause>,
        rbrace: Pos,
    },
    For {
        init: Option<Box<Stmt>>,
        cond: Option<Expr>,
        post: Option<Box<Stmt>>,
        body: Block,
    },
    /// `for k, v := range x`, `for k = range x`, `for range x`.
    Range {
        key: Option<Expr>,
        value: Option<Expr>,
        /// `:=` rather than `=`.
        define: bool,
        x: Expr,
        body: Block,
    },
    Labeled(Ident, Box<Stmt>),
}
