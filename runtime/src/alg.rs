//! Equality and hashing of arbitrary comparable values, driven by type
//! descriptors: `==` on interfaces and map keys.

use crate::panic::panic_error_message;
use crate::traceback::go_entry;
use crate::types::{GoString, Type, iface_dyn_type, kind};
use crate::util::Racy;

// Entry points that may panic record their Go caller (traceback.rs).
go_entry!("runtime.efaceeq", runtime_efaceeq);
go_entry!("runtime.ifaceeq", runtime_ifaceeq);

/// Whether values of `t` can be compared with `==` (slices, maps and funcs
/// cannot, nor aggregates containing them). Interfaces are comparable; their
/// dynamic values are checked when compared.
pub fn comparable(t: &Type) -> bool {
    match t.kind {
        kind::SLICE | kind::MAP | kind::FUNC => false,
        // SAFETY: array descriptors carry their element type.
        kind::ARRAY => t.elem.is_null() || comparable(unsafe { &*t.elem }),
        kind::STRUCT => t.fields().iter().all(|f| {
            // SAFETY: field types are valid descriptors.
            f.typ.is_null() || comparable(unsafe { &*f.typ })
        }),
        _ => true,
    }
}

fn uncomparable(what: &[u8], t: &Type) -> ! {
    let mut msg = what.to_vec();
    msg.extend_from_slice(t.name());
    panic_error_message(msg)
}

/// The data word of an interface value at `p` (second word).
///
/// # Safety
/// `p` points at an interface value.
unsafe fn iface_parts(t: &Type, p: *const u8) -> (*const Type, *const u8) {
    // SAFETY: per the contract.
    unsafe { (iface_dyn_type(t, p), *(p as *const *const u8).add(1)) }
}

/// `*a == *b` for values of type `t`. Panics (Go panic) when an interface
/// holds an uncomparable dynamic type.
///
/// # Safety
/// `a` and `b` point at values of type `t`.
pub unsafe fn equal(t: &Type, a: *const u8, b: *const u8) -> bool {
    // SAFETY: per the contract; each arm reads values of the arm's kind.
    unsafe {
        match t.kind {
            kind::FLOAT32 => *(a as *const f32) == *(b as *const f32),
            kind::FLOAT64 => *(a as *const f64) == *(b as *const f64),
            kind::COMPLEX64 => {
                let (x, y) = (a as *const f32, b as *const f32);
                *x == *y && *x.add(1) == *y.add(1)
            }
            kind::COMPLEX128 => {
                let (x, y) = (a as *const f64, b as *const f64);
                *x == *y && *x.add(1) == *y.add(1)
            }
            kind::STRING => (*(a as *const GoString)).bytes() == (*(b as *const GoString)).bytes(),
            kind::INTERFACE => {
                let (ta, da) = iface_parts(t, a);
                let (tb, db) = iface_parts(t, b);
                ta == tb && (ta.is_null() || efaceeq(&*ta, da, db))
            }
            kind::ARRAY => {
                if t.elem.is_null() {
                    return true;
                }
                let et = &*t.elem;
                let n = t.len as usize;
                let sz = et.size as usize;
                (0..n).all(|i| equal(et, a.add(i * sz), b.add(i * sz)))
            }
            kind::STRUCT => t.fields().iter().all(|f| {
                let name = f.name.bytes();
                // Blank fields do not take part in comparisons.
                name == b"_" || {
                    let off = f.offset as usize;
                    equal(&*f.typ, a.add(off), b.add(off))
                }
            }),
            kind::SLICE | kind::MAP | kind::FUNC => {
                uncomparable(b"comparing uncomparable type ", t)
            }
            _ => {
                let n = t.size as usize;
                core::slice::from_raw_parts(a, n) == core::slice::from_raw_parts(b, n)
            }
        }
    }
}

/// Compares two interface payloads of the same dynamic type `t`.
///
/// # Safety
/// `x` and `y` are data words of interface values of dynamic type `t`.
pub unsafe fn efaceeq(t: &Type, x: *const u8, y: *const u8) -> bool {
    if !comparable(t) {
        uncomparable(b"comparing uncomparable type ", t);
    }
    if t.is_direct() {
        return x == y;
    }
    // SAFETY: boxed values of type t.
    unsafe { equal(t, x, y) }
}

