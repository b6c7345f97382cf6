//! Key order for printing maps (gc's internal/fmtsort): numbers by value
//! (NaN first), strings bytewise, false before true, pointers and channels
//! by address, structs and arrays element by element, interfaces by
//! dynamic type (descriptor address) then value.

use crate::types::{GoString, Type, iface_dyn_type, kind};
use core::cmp::Ordering;

fn cmp_f64(a: f64, b: f64) -> Ordering {
    // cmp.Compare: NaN sorts before everything and equals NaN.
    match (a.is_nan(), b.is_nan()) {
        (true, true) => Ordering::Equal,
        (true, false) => Ordering::Less,
        (false, true) => Ordering::Greater,
        _ => a.partial_cmp(&b).unwrap_or(Ordering::Equal),
    }
}

/// Compares two values of type `t`.
///
/// # Safety
/// `a` and `b` point at values of type `t`.
pub unsafe fn compare(t: &Type, a: *const u8, b: *const u8) -> Ordering {
    // SAFETY: per the contract; each arm reads values of its kind.
    unsafe {
        match t.kind {
            kind::INT8 => (*(a as *const i8)).cmp(&*(b as *const i8)),
            kind::INT16 => (*(a as *const i16)).cmp(&*(b as *const i16)),
            kind::INT32 => (*(a as *const i32)).cmp(&*(b as *const i32)),
            kind::INT | kind::INT64 => (*(a as *const i64)).cmp(&*(b as *const i64)),
            kind::UINT8 | kind::BOOL => (*a).cmp(&*b),
            kind::UINT16 => (*(a as *const u16)).cmp(&*(b as *const u16)),
            kind::UINT32 => (*(a as *const u32)).cmp(&*(b as *const u32)),
            kind::FLOAT32 => cmp_f64(*(a as *const f32) as f64, *(b as *const f32) as f64),
            kind::FLOAT64 => cmp_f64(*(a as *const f64), *(b as *const f64)),
            kind::COMPLEX64 => {
                let (x, y) = (a as *const f32, b as *const f32);
                cmp_f64(*x as f64, *y as f64).then(cmp_f64(*x.add(1) as f64, *y.add(1) as f64))
            }
            kind::COMPLEX128 => {
                let (x, y) = (a as *const f64, b as *const f64);
                cmp_f64(*x, *y).then(cmp_f64(*x.add(1), *y.add(1)))
            }
            kind::STRING => (*(a as *const GoString))
                .bytes()
                .cmp((*(b as *const GoString)).bytes()),
            kind::STRUCT => {
                for f in t.fields() {
                    let off = f.offset as usize;
                    let c = compare(&*f.typ, a.add(off), b.add(off));
                    if c != Ordering::Equal {
                        return c;
                    }
                }
                Ordering::Equal
            }
            kind::ARRAY => {
                if t.elem.is_null() {
                    return Ordering::Equal;
                }
                let et = &*t.elem;
                let sz = et.size as usize;
                for i in 0..t.len as usize {
                    let c = compare(et, a.add(i * sz), b.add(i * sz));
                    if c != Ordering::Equal {
                        return c;
                    }
                }
                Ordering::Equal
            }
            kind::INTERFACE => {
                let (ta, tb) = (iface_dyn_type(t, a), iface_dyn_type(t, b));
                match (ta.is_null(), tb.is_null()) {
                    (true, true) => return Ordering::Equal,
                    (true, false) => return Ordering::Less,
                    (false, true) => return Ordering::Greater,
                    _ => {}
                }
                if ta != tb {
                    return (ta as usize).cmp(&(tb as usize));
                }
                let (da, db) = (a.add(8), b.add(8));
                let dt = &*ta;
                if dt.is_direct() {
                    compare(dt, da, db)
                } else {
                    compare(dt, *(da as *const *const u8), *(db as *const *const u8))
                }
            }
            // Unsigned words, pointers, channels, unsafe pointers.
            _ => (*(a as *const u64)).cmp(&*(b as *const u64)),
        }
    }
}
