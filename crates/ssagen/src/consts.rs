//! Typed constants as IR constants; string constants as read-only data.

use ssa::Type as T;
use types::{BasicKind, ConstValue, Type, TypeId};

use crate::abi;
use crate::func::{Fx, Val};

impl Fx<'_, '_, '_> {
    /// Emits constant `c` as a value of type `ty`.
    pub fn const_val(&mut self, c: &ConstValue, ty: TypeId) -> Val {
        match self.under(ty).clone() {
            Type::Interface(_) => {
                // An untyped constant converted to an interface: box it
                // with its default type.
                let dt = self.default_type(c);
                let v = self.const_val(c, dt);
                self.box_any(v, dt)
            }
            Type::Basic(k) => self.basic_const(c, k, ty),
            _ => Val::S(self.zero_leaves(ty)),
        }
    }

    fn default_type(&self, c: &ConstValue) -> TypeId {
        let k = if c.as_bool().is_some() {
            BasicKind::Bool
        } else if c.as_bytes().is_some() {
            BasicKind::String
        } else if c.as_i64().is_some() && !matches!(c.to_complex(), (_, im) if im != 0.0) {
            // Integral values: Int unless the constant is a float kind;
            // the accessors cannot tell 2.0 from 2, so prefer int.
            BasicKind::Int
        } else if c.to_complex().1 != 0.0 {
            BasicKind::Complex128
        } else {
            BasicKind::Float64
        };
        self.g.tt.basic(k)
    }

    fn basic_const(&mut self, c: &ConstValue, k: BasicKind, ty: TypeId) -> Val {
        use BasicKind::*;
        match k {
            String | UntypedString => {
                let bytes = c.as_bytes().unwrap_or_default().to_vec();
                self.string_const(&bytes)
            }
            // Go constants have no negative zero: `-0.0` is 0.
            Float32 => Val::scalar(self.b.f32const(c.to_f64() as f32 + 0.0)),
            Float64 | UntypedFloat => Val::scalar(self.b.f64const(c.to_f64() + 0.0)),
            Complex64 => {
                let (re, im) = c.to_complex();
                let a = self.b.f32const(re as f32 + 0.0);
                let b = self.b.f32const(im as f32 + 0.0);
                Val::S(vec![a, b])
            }
            Complex128 => {
                let (re, im) = c.to_complex();
                let a = self.b.f64const(re + 0.0);
                let b = self.b.f64const(im + 0.0);
                Val::S(vec![a, b])
            }
            UntypedNil => Val::S(vec![]),
            _ => {
                let t = abi::leaf_types(&self.g.tt, ty)
                    .first()
                    .copied()
                    .unwrap_or(T::I64);
                let bits = match c.as_bool() {
                    Some(b) => b as u64,
                    None => c.to_bits(),
                };
                Val::scalar(self.b.iconst(t, bits as i64))
            }
        }
    }

    /// A string value pointing at read-only data.
    pub fn string_const(&mut self, bytes: &[u8]) -> Val {
        if bytes.is_empty() {
            let z = self.b.iconst(T::I64, 0);
            return Val::S(vec![z, z]);
        }
        let sym = self.g.string_data(bytes);
        let p = self.b.symbol_addr(&sym);
        let n = self.b.iconst(T::I64, bytes.len() as i64);
        Val::S(vec![p, n])
    }
}
