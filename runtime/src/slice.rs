//! Slice allocation and growth with gc's capacity rules, and the memory
//! primitives compiled code calls.

use crate::malloc::{alloc_noscan, alloc_typed, zerobase};
use crate::panic::panic_error_string;
use crate::traceback::go_entry;
use crate::types::{Slice, Type};

// Entry points that may panic record their Go caller (traceback.rs).
go_entry!("runtime.makeslice", makeslice);
go_entry!("runtime.growslice", growslice);
go_entry!("runtime.growsliceBuf", growslice_buf);
go_entry!("runtime.panicmakeslicelen", panicmakeslicelen);
go_entry!("runtime.panicmakeslicecap", panicmakeslicecap);
go_entry!("runtime.panicIndexS", panic_index_stack);
go_entry!("runtime.panicIndexUS", panic_index_u_stack);

/// `runtime.memclrNoHeapPointers(p, n)`: zeroes `n` bytes at `p`; the
/// clearing-loop idiom compiles to it (crates/ssa/src/passes/clear_loop.rs).
#[unsafe(export_name = "runtime.memclrNoHeapPointers")]
pub extern "C" fn memclr(p: *mut u8, n: i64) {
    if n > 0 {
        // SAFETY: compiled code passes n bytes of one object.
        unsafe { core::ptr::write_bytes(p, 0, n as usize) };
    }
}

/// `runtime.panicIndexS(_, _, _, _, _, _, x, y int)`: `runtime.panicIndex`
/// with its operands in stack argument slots. Bounds checks in loops call
/// it (crates/ssa/src/passes/cold_args.rs): register arguments at a cold
/// call pin the index and length to the argument registers, and the
/// register allocator then shuffles them around the hot loop.
#[allow(clippy::too_many_arguments)]
pub extern "C" fn panic_index_stack(
    _: i64,
    _: i64,
    _: i64,
    _: i64,
    _: i64,
    _: i64,
    x: i64,
    y: i64,
) -> ! {
    crate::panic::panic_index(x, y)
}

/// `runtime.panicIndexUS`: the same for `runtime.panicIndexU`.
#[allow(clippy::too_many_arguments)]
pub extern "C" fn panic_index_u_stack(
    _: i64,
    _: i64,
    _: i64,
    _: i64,
    _: i64,
    _: i64,
    x: u64,
    y: i64,
) -> ! {
    crate::panic::panic_index_u(x, y)
}

/// gc's maxAlloc on linux/amd64 (48-bit address space).
pub(crate) const MAX_ALLOC: u64 = 1 << 48;

/// Size classes of gc's allocator (internal/runtime/gc/sizeclasses.go).
pub(crate) const SIZE_CLASSES: [u16; 67] = [
    8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352,
    384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048,
    2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728,
    10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672,
    32768,
];
const MAX_SMALL_SIZE: usize = 32768;
const MALLOC_HEADER_SIZE: usize = 8;
/// Pointerful objects larger than this carry an 8-byte malloc header.
const MIN_SIZE_FOR_MALLOC_HEADER: usize = 512;
const PAGE_SIZE: usize = 8192;

/// The size gc's mallocgc really allocates for a request of `size` bytes
/// (gc's roundupsize): the size class, minus the malloc header for
/// pointerful objects above 512 bytes; large objects round to pages.
pub fn roundupsize(size: usize, noscan: bool) -> usize {
    if size <= MAX_SMALL_SIZE - MALLOC_HEADER_SIZE {
        let mut req = size;
        if !noscan && req > MIN_SIZE_FOR_MALLOC_HEADER {
            req += MALLOC_HEADER_SIZE;
        }
        let idx = SIZE_CLASSES.partition_point(|&c| (c as usize) < req);
        let class = SIZE_CLASSES.get(idx).copied().unwrap_or(32768) as usize;
        return class - (req - size);
    }
    match size.checked_add(PAGE_SIZE - 1) {
        Some(r) => r & !(PAGE_SIZE - 1),
        None => size,
    }
}

/// `runtime.makeslice(elemsize, len, cap, elemtyp) -> *u8`: `elemtyp` is
/// the element's descriptor, null when it holds no pointers (then the
/// array is allocated noscan, else scanned by the type's bitmap).
pub extern "C" fn makeslice(elemsize: u64, len: i64, cap: i64, elemtyp: *const Type) -> *mut u8 {
    let mem = elemsize.checked_mul(cap as u64);
    if mem.is_none_or(|m| m > MAX_ALLOC) || len < 0 || len > cap {
        let mem = elemsize.checked_mul(len as u64);
        if mem.is_none_or(|m| m > MAX_ALLOC) || len < 0 {
            panic_error_string("makeslice: len out of range");
        }
        panic_error_string("makeslice: cap out of range");
    }
    let mem = mem.unwrap_or(0) as usize;
    if elemtyp.is_null() {
        alloc_noscan(mem)
    } else {
        alloc_typed(mem, elemtyp)
    }
}

