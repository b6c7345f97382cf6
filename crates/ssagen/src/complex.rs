//! Complex division. gc never inlines it: `complex128` operands go to
//! `runtime.complex128div` (Smith's algorithm plus C99's infinity/zero
//! corrections), and `complex64` operands are widened to `complex128`,
//! divided there and narrowed again. Doing the same keeps every result
//! bit-identical to gc's, including NaN/Inf cases and division by zero
//! (which does not panic for complex values).

use ssa::Type as T;

use crate::func::{Fx, Val};

impl Fx<'_, '_, '_> {
    /// `a / b` for complex leaves `(re, im)` of either width.
    pub(crate) fn complex_div(&mut self, a: &Val, b: &Val) -> Val {
        let ls: Vec<_> = a.leaves().iter().chain(b.leaves()).copied().collect();
        let narrow = self.b.value_type(ls[0]) == T::F32;
        let wide: Vec<_> = ls
            .iter()
            .map(|l| {
                if narrow {
                    self.b.fpromote(T::F64, *l)
                } else {
                    *l
                }
            })
            .collect();
        let r = self.rt("runtime.complex128div", &wide, &[T::F64, T::F64]);
        let r = if narrow {
            r.iter().map(|x| self.b.fdemote(T::F32, *x)).collect()
        } else {
            r
        };
        Val::S(r)
    }
}
