//! The garbage-collected heap: gc's design on one thread.
//!
//! - `pages.rs`: the arena's page allocator and the scavenger (gc's
//!   `mheap` and `mgcscavenge`).
//! - `span.rs`: spans of one size class with allocation, mark and pointer
//!   bitmaps (gc's `mspan`).
//! - `class.rs`: gc's size classes.
//! - `mark.rs`: marking and sweeping (gc's `mgcmark`, `mgcsweep`).
//!
//! [`Heap`] holds, per span class (size class × noscan), a *current* span
//! that allocation takes slots from without any lock (gc's `mcache`) and a
//! list of swept spans with free slots (gc's `mcentral`). Goroutines run on
//! one thread today; when they run on several, `current` moves into a
//! per-thread cache (one per P, as gc's `mcache`), `partial` gets a lock
//! per class (gc's `mcentral`) and `pages` one lock (gc's `mheap.lock`);
//! the fast path stays the same code on the thread's own cache.
//! docs/gc.md describes the whole collector.

pub mod class;
pub mod mark;
pub mod pages;
pub mod span;

use crate::sys;
use crate::types::Type;
use class::{CLASS_NPAGES, CLASS_SIZE, NUM_CLASSES};
use pages::Pages;
use span::{PAGE, PAGE_SHIFT, Span};

pub use mark::Marker;

/// Span classes: size class × noscan.
pub const NUM_SPC: usize = NUM_CLASSES * 2;
const ARENA_SIZE: usize = 64 << 30;

/// Allocation counters (gc's `MemStats` figures come from these).
#[derive(Clone, Copy)]
pub struct Stats {
    pub total_alloc: u64,
    pub mallocs: u64,
    pub frees: u64,
    /// Bytes in allocated slots (in-use objects plus garbage not yet
    /// found), as of the counters flushed so far.
    pub heap_live: u64,
    /// Bytes marked by the last collection.
    pub heap_marked: u64,
    pub num_gc: u32,
    pub num_forced_gc: u32,
    pub pause_total_ns: u64,
    pub last_gc_unix_ns: u64,
    pub pause_ns: [u64; 256],
    pub pause_end: [u64; 256],
}

impl Stats {
    const fn new() -> Stats {
        Stats {
            total_alloc: 0,
            mallocs: 0,
            frees: 0,
            heap_live: 0,
            heap_marked: 0,
            num_gc: 0,
            num_forced_gc: 0,
            pause_total_ns: 0,
            last_gc_unix_ns: 0,
            pause_ns: [0; 256],
            pause_end: [0; 256],
        }
    }
}

pub struct Heap {
    pub pages: Pages,
    /// Span of each arena page (null when the page is free).
    page_map: *mut *mut Span,
    /// Every span in use.
    pub spans: Vec<*mut Span>,
    /// The span each class allocates from (gc's `mcache.alloc`).
    pub current: [*mut Span; NUM_SPC],
    /// Swept spans with free slots, per class (gc's `mcentral`).
    partial: Vec<Vec<*mut Span>>,
    pub stats: Stats,
    pub collections: usize,
    /// Figures of the last collection.
    pub last: mark::Cycle,
}

impl Heap {
    /// Reserves the arena (at `hint` when possible: gc's 0xc000000000, so
    /// printed pointers look like gc's).
    pub fn new(hint: usize) -> Option<Heap> {
        let base = sys::map_zeroed(hint, ARENA_SIZE)? as usize;
        let npages = ARENA_SIZE / PAGE;
        let page_map = sys::map_zeroed(0, npages * 8)? as *mut *mut Span;
        Some(Heap {
            pages: Pages::new(base, npages),
            page_map,
            spans: Vec::new(),
            current: [core::ptr::null_mut(); NUM_SPC],
            partial: (0..NUM_SPC).map(|_| Vec::new()).collect(),
            stats: Stats::new(),
            collections: 0,
            last: mark::Cycle::default(),
        })
    }

    pub fn base(&self) -> usize {
        self.pages.base
    }