/// `runtime.panicmakeslicelen()`: a `make([]T, len)` whose backing array
/// is in the caller's frame (a constant or small capacity; gc's
/// walkMakeSlice) got a negative length.
pub extern "C" fn panicmakeslicelen() -> ! {
    panic_error_string("makeslice: len out of range")
}

/// `runtime.panicmakeslicecap()`: the same `make` with a length above its
/// capacity (gc checks no more than that on this path, so a huge length
/// reports the capacity, unlike `makeslice`).
pub extern "C" fn panicmakeslicecap() -> ! {
    panic_error_string("makeslice: cap out of range")
}

/// gc's nextslicecap: double small slices, then grow by ~1.25x with a
/// smooth transition at 256 elements.
fn nextslicecap(newlen: i64, oldcap: i64) -> i64 {
    let mut newcap = oldcap;
    let doublecap = newcap.wrapping_add(newcap);
    if newlen > doublecap {
        return newlen;
    }
    const THRESHOLD: i64 = 256;
    if oldcap < THRESHOLD {
        return doublecap;
    }
    loop {
        newcap = newcap.wrapping_add((newcap.wrapping_add(3 * THRESHOLD)) >> 2);
        if newcap as u64 >= newlen as u64 {
            break;
        }
    }
    if newcap <= 0 { newlen } else { newcap }
}

/// The capacity (in elements) and byte size growslice allocates.
pub fn grown_cap(newlen: i64, oldcap: i64, elemsize: u64, noscan: bool) -> Option<(i64, u64)> {
    let newcap = nextslicecap(newlen, oldcap);
    let (cap, mem, overflow) = if elemsize == 1 {
        let m = roundupsize(newcap as usize, noscan) as u64;
        (m as i64, m, newcap as u64 > MAX_ALLOC)
    } else if elemsize.is_power_of_two() {
        let shift = elemsize.trailing_zeros();
        let m = roundupsize((newcap as usize) << shift, noscan) as u64;
        let c = (m >> shift) as i64;
        (c, (c as u64) << shift, newcap as u64 > (MAX_ALLOC >> shift))
    } else {
        let (raw, of) = elemsize.overflowing_mul(newcap as u64);
        let m = roundupsize(raw as usize, noscan) as u64;
        let c = (m / elemsize) as i64;
        (c, c as u64 * elemsize, of)
    };
    if overflow || mem > MAX_ALLOC {
        None
    } else {
        Some((cap, mem))
    }
}

/// `runtime.growslice(out *slice, oldptr, oldlen, oldcap, newlen, elemsize,
/// elemtyp)`: a slice of length `newlen` holding the first `oldlen` elements
/// of the old one, with gc's capacity. `elemtyp` (may be null) decides the
/// malloc-header rounding for pointerful elements.
pub extern "C" fn growslice(
    out: *mut Slice,
    oldptr: *const u8,
    oldlen: i64,
    oldcap: i64,
    newlen: i64,
    elemsize: u64,
    elemtyp: *const Type,
) {
    if newlen < 0 {
        panic_error_string("growslice: len out of range");
    }
    let result = if elemsize == 0 {
        Slice {
            ptr: zerobase(),
            len: newlen,
            cap: newlen,
        }
    } else {
        // SAFETY: a non-null elemtyp is a valid descriptor.
        let noscan = elemtyp.is_null() || !unsafe { (*elemtyp).has_pointers() };
        let Some((cap, mem)) = grown_cap(newlen, oldcap, elemsize, noscan) else {
            panic_error_string("growslice: len out of range");
        };
        let p = if noscan {
            alloc_noscan(mem as usize)
        } else {
            alloc_typed(mem as usize, elemtyp)
        };
        let n = (oldlen.max(0) as u64 * elemsize) as usize;
        if n > 0 && !oldptr.is_null() {
            // SAFETY: the old backing array holds oldlen elements; p is new.
            unsafe { core::ptr::copy_nonoverlapping(oldptr, p, n) };
        }
        Slice {
            ptr: p,
            len: newlen,
            cap,
        }
    };
    // SAFETY: out is the caller's result buffer.
    unsafe { *out = result };
}

