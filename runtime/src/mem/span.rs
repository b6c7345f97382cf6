//! Spans: runs of 8 KB pages holding objects of one size class (or one
//! large object), with gc's bitmaps: `alloc_bits` (slots in use as of the
//! last sweep), `mark_bits` (slots marked by the current collection) and,
//! for spans whose objects may hold pointers, `heap_bits` (one bit per
//! 8-byte word of the span: that word holds a pointer the collector must
//! follow). Free slots are found as in gc's `nextFreeFast`: `alloc_cache`
//! is the complement of 64 bits of `alloc_bits` starting at `freeindex`,
//! so the next free slot is a count of trailing zeros. Every slot below
//! `freeindex` is in use; above it, exactly the ones `alloc_bits` says.

use crate::types::Type;

pub const PAGE: usize = 8192;
pub const PAGE_SHIFT: u32 = 13;

pub struct Span {
    pub start: usize,
    pub npages: usize,
    /// Slot size (the whole span for a large object).
    pub elem: usize,
    pub nelems: usize,
    /// `(offset * div_mul) >> 32` is `offset / elem` for offsets inside
    /// the span (gc's `divMagic`).
    pub div_mul: u64,
    /// Size class and noscan bit: `class * 2 + noscan` (class 0: large).
    pub spc: usize,
    pub noscan: bool,
    /// Slots may hold old data (the pages were used before and not
    /// returned to the OS since): zero each slot when handing it out.
    pub needzero: bool,
    pub freeindex: usize,
    pub alloc_cache: u64,
    /// Slots in use (as of the last sweep plus those handed out since).
    pub alloc_count: usize,
    pub alloc_bits: Box<[u64]>,
    pub mark_bits: Box<[u64]>,
    pub heap_bits: Box<[u64]>,
    /// A large object's type (null: scanned conservatively) and the size
    /// it was allocated with.
    pub typ: *const Type,
    pub large_size: usize,
    /// Slots handed out by the fast path since the span became current,
    /// not yet counted in the heap's statistics.
    pub uncounted: usize,
}

#[inline(always)]
pub fn bit(v: &[u64], i: usize) -> bool {
    v[i / 64] & (1 << (i % 64)) != 0
}

#[inline(always)]
pub fn set(v: &mut [u64], i: usize) {
    v[i / 64] |= 1 << (i % 64);
}

/// Writes the low `n` (1..=64) bits of `val` at bit `at` of `v`.
#[inline(always)]
pub fn put_bits(v: &mut [u64], at: usize, n: usize, val: u64) {
    let (w, b) = (at / 64, at % 64);
    let mask = if n == 64 { !0 } else { (1u64 << n) - 1 };
    let val = val & mask;
    v[w] = (v[w] & !(mask << b)) | (val << b);
    if b + n > 64 {
        let hi = b + n - 64;
        let m2 = (1u64 << hi) - 1;
        v[w + 1] = (v[w + 1] & !m2) | (val >> (64 - b));
    }
}

impl Span {
    pub fn new(start: usize, npages: usize, elem: usize, spc: usize, needzero: bool) -> Span {
        let nelems = npages * crate::mem::span::PAGE / elem;
        let words = nelems.div_ceil(64);
        let noscan = spc & 1 == 1;
        let heap_words = if noscan || spc < 2 {
            0
        } else {
            (npages * PAGE / 8).div_ceil(64)
        };
        Span {
            start,
            npages,
            elem,
            nelems,
            div_mul: (u32::MAX as u64) / elem as u64 + 1,
            spc,
            noscan,
            needzero,
            freeindex: 0,
            alloc_cache: !0,
            alloc_count: 0,
            alloc_bits: vec![0; words].into_boxed_slice(),
            mark_bits: vec![0; words].into_boxed_slice(),
            heap_bits: vec![0; heap_words].into_boxed_slice(),
            typ: core::ptr::null(),
            large_size: 0,
            uncounted: 0,
        }
    }

    pub fn end(&self) -> usize {
        self.start + self.npages * PAGE
    }

    /// The index of the slot holding address `p` (inside the span).
    #[inline(always)]
    pub fn index_of(&self, p: usize) -> usize {
        if self.spc < 2 {
            return 0;
        }
        (((p - self.start) as u64 * self.div_mul) >> 32) as usize
    }

    /// Whether slot `i` holds an object.
    #[inline(always)]
    pub fn is_allocated(&self, i: usize) -> bool {
        i < self.freeindex || bit(&self.alloc_bits, i)
    }

    /// gc's `nextFreeFast`: the address of a free slot from the cached
    /// bits, or 0 when the cache must be refilled (then nothing changed).
    #[inline(always)]
    pub fn next_free_fast(&mut self) -> usize {
        let tz = self.alloc_cache.trailing_zeros() as usize;
        if tz < 64 {
            let result = self.freeindex + tz;
            if result < self.nelems {
                let fi = result + 1;
                if fi.is_multiple_of(64) && fi != self.nelems {
                    return 0;
                }
                self.alloc_cache = self.alloc_cache.checked_shr(tz as u32 + 1).unwrap_or(0);
                self.freeindex = fi;
                self.alloc_count += 1;
                self.uncounted += 1;
                return self.start + result * self.elem;
            }
        }
        0
    }

