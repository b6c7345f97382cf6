//! Allocation with pacing, and a stop-the-world mark and sweep (gc's
//! `mgcmark.go`, `mgcsweep.go`, on one thread).
//!
//! Marking starts from roots the caller shows (`Marker::scan_range` for
//! data segments and stacks: every aligned word that points into an
//! allocated object, interior pointers included, is a reference) and
//! follows objects: a noscan object is only marked; a typed object's
//! words are read where its span's pointer bitmap says they hold a
//! pointer (the type's `GCData`, recorded at allocation), an untyped
//! object's words are all treated as possible pointers. Sweeping makes
//! the mark bits the allocation bits of each span and gives the pages of
//! empty spans back to the page heap.

use super::class::{MAX_SMALL, size_to_class};
use super::span::{self, Span};
use super::{Heap, NUM_SPC};
use crate::types::Type;

/// A finalizer: `fnv` (a func value) is called with `obj` once the
/// collector finds `obj` unreachable. `tab` is the first word of the
/// argument when the finalizer's parameter is an interface (its type or
/// itab), 0 when it is a pointer. `ftyp` is the finalizer's func type
/// (its results decide how it is called).
#[derive(Clone, Copy)]
pub struct Fin {
    pub obj: usize,
    pub fnv: usize,
    pub tab: usize,
    pub ftyp: *const Type,
}

/// Pacing and finalizer state of the collected heap.
pub struct Pacer {
    /// Collect when `heap_live` reaches this (gc's heap goal).
    pub next_gc: u64,
    /// GOGC; negative: off.
    pub gcpercent: i64,
    /// `GOCC_GCSTRESS`: collect every this many bytes (0: off).
    pub stress: u64,
    pub stress_count: u64,
    /// Whether a collection may run from an allocation (false in unit
    /// tests driving a heap without goroutines).
    pub auto: bool,
    pub fins: Vec<Fin>,
    /// Finalizers of unreachable objects, waiting to run.
    pub queue: Vec<Fin>,
}

/// gc's `heapMinimum` at GOGC=100.
pub const MIN_HEAP: u64 = 4 << 20;

impl Pacer {
    pub const fn new() -> Pacer {
        Pacer {
            next_gc: MIN_HEAP,
            gcpercent: 100,
            stress: 0,
            stress_count: 0,
            auto: false,
            fins: Vec::new(),
            queue: Vec::new(),
        }
    }

    /// gc's heap goal after a collection that marked `marked` bytes.
    pub fn set_goal(&mut self, marked: u64) {
        self.next_gc = if self.gcpercent < 0 {
            u64::MAX
        } else {
            let p = self.gcpercent as u64;
            let min = MIN_HEAP * p / 100;
            (marked + marked * p / 100).max(min)
        };
    }
}

impl Default for Pacer {
    fn default() -> Self {
        Self::new()
    }
}

/// Figures of one collection (for gctrace).
#[derive(Clone, Copy, Default)]
pub struct Cycle {
    pub heap0: u64,
    pub heap1: u64,
    pub heap2: u64,
    pub goal: u64,
    pub start_ns: u64,
    pub mark_ns: u64,
    pub sweep_ns: u64,
}

impl Heap {
    /// Zeroes a slot handed out from span `s` when it may hold old data
    /// and records its pointer words.
    #[inline(always)]
    pub fn finish(s: *mut Span, p: usize, size: usize, typ: *const Type) {
        // SAFETY: p is a fresh slot of the live span s.
        let sp = unsafe { &mut *s };
        if sp.needzero {
            // SAFETY: the slot is ours.
            unsafe { core::ptr::write_bytes(p as *mut u8, 0, sp.elem) };
        }
        if !sp.noscan {
            sp.write_heap_bits(p, size, typ);
        }
    }

    /// Whether an allocation of `size` bytes must collect first.
    #[inline]
    pub fn wants_gc(&mut self, pacer: &mut Pacer, size: usize) -> bool {
        if !pacer.auto {
            return false;
        }
        if pacer.stress > 0 {
            pacer.stress_count += size as u64;
            if pacer.stress_count >= pacer.stress {
                pacer.stress_count = 0;
                return true;
            }
            return false;
        }
        self.stats.heap_live + size as u64 >= pacer.next_gc
    }

