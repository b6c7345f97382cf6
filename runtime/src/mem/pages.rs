//! The page heap (gc's `mheap` page allocator and scavenger): 8 KB pages
//! of one reserved arena, handed out in runs to spans. Pages never used
//! come from the arena's untouched end and are known to be zero; freed
//! runs are kept, coalesced, in an ordered map, with a count of their
//! pages that may hold old data ("dirty"). The scavenger gives dirty free
//! pages back to the OS with `madvise(MADV_DONTNEED)`, after which they
//! read as zero again, so reusing them needs no clearing either.

use super::span::PAGE;
use std::collections::BTreeMap;

unsafe extern "C" {
    fn madvise(addr: *mut core::ffi::c_void, len: usize, advice: i32) -> i32;
}

const MADV_DONTNEED: i32 = 4;

#[derive(Clone, Copy)]
struct Run {
    len: usize,
    /// Pages of the run that may hold data (not known zero).
    dirty: usize,
}

pub struct Pages {
    pub base: usize,
    /// Pages in the arena.
    limit: usize,
    /// Pages below this were handed out at some point.
    pub high: usize,
    free: BTreeMap<usize, Run>,
    /// Pages in use by spans.
    pub in_use: usize,
    /// Dirty pages in `free`.
    pub dirty: usize,
    /// Bytes given back to the OS in total (for `HeapReleased`).
    pub released: usize,
}

impl Pages {
    pub fn new(base: usize, limit: usize) -> Pages {
        Pages {
            base,
            limit,
            high: 0,
            free: BTreeMap::new(),
            in_use: 0,
            dirty: 0,
            released: 0,
        }
    }

    /// A run of `n` pages: its first page and whether it may hold old
    /// data. None when the arena is exhausted.
    pub fn alloc(&mut self, n: usize) -> Option<(usize, bool)> {
        // First fit, lowest address first (keeps the heap compact).
        let found = self
            .free
            .iter()
            .find(|(_, r)| r.len >= n)
            .map(|(&s, &r)| (s, r));
        self.in_use += n;
        if let Some((start, r)) = found {
            self.free.remove(&start);
            if r.len > n {
                // The dirty pages cannot be told apart: both parts keep the
                // count (capped by their length) so zeroing stays correct.
                let rest = Run {
                    len: r.len - n,
                    dirty: r.dirty.min(r.len - n),
                };
                self.dirty -= r.dirty;
                self.dirty += rest.dirty;
                self.free.insert(start + n, rest);
            } else {
                self.dirty -= r.dirty;
            }
            return Some((start, r.dirty > 0));
        }
        if self.high + n > self.limit {
            self.in_use -= n;
            return None;
        }
        let start = self.high;
        self.high += n;
        Some((start, false))
    }

    /// Gives back the run `[start, start + n)` (its pages are dirty).
    pub fn free(&mut self, start: usize, n: usize) {
        self.in_use -= n;
        self.dirty += n;
        let mut run = Run { len: n, dirty: n };
        let mut start = start;
        if let Some((&ps, &pr)) = self.free.range(..start).next_back()
            && ps + pr.len == start
        {
            self.free.remove(&ps);
            start = ps;
            run.len += pr.len;
            run.dirty += pr.dirty;
        }
        if let Some(&nr) = self.free.get(&(start + run.len)) {
            self.free.remove(&(start + run.len));
            run.len += nr.len;
            run.dirty += nr.dirty;
        }
        self.free.insert(start, run);
    }

    /// Returns dirty free pages to the OS, highest addresses first, until
    /// at most `keep` dirty pages remain.
    pub fn scavenge(&mut self, keep: usize) {
        if self.dirty <= keep {
            return;
        }
        let starts: Vec<usize> = self
            .free
            .iter()
            .rev()
            .filter(|(_, r)| r.dirty > 0)
            .map(|(&s, _)| s)
            .collect();
        for s in starts {
            if self.dirty <= keep {
                break;
            }
            let Some(r) = self.free.get_mut(&s) else {
                continue;
            };
            let addr = self.base + s * PAGE;
            // SAFETY: a free run of the arena: nothing lives there.
            if unsafe { madvise(addr as *mut _, r.len * PAGE, MADV_DONTNEED) } == 0 {
                self.dirty -= r.dirty;
                self.released += r.dirty * PAGE;
                r.dirty = 0;
            }
        }
    }

    /// Bytes of free pages (dirty or not) below the high-water mark.
    pub fn free_bytes(&self) -> usize {
        (self.high - self.in_use) * PAGE
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reuse_coalesce_scavenge() {
        let base = crate::sys::map_zeroed(0, 64 * PAGE).unwrap() as usize;
        let mut p = Pages::new(base, 64);
        let (a, da) = p.alloc(2).unwrap();
        let (b, _) = p.alloc(3).unwrap();
        let (c, _) = p.alloc(1).unwrap();
        assert_eq!((a, b, c, da), (0, 2, 5, false));
        p.free(a, 2);
        p.free(b, 3);
        assert_eq!(p.dirty, 5);
        // Coalesced: a 4-page run fits at 0 and is dirty.
        assert_eq!(p.alloc(4), Some((0, true)));
        p.free(0, 4);
        // SAFETY: page 0 is ours.
        unsafe { *(base as *mut u64) = 7 };
        p.scavenge(0);
        assert_eq!(p.dirty, 0);
        // SAFETY: as above; MADV_DONTNEED zeroed it.
        assert_eq!(unsafe { *(base as *const u64) }, 0);
        assert_eq!(p.alloc(5), Some((0, false)));
    }
}