    /// gc's `nextFreeIndex`: the index of the next free slot, `nelems`
    /// when the span is full. Takes the slot.
    pub fn next_free_index(&mut self) -> usize {
        let n = self.nelems;
        let mut sfi = self.freeindex;
        if sfi >= n {
            return n;
        }
        let mut tz = self.alloc_cache.trailing_zeros() as usize;
        while tz == 64 {
            sfi = (sfi + 64) & !63;
            if sfi >= n {
                self.freeindex = n;
                return n;
            }
            self.refill_cache(sfi);
            tz = self.alloc_cache.trailing_zeros() as usize;
        }
        let result = sfi + tz;
        if result >= n {
            self.freeindex = n;
            return n;
        }
        self.alloc_cache = self.alloc_cache.checked_shr(tz as u32 + 1).unwrap_or(0);
        sfi = result + 1;
        if sfi.is_multiple_of(64) && sfi != n {
            self.refill_cache(sfi);
        }
        self.freeindex = sfi;
        self.alloc_count += 1;
        self.uncounted += 1;
        result
    }

    /// Loads the cache with the free slots from `idx` (a multiple of 64).
    fn refill_cache(&mut self, idx: usize) {
        self.alloc_cache = !self.alloc_bits[idx / 64];
    }

    /// After a sweep: the marked slots are the allocated ones.
    pub fn reset_after_sweep(&mut self, count: usize) {
        core::mem::swap(&mut self.alloc_bits, &mut self.mark_bits);
        self.mark_bits.fill(0);
        self.freeindex = 0;
        self.alloc_count = count;
        self.refill_cache(0);
        self.needzero = true;
    }

    /// Records which words of the new object at `p` (`size` bytes, of type
    /// `typ` repeated, or untyped when `typ` is null) hold pointers.
    #[inline(always)]
    pub fn write_heap_bits(&mut self, p: usize, size: usize, typ: *const Type) {
        let w0 = (p - self.start) / 8;
        let nw = self.elem / 8;
        // SAFETY: a non-null typ is a valid descriptor.
        let gc = unsafe { typ.as_ref() }.and_then(gc_mask);
        match gc {
            // One element whose pointer words fit in a 64-bit mask: the
            // common case (a struct, a pointer, a string header).
            Some((tw, mask)) if tw >= size / 8 && nw <= 64 => {
                put_bits(&mut self.heap_bits, w0, nw, first_word(mask));
            }
            Some((tw, mask)) => {
                self.clear_heap_bits(w0, nw);
                let count = (size / 8).checked_div(tw).unwrap_or(0);
                for e in 0..count {
                    for (i, &b) in mask.iter().enumerate() {
                        let mut b = b;
                        while b != 0 {
                            let k = b.trailing_zeros() as usize;
                            b &= b - 1;
                            let w = i * 8 + k;
                            set(&mut self.heap_bits, w0 + e * tw + w);
                        }
                    }
                }
            }
            // Untyped: every word may be a pointer.
            None => {
                let mut w = w0;
                let end = w0 + nw;
                while w < end {
                    let n = (end - w).min(64 - w % 64);
                    put_bits(&mut self.heap_bits, w, n, !0);
                    w += n;
                }
            }
        }
    }

    fn clear_heap_bits(&mut self, w0: usize, nw: usize) {
        let mut w = w0;
        let end = w0 + nw;
        while w < end {
            let n = (end - w).min(64 - w % 64);
            put_bits(&mut self.heap_bits, w, n, 0);
            w += n;
        }
    }
}

/// A type's pointer mask: its size in words and its `GCData` bytes (one
/// bit per word of the `PtrBytes` prefix), or None when the descriptor
/// carries none (runtime-made descriptors: scan conservatively).
#[inline(always)]
pub fn gc_mask(t: &Type) -> Option<(usize, &[u8])> {
    if t.flags & crate::types::FLAG_GCDATA == 0 || t.size < 8 {
        return None;
    }
    let n = (t.ptrdata as usize / 8).div_ceil(8);
    if n == 0 || t.gcdata.is_null() {
        return Some((t.size as usize / 8, &[]));
    }
    // SAFETY: GCData has ceil(PtrBytes / 64) bytes.
    Some((t.size as usize / 8, unsafe {
        core::slice::from_raw_parts(t.gcdata, n)
    }))
}

/// The first 64 bits of a mask.
#[inline(always)]
fn first_word(mask: &[u8]) -> u64 {
    let mut b = [0u8; 8];
    let n = mask.len().min(8);
    b[..n].copy_from_slice(&mask[..n]);
    u64::from_le_bytes(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bits_straddle_words() {
        let mut v = [0u64; 2];
        put_bits(&mut v, 60, 8, 0xff);
        assert_eq!(v, [0xf << 60, 0xf]);
        put_bits(&mut v, 62, 4, 0);
        assert_eq!(v, [0x3 << 60, 0xc]);
    }

    #[test]
    fn free_slots_in_order_then_after_sweep() {
        let mut s = Span::new(0x10000, 1, 16, 2 * 2 + 1, false);
        assert_eq!(s.nelems, 512);
        let mut got = Vec::new();
        loop {
            let p = s.next_free_fast();
            let p = if p != 0 {
                p
            } else {
                let i = s.next_free_index();
                if i == s.nelems {
                    break;
                }
                s.start + i * s.elem
            };
            got.push(p);
        }
        assert_eq!(got.len(), 512);
        assert!(got.windows(2).all(|w| w[1] == w[0] + 16));
        // Keep every third object.
        for i in (0..512).step_by(3) {
            set(&mut s.mark_bits, i);
        }
        s.reset_after_sweep(171);
        let i = s.next_free_index();
        assert_eq!(i, 1);
        assert_eq!(s.next_free_fast(), s.start + 2 * 16);
        assert_eq!(s.next_free_fast(), s.start + 4 * 16);
        assert!(s.is_allocated(3) && s.is_allocated(4) && !s.is_allocated(5));
    }
}
