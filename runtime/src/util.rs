//! Small helpers shared by the runtime modules.

use core::cell::UnsafeCell;

/// Global mutable state of the runtime. gocc programs run Go code on one OS
/// thread (goroutines, when they come, are switched by the runtime on that
/// thread), so unsynchronised access is sound as long as no reference
/// obtained from `get` is held across a call that may re-enter the same cell.
#[repr(transparent)]
pub struct Racy<T>(UnsafeCell<T>);

// SAFETY: see the type's comment: one OS thread runs all Go code.
unsafe impl<T> Sync for Racy<T> {}

impl<T> Racy<T> {
    pub const fn new(v: T) -> Self {
        Racy(UnsafeCell::new(v))
    }
    pub fn get(&self) -> *mut T {
        self.0.get()
    }
}

/// Appends the decimal form of `v`.
pub fn push_uint(out: &mut Vec<u8>, mut v: u64) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    out.extend_from_slice(&buf[i..]);
}

/// Appends the decimal form of `v`.
pub fn push_int(out: &mut Vec<u8>, v: i64) {
    if v < 0 {
        out.push(b'-');
    }
    push_uint(out, v.unsigned_abs());
}

/// Appends `0x` and the lower-case hex digits of `v` (runtime `printhex`).
pub fn push_hex(out: &mut Vec<u8>, v: u64) {
    const DIG: &[u8; 16] = b"0123456789abcdef";
    let mut buf = [0u8; 16];
    let mut i = buf.len();
    let mut v = v;
    loop {
        i -= 1;
        buf[i] = DIG[(v & 15) as usize];
        v >>= 4;
        if v == 0 {
            break;
        }
    }
    out.extend_from_slice(b"0x");
    out.extend_from_slice(&buf[i..]);
}

/// FNV-1a, the hash stored in type descriptors.
pub const fn fnv1a(s: &[u8]) -> u32 {
    let mut h: u32 = 0x811c9dc5;
    let mut i = 0;
    while i < s.len() {
        h ^= s[i] as u32;
        h = h.wrapping_mul(0x01000193);
        i += 1;
    }
    h
}
