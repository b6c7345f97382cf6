//! The allocation API behind every heap allocation of compiled code and
//! of the runtime: `runtime.mallocgc`, `alloc`, `alloc_noscan`,
//! `alloc_typed`, and the fast path they share. The heap itself is
//! `mem/` (spans, pages, marking); gc.rs owns the global heap, pacing and
//! collections. The arena starts at Go's usual heap base (0xc000000000) so
//! that printed pointers look like gc's.

use crate::mem::Heap;
use crate::mem::class::{MAX_SMALL, size_to_class};
use crate::types::Type;
#[cfg(test)]
use core::sync::atomic::{AtomicBool, Ordering};

/// Address of every zero-size allocation (gc's `runtime.zerobase`).
#[unsafe(export_name = "runtime.zerobase")]
pub static ZEROBASE: u64 = 0;

/// Guards the heap in unit tests, which call the allocator from several
/// threads. Compiled programs run Go code on one thread (goroutines are
/// switched on it), so there the fast path needs no atomic instruction.
#[cfg(test)]
static LOCK: AtomicBool = AtomicBool::new(false);

struct Guard;

impl Guard {
    #[inline(always)]
    fn new() -> Guard {
        #[cfg(test)]
        while LOCK.swap(true, Ordering::Acquire) {
            core::hint::spin_loop();
        }
        Guard
    }
}

impl Drop for Guard {
    #[inline(always)]
    fn drop(&mut self) {
        #[cfg(test)]
        LOCK.store(false, Ordering::Release);
    }
}

/// Returns `size` bytes of zeroed, 8-byte aligned memory that may hold
/// pointers anywhere (scanned conservatively).
pub fn alloc(size: usize) -> *mut u8 {
    malloc(size, core::ptr::null(), false)
}

/// Like [`alloc`] for memory that never holds pointers (string bytes,
/// pointer-free slices): the collector does not scan it.
pub fn alloc_noscan(size: usize) -> *mut u8 {
    malloc(size, core::ptr::null(), true)
}

/// `size` bytes for a value of type `typ` (or an array of them): scanned
/// by the type's pointer bitmap, noscan when it has no pointers.
pub fn alloc_typed(size: usize, typ: *const Type) -> *mut u8 {
    // SAFETY: a non-null typ is a valid descriptor.
    let noscan = match unsafe { typ.as_ref() } {
        Some(t) => !t.has_pointers(),
        None => false,
    };
    malloc(size, typ, noscan)
}

/// The allocation fast path: a free slot of the current span of the
/// object's class, found with a count of trailing zeros; no lock, no
/// call. Everything else is [`crate::gc::malloc_slow`].
#[inline(always)]
fn malloc(size: usize, typ: *const Type, noscan: bool) -> *mut u8 {
    let _g = Guard::new();
    let (h, pacer) = crate::gc::heap();
    if size.wrapping_sub(1) < MAX_SMALL && pacer.stress == 0 {
        let spc = size_to_class(size) * 2 + noscan as usize;
        let s = h.current[spc];
        if !s.is_null() {
            // SAFETY: current spans are live.
            let p = unsafe { (*s).next_free_fast() };
            if p != 0 {
                Heap::finish(s, p, size, typ);
                return p as *mut u8;
            }
        }
    }
    crate::gc::malloc_slow(h, pacer, size, typ, noscan)
}

/// The size of the heap block at `p` when it is the newest allocation of
/// its size class (defer records of a loop, see [`release_newest`]), else
/// 0.
pub fn newest_size(p: usize) -> usize {
    let _g = Guard::new();
    let (h, _) = crate::gc::heap();
    let Some((s, i)) = h.find(p) else {
        return 0;
    };
    // SAFETY: a live span.
    let sp = unsafe { &*s };
    if sp.spc >= 2
        && h.current[sp.spc] == s
        && i + 1 == sp.freeindex
        && sp.uncounted > 0
        && !crate::mem::span::bit(&sp.alloc_bits, i)
    {
        sp.elem
    } else {
        0
    }
}