    /// The slow path of allocation: `size` bytes of type `typ` (null:
    /// untyped), pointer-free when `noscan`; collects first when the heap
    /// reached its goal and `roots` is given.
    pub fn alloc_slow(
        &mut self,
        pacer: &mut Pacer,
        size: usize,
        typ: *const Type,
        noscan: bool,
        roots: Option<&mut dyn FnMut(&mut Marker)>,
    ) -> *mut u8 {
        if size == 0 {
            return crate::malloc::zerobase();
        }
        if self.wants_gc(pacer, size)
            && let Some(roots) = roots
        {
            self.collect(pacer, roots);
        }
        if size > MAX_SMALL {
            return self.alloc_large(size, typ, noscan) as *mut u8;
        }
        let spc = size_to_class(size) * 2 + noscan as usize;
        let (p, s) = self.alloc_small(spc);
        Heap::finish(s, p, size, typ);
        p as *mut u8
    }

    /// The object containing address `w`: its span and slot index.
    #[inline(always)]
    pub fn find(&self, w: usize) -> Option<(*mut Span, usize)> {
        let s = self.span_of(w);
        if s.is_null() {
            return None;
        }
        // SAFETY: a live span.
        let sp = unsafe { &*s };
        let i = sp.index_of(w);
        (i < sp.nelems && sp.is_allocated(i)).then_some((s, i))
    }

    /// A full collection: roots from `roots`, finalizers, sweep, new goal.
    pub fn collect(&mut self, pacer: &mut Pacer, roots: &mut dyn FnMut(&mut Marker)) -> Cycle {
        let t0 = crate::time::runtime_nano() as u64;
        self.collections += 1;
        // The current spans become ordinary spans again (gc flushes the
        // mcaches at the start of a cycle).
        self.flush_all();
        self.current = [core::ptr::null_mut(); NUM_SPC];
        let mut cyc = Cycle {
            heap0: self.stats.heap_live,
            goal: pacer.next_gc,
            start_ns: t0,
            ..Cycle::default()
        };
        let mut m = Marker {
            heap: self,
            stack: Vec::with_capacity(1024),
        };
        scan_data_segments(&mut m);
        roots(&mut m);
        // Queued finalizers and their functions stay alive until run.
        for f in &pacer.queue {
            m.mark_word(f.obj);
            m.mark_word(f.fnv);
        }
        m.drain();
        // What objects with finalizers reach stays alive (not the objects
        // themselves: gc's finalizer ordering) ...
        for f in &pacer.fins {
            m.mark_word(f.fnv);
            m.scan_object_of(f.obj);
        }
        m.drain();
        // ... and an unreachable one is resurrected until its finalizer
        // has run.
        let mut i = 0;
        while i < pacer.fins.len() {
            let f = pacer.fins[i];
            if m.is_marked(f.obj) {
                i += 1;
                continue;
            }
            m.mark_word(f.obj);
            pacer.queue.push(f);
            pacer.fins.swap_remove(i);
        }
        m.drain();
        drop(m);
        let t1 = crate::time::runtime_nano() as u64;
        cyc.mark_ns = t1 - t0;
        self.sweep();
        pacer.set_goal(self.stats.heap_marked);
        // Keep about 10% over the goal resident, as gc's scavenger does;
        // give the rest back to the OS.
        let goal = pacer.next_gc.saturating_add(pacer.next_gc / 10);
        let keep_pages = (goal.saturating_sub(self.heap_inuse()) / span::PAGE as u64) as usize;
        self.pages.scavenge(keep_pages);
        cyc.heap1 = cyc.heap0;
        cyc.heap2 = self.stats.heap_marked;
        let t2 = crate::time::runtime_nano() as u64;
        cyc.sweep_ns = t2 - t1;
        let st = &mut self.stats;
        let pause = t2 - t0;
        st.pause_ns[st.num_gc as usize % 256] = pause;
        st.pause_end[st.num_gc as usize % 256] = crate::time::unix_nano() as u64;
        st.last_gc_unix_ns = crate::time::unix_nano() as u64;
        st.pause_total_ns += pause;
        st.num_gc += 1;
        self.last = cyc;
        cyc
    }

