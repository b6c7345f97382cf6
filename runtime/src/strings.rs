//! String operations and conversions used by compiled code.

use crate::malloc::{alloc_copy, alloc_noscan};
use crate::slice::roundupsize;
use crate::types::{GoString, Slice};
use crate::utf8;

/// Makes a Go string from runtime-built bytes (copied to the Go heap).
pub fn gostring(b: &[u8]) -> GoString {
    if b.is_empty() {
        return GoString::EMPTY;
    }
    GoString {
        ptr: alloc_copy(b),
        len: b.len() as i64,
    }
}

/// `runtime.concatstrings(a *[n]string, n) -> string`.
#[unsafe(export_name = "runtime.concatstrings")]
pub extern "C" fn concatstrings(a: *const GoString, n: i64) -> GoString {
    if a.is_null() || n <= 0 {
        return GoString::EMPTY;
    }
    // SAFETY: compiled code passes an array of n strings.
    let parts = unsafe { core::slice::from_raw_parts(a, n as usize) };
    let mut total = 0i64;
    let mut count = 0;
    let mut only = GoString::EMPTY;
    for s in parts.iter().filter(|s| s.len > 0) {
        total += s.len;
        count += 1;
        only = *s;
    }
    match count {
        0 => GoString::EMPTY,
        // A single non-empty operand is returned as is, as gc does.
        1 => only,
        _ => {
            let p = alloc_noscan(total as usize);
            let mut off = 0usize;
            for s in parts {
                // SAFETY: each part is a valid string; p has room for all.
                unsafe {
                    let b = s.bytes();
                    core::ptr::copy_nonoverlapping(b.as_ptr(), p.add(off), b.len());
                    off += b.len();
                }
            }
            GoString { ptr: p, len: total }
        }
    }
}

/// `runtime.cmpstring(a, b string) -> int`.
#[unsafe(export_name = "runtime.cmpstring")]
pub extern "C" fn cmpstring(ap: *const u8, al: i64, bp: *const u8, bl: i64) -> i64 {
    // SAFETY: valid strings from compiled code.
    let (a, b) = unsafe {
        (
            GoString { ptr: ap, len: al }.bytes(),
            GoString { ptr: bp, len: bl }.bytes(),
        )
    };
    match a.cmp(b) {
        core::cmp::Ordering::Less => -1,
        core::cmp::Ordering::Equal => 0,
        core::cmp::Ordering::Greater => 1,
    }
}

/// `runtime.intstring(v int64) -> string`: `string(rune(v))`.
#[unsafe(export_name = "runtime.intstring")]
pub extern "C" fn intstring(v: i64) -> GoString {
    let r = if v < 0 || v > u32::MAX as i64 {
        utf8::RUNE_ERROR
    } else {
        v as u32
    };
    let mut b = Vec::with_capacity(4);
    utf8::push_rune(&mut b, r);
    gostring(&b)
}

/// `runtime.slicebytetostring(ptr, len) -> string` (copies).
#[unsafe(export_name = "runtime.slicebytetostring")]
pub extern "C" fn slicebytetostring(p: *const u8, n: i64) -> GoString {
    // SAFETY: valid byte slice from compiled code.
    gostring(unsafe { GoString { ptr: p, len: n }.bytes() })
}

/// `runtime.stringtoslicebyte(out *[]byte, buf *[32]byte, s string)`: gc's
/// stringtoslicebyte. With a frame buffer (`buf` non-null: the conversion
/// does not escape) and at most 32 bytes, the result is `buf[:len(s)]`
/// (cap 32); otherwise a heap copy whose capacity is the malloc size
/// class (rawbyteslice).
#[unsafe(export_name = "runtime.stringtoslicebyte")]
pub extern "C" fn stringtoslicebyte(out: *mut Slice, buf: *mut u8, p: *const u8, n: i64) {
    // SAFETY: valid string.
    let b = unsafe { GoString { ptr: p, len: n }.bytes() };
    let (dst, cap) = if !buf.is_null() && b.len() <= TMP_STRING_BUF_SIZE {
        // SAFETY: buf is the caller's 32-byte frame buffer.
        unsafe { core::ptr::write_bytes(buf, 0, TMP_STRING_BUF_SIZE) };
        (buf, TMP_STRING_BUF_SIZE)
    } else if b.is_empty() {
        (alloc_noscan(0), 0)
    } else {
        let cap = roundupsize(b.len(), true);
        (alloc_noscan(cap), cap)
    };
    // SAFETY: dst has cap >= len bytes; out is a caller buffer.
    unsafe {
        core::ptr::copy_nonoverlapping(b.as_ptr(), dst, b.len());
        *out = Slice {
            ptr: dst,
            len: b.len() as i64,
            cap: cap as i64,
        };
    }
}

/// gc's `tmpStringBufSize`: the elements of the frame buffer a
/// non-escaping string conversion may use.
const TMP_STRING_BUF_SIZE: usize = 32;

