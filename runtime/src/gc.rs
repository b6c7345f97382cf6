//! A conservative, non-moving mark-sweep collector (opt-in: `GOCC_GC=1`).
//!
//! Objects live in spans of 8 KB pages inside one reserved arena; small
//! objects are grouped by gc's size classes, large ones get their own span.
//! A collection marks everything reachable from the data and bss segments,
//! every goroutine's stack (and the `G` records, which hold goroutine
//! arguments) and the running goroutine's registers, treating any word that
//! points into an allocated object (interior pointers included) as a
//! reference; spans allocated as `noscan` (strings, pointer-free slices)
//! are marked but not scanned. Unmarked objects are zeroed and reused.
//! A collection starts when the memory allocated since the last one
//! exceeds the memory that survived it (gc's GOGC=100), at least 4 MB.

use crate::sys;
use crate::util::Racy;

const PAGE: usize = 8192;
const ARENA_SIZE: usize = 64 << 30;
const MAX_SMALL: usize = 32768;
const MIN_TRIGGER: usize = 4 << 20;

struct Span {
    start: usize,
    npages: usize,
    elem: usize,
    nelems: usize,
    noscan: bool,
    alloc: Vec<u64>,
    mark: Vec<u64>,
    nfree: usize,
    hint: usize,
}

impl Span {
    fn bit(v: &[u64], i: usize) -> bool {
        v[i / 64] & (1 << (i % 64)) != 0
    }
    fn set(v: &mut [u64], i: usize) {
        v[i / 64] |= 1 << (i % 64);
    }
    fn clear(v: &mut [u64], i: usize) {
        v[i / 64] &= !(1 << (i % 64));
    }
}

pub struct Heap {
    base: usize,
    /// Pages handed out so far (bump), and runs of freed pages.
    next_page: usize,
    free_runs: Vec<(usize, usize)>,
    /// Span of each page (null when free).
    page_map: *mut *mut Span,
    spans: Vec<*mut Span>,
    /// Spans with free slots, per (size class, noscan).
    partial: Vec<Vec<*mut Span>>,
    allocated_since: usize,
    trigger: usize,
    min_trigger: usize,
    /// `GOCC_GCSTRESS`: collect every `min_trigger` bytes, whatever the
    /// live heap (no pacing).
    stress: bool,
    pub collections: usize,
}

// Size classes shared with the slice growth rules.
fn class_of(size: usize) -> usize {
    crate::slice::SIZE_CLASSES.partition_point(|&c| (c as usize) < size)
}

fn class_size(c: usize) -> usize {
    crate::slice::SIZE_CLASSES[c] as usize
}

impl Heap {
    /// Reserves the arena (at `hint` when possible).
    pub fn new(hint: usize) -> Option<Heap> {
        let base = sys::map_zeroed(hint, ARENA_SIZE)? as usize;
        let npages = ARENA_SIZE / PAGE;
        let page_map = sys::map_zeroed(0, npages * 8)? as *mut *mut Span;
        let nclasses = crate::slice::SIZE_CLASSES.len();
        Some(Heap {
            base,
            next_page: 0,
            free_runs: Vec::new(),
            page_map,
            spans: Vec::new(),
            partial: (0..nclasses * 2).map(|_| Vec::new()).collect(),
            allocated_since: 0,
            trigger: MIN_TRIGGER,
            min_trigger: MIN_TRIGGER,
            stress: false,
            collections: 0,
        })
    }

    fn pages(&mut self, n: usize) -> usize {
        if let Some(i) = self.free_runs.iter().position(|&(_, len)| len >= n) {
            let (start, len) = self.free_runs[i];
            if len == n {
                self.free_runs.swap_remove(i);
            } else {
                self.free_runs[i] = (start + n, len - n);
            }
            return start;
        }
        let start = self.next_page;
        if (start + n) * PAGE > ARENA_SIZE {
            sys::write_all(sys::STDERR, b"fatal error: runtime: out of memory\n");
            sys::exit_process(2);
        }
        self.next_page += n;
        start
    }