/// `runtime.growsliceBuf(out *slice, oldptr, oldlen, oldcap, newlen,
/// elemsize, elemtyp, buf, buflen)`: gc's growsliceBuf, the growth of a
/// slice whose backing store may live in the caller's frame buffer `buf`
/// of `buflen` elements (a slice moved to the heap before it is shared;
/// ssagen's slicebuf.rs). Up to `buflen` elements it stays in the buffer
/// and its capacity steps through the size classes (1, 2, 3, 4 for
/// `[]int`); beyond, it grows like `growslice`.
#[allow(clippy::too_many_arguments)]
pub extern "C" fn growslice_buf(
    out: *mut Slice,
    oldptr: *const u8,
    oldlen: i64,
    oldcap: i64,
    newlen: i64,
    elemsize: u64,
    elemtyp: *const Type,
    buf: *mut u8,
    buflen: i64,
) {
    if newlen > buflen || elemsize == 0 {
        return growslice(out, oldptr, oldlen, oldcap, newlen, elemsize, elemtyp);
    }
    let es = elemsize as usize;
    if oldptr != buf.cast_const() && oldlen > 0 {
        // SAFETY: the old array holds oldlen elements; buf holds buflen.
        unsafe { core::ptr::copy(oldptr, buf, oldlen as usize * es) };
    }
    // SAFETY: a non-null elemtyp is a valid descriptor.
    let noscan = elemtyp.is_null() || !unsafe { (*elemtyp).has_pointers() };
    let newcap = (roundupsize(newlen as usize * es, noscan) / es) as i64;
    if newcap > newlen {
        // SAFETY: newcap <= buflen: the size class of at most 32 bytes.
        unsafe {
            core::ptr::write_bytes(
                buf.add(newlen as usize * es),
                0,
                (newcap - newlen) as usize * es,
            )
        };
    }
    // SAFETY: out is the caller's result buffer.
    unsafe {
        *out = Slice {
            ptr: buf,
            len: newlen,
            cap: newcap,
        }
    };
}

/// `runtime.moveSlice(out *slice, elemsize, elemtyp, ptr, len, cap)` and,
/// with `cap < 0`, `runtime.moveSliceNoCap`: gc's move2heap of a slice
/// whose backing store is in the caller's frame, just before the slice is
/// shared. The first keeps the capacity (the program uses it), the second
/// picks the size class of the length.
#[unsafe(export_name = "runtime.moveSlice")]
pub extern "C" fn move_slice(
    out: *mut Slice,
    elemsize: u64,
    elemtyp: *const Type,
    ptr: *const u8,
    len: i64,
    cap: i64,
) {
    // SAFETY: a non-null elemtyp is a valid descriptor.
    let noscan = elemtyp.is_null() || !unsafe { (*elemtyp).has_pointers() };
    let es = elemsize as usize;
    let keep = if cap < 0 { len } else { cap };
    let result = if keep <= 0 || es == 0 {
        Slice {
            ptr: if ptr.is_null() {
                core::ptr::null_mut()
            } else {
                zerobase()
            },
            len: 0,
            cap: 0,
        }
    } else {
        let newcap = if cap < 0 {
            roundupsize(len as usize * es, noscan) / es
        } else {
            cap as usize
        };
        let p = if noscan {
            alloc_noscan(newcap * es)
        } else {
            alloc_typed(newcap * es, elemtyp)
        };
        // SAFETY: the old array holds `keep` elements; p holds newcap >= keep.
        unsafe { core::ptr::copy_nonoverlapping(ptr, p, keep as usize * es) };
        Slice {
            ptr: p,
            len,
            cap: newcap as i64,
        }
    };
    // SAFETY: out is the caller's result buffer.
    unsafe { *out = result };
}

/// `runtime.memmove(dst, src, n)`.
#[unsafe(export_name = "runtime.memmove")]
pub extern "C" fn memmove(dst: *mut u8, src: *const u8, n: u64) {
    if n > 0 {
        // SAFETY: compiled code passes valid ranges (possibly overlapping).
        unsafe { core::ptr::copy(src, dst, n as usize) };
    }
}

/// `runtime.memequal(a, b, n) -> bool`.
#[unsafe(export_name = "runtime.memequal")]
pub extern "C" fn memequal(a: *const u8, b: *const u8, n: u64) -> bool {
    if n == 0 || a == b {
        return true;
    }
    // SAFETY: both ranges are valid for n bytes.
    unsafe {
        core::slice::from_raw_parts(a, n as usize) == core::slice::from_raw_parts(b, n as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Capacities after appending one element at a time to a nil slice,
    /// recorded from go1.26.8 (runtime/testgen/caps): element size,
    /// pointerful, and the sequence of distinct capacities seen.
    #[test]
    fn append_caps_match_gc() {
        for &(elemsize, ptrs, n, want) in crate::slice_golden::CAPS {
            let mut seen = Vec::new();
            let mut cap = 0i64;
            for len in 1..=n {
                if len > cap {
                    cap = grown_cap(len, cap, elemsize, !ptrs).unwrap().0;
                    seen.push(cap);
                }
            }
            assert_eq!(seen, want, "elemsize {elemsize} ptrs {ptrs}");
        }
    }

    #[test]
    fn append_many_caps_match_gc() {
        // append(s, make([]T, k)...) on a slice of len=cap=old.
        for &(elemsize, ptrs, old, newlen, want) in crate::slice_golden::BULK {
            assert_eq!(
                grown_cap(newlen, old, elemsize, !ptrs).unwrap().0,
                want,
                "{elemsize} {old} {newlen}"
            );
        }
    }
}
