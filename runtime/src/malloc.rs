//! The one allocator behind every heap allocation of compiled code.
//!
//! By default a bump allocator over large anonymous mappings: memory from
//! mmap is already zero and is never reused, so `needzero` costs nothing.
//! The first chunk is placed at Go's usual heap base (0xc000000000) so that
//! printed pointers look like gc's. With `GOCC_GC=1` in the environment,
//! allocation goes to the collected heap of gc.rs instead.

use crate::sys;
use crate::types::Type;
use crate::util::Racy;
#[cfg(test)]
use core::sync::atomic::{AtomicBool, Ordering};

/// Address of every zero-size allocation (gc's `runtime.zerobase`).
#[unsafe(export_name = "runtime.zerobase")]
pub static ZEROBASE: u64 = 0;

const CHUNK: usize = 64 << 20;
/// Objects at least this big get their own mapping.
const LARGE: usize = 16 << 20;
const HEAP_BASE: usize = 0xc0_0000_0000;

struct Arena {
    next: usize,
    /// End of the part of the chunk whose pages are already faulted in.
    ready: usize,
    end: usize,
    hint: usize,
}

static ARENA: Racy<Arena> = Racy::new(Arena {
    next: 0,
    ready: 0,
    end: 0,
    hint: HEAP_BASE,
});
/// Guards ARENA in unit tests, which call the allocator from several
/// threads. Compiled programs run Go code on one thread (goroutines are
/// switched on it), so there the bump needs no atomic instruction.
#[cfg(test)]
static ARENA_LOCK: AtomicBool = AtomicBool::new(false);

fn lock_arena() {
    #[cfg(test)]
    while ARENA_LOCK.swap(true, Ordering::Acquire) {
        core::hint::spin_loop();
    }
}

fn unlock_arena() {
    #[cfg(test)]
    ARENA_LOCK.store(false, Ordering::Release);
}

fn out_of_memory() -> ! {
    sys::write_all(sys::STDERR, b"fatal error: runtime: out of memory\n");
    sys::exit_process(2)
}

/// Returns `size` bytes of zeroed, 8-byte aligned memory that may hold
/// pointers.
pub fn alloc(size: usize) -> *mut u8 {
    alloc_typed(size, false)
}

/// Like [`alloc`] for memory that never holds pointers (string bytes,
/// pointer-free slices): the collector does not scan it.
pub fn alloc_noscan(size: usize) -> *mut u8 {
    alloc_typed(size, true)
}

#[inline(always)]
fn alloc_typed(size: usize, noscan: bool) -> *mut u8 {
    if !crate::gc::enabled() {
        lock_arena();
        // SAFETY: the arena is locked (tests) or single-threaded; no
        // re-entrancy here.
        let a = unsafe { &mut *ARENA.get() };
        // The fast path: a small object that fits in the faulted-in part of
        // the chunk (size < LARGE, so rounding up cannot overflow).
        if size.wrapping_sub(1) < LARGE - 1 && a.ready - a.next >= size + 7 {
            let p = a.next;
            a.next += (size + 7) & !7;
            unlock_arena();
            return p as *mut u8;
        }
        unlock_arena();
    }
    alloc_other(size, noscan)
}

/// Zero-size objects, the collector, large objects, a new chunk.
#[cold]
#[inline(never)]
fn alloc_other(size: usize, noscan: bool) -> *mut u8 {
    if size == 0 {
        return zerobase();
    }
    if crate::gc::enabled() {
        return crate::gc::alloc(size, noscan);
    }
    alloc_slow(size)
}