    fn new_span(&mut self, elem: usize, npages: usize, noscan: bool) -> *mut Span {
        let first = self.pages(npages);
        let nelems = npages * PAGE / elem;
        let words = nelems.div_ceil(64);
        let s = Box::into_raw(Box::new(Span {
            start: self.base + first * PAGE,
            npages,
            elem,
            nelems,
            noscan,
            alloc: vec![0; words],
            mark: vec![0; words],
            nfree: nelems,
            hint: 0,
        }));
        for p in first..first + npages {
            // SAFETY: p < number of arena pages.
            unsafe { *self.page_map.add(p) = s };
        }
        self.spans.push(s);
        s
    }

    /// Allocates `size` zeroed bytes. `roots` scans extra roots when a
    /// collection runs (the goroutine stacks, in a running program).
    pub fn alloc(
        &mut self,
        size: usize,
        noscan: bool,
        roots: Option<&mut dyn FnMut(&mut Marker)>,
    ) -> *mut u8 {
        if self.allocated_since >= self.trigger
            && let Some(roots) = roots
        {
            self.collect(roots);
        }
        if size > MAX_SMALL {
            let npages = size.div_ceil(PAGE);
            let s = self.new_span(npages * PAGE, npages, noscan);
            // SAFETY: fresh span.
            unsafe {
                Span::set(&mut (*s).alloc, 0);
                (*s).nfree = 0;
                self.allocated_since += npages * PAGE;
                return (*s).start as *mut u8;
            }
        }
        let c = class_of(size.max(8));
        let list = c * 2 + noscan as usize;
        let s = match self.partial[list].last() {
            Some(&s) => s,
            None => {
                let elem = class_size(c);
                let npages = (elem * 8).div_ceil(PAGE).max(1);
                let s = self.new_span(elem, npages, noscan);
                self.partial[list].push(s);
                s
            }
        };
        // SAFETY: s is a live span with at least one free slot.
        unsafe {
            let sp = &mut *s;
            let mut i = sp.hint;
            while Span::bit(&sp.alloc, i) {
                i += 1;
            }
            Span::set(&mut sp.alloc, i);
            sp.hint = i + 1;
            sp.nfree -= 1;
            if sp.nfree == 0 {
                self.partial[list].pop();
            }
            self.allocated_since += sp.elem;
            (sp.start + i * sp.elem) as *mut u8
        }
    }

    /// The object containing address `w`, if any.
    fn find(&self, w: usize) -> Option<(*mut Span, usize)> {
        if w < self.base || w >= self.base + self.next_page * PAGE {
            return None;
        }
        // SAFETY: the page index is within the page map.
        let s = unsafe { *self.page_map.add((w - self.base) / PAGE) };
        if s.is_null() {
            return None;
        }
        // SAFETY: a live span.
        let sp = unsafe { &*s };
        let i = (w - sp.start) / sp.elem;
        (i < sp.nelems && Span::bit(&sp.alloc, i)).then_some((s, i))
    }

    pub fn collect(&mut self, roots: &mut dyn FnMut(&mut Marker)) {
        self.collections += 1;
        for &s in &self.spans {
            // SAFETY: live spans.
            unsafe { (*s).mark.fill(0) };
        }
        let mut m = Marker {
            heap: self,
            stack: Vec::new(),
        };
        scan_data_segments(&mut m);
        roots(&mut m);
        m.drain();
        self.sweep();
    }