/// `runtime.efaceeq(typ, x, y) -> bool`: `==` of two `any` values whose
/// type words are equal and non-nil.
pub extern "C" fn runtime_efaceeq(t: *const Type, x: *const u8, y: *const u8) -> bool {
    // SAFETY: compiled code passes the common dynamic type.
    unsafe { efaceeq(&*t, x, y) }
}

/// `runtime.ifaceeq(tab, x, y) -> bool`: the same for non-empty interfaces
/// (`tab` is the common itab, whose first word is the dynamic type).
pub extern "C" fn runtime_ifaceeq(tab: *const *const Type, x: *const u8, y: *const u8) -> bool {
    // SAFETY: a non-null itab starts with the dynamic type.
    unsafe { efaceeq(&**tab, x, y) }
}

const K: u64 = 0x9e37_79b9_7f4a_7c15;

fn mix(h: u64, v: u64) -> u64 {
    (h ^ v).wrapping_mul(K).rotate_left(31)
}

fn finish(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

fn hash_bytes(mut h: u64, b: &[u8]) -> u64 {
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h = mix(h, u64::from_le_bytes(w));
    }
    let rest = chunks.remainder();
    let mut w = [0u8; 8];
    w[..rest.len()].copy_from_slice(rest);
    mix(h, u64::from_le_bytes(w) ^ ((b.len() as u64) << 56))
}

/// The hash of a string's bytes, as [`hash`] computes it for a string
/// (maps call it directly for string keys).
pub fn hash_string(seed: u64, b: &[u8]) -> u64 {
    finish(hash_bytes(seed, b))
}

/// The hash of an 8-byte key compared as memory (ints, pointers), as
/// [`hash`] computes it for such a type.
pub fn hash_word(seed: u64, w: u64) -> u64 {
    finish(mix(mix(seed, w), 8 << 56))
}

/// NaNs are never equal to anything, so each gets a fresh hash (as in gc).
static NAN_COUNTER: Racy<u64> = Racy::new(0);

fn nan_hash() -> u64 {
    // SAFETY: single-threaded (util::Racy).
    unsafe {
        *NAN_COUNTER.get() += 1;
        finish(*NAN_COUNTER.get() ^ K)
    }
}

fn hash_f64(h: u64, f: f64) -> u64 {
    if f.is_nan() {
        return mix(h, nan_hash());
    }
    // +0 and -0 are equal, so they must hash alike.
    mix(h, if f == 0.0 { 0 } else { f.to_bits() })
}

// It may panic: the shim records its Go caller (traceback.rs).
go_entry!("sync.hashKey", sync_hash_key);

/// `sync.hashKey(key any)`: gc's `sync.Map` hashes a key before anything
/// else, so an unhashable key panics as hashing it does (a runtime error,
/// `hash of unhashable type []int`), not as a map read does.
pub extern "C" fn sync_hash_key(typ: *const Type, data: *const u8) {
    if typ.is_null() {
        return;
    }
    // SAFETY: the dynamic type of an `any`.
    let dt = unsafe { &*typ };
    if !comparable(dt) {
        uncomparable(b"hash of unhashable type ", dt);
    }
    if !dt.is_direct() {
        // Interfaces nested in the key may hold unhashable values.
        // SAFETY: an indirect value points at a value of its type.
        unsafe { hash(dt, data, 0) };
    }
}

/// Hashes a value of type `t` consistently with [`equal`].
///
/// # Safety
/// `p` points at a value of type `t`.
pub unsafe fn hash(t: &Type, p: *const u8, seed: u64) -> u64 {
    // SAFETY: per the contract.
    unsafe { finish(hash_into(t, p, seed)) }
}