/// Gives back the dead object `[p, p + size)` when it is (again) the
/// newest allocation of its span: zeroes it and moves the span's free
/// index back, so the next allocation of the class reuses that memory
/// while it is still in the cache. Returns whether it did. For objects
/// allocated and freed in LIFO order, like the records of defers in a
/// loop.
pub fn release_newest(p: usize, size: usize) -> bool {
    let _g = Guard::new();
    let (h, _) = crate::gc::heap();
    let Some((s, i)) = h.find(p) else {
        return false;
    };
    // SAFETY: a live span.
    let sp = unsafe { &mut *s };
    if sp.spc < 2
        || h.current[sp.spc] != s
        || i + 1 != sp.freeindex
        || sp.uncounted == 0
        || size != sp.elem
        || sp.start + i * sp.elem != p
        || crate::mem::span::bit(&sp.alloc_bits, i)
    {
        return false;
    }
    // Word by word: the objects are small 8-byte multiples, for which a
    // memset call costs more than the few stores.
    let mut w = p;
    while w < p + size {
        // SAFETY: [p, p + size) is the caller's dead object.
        unsafe { core::ptr::write_volatile(w as *mut u64, 0) };
        w += 8;
    }
    // Slot i is free again: every slot of its 64 from i on is free or
    // free as of the last sweep, so the cache is those bits of alloc_bits.
    sp.freeindex = i;
    sp.alloc_cache = !sp.alloc_bits[i / 64] >> (i % 64);
    sp.alloc_count -= 1;
    sp.uncounted -= 1;
    true
}

pub fn zerobase() -> *mut u8 {
    &raw const ZEROBASE as *mut u8
}

/// `runtime.mallocgc(size, typ, needzero) -> *u8`. `typ` may be null.
#[unsafe(export_name = "runtime.mallocgc")]
pub extern "C" fn mallocgc(size: u64, typ: *const Type, _needzero: u8) -> *mut u8 {
    alloc_typed(size as usize, typ)
}

/// Copies `b` into a new heap object (for strings made by the runtime).
pub fn alloc_copy(b: &[u8]) -> *mut u8 {
    let p = alloc_noscan(b.len());
    // SAFETY: p has room for b.len() bytes and does not overlap b.
    unsafe { core::ptr::copy_nonoverlapping(b.as_ptr(), p, b.len()) };
    p
}

/// gc's `staticuint64s`: the values 0..255 as `uint64`s. A boxed bool or
/// byte points at its entry (ssagen's `box_small`), and so does a boxed
/// integer below 256 ([`conv_t`]): such boxes need no allocation and are
/// the same pointer for the same value, as in gc.
#[unsafe(export_name = "runtime.staticuint64s")]
pub static STATICUINT64S: [u64; 256] = {
    let mut a = [0u64; 256];
    let mut i = 0;
    while i < 256 {
        a[i] = i as u64;
        i += 1;
    }
    a
};

/// `runtime.gocc_convT(v, size) -> *T`: the data word of a boxed integer
/// of `size` (2, 4 or 8) bytes, `v` zero-extended (gc's convT16, convT32,
/// convT64): an entry of [`STATICUINT64S`] below 256, else a fresh box.
#[unsafe(export_name = "runtime.gocc_convT")]
pub extern "C" fn conv_t(v: u64, size: u64) -> *const u8 {
    if v < 256 {
        return (&raw const STATICUINT64S[v as usize]).cast();
    }
    let p = alloc_noscan(size as usize);
    let bytes = v.to_le_bytes();
    // SAFETY: p is a fresh allocation of `size` (at most 8) bytes.
    unsafe { core::ptr::copy_nonoverlapping(bytes.as_ptr(), p, size.min(8) as usize) };
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aligned_zeroed_distinct() {
        let a = alloc(3);
        let b = alloc(24);
        assert_eq!(a as usize % 8, 0);
        assert_eq!(b as usize % 8, 0);
        assert!((b as usize).abs_diff(a as usize) >= 8);
        // SAFETY: fresh allocation of 24 bytes.
        assert!(
            unsafe { core::slice::from_raw_parts(b, 24) }
                .iter()
                .all(|&x| x == 0)
        );
        assert_eq!(alloc(0), zerobase());
        let big = alloc(40 << 20);
        assert!(!big.is_null());
    }
}