    /// End of the part of the arena ever handed out.
    pub fn limit(&self) -> usize {
        self.pages.base + self.pages.high * PAGE
    }

    /// The span owning arena address `p` (null when free or outside).
    #[inline(always)]
    pub fn span_of(&self, p: usize) -> *mut Span {
        let off = p.wrapping_sub(self.pages.base);
        if off >= self.pages.high * PAGE {
            return core::ptr::null_mut();
        }
        // SAFETY: the index is within the page map.
        unsafe { *self.page_map.add(off >> PAGE_SHIFT) }
    }

    fn new_span(&mut self, npages: usize, elem: usize, spc: usize) -> *mut Span {
        let Some((first, needzero)) = self.pages.alloc(npages) else {
            sys::write_all(sys::STDERR, b"fatal error: runtime: out of memory\n");
            sys::exit_process(2);
        };
        let start = self.pages.base + first * PAGE;
        let s = Box::into_raw(Box::new(Span::new(start, npages, elem, spc, needzero)));
        for p in first..first + npages {
            // SAFETY: p is an arena page.
            unsafe { *self.page_map.add(p) = s };
        }
        self.spans.push(s);
        s
    }

    /// Frees an empty span's pages (the caller drops it from `spans`).
    fn free_span(&mut self, s: *mut Span) {
        // SAFETY: a live span, unlinked by the caller.
        let (start, npages) = unsafe { ((*s).start, (*s).npages) };
        let first = (start - self.pages.base) / PAGE;
        for p in first..first + npages {
            // SAFETY: within the page map.
            unsafe { *self.page_map.add(p) = core::ptr::null_mut() };
        }
        self.pages.free(first, npages);
        // SAFETY: allocated by Box::into_raw in new_span.
        drop(unsafe { Box::from_raw(s) });
    }

    /// Adds the fast path's uncounted allocations of `s` to the counters.
    #[inline]
    pub fn flush(&mut self, s: *mut Span) {
        // SAFETY: a live span.
        let sp = unsafe { &mut *s };
        let n = sp.uncounted as u64;
        sp.uncounted = 0;
        self.stats.mallocs += n;
        self.stats.total_alloc += n * sp.elem as u64;
        self.stats.heap_live += n * sp.elem as u64;
    }

    /// Flushes every current span's counters.
    pub fn flush_all(&mut self) {
        for i in 0..NUM_SPC {
            let s = self.current[i];
            if !s.is_null() {
                self.flush(s);
            }
        }
    }

    /// A small object's slot from class `spc` (after the fast path
    /// failed): the current span's next free slot, else a span with free
    /// slots. Returns the slot and its span.
    pub fn alloc_small(&mut self, spc: usize) -> (usize, *mut Span) {
        let s = self.current[spc];
        if !s.is_null() {
            // SAFETY: a live span.
            let sp = unsafe { &mut *s };
            let i = sp.next_free_index();
            if i < sp.nelems {
                return (sp.start + i * sp.elem, s);
            }
            self.flush(s);
        }
        let s = match self.partial[spc].pop() {
            Some(s) => s,
            None => {
                let c = spc / 2;
                self.new_span(CLASS_NPAGES[c] as usize, CLASS_SIZE[c] as usize, spc)
            }
        };
        self.current[spc] = s;
        // SAFETY: a span with a free slot.
        let sp = unsafe { &mut *s };
        let i = sp.next_free_index();
        debug_assert!(i < sp.nelems);
        (sp.start + i * sp.elem, s)
    }

    /// A large object (more than 32 KB) in a span of its own, zeroed.
    pub fn alloc_large(&mut self, size: usize, typ: *const Type, noscan: bool) -> usize {
        let npages = size.div_ceil(PAGE);
        let s = self.new_span(npages, npages * PAGE, noscan as usize);
        // SAFETY: fresh span.
        let sp = unsafe { &mut *s };
        sp.typ = typ;
        sp.large_size = size;
        let i = sp.next_free_index();
        debug_assert_eq!(i, 0);
        sp.uncounted = 0;
        if sp.needzero {
            // SAFETY: the span's memory.
            unsafe { core::ptr::write_bytes(sp.start as *mut u8, 0, (size + 7) & !7) };
        }
        let bytes = (npages * PAGE) as u64;
        self.stats.mallocs += 1;
        self.stats.total_alloc += bytes;
        self.stats.heap_live += bytes;
        sp.start
    }