    fn sweep(&mut self) {
        let mut live = 0;
        for l in &mut self.partial {
            l.clear();
        }
        let mut kept = Vec::with_capacity(self.spans.len());
        for &s in &self.spans {
            // SAFETY: live spans; freed objects are zeroed for reuse.
            let sp = unsafe { &mut *s };
            for i in 0..sp.nelems {
                if Span::bit(&sp.alloc, i) && !Span::bit(&sp.mark, i) {
                    Span::clear(&mut sp.alloc, i);
                    // SAFETY: the object's memory belongs to the span.
                    unsafe {
                        core::ptr::write_bytes((sp.start + i * sp.elem) as *mut u8, 0, sp.elem)
                    };
                    sp.nfree += 1;
                }
            }
            let used = sp.nelems - sp.nfree;
            if used == 0 {
                // Give the pages back: zeroed again when reused.
                let first = (sp.start - self.base) / PAGE;
                for p in first..first + sp.npages {
                    // SAFETY: within the page map.
                    unsafe { *self.page_map.add(p) = core::ptr::null_mut() };
                }
                self.free_runs.push((first, sp.npages));
                // SAFETY: allocated by Box::into_raw in new_span.
                drop(unsafe { Box::from_raw(s) });
                continue;
            }
            live += used * sp.elem;
            sp.hint = 0;
            if sp.nfree > 0 && sp.elem <= MAX_SMALL {
                let list = class_of(sp.elem) * 2 + sp.noscan as usize;
                self.partial[list].push(s);
            }
            kept.push(s);
        }
        self.spans = kept;
        self.allocated_since = 0;
        self.trigger = if self.stress {
            self.min_trigger
        } else {
            live.max(self.min_trigger)
        };
    }
}

/// Marks objects reachable from the words it is shown.
pub struct Marker<'a> {
    heap: &'a Heap,
    stack: Vec<(usize, usize)>,
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

    pub fn mark_word(&mut self, w: usize) {
        if let Some((s, i)) = self.heap.find(w) {
            // SAFETY: a live span.
            let sp = unsafe { &mut *s };
            if !Span::bit(&sp.mark, i) {
                Span::set(&mut sp.mark, i);
                if !sp.noscan {
                    self.stack.push((sp.start + i * sp.elem, sp.elem));
                }
            }
        }
    }

    fn drain(&mut self) {
        while let Some((p, n)) = self.stack.pop() {
            self.scan_range(p, p + n);
        }
    }
}

unsafe extern "C" {
    static __data_start: u8;
    static _end: u8;
}

/// Package variables (compiled code's .data/.bss) and the runtime's own
/// statics.
fn scan_data_segments(m: &mut Marker) {
    // The linker-provided bounds of the writable data segments.
    let (lo, hi) = (&raw const __data_start as usize, &raw const _end as usize);
    m.scan_range(lo, hi);
}

// Spills the callee-saved registers onto the stack and calls
// `f(ctx, sp)` with the resulting stack pointer, so that pointers held
// only in registers are seen by the stack scan.
core::arch::global_asm!(
    ".text",
    ".p2align 4",
    ".globl gocc_rt_with_spilled_regs",
    "gocc_rt_with_spilled_regs:",
    "push rbp",
    "mov rbp, rsp",
    "push rbx",
    "push r12",
    "push r13",
    "push r14",
    "push r15",
    "sub rsp, 8",
    "mov rax, rsi",
    "mov rsi, rsp",
    "call rax",
    "add rsp, 8",
    "pop r15",
    "pop r14",
    "pop r13",
    "pop r12",
    "pop rbx",
    "pop rbp",
    "ret",
);

unsafe extern "C" {
    fn gocc_rt_with_spilled_regs(ctx: *mut u8, f: extern "C" fn(*mut u8, usize));
}

/// Calls `f` with the current stack pointer after spilling registers.
pub fn with_spilled_registers(f: &mut dyn FnMut(usize)) {
    extern "C" fn tramp(ctx: *mut u8, sp: usize) {
        // SAFETY: ctx is the `&mut &mut dyn FnMut` passed below.
        let f = unsafe { &mut *(ctx as *mut &mut dyn FnMut(usize)) };
        f(sp);
    }
    let mut f = f;
    // SAFETY: the trampoline only calls back into `f`.
    unsafe { gocc_rt_with_spilled_regs((&raw mut f).cast(), tramp) };
}

static HEAP: Racy<Option<Heap>> = Racy::new(None);

/// Turns the collector on (before any Go code runs). `stress` collects
/// every 32 KB of allocation, to shake out missing roots;
/// `GOCC_GCSTRESS=N` in the environment collects every N KB.
pub fn enable(stress: bool) -> bool {
    let mut h = Heap::new(0xc0_0000_0000);
    let stress_kb = std::env::var("GOCC_GCSTRESS")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
        .filter(|&n| n > 0)
        .or(stress.then_some(32));
    if let Some(h) = h.as_mut() {
        h.min_trigger = stress_kb.map_or(MIN_TRIGGER, |n| n << 10);
        h.stress = stress_kb.is_some();
        h.trigger = h.min_trigger;
    }
    // SAFETY: single-threaded start-up.
    unsafe { *HEAP.get() = h };
    enabled()
}