/// A large object, or a new chunk.
fn alloc_slow(size: usize) -> *mut u8 {
    let size = match size.checked_add(7) {
        Some(s) => s & !7,
        None => out_of_memory(),
    };
    if size >= LARGE {
        let len = (size + 0xfff) & !0xfff;
        return sys::map_zeroed(0, len).unwrap_or_else(|| out_of_memory());
    }
    lock_arena();
    // SAFETY: as in alloc_typed.
    let a = unsafe { &mut *ARENA.get() };
    if a.end - a.next < size {
        let Some(p) = sys::map_zeroed(a.hint, CHUNK) else {
            unlock_arena();
            out_of_memory()
        };
        a.next = p as usize;
        a.ready = a.next;
        a.end = a.next + CHUNK;
        a.hint = a.end;
    }
    let p = a.next;
    a.next += size;
    if a.next > a.ready {
        a.ready = prefault(a.ready, a.next, a.end);
    }
    unlock_arena();
    p as *mut u8
}

unsafe extern "C" {
    fn madvise(addr: *mut core::ffi::c_void, len: usize, advice: i32) -> i32;
}

/// Faults in the pages of `[ready, ready + PREFAULT)` (at least up to
/// `need`, at most `end`) with one system call, and returns the new end
/// of the faulted part. The bump allocator touches its memory once and in
/// order, so each 4 KB page would otherwise cost a page fault of its own.
/// Without `MADV_POPULATE_WRITE` (Linux < 5.14) pages fault in lazily.
fn prefault(ready: usize, need: usize, end: usize) -> usize {
    const MADV_POPULATE_WRITE: i32 = 23;
    const PREFAULT: usize = 1 << 20;
    let to = (need.max(ready + PREFAULT) + 0xfff) & !0xfff;
    let to = to.min(end);
    // SAFETY: [ready, to) lies in a chunk of ours; populating never
    // changes contents.
    if unsafe { madvise(ready as *mut _, to - ready, MADV_POPULATE_WRITE) } != 0 {
        return end;
    }
    to
}

/// The size of the bump allocation at `p` when it is the newest one of
/// the current chunk (then `p` up to the bump pointer is that object),
/// else 0. Always 0 with the collector.
pub fn newest_size(p: usize) -> usize {
    if crate::gc::enabled() {
        return 0;
    }
    // SAFETY: single-threaded (tests do not call this concurrently).
    let a = unsafe { &*ARENA.get() };
    if p >= a.end.wrapping_sub(CHUNK) && p < a.next {
        a.next - p
    } else {
        0
    }
}

/// Gives back the dead object `[p, p + size)` when it is (again) the
/// newest allocation: zeroes it and moves the bump pointer back, so the
/// next allocation reuses that memory while it is still in the cache.
/// Returns whether it did. For objects allocated and freed in LIFO order,
/// like the records of defers in a loop.
pub fn release_newest(p: usize, size: usize) -> bool {
    // SAFETY: single-threaded; p was allocated from the arena.
    let a = unsafe { &mut *ARENA.get() };
    if p + size != a.next || crate::gc::enabled() {
        return false;
    }
    // Word by word: the objects are small 8-byte multiples, for which a
    // memset call (or the vectorized loop the compiler would make of a
    // plain one) costs more than the few stores.
    let mut w = p;
    while w < p + size {
        // SAFETY: [p, p + size) is the caller's dead object.
        unsafe { core::ptr::write_volatile(w as *mut u64, 0) };
        w += 8;
    }
    a.next = p;
    true
}

pub fn zerobase() -> *mut u8 {
    &raw const ZEROBASE as *mut u8
}

/// `runtime.mallocgc(size, typ, needzero) -> *u8`. `typ` may be null.
#[unsafe(export_name = "runtime.mallocgc")]
pub extern "C" fn mallocgc(size: u64, typ: *const Type, _needzero: u8) -> *mut u8 {
    if !crate::gc::enabled() {
        return alloc_typed(size as usize, false);
    }
    // Only the collector cares whether the object holds pointers.
    // SAFETY: a non-null typ is a valid descriptor.
    let noscan = !typ.is_null() && !unsafe { (*typ).has_pointers() };
    alloc_typed(size as usize, noscan)
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
        let big = alloc(LARGE + 1);
        assert!(!big.is_null());
    }
}