    /// Bytes of objects in use, counting the fast path's recent ones.
    pub fn heap_alloc(&self) -> u64 {
        let mut n = self.stats.heap_live;
        for &s in &self.current {
            if !s.is_null() {
                // SAFETY: live spans.
                n += unsafe { ((*s).uncounted * (*s).elem) as u64 };
            }
        }
        n
    }

    /// Objects allocated so far, counting the fast path's recent ones.
    pub fn mallocs(&self) -> u64 {
        let mut n = self.stats.mallocs;
        for &s in &self.current {
            if !s.is_null() {
                // SAFETY: live spans.
                n += unsafe { (*s).uncounted as u64 };
            }
        }
        n
    }

    /// Bytes of the arena backed by memory (in use or free but not yet
    /// returned to the OS).
    pub fn heap_sys(&self) -> u64 {
        (self.pages.high * PAGE) as u64
    }

    /// Bytes of spans in use.
    pub fn heap_inuse(&self) -> u64 {
        (self.pages.in_use * PAGE) as u64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collects_unreachable_and_keeps_reachable() {
        let mut h = Heap::new(0).unwrap();
        // A reachable list of 100 nodes {next *node, val int} held by a
        // single root, plus garbage.
        let mut head = 0usize;
        for i in 0..100usize {
            let n = h.alloc(16, false, None) as *mut usize;
            // SAFETY: fresh 16-byte object.
            unsafe {
                *n = head;
                *n.add(1) = i;
            }
            head = n as usize;
            h.alloc(1000, true, None); // garbage
        }
        let root = head;
        h.collect_for_test(&mut |m| m.mark_word(root));
        // The list survived intact.
        let (mut p, mut n) = (root, 0);
        while p != 0 {
            // SAFETY: list nodes are live.
            unsafe {
                assert_eq!(*(p as *const usize).add(1), 99 - n);
                p = *(p as *const usize);
            }
            n += 1;
        }
        assert_eq!(n, 100);
        assert_eq!(h.stats.heap_marked, 100 * 16);
        // Garbage slots are reused, zeroed.
        let g = h.alloc(1000, true, None);
        // SAFETY: fresh object.
        assert!(
            unsafe { core::slice::from_raw_parts(g, 1000) }
                .iter()
                .all(|&b| b == 0)
        );
        // Interior pointers keep objects alive; large objects are freed.
        let big = h.alloc(100_000, true, None);
        let small = h.alloc(64, false, None);
        let (inner, spans_before) = (small as usize + 40, h.spans.len());
        h.collect_for_test(&mut |m| {
            m.mark_word(root);
            m.mark_word(inner);
        });
        assert!(h.find(small as usize).is_some());
        assert!(h.find(big as usize).is_none());
        assert!(h.spans.len() < spans_before);
    }

    #[test]
    fn typed_objects_scan_only_pointer_words() {
        let mut h = Heap::new(0).unwrap();
        // struct { p *T; n int } with GCData 0b01: a second word that
        // looks like a pointer does not keep anything alive.
        static MASK: [u8; 1] = [1];
        let t = Type {
            ptrdata: 8,
            gcdata: MASK.as_ptr(),
            ..crate::types::static_type("main.T", crate::types::kind::STRUCT, 16, 8)
        };
        let a = h.alloc_typed(16, &t) as *mut usize;
        let b = h.alloc(8, true, None);
        let c = h.alloc(8, true, None);
        // SAFETY: fresh objects.
        unsafe {
            *a = b as usize;
            *a.add(1) = c as usize;
        }
        let root = a as usize;
        h.collect_for_test(&mut |m| m.mark_word(root));
        assert!(h.find(b as usize).is_some());
        assert!(h.find(c as usize).is_none());
    }
}