pub fn enabled() -> bool {
    // SAFETY: single-threaded.
    unsafe { (*HEAP.get()).is_some() }
}

/// Allocation through the collected heap (see [`enable`]).
pub fn alloc(size: usize, noscan: bool) -> *mut u8 {
    // SAFETY: single-threaded; the heap is not re-entered from the roots
    // callback (it only reads memory).
    let heap = unsafe { (*HEAP.get()).as_mut() };
    let Some(h) = heap else {
        return core::ptr::null_mut();
    };
    // Only collect on a goroutine stack (not, say, on the signal stack).
    let here = 0u8;
    let sp = &raw const here as usize;
    let g = crate::entry::getg();
    // SAFETY: the running goroutine.
    let on_stack = unsafe { (*g).stack_lo <= sp && sp < (*g).stack_hi };
    if on_stack {
        h.alloc(size, noscan, Some(&mut scan_goroutines))
    } else {
        h.alloc(size, noscan, None)
    }
}

/// Scanners of runtime structures outside the collected heap (allocated
/// by Rust's allocator) that may hold the only reference to a Go object,
/// such as the scheduler's timer heap. Registered once each, at start-up.
static ROOT_SCANNERS: Racy<[Option<RootScanner>; 8]> = Racy::new([None; 8]);

/// Shows the collector the Go pointers of one runtime structure.
pub type RootScanner = fn(&mut Marker);

/// Adds `f` to the roots every collection scans (a second registration of
/// the same `f` is ignored).
pub fn add_root_scanner(f: RootScanner) {
    // SAFETY: single-threaded.
    let scanners = unsafe { &mut *ROOT_SCANNERS.get() };
    if scanners.iter().flatten().any(|&g| g as usize == f as usize) {
        return;
    }
    match scanners.iter_mut().find(|s| s.is_none()) {
        Some(slot) => *slot = Some(f),
        None => crate::panic::throw("runtime: too many root scanners"),
    }
}

/// Roots of a running program: the running goroutine's stack and
/// registers, every other goroutine's saved stack, the G records, and
/// what the registered root scanners show.
fn scan_goroutines(m: &mut Marker) {
    // SAFETY: single-threaded; the array is not changed while scanning.
    for f in unsafe { *ROOT_SCANNERS.get() }.into_iter().flatten() {
        f(m);
    }
    let cur = crate::entry::getg();
    with_spilled_registers(&mut |sp| {
        // SAFETY: the running goroutine's stack is live from sp up.
        let hi = unsafe { (*cur).stack_hi };
        if hi > sp {
            m.scan_range(sp, hi);
        }
    });
    crate::sched::for_each_g(&mut |g| {
        // SAFETY: G records are live; parked stacks are intact.
        unsafe {
            m.scan_range(
                g as usize,
                g as usize + core::mem::size_of::<crate::entry::G>(),
            );
            if g != cur && (*g).stack_hi > (*g).sched.rsp && (*g).sched.rsp != 0 {
                m.scan_range((*g).sched.rsp, (*g).stack_hi);
            }
        }
    });
}

/// [`scan_goroutines`] for tests driving a private heap from a test
/// thread, whose own stack is not a goroutine stack and is not scanned.
#[cfg(test)]
pub fn scan_goroutines_for_test(m: &mut Marker) {
    scan_goroutines(m);
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
        h.collect(&mut |m| m.mark_word(root));
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
        h.collect(&mut |m| {
            m.mark_word(root);
            m.mark_word(inner);
        });
        assert!(h.find(small as usize).is_some());
        assert!(h.find(big as usize).is_none());
        assert!(h.spans.len() < spans_before);
    }

    #[test]
    fn register_spill_sees_sp() {
        let mut seen = 0;
        with_spilled_registers(&mut |sp| seen = sp);
        let here = 0u8;
        assert!(seen != 0 && seen < &raw const here as usize + 4096);
    }
}