/// `runtime.stringtoslicerune(out *[]rune, buf *[32]rune, s string)`: gc's
/// stringtoslicerune, with the same frame-buffer rule as
/// `stringtoslicebyte` (32 runes).
#[unsafe(export_name = "runtime.stringtoslicerune")]
pub extern "C" fn stringtoslicerune(out: *mut Slice, buf: *mut i32, p: *const u8, n: i64) {
    // SAFETY: valid string.
    let b = unsafe { GoString { ptr: p, len: n }.bytes() };
    let count = utf8::rune_count(b);
    let (dst, cap) = if !buf.is_null() && count <= TMP_STRING_BUF_SIZE {
        // SAFETY: buf is the caller's 32-rune frame buffer.
        unsafe { core::ptr::write_bytes(buf, 0, TMP_STRING_BUF_SIZE) };
        (buf, TMP_STRING_BUF_SIZE)
    } else {
        let cap = if count == 0 {
            0
        } else {
            roundupsize(count * 4, true) / 4
        };
        (alloc_noscan(cap * 4) as *mut i32, cap)
    };
    let mut i = 0;
    let mut k = 0;
    while i < b.len() {
        let (r, w) = utf8::decode(&b[i..]);
        // SAFETY: k < count <= cap.
        unsafe { *dst.add(k) = r as i32 };
        k += 1;
        i += w;
    }
    // SAFETY: caller buffer.
    unsafe {
        *out = Slice {
            ptr: dst.cast(),
            len: count as i64,
            cap: cap as i64,
        }
    };
}

/// `runtime.slicerunetostring(ptr, len) -> string`.
#[unsafe(export_name = "runtime.slicerunetostring")]
pub extern "C" fn slicerunetostring(p: *const i32, n: i64) -> GoString {
    if p.is_null() || n <= 0 {
        return GoString::EMPTY;
    }
    // SAFETY: valid []rune.
    let runes = unsafe { core::slice::from_raw_parts(p, n as usize) };
    let mut b = Vec::with_capacity(runes.len());
    for &r in runes {
        utf8::push_rune(&mut b, r as u32);
    }
    gostring(&b)
}

/// Result of `decoderune`: the rune and the index after it.
#[repr(C)]
pub struct RunePos {
    pub r: i64,
    pub next: i64,
}

/// `runtime.decoderune(s string, k int) -> (rune, next int)`: decodes the
/// rune starting at byte `k` (for `range` over strings).
#[unsafe(export_name = "runtime.decoderune")]
pub extern "C" fn decoderune(p: *const u8, n: i64, k: i64) -> RunePos {
    // SAFETY: valid string.
    let b = unsafe { GoString { ptr: p, len: n }.bytes() };
    if k < 0 || k as usize >= b.len() {
        return RunePos {
            r: utf8::RUNE_ERROR as i64,
            next: k + 1,
        };
    }
    let (r, w) = utf8::decode(&b[k as usize..]);
    RunePos {
        r: r as i64,
        next: k + w as i64,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(g: GoString) -> Vec<u8> {
        // SAFETY: runtime-made string.
        unsafe { g.bytes() }.to_vec()
    }

    #[test]
    fn conversions() {
        assert_eq!(s(intstring(0x4e16)), "世".as_bytes());
        assert_eq!(s(intstring(0xd800)), "\u{fffd}".as_bytes());
        assert_eq!(s(intstring(-1)), "\u{fffd}".as_bytes());
        assert_eq!(s(intstring(0x110000)), "\u{fffd}".as_bytes());
        assert_eq!(s(intstring(1 << 32 | 65)), "\u{fffd}".as_bytes());
        let parts = [
            GoString::from_static("ab"),
            GoString::EMPTY,
            GoString::from_static("cd"),
        ];
        assert_eq!(s(concatstrings(parts.as_ptr(), 3)), b"abcd");
        let d = decoderune(b"\xffa".as_ptr(), 2, 0);
        assert_eq!((d.r, d.next), (0xfffd, 1));
        let e = "é".as_bytes();
        let d = decoderune(e.as_ptr(), 2, 0);
        assert_eq!((d.r, d.next), (0xe9, 2));
        assert_eq!(cmpstring(b"a".as_ptr(), 1, b"ab".as_ptr(), 2), -1);
        let mut out = Slice {
            ptr: core::ptr::null_mut(),
            len: 0,
            cap: 0,
        };
        stringtoslicebyte(&mut out, core::ptr::null_mut(), b"hello".as_ptr(), 5);
        assert_eq!((out.len, out.cap), (5, 8));
        stringtoslicerune(&mut out, core::ptr::null_mut(), "héllo".as_ptr(), 6);
        assert_eq!((out.len, out.cap), (5, 6));
        let mut buf = [1u8; 32];
        stringtoslicebyte(&mut out, buf.as_mut_ptr(), b"hello".as_ptr(), 5);
        assert_eq!((out.len, out.cap, buf[5]), (5, 32, 0));
        let mut rbuf = [1i32; 32];
        stringtoslicerune(&mut out, rbuf.as_mut_ptr(), "héllo".as_ptr(), 6);
        assert_eq!((out.len, out.cap, rbuf[1]), (5, 32, 0xe9));
        let runes = [104i32, 0xe9, -1];
        assert_eq!(
            s(slicerunetostring(runes.as_ptr(), 3)),
            "hé\u{fffd}".as_bytes()
        );
    }
}