    /// Frees unmarked objects; marked ones become the allocated ones.
    fn sweep(&mut self) {
        for l in &mut self.partial {
            l.clear();
        }
        let mut marked = 0u64;
        let mut kept = Vec::with_capacity(self.spans.len());
        let spans = core::mem::take(&mut self.spans);
        for s in spans {
            // SAFETY: live spans.
            let sp = unsafe { &mut *s };
            let count: usize = sp.mark_bits.iter().map(|w| w.count_ones() as usize).sum();
            self.stats.frees += (sp.alloc_count - count) as u64;
            if count == 0 {
                self.free_span(s);
                continue;
            }
            marked += (count * sp.elem) as u64;
            sp.reset_after_sweep(count);
            if count < sp.nelems {
                self.partial[sp.spc].push(s);
            }
            kept.push(s);
        }
        self.spans = kept;
        self.stats.heap_marked = marked;
        self.stats.heap_live = marked;
    }

    /// Unit-test shorthands: allocation without collection.
    #[cfg(test)]
    pub fn alloc(
        &mut self,
        size: usize,
        noscan: bool,
        roots: Option<&mut dyn FnMut(&mut Marker)>,
    ) -> *mut u8 {
        let mut p = Pacer::new();
        p.auto = roots.is_some();
        self.alloc_slow(&mut p, size, core::ptr::null(), noscan, roots)
    }

    #[cfg(test)]
    pub fn alloc_typed(&mut self, size: usize, typ: &Type) -> *mut u8 {
        let mut p = Pacer::new();
        p.auto = false;
        self.alloc_slow(&mut p, size, typ, !typ.has_pointers(), None)
    }

    #[cfg(test)]
    pub fn collect_for_test(&mut self, roots: &mut dyn FnMut(&mut Marker)) {
        let mut p = Pacer::new();
        self.collect(&mut p, roots);
    }
}

/// Marks objects reachable from the words it is shown.
pub struct Marker<'a> {
    heap: &'a Heap,
    /// Marked objects whose words are still to be scanned.
    stack: Vec<(*mut Span, usize)>,
}

impl Marker<'_> {
    /// Treats every aligned word in `[lo, hi)` as a possible pointer.
    pub fn scan_range(&mut self, lo: usize, hi: usize) {
        let mut p = (lo + 7) & !7;
        while p + 8 <= hi {
            // SAFETY: the caller passes readable memory.
            let w = unsafe { *(p as *const usize) };
            self.mark_word(w);
            p += 8;
        }
    }

    /// Marks the object `w` points into, if any.
    #[inline(always)]
    pub fn mark_word(&mut self, w: usize) {
        let s = self.heap.span_of(w);
        if s.is_null() {
            return;
        }
        // SAFETY: a live span; the marker is the only user during a
        // collection.
        let sp = unsafe { &mut *s };
        let i = sp.index_of(w);
        if i >= sp.nelems || !sp.is_allocated(i) {
            return;
        }
        let (word, b) = (i / 64, 1u64 << (i % 64));
        if sp.mark_bits[word] & b != 0 {
            return;
        }
        sp.mark_bits[word] |= b;
        if !sp.noscan {
            self.stack.push((s, i));
        }
    }

    fn is_marked(&self, p: usize) -> bool {
        match self.heap.find(p) {
            // SAFETY: a live span.
            Some((s, i)) => span::bit(unsafe { &(*s).mark_bits }, i),
            None => true,
        }
    }

    /// Scans the words of the object at `p` without marking it.
    fn scan_object_of(&mut self, p: usize) {
        if let Some((s, i)) = self.heap.find(p) {
            // SAFETY: a live span.
            if unsafe { !(*s).noscan } {
                self.scan_object(s, i);
            }
        }
    }

    fn drain(&mut self) {
        while let Some((s, i)) = self.stack.pop() {
            self.scan_object(s, i);
        }
    }

    /// Follows the pointer words of object `i` of span `s`.
    fn scan_object(&mut self, s: *mut Span, i: usize) {
        // SAFETY: a live scan span (its bitmaps are not changed while
        // marking).
        let sp = unsafe { &*s };
        let p = sp.start + i * sp.elem;
        if sp.spc < 2 {
            self.scan_large(p, sp.large_size, sp.typ);
            return;
        }
        let w0 = i * sp.elem / 8;
        let end = w0 + sp.elem / 8;
        let mut w = w0;
        while w < end {
            let n = (end - w).min(64 - w % 64);
            let mut bits = sp.heap_bits[w / 64] >> (w % 64);
            if n < 64 {
                bits &= (1u64 << n) - 1;
            }
            while bits != 0 {
                let k = bits.trailing_zeros() as usize;
                bits &= bits - 1;
                // SAFETY: a word of the object.
                let v = unsafe { *((p + (w - w0 + k) * 8) as *const usize) };
                self.mark_word(v);
            }
            w += n;
        }
    }

    /// A large object: its type's pointer words, element by element, or
    /// every word when untyped.
    fn scan_large(&mut self, p: usize, size: usize, typ: *const Type) {
        // SAFETY: a non-null typ is a valid descriptor.
        let mask = unsafe { typ.as_ref() }.and_then(span::gc_mask);
        let Some((tw, mask)) = mask else {
            self.scan_range(p, p + size);
            return;
        };
        if tw == 0 {
            return;
        }
        let count = size / 8 / tw;
        for e in 0..count {
            let base = p + e * tw * 8;
            for (bi, &byte) in mask.iter().enumerate() {
                let mut b = byte;
                while b != 0 {
                    let k = b.trailing_zeros() as usize;
                    b &= b - 1;
                    // SAFETY: a pointer word of element e.
                    let v = unsafe { *((base + (bi * 8 + k) * 8) as *const usize) };
                    self.mark_word(v);
                }
            }
        }
    }
}