unsafe fn hash_into(t: &Type, p: *const u8, h: u64) -> u64 {
    // SAFETY: the caller guarantees p addresses a value of type t.
    unsafe {
        match t.kind {
            kind::FLOAT32 => hash_f64(h, *(p as *const f32) as f64),
            kind::FLOAT64 => hash_f64(h, *(p as *const f64)),
            kind::COMPLEX64 => {
                let c = p as *const f32;
                hash_f64(hash_f64(h, *c as f64), *c.add(1) as f64)
            }
            kind::COMPLEX128 => {
                let c = p as *const f64;
                hash_f64(hash_f64(h, *c), *c.add(1))
            }
            kind::STRING => hash_bytes(h, (*(p as *const GoString)).bytes()),
            kind::INTERFACE => {
                let (dt, data) = iface_parts(t, p);
                if dt.is_null() {
                    return mix(h, 0);
                }
                let dt = &*dt;
                if !comparable(dt) {
                    uncomparable(b"hash of unhashable type ", dt);
                }
                let h = mix(h, dt as *const Type as u64);
                if dt.is_direct() {
                    mix(h, data as u64)
                } else {
                    hash_into(dt, data, h)
                }
            }
            kind::ARRAY => {
                if t.elem.is_null() {
                    return h;
                }
                let et = &*t.elem;
                let sz = et.size as usize;
                (0..t.len as usize).fold(h, |h, i| hash_into(et, p.add(i * sz), h))
            }
            kind::STRUCT => t.fields().iter().fold(h, |h, f| {
                if f.name.bytes() == b"_" {
                    h
                } else {
                    hash_into(&*f.typ, p.add(f.offset as usize), h)
                }
            }),
            kind::SLICE | kind::MAP | kind::FUNC => uncomparable(b"hash of unhashable type ", t),
            _ => hash_bytes(h, core::slice::from_raw_parts(p, t.size as usize)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::{Field, static_type};

    static F64: Type = static_type("float64", kind::FLOAT64, 8, 0);
    static STR: Type = static_type("string", kind::STRING, 16, 0);
    static INT: Type = static_type("int", kind::INT, 8, 0);
    static ANY: Type = static_type("interface {}", kind::INTERFACE, 16, 0);
    static FIELDS: [Field; 2] = [
        Field {
            name: GoString::from_static("_"),
            typ: &INT,
            offset: 0,
            embedded: 0,
        },
        Field {
            name: GoString::from_static("S"),
            typ: &STR,
            offset: 8,
            embedded: 0,
        },
    ];
    static S: Type = Type {
        fields: FIELDS.as_ptr(),
        len: 2,
        ..static_type("main.S", kind::STRUCT, 24, crate::types::FLAG_NAMED)
    };

    fn p<T>(v: &T) -> *const u8 {
        (v as *const T).cast()
    }

    #[test]
    fn equality_and_hash_agree() {
        // SAFETY: each pointer addresses a value of the given type.
        unsafe {
            let (z, nz) = (0.0f64, -0.0f64);
            assert!(equal(&F64, p(&z), p(&nz)));
            assert_eq!(hash(&F64, p(&z), 1), hash(&F64, p(&nz), 1));
            let nan = f64::NAN;
            assert!(!equal(&F64, p(&nan), p(&nan)));
            let (a, b) = (
                GoString::from_static("héllo"),
                GoString::from_static("héllo"),
            );
            assert!(equal(&STR, p(&a), p(&b)));
            assert_eq!(hash(&STR, p(&a), 7), hash(&STR, p(&b), 7));
            // Blank fields are ignored.
            let x = (1i64, GoString::from_static("s"));
            let y = (2i64, GoString::from_static("s"));
            assert!(equal(&S, p(&x), p(&y)));
            assert_eq!(hash(&S, p(&x), 0), hash(&S, p(&y), 0));
            // Interfaces compare dynamic type, then value.
            let (i1, i2, s1) = (5i64, 5i64, GoString::from_static("5"));
            let e1 = (&INT as *const Type, p(&i1));
            let e2 = (&INT as *const Type, p(&i2));
            let e3 = (&STR as *const Type, p(&s1));
            assert!(equal(&ANY, p(&e1), p(&e2)));
            assert!(!equal(&ANY, p(&e1), p(&e3)));
            assert_eq!(hash(&ANY, p(&e1), 3), hash(&ANY, p(&e2), 3));
            // The map fast paths hash exactly like the generic function.
            assert_eq!(hash(&STR, p(&a), 9), hash_string(9, a.bytes()));
            assert_eq!(hash(&INT, p(&i1), 9), hash_word(9, 5));
        }
    }
}
