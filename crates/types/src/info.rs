//! What the checker learned about the program, in side tables keyed by
//! AST [`NodeId`]s (like `types2.Info`). This is ssagen's only view of
//! types and names.

use std::collections::HashMap;

use syntax::ast::NodeId;

use crate::constant::ConstValue;
use crate::object::{Builtin, ObjId, Object};
use crate::ty::{TypeId, TypeTable};

/// What kind of thing an expression denotes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A call of a function without results.
    NoValue,
    /// A builtin function name (only as the callee of a call).
    Builtin(Builtin),
    /// A type (in a conversion, composite literal, `make`, ...).
    TypeExpr,
    /// A constant; `TypeAndValue::value` holds it.
    Constant,
    /// An addressable value (variable, `*p`, `s[i]` of a slice, field of an
    /// addressable struct, ...).
    Variable,
    /// `m[k]`: assignable but not addressable.
    MapIndex,
    /// Any other value.
    Value,
    /// A value that may be used in a comma-ok assignment (`m[k]`,
    /// `x.(T)`, `<-ch`) and here is used that way: its recorded type is
    /// the `(T, bool)` tuple.
    CommaOk,
}

/// The type and (for constants) value of an expression. For untyped
/// constants and `nil` the type is the final type the context gave them
/// (e.g. `int` for `x := 1`, `float64` for `f(1)` with `f(float64)`);
/// an untyped constant that stays untyped (e.g. a shift count, or an
/// argument to `println`) records its default type.
#[derive(Clone, Debug)]
pub struct TypeAndValue {
    pub mode: Mode,
    pub ty: TypeId,
    pub value: Option<ConstValue>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SelectionKind {
    /// `x.f`: a struct field (possibly promoted through embedded fields).
    FieldVal,
    /// `x.m`: a method value or, as a callee, a method call.
    MethodVal,
    /// `T.m` / `(*T).m`: a method expression.
    MethodExpr,
}

/// The meaning of a selector expression `x.sel` (not used for
/// package-qualified names, which are recorded in `Info::uses`).
#[derive(Clone, Debug)]
pub struct Selection {
    pub kind: SelectionKind,
    /// The type of `x` (for `MethodExpr`, the type `T` or `*T`).
    pub recv: TypeId,
    /// Field indices from `x`'s (struct) type through embedded fields to
    /// the selected field, or to the embedded field holding the method
    /// (for methods the path excludes the method itself).
    pub path: Vec<usize>,
    /// For methods: the function object. `None` for fields.
    pub method: Option<ObjId>,
    /// Whether a pointer indirection happens on the path (`x` is a pointer,
    /// or an embedded pointer field is crossed).
    pub indirect: bool,
}

/// One step of package initialization: evaluate `value` and assign it to
/// `lhs` (several variables when the value is a multi-value call).
#[derive(Clone, Debug)]
pub struct Initializer {
    pub lhs: Vec<ObjId>,
    /// The initialization expression.
    pub value: NodeId,
}

/// Everything the checker records for one package.
#[derive(Clone, Debug, Default)]
pub struct Info {
    pub types: TypeTable,
    /// All objects; `ObjId(i)` is `objects[i]`.
    pub objects: Vec<Object>,
    /// Every expression's type and value (including type expressions and
    /// the callee of calls).
    pub expr_types: HashMap<NodeId, TypeAndValue>,
    /// Identifiers that declare an object (including the implicit
    /// per-clause variable of a type switch, under
    /// `TypeCaseClause::bind_id`, and named results/params).
    pub defs: HashMap<NodeId, ObjId>,
    /// Identifiers that refer to an object (including the `sel` of a
    /// package-qualified `pkg.Name`).
    pub uses: HashMap<NodeId, ObjId>,
    /// Selector expressions (keyed by the selector `Expr`'s id).
    pub selections: HashMap<NodeId, Selection>,
    /// Package-level variable initialization in Go's dependency order,
    /// package after package (the objects name each one's package).
    pub init_order: Vec<Initializer>,
    /// The checked packages, each after those it imports; the program's
    /// own last. [`Info::init_packages`] orders them for initialization.
    pub packages: Vec<PackageInit>,
    /// Unnamed results get objects too (named ""), so every function's
    /// results are variables: keyed by the function's name ident id
    /// (declarations) or `FuncLit` expression id.
    pub func_results: HashMap<NodeId, Vec<ObjId>>,
    /// Parameters (receiver first for methods) in order, keyed like
    /// `func_results`; blank/unnamed params get objects named "_"/"".
    pub func_params: HashMap<NodeId, Vec<ObjId>>,
}

/// A checked package as initialization sees it.
#[derive(Clone, Debug, Default)]
pub struct PackageInit {
    /// Import path (`main` for the program's package).
    pub path: String,
    /// The paths its files import.
    pub imports: Vec<String>,
}

impl Info {
    /// The order packages are initialized in (the spec, since Go 1.21):
    /// of the packages sorted by import path, repeatedly the first one
    /// whose imports are all initialized. The program's package, which
    /// every other one precedes, comes last.
    pub fn init_packages(&self) -> Vec<String> {
        let known: std::collections::HashSet<&str> =
            self.packages.iter().map(|p| p.path.as_str()).collect();
        let mut todo: Vec<&PackageInit> = self.packages.iter().collect();
        let root = todo.pop();
        todo.sort_by(|a, b| a.path.cmp(&b.path));
        let mut done: Vec<String> = Vec::new();
        while !todo.is_empty() {
            let ready = todo.iter().position(|p| {
                p.imports
                    .iter()
                    .all(|i| !known.contains(i.as_str()) || done.contains(i))
            });
            // A cycle cannot pass the checker; take the first regardless.
            let p = todo.remove(ready.unwrap_or(0));
            done.push(p.path.clone());
        }
        done.extend(root.map(|p| p.path.clone()));
        done
    }

    pub fn obj(&self, id: ObjId) -> &Object {
        &self.objects[id.0 as usize]
    }

    /// The object an identifier defines or uses.
    pub fn object_of(&self, ident: NodeId) -> Option<ObjId> {
        self.defs
            .get(&ident)
            .or_else(|| self.uses.get(&ident))
            .copied()
    }

    pub fn type_of(&self, expr: NodeId) -> Option<TypeId> {
        self.expr_types.get(&expr).map(|tv| tv.ty)
    }
}
