//! The universe scope: predeclared types, constants, `nil` and builtins.

use super::Checker;
use crate::constant::ConstValue;
use crate::object::{Builtin, ObjKind};
use crate::ty::{BasicKind, InterfaceMethod, Signature, Type};

const BASIC_NAMES: &[(&str, BasicKind)] = &[
    ("bool", BasicKind::Bool),
    ("int", BasicKind::Int),
    ("int8", BasicKind::Int8),
    ("int16", BasicKind::Int16),
    ("int32", BasicKind::Int32),
    ("int64", BasicKind::Int64),
    ("uint", BasicKind::Uint),
    ("uint8", BasicKind::Uint8),
    ("uint16", BasicKind::Uint16),
    ("uint32", BasicKind::Uint32),
    ("uint64", BasicKind::Uint64),
    ("uintptr", BasicKind::Uintptr),
    ("float32", BasicKind::Float32),
    ("float64", BasicKind::Float64),
    ("complex64", BasicKind::Complex64),
    ("complex128", BasicKind::Complex128),
    ("string", BasicKind::String),
    // Aliases: the same type ids as uint8 and int32.
    ("byte", BasicKind::Uint8),
    ("rune", BasicKind::Int32),
];

const BUILTINS: &[Builtin] = &[
    Builtin::Append,
    Builtin::Cap,
    Builtin::Clear,
    Builtin::Close,
    Builtin::Complex,
    Builtin::Copy,
    Builtin::Delete,
    Builtin::Imag,
    Builtin::Len,
    Builtin::Make,
    Builtin::Max,
    Builtin::Min,
    Builtin::New,
    Builtin::Panic,
    Builtin::Print,
    Builtin::Println,
    Builtin::Real,
    Builtin::Recover,
];

impl Checker<'_> {
    fn universe_obj(&mut self, kind: ObjKind, name: &str, ty: crate::ty::TypeId) -> crate::ObjId {
        let o = self.new_obj(kind, name, 0, ty);
        self.obj_mut(o).pkg = String::new();
        self.scopes[self.universe].names.insert(name.to_string(), o);
        o
    }

    pub(crate) fn init_universe(&mut self) {
        for &(name, k) in BASIC_NAMES {
            let t = self.info.types.basic(k);
            self.universe_obj(ObjKind::TypeName, name, t);
        }
        let any = self.info.types.intern(Type::Interface(Vec::new()));
        self.universe_obj(ObjKind::TypeName, "any", any);

        // type error interface { Error() string }
        let string = self.info.types.basic(BasicKind::String);
        let sig = self.info.types.intern(Type::Func(Signature {
            params: vec![],
            results: vec![string],
            variadic: false,
        }));
        let iface = self
            .info
            .types
            .intern(Type::Interface(vec![InterfaceMethod {
                name: "Error".into(),
                sig,
            }]));
        let eobj = self.universe_obj(ObjKind::TypeName, "error", crate::TypeId(0));
        let et = self.info.types.new_named(eobj, "error", "");
        self.info.types.set_underlying(et, iface);
        self.obj_mut(eobj).ty = et;

        let ub = self.info.types.basic(BasicKind::UntypedBool);
        for (name, v) in [("true", true), ("false", false)] {
            let o = self.universe_obj(ObjKind::Const, name, ub);
            self.obj_mut(o).value = Some(ConstValue::Bool(v));
        }
        // iota's value depends on the const spec being checked.
        let ui = self.info.types.basic(BasicKind::UntypedInt);
        self.universe_obj(ObjKind::Const, "iota", ui);
        let un = self.info.types.basic(BasicKind::UntypedNil);
        self.universe_obj(ObjKind::Nil, "nil", un);
        let inv = self.info.types.invalid();
        for &b in BUILTINS {
            self.universe_obj(ObjKind::Builtin(b), b.name(), inv);
        }
    }
}