unsafe extern "C" {
    static __data_start: u8;
    static _end: u8;
}

/// A package variable of compiled code: `size` bytes at `addr` whose
/// pointer words are given by `gcdata` (`ptrdata` bytes of it; null when
/// there are none).
#[derive(Clone, Copy)]
struct Global {
    addr: usize,
    size: usize,
    ptrdata: usize,
    gcdata: *const u8,
}

/// The package variables, by address (empty in unit tests).
static GLOBALS: crate::util::Racy<Vec<Global>> = crate::util::Racy::new(Vec::new());

/// Reads the table of package variables that ssagen emits
/// (`{count, {addr, size, ptrdata, gcdata}...}`), before any Go code runs.
///
/// # Safety
/// `table` points at such a table.
pub unsafe fn set_globals(table: *const u64) {
    // SAFETY: per the contract.
    let n = unsafe { *table } as usize;
    let mut v: Vec<Global> = (0..n)
        .map(|i| {
            // SAFETY: entry i of the table.
            let e = unsafe { table.add(1 + 4 * i) };
            unsafe {
                Global {
                    addr: *e as usize,
                    size: *e.add(1) as usize,
                    ptrdata: *e.add(2) as usize,
                    gcdata: *e.add(3) as *const u8,
                }
            }
        })
        .collect();
    v.sort_unstable_by_key(|g| g.addr);
    // SAFETY: start-up, single-threaded.
    unsafe { *GLOBALS.get() = v };
}

/// The writable data segments: package variables precisely, by their
/// types' bitmaps (gc's `gcdata`/`gcbss`); everything else there (the
/// runtime's own statics, the C library's) conservatively.
fn scan_data_segments(m: &mut Marker) {
    // The linker-provided bounds of the writable data segments.
    let (lo, hi) = (&raw const __data_start as usize, &raw const _end as usize);
    // SAFETY: set before any Go code runs, never changed after.
    let globals = unsafe { &*GLOBALS.get() };
    let mut at = lo;
    for g in globals {
        if g.addr > at {
            m.scan_range(at, g.addr.min(hi));
        }
        for w in 0..g.ptrdata / 8 {
            // SAFETY: GCData has a bit per word of the PtrBytes prefix.
            if unsafe { *g.gcdata.add(w / 8) } & (1 << (w % 8)) != 0 {
                // SAFETY: a word of the variable.
                m.mark_word(unsafe { *((g.addr + 8 * w) as *const usize) });
            }
        }
        at = at.max(g.addr + g.size);
    }
    if at < hi {
        m.scan_range(at, hi);
    }
}
