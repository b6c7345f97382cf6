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
    end: usize,
    hint: usize,
}

static ARENA: Racy<Arena> = Racy::new(Arena {
    next: 0,
    end: 0,
    hint: HEAP_BASE,
});
/// Guards ARENA. Go code runs on one thread, but Rust unit tests call the
/// allocator from several; an uncontended swap is nearly free.
static ARENA_LOCK: AtomicBool = AtomicBool::new(false);

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

fn alloc_typed(size: usize, noscan: bool) -> *mut u8 {
    if size == 0 {
        return zerobase();
    }
    if crate::gc::enabled() {
        return crate::gc::alloc(size, noscan);
    }
    let size = match size.checked_add(7) {
        Some(s) => s & !7,
        None => out_of_memory(),
    };
    if size >= LARGE {
        let len = (size + 0xfff) & !0xfff;
        return sys::map_zeroed(0, len).unwrap_or_else(|| out_of_memory());
    }
    while ARENA_LOCK.swap(true, Ordering::Acquire) {
        core::hint::spin_loop();
    }
    // SAFETY: ARENA_LOCK is held; no re-entrancy here.
    let a = unsafe { &mut *ARENA.get() };
    if a.end - a.next < size {
        let Some(p) = sys::map_zeroed(a.hint, CHUNK) else {
            ARENA_LOCK.store(false, Ordering::Release);
            out_of_memory()
        };
        a.next = p as usize;
        a.end = a.next + CHUNK;
        a.hint = a.end;
    }
    let p = a.next;
    a.next += size;
    ARENA_LOCK.store(false, Ordering::Release);
    p as *mut u8
}

pub fn zerobase() -> *mut u8 {
    &raw const ZEROBASE as *mut u8
}

/// `runtime.mallocgc(size, typ, needzero) -> *u8`. `typ` may be null.
#[unsafe(export_name = "runtime.mallocgc")]
pub extern "C" fn mallocgc(size: u64, typ: *const Type, _needzero: u8) -> *mut u8 {
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
