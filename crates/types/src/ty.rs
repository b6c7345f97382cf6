//! Go types, interned in a [`TypeTable`].
//!
//! Every type the program mentions gets a [`TypeId`]. Unnamed (structural)
//! types are interned, so two identical unnamed types have the same id and
//! type identity is id equality; each defined (named) type is unique.
//! `byte`/`rune` are the same ids as `uint8`/`int32`, `any` is the same id
//! as `interface {}`.
//!
//! The table also knows gc's amd64 memory layout (sizes, alignments, field
//! offsets): ssagen and the runtime's type descriptors rely on it.

use std::cell::RefCell;
use std::collections::HashMap;

use crate::object::ObjId;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BasicKind {
    Invalid,
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UnsafePointer,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedString,
    UntypedNil,
}

impl BasicKind {
    pub fn name(self) -> &'static str {
        use BasicKind::*;
        match self {
            Invalid => "invalid type",
            Bool => "bool",
            Int => "int",
            Int8 => "int8",
            Int16 => "int16",
            Int32 => "int32",
            Int64 => "int64",
            Uint => "uint",
            Uint8 => "uint8",
            Uint16 => "uint16",
            Uint32 => "uint32",
            Uint64 => "uint64",
            Uintptr => "uintptr",
            Float32 => "float32",
            Float64 => "float64",
            Complex64 => "complex64",
            Complex128 => "complex128",
            String => "string",
            UnsafePointer => "unsafe.Pointer",
            UntypedBool => "untyped bool",
            UntypedInt => "untyped int",
            UntypedRune => "untyped rune",
            UntypedFloat => "untyped float",
            UntypedString => "untyped string",
            UntypedNil => "untyped nil",
        }
    }

    pub fn is_untyped(self) -> bool {
        use BasicKind::*;
        matches!(
            self,
            UntypedBool | UntypedInt | UntypedRune | UntypedFloat | UntypedString | UntypedNil
        )
    }

    pub fn is_integer(self) -> bool {
        use BasicKind::*;
        matches!(
            self,
            Int | Int8
                | Int16
                | Int32
                | Int64
                | Uint
                | Uint8
                | Uint16
                | Uint32
                | Uint64
                | Uintptr
                | UntypedInt
                | UntypedRune
        )
    }

    pub fn is_unsigned(self) -> bool {
        use BasicKind::*;
        matches!(self, Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr)
    }

    pub fn is_float(self) -> bool {
        matches!(
            self,
            BasicKind::Float32 | BasicKind::Float64 | BasicKind::UntypedFloat
        )
    }

    pub fn is_complex(self) -> bool {
        matches!(self, BasicKind::Complex64 | BasicKind::Complex128)
    }

    pub fn is_numeric(self) -> bool {
        self.is_integer() || self.is_float() || self.is_complex()
    }

    pub fn is_string(self) -> bool {
        matches!(self, BasicKind::String | BasicKind::UntypedString)
    }

    pub fn is_boolean(self) -> bool {
        matches!(self, BasicKind::Bool | BasicKind::UntypedBool)
    }

    /// Size in bytes of a typed basic kind (amd64).
    pub fn size(self) -> u64 {
        use BasicKind::*;
        match self {
            Bool | Int8 | Uint8 => 1,
            Int16 | Uint16 => 2,
            Int32 | Uint32 | Float32 => 4,
            Int | Int64 | Uint | Uint64 | Uintptr | Float64 | Complex64 | UnsafePointer => 8,
            Complex128 | String => 16,
            _ => 0,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChanDir {
    Both,
    Send,
    Recv,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct StructField {
    pub name: String,
    pub ty: TypeId,
    pub embedded: bool,
    pub tag: Option<String>,
}

/// A function type. The receiver of a method is not part of its type.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Signature {
    pub params: Vec<TypeId>,
    pub results: Vec<TypeId>,
    /// The last parameter is `...T`; its type in `params` is `[]T`.
    pub variadic: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct InterfaceMethod {
    pub name: String,
    /// A `Type::Func`.
    pub sig: TypeId,
}

/// A defined type: `type T underlying`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct NamedType {
    /// The type name object.
    pub obj: ObjId,
    pub name: String,
    /// Package path: "main" for the program, "" for universe types
    /// (`error`), or e.g. "runtime" for `runtime.Error`.
    pub pkg: String,
    /// The underlying type (never a `Named`); `Invalid` until resolved.
    pub underlying: TypeId,
    /// Methods declared with receiver `T` or `*T` (function objects).
    pub methods: Vec<ObjId>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    Basic(BasicKind),
    Pointer(TypeId),
    Slice(TypeId),
    Array {
        elem: TypeId,
        len: u64,
    },
    Map {
        key: TypeId,
        value: TypeId,
    },
    Chan {
        dir: ChanDir,
        elem: TypeId,
    },
    Struct(Vec<StructField>),
    Func(Signature),
    /// Methods are the full method set (embedded interfaces flattened),
    /// sorted by name.
    Interface(Vec<InterfaceMethod>),
    /// The type of a multi-value call `f()` with several results.
    Tuple(Vec<TypeId>),
    Named(NamedType),
}

/// All types of one compilation.
#[derive(Clone, Debug)]
pub struct TypeTable {
    types: Vec<Type>,
    interned: HashMap<Type, TypeId>,
    /// Memoized (size, align) per type: without it, a chain of embedded
    /// structs (`type T2 struct{ T1 }`...) is laid out in time
    /// exponential in its depth. Cleared when a named type gets its
    /// underlying type.
    layouts: RefCell<HashMap<TypeId, (u64, u64)>>,
}

impl Default for TypeTable {
    fn default() -> Self {
        Self::new()
    }
}

/// The basic kinds in the order of their fixed ids: `TypeId(k as u32)` is
/// the id of basic kind `k` (see [`TypeTable::basic`]).
const BASICS: [BasicKind; 25] = [
    BasicKind::Invalid,
    BasicKind::Bool,
    BasicKind::Int,
    BasicKind::Int8,
    BasicKind::Int16,
    BasicKind::Int32,
    BasicKind::Int64,
    BasicKind::Uint,
    BasicKind::Uint8,
    BasicKind::Uint16,
    BasicKind::Uint32,
    BasicKind::Uint64,
    BasicKind::Uintptr,
    BasicKind::Float32,
    BasicKind::Float64,
    BasicKind::Complex64,
    BasicKind::Complex128,
    BasicKind::String,
    BasicKind::UnsafePointer,
    BasicKind::UntypedBool,
    BasicKind::UntypedInt,
    BasicKind::UntypedRune,
    BasicKind::UntypedFloat,
    BasicKind::UntypedString,
    BasicKind::UntypedNil,
];

impl TypeTable {
    pub fn new() -> TypeTable {
        let mut t = TypeTable {
            types: Vec::new(),
            interned: HashMap::new(),
            layouts: RefCell::default(),
        };
        for k in BASICS {
            t.intern(Type::Basic(k));
        }
        t
    }

    /// The id of a basic type (fixed: basics are interned first, in
    /// declaration order of [`BasicKind`]).
    pub fn basic(&self, k: BasicKind) -> TypeId {
        TypeId(k as u32)
    }

    pub fn invalid(&self) -> TypeId {
        self.basic(BasicKind::Invalid)
    }

    /// Interns an unnamed type. Panics (a compiler bug) if given a `Named`.
    pub fn intern(&mut self, t: Type) -> TypeId {
        assert!(!matches!(t, Type::Named(_)), "named types are not interned");
        if let Some(&id) = self.interned.get(&t) {
            return id;
        }
        let id = TypeId(self.types.len() as u32);
        self.types.push(t.clone());
        self.interned.insert(t, id);
        id
    }

    /// Creates a new defined type; set its underlying type later with
    /// [`TypeTable::set_underlying`].
    pub fn new_named(&mut self, obj: ObjId, name: &str, pkg: &str) -> TypeId {
        let id = TypeId(self.types.len() as u32);
        self.types.push(Type::Named(NamedType {
            obj,
            name: name.to_string(),
            pkg: pkg.to_string(),
            underlying: self.invalid(),
            methods: Vec::new(),
        }));
        id
    }

    pub fn set_underlying(&mut self, named: TypeId, underlying: TypeId) {
        self.layouts.get_mut().clear();
        let u = self.underlying(underlying);
        if let Type::Named(n) = &mut self.types[named.0 as usize] {
            n.underlying = u;
        }
    }

    pub fn add_method(&mut self, named: TypeId, method: ObjId) {
        if let Type::Named(n) = &mut self.types[named.0 as usize] {
            n.methods.push(method);
        }
    }

    pub fn get(&self, id: TypeId) -> &Type {
        &self.types[id.0 as usize]
    }

    pub fn len(&self) -> usize {
        self.types.len()
    }

    pub fn is_empty(&self) -> bool {
        self.types.is_empty()
    }

    /// The underlying type: itself unless `id` is a defined type.
    pub fn underlying(&self, id: TypeId) -> TypeId {
        match self.get(id) {
            Type::Named(n) => n.underlying,
            _ => id,
        }
    }

    /// The underlying type's structure.
    pub fn under(&self, id: TypeId) -> &Type {
        self.get(self.underlying(id))
    }

    /// The basic kind of `id`'s underlying type, if it is basic.
    pub fn basic_kind(&self, id: TypeId) -> Option<BasicKind> {
        match self.under(id) {
            Type::Basic(k) => Some(*k),
            _ => None,
        }
    }

    pub fn pointer(&mut self, elem: TypeId) -> TypeId {
        self.intern(Type::Pointer(elem))
    }

    pub fn slice(&mut self, elem: TypeId) -> TypeId {
        self.intern(Type::Slice(elem))
    }

    pub fn tuple(&mut self, elems: Vec<TypeId>) -> TypeId {
        self.intern(Type::Tuple(elems))
    }

    /// Type string. `qualify` prefixes defined types with their package
    /// name (`main.T`, as `%T` and panics print); unqualified is how gc's
    /// compile errors name the current package's types.
    pub fn type_string(&self, id: TypeId, qualify: bool) -> String {
        let mut s = String::new();
        self.write_type(&mut s, id, qualify);
        s
    }

    fn write_type(&self, s: &mut String, id: TypeId, q: bool) {
        match self.get(id) {
            Type::Basic(k) => s.push_str(k.name()),
            Type::Pointer(e) => {
                s.push('*');
                self.write_type(s, *e, q);
            }
            Type::Slice(e) => {
                s.push_str("[]");
                self.write_type(s, *e, q);
            }
            Type::Array { elem, len } => {
                s.push_str(&format!("[{len}]"));
                self.write_type(s, *elem, q);
            }
            Type::Map { key, value } => {
                s.push_str("map[");
                self.write_type(s, *key, q);
                s.push(']');
                self.write_type(s, *value, q);
            }
            Type::Chan { dir, elem } => {
                s.push_str(match dir {
                    ChanDir::Both => "chan ",
                    ChanDir::Send => "chan<- ",
                    ChanDir::Recv => "<-chan ",
                });
                self.write_type(s, *elem, q);
            }
            // gc's compile errors (unqualified) use types2's compact
            // `struct{a int}` / `interface{M()}` / `any`; the runtime's
            // type strings (qualified) are reflect's `struct { a int }`.
            Type::Struct(fields) if !q => {
                s.push_str("struct{");
                for (i, f) in fields.iter().enumerate() {
                    if i > 0 {
                        s.push_str("; ");
                    }
                    if !f.embedded {
                        s.push_str(&f.name);
                        s.push(' ');
                    }
                    self.write_type(s, f.ty, q);
                    if let Some(tag) = &f.tag {
                        s.push_str(&format!(" {tag:?}"));
                    }
                }
                s.push('}');
            }
            Type::Interface(methods) if !q => {
                if methods.is_empty() {
                    s.push_str("any");
                    return;
                }
                s.push_str("interface{");
                for (i, m) in methods.iter().enumerate() {
                    if i > 0 {
                        s.push_str("; ");
                    }
                    s.push_str(&m.name);
                    if let Type::Func(sig) = self.get(m.sig) {
                        self.write_signature(s, sig, q);
                    }
                }
                s.push('}');
            }
            Type::Struct(fields) => {
                s.push_str("struct {");
                for (i, f) in fields.iter().enumerate() {
                    s.push_str(if i == 0 { " " } else { "; " });
                    if !f.embedded {
                        s.push_str(&f.name);
                        s.push(' ');
                    }
                    self.write_type(s, f.ty, q);
                    if let Some(tag) = &f.tag {
                        s.push_str(&format!(" {tag:?}"));
                    }
                }
                s.push_str(if fields.is_empty() { "}" } else { " }" });
            }
            Type::Func(sig) => {
                s.push_str("func");
                self.write_signature(s, sig, q);
            }
            Type::Interface(methods) => {
                if methods.is_empty() {
                    s.push_str("interface {}");
                    return;
                }
                s.push_str("interface {");
                for (i, m) in methods.iter().enumerate() {
                    s.push_str(if i == 0 { " " } else { "; " });
                    s.push_str(&m.name);
                    if let Type::Func(sig) = self.get(m.sig) {
                        self.write_signature(s, sig, q);
                    }
                }
                s.push_str(" }");
            }
            Type::Tuple(elems) => {
                s.push('(');
                for (i, e) in elems.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    self.write_type(s, *e, q);
                }
                s.push(')');
            }
            Type::Named(n) => {
                // Compile errors qualify other packages' types only, by
                // package name (`atomic.Int32` of sync/atomic, `util.T` of
                // example.com/m/util), as types2's qualifier and reflect's
                // type strings do.
                if (q || n.pkg != "main") && !n.pkg.is_empty() {
                    s.push_str(package_name(&n.pkg));
                    s.push('.');
                }
                s.push_str(&n.name);
            }
        }
    }

    /// `(int, string) (bool, error)`-style parameter and result lists.
    pub fn write_signature(&self, s: &mut String, sig: &Signature, q: bool) {
        s.push('(');
        for (i, p) in sig.params.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            if sig.variadic && i + 1 == sig.params.len() {
                s.push_str("...");
                if let Type::Slice(e) = self.get(*p) {
                    self.write_type(s, *e, q);
                    continue;
                }
            }
            self.write_type(s, *p, q);
        }
        s.push(')');
        match sig.results.len() {
            0 => {}
            1 => {
                s.push(' ');
                self.write_type(s, sig.results[0], q);
            }
            _ => {
                s.push_str(" (");
                for (i, r) in sig.results.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    self.write_type(s, *r, q);
                }
                s.push(')');
            }
        }
    }

    /// Size in bytes (gc amd64 layout).
    pub fn size_of(&self, id: TypeId) -> u64 {
        self.layout(id).0
    }

    /// Alignment in bytes (gc amd64 layout).
    pub fn align_of(&self, id: TypeId) -> u64 {
        self.layout(id).1
    }

    /// Size and alignment, memoized.
    fn layout(&self, id: TypeId) -> (u64, u64) {
        if let Some(&l) = self.layouts.borrow().get(&id) {
            return l;
        }
        let l = match self.under(id) {
            Type::Basic(k) => {
                let align = match k {
                    BasicKind::Complex64 => 4,
                    BasicKind::Complex128 | BasicKind::String => 8,
                    k => k.size().max(1),
                };
                (k.size(), align)
            }
            Type::Pointer(_) | Type::Map { .. } | Type::Chan { .. } | Type::Func(_) => (8, 8),
            Type::Slice(_) => (24, 8),
            Type::Interface(_) => (16, 8),
            // Saturating: an oversized type (reported by the checker,
            // see `oversized_array`) must not overflow here.
            Type::Array { elem, len } => {
                let (size, align) = self.layout(*elem);
                (size.saturating_mul(*len), align)
            }
            Type::Struct(fields) => {
                let (_, size, align) = self.struct_layout(fields);
                (size, align)
            }
            Type::Tuple(_) | Type::Named(_) => (0, 8),
        };
        self.layouts.borrow_mut().insert(id, l);
        l
    }

    /// Field offsets, total size and alignment of a struct with these
    /// fields.
    fn struct_layout(&self, fields: &[StructField]) -> (Vec<u64>, u64, u64) {
        let mut offsets = Vec::with_capacity(fields.len());
        let mut off = 0u64;
        let mut align = 1u64;
        let mut last_size = 0;
        for f in fields {
            let (size, a) = self.layout(f.ty);
            align = align.max(a);
            off = off.div_ceil(a).saturating_mul(a);
            offsets.push(off);
            off = off.saturating_add(size);
            last_size = size;
        }
        // gc pads a struct ending in a zero-size field (after a non-empty
        // prefix) so that a pointer to that field stays inside the object.
        if !fields.is_empty() && off > 0 && last_size == 0 {
            off += 1;
        }
        (offsets, off.div_ceil(align).saturating_mul(align), align)
    }

    /// gc's limit on the size of a type on amd64 (`types.MaxWidth`).
    pub const MAX_WIDTH: u64 = 1 << 50;

    /// The first array type inside `id` (itself, or held directly by its
    /// structs and arrays) whose size reaches [`Self::MAX_WIDTH`]: gc's
    /// `type [N]T larger than address space`. Such a type is never laid
    /// out (its size saturates).
    pub fn oversized_array(&self, id: TypeId) -> Option<TypeId> {
        let mut stack = vec![id];
        let mut seen = std::collections::HashSet::new();
        while let Some(t) = stack.pop() {
            if !seen.insert(t) {
                continue;
            }
            match self.under(t) {
                Type::Array { elem, len } => {
                    let w = self.size_of(*elem);
                    if w != 0 && *len > (Self::MAX_WIDTH - 1) / w {
                        // The innermost offender is the one gc names.
                        return self.oversized_array(*elem).or(Some(self.underlying(t)));
                    }
                    stack.push(*elem);
                }
                Type::Struct(fields) => stack.extend(fields.iter().rev().map(|f| f.ty)),
                _ => {}
            }
        }
        None
    }

    /// Byte offsets of the fields of struct type `id` (underlying struct).
    pub fn field_offsets(&self, id: TypeId) -> Vec<u64> {
        match self.under(id) {
            Type::Struct(fields) => self.struct_layout(fields).0,
            _ => Vec::new(),
        }
    }
}

/// The name of the package at `path` as type strings use it (its last
/// element: "atomic" for "sync/atomic").
pub fn package_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interning_and_layout() {
        let mut t = TypeTable::new();
        let int = t.basic(BasicKind::Int);
        let s1 = t.slice(int);
        let s2 = t.slice(int);
        assert_eq!(s1, s2);
        assert_eq!(t.type_string(s1, true), "[]int");
        let st = t.intern(Type::Struct(vec![
            StructField {
                name: "a".into(),
                ty: t.basic(BasicKind::Int8),
                embedded: false,
                tag: None,
            },
            StructField {
                name: "b".into(),
                ty: int,
                embedded: false,
                tag: None,
            },
            StructField {
                name: "c".into(),
                ty: t.basic(BasicKind::Int16),
                embedded: false,
                tag: None,
            },
        ]));
        assert_eq!(t.field_offsets(st), vec![0, 8, 16]);
        assert_eq!(t.size_of(st), 24);
        assert_eq!(t.align_of(st), 8);
        assert_eq!(t.type_string(st, true), "struct { a int8; b int; c int16 }");
    }
}
