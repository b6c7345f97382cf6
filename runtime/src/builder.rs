//! `strings.Builder`, gc's layout `{addr *Builder, buf []byte}` (32 bytes,
//! zero value ready). Appends grow the buffer like `append` does, and
//! `String()` shares the bytes, as in Go.

use crate::errors::{ErrorValue, NIL_ERROR};
use crate::panic::panic_string;
use crate::slice::growslice;
use crate::traceback::go_entry;
use crate::types::{GoString, Slice};
use crate::utf8;

go_entry!("strings.(*Builder).WriteString", write_string);
go_entry!("strings.(*Builder).WriteByte", write_byte);
go_entry!("strings.(*Builder).WriteRune", write_rune);
go_entry!("strings.(*Builder).Write", write);
go_entry!("strings.(*Builder).Grow", grow);

#[repr(C)]
pub struct Builder {
    addr: *mut Builder,
    buf: Slice,
}

/// `(n int, err error)`.
#[repr(C)]
pub struct WriteResult {
    pub n: i64,
    pub err: ErrorValue,
}

/// gc's copy check: a Builder must not be used after being copied.
fn check(b: *mut Builder) -> &'static mut Builder {
    // SAFETY: a live Builder from compiled code.
    let r = unsafe { &mut *b };
    if r.addr.is_null() {
        r.addr = b;
    } else if r.addr != b {
        panic_string("strings: illegal use of non-zero Builder copied by value");
    }
    r
}

fn append(b: &mut Builder, bytes: &[u8]) {
    let (len, cap) = (b.buf.len, b.buf.cap);
    let need = len + bytes.len() as i64;
    if need > cap {
        let mut out = Slice {
            ptr: core::ptr::null_mut(),
            len: 0,
            cap: 0,
        };
        growslice(&mut out, b.buf.ptr, len, cap, need, 1, core::ptr::null());
        b.buf = out;
    }
    // SAFETY: the buffer has room for `need` bytes.
    unsafe {
        core::ptr::copy_nonoverlapping(bytes.as_ptr(), b.buf.ptr.add(len as usize), bytes.len())
    };
    b.buf.len = need;
}

fn done(out: *mut WriteResult, n: usize) {
    if !out.is_null() {
        // SAFETY: the caller's result buffer.
        unsafe {
            *out = WriteResult {
                n: n as i64,
                err: NIL_ERROR,
            }
        };
    }
}

/// `(*strings.Builder).WriteString(s string) (int, error)`.
pub extern "C" fn write_string(out: *mut WriteResult, b: *mut Builder, p: *const u8, n: i64) {
    // SAFETY: a valid string.
    let s = unsafe { GoString { ptr: p, len: n }.bytes() };
    append(check(b), s);
    done(out, s.len());
}

/// `(*strings.Builder).Write(p []byte) (int, error)`.
pub extern "C" fn write(out: *mut WriteResult, b: *mut Builder, p: *const u8, n: i64, _cap: i64) {
    write_string(out, b, p, n);
}

/// `(*strings.Builder).WriteByte(c byte) error`.
pub extern "C" fn write_byte(b: *mut Builder, c: u8) -> ErrorValue {
    append(check(b), &[c]);
    NIL_ERROR
}

/// `(*strings.Builder).WriteRune(r rune) (int, error)`.
pub extern "C" fn write_rune(out: *mut WriteResult, b: *mut Builder, r: i32) {
    let mut tmp = Vec::with_capacity(4);
    utf8::push_rune(&mut tmp, r as u32);
    append(check(b), &tmp);
    done(out, tmp.len());
}

/// `(*strings.Builder).String() string`: shares the bytes.
#[unsafe(export_name = "strings.(*Builder).String")]
pub extern "C" fn string(b: *const Builder) -> GoString {
    // SAFETY: a live Builder.
    let r = unsafe { &*b };
    GoString {
        ptr: r.buf.ptr,
        len: r.buf.len,
    }
}

/// `(*strings.Builder).Len() int`.
#[unsafe(export_name = "strings.(*Builder).Len")]
pub extern "C" fn len(b: *const Builder) -> i64 {
    // SAFETY: a live Builder.
    unsafe { (*b).buf.len }
}

/// `(*strings.Builder).Cap() int`.
#[unsafe(export_name = "strings.(*Builder).Cap")]
pub extern "C" fn cap(b: *const Builder) -> i64 {
    // SAFETY: a live Builder.
    unsafe { (*b).buf.cap }
}

/// `(*strings.Builder).Reset()`.
#[unsafe(export_name = "strings.(*Builder).Reset")]
pub extern "C" fn reset(b: *mut Builder) {
    // SAFETY: a live Builder.
    unsafe {
        (*b).addr = core::ptr::null_mut();
        (*b).buf = Slice {
            ptr: core::ptr::null_mut(),
            len: 0,
            cap: 0,
        };
    }
}

/// `(*strings.Builder).Grow(n int)`: room for `n` more bytes.
pub extern "C" fn grow(b: *mut Builder, n: i64) {
    let r = check(b);
    if n < 0 {
        panic_string("strings.Builder.Grow: negative count");
    }
    if r.buf.cap - r.buf.len < n {
        // gc: a new buffer of 2*cap + n bytes, rounded to a size class.
        let newcap = crate::slice::roundupsize((2 * r.buf.cap + n) as usize, true) as i64;
        let p = crate::malloc::alloc_noscan(newcap as usize);
        // SAFETY: copies the live bytes into the larger buffer.
        unsafe { core::ptr::copy_nonoverlapping(r.buf.ptr, p, r.buf.len as usize) };
        r.buf = Slice {
            ptr: p,
            len: r.buf.len,
            cap: newcap,
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_like_gc() {
        // SAFETY: the zero Builder is valid.
        let mut b: Builder = unsafe { core::mem::zeroed() };
        let mut caps = Vec::new();
        for i in 0..40 {
            let s = if i % 2 == 0 { "ab" } else { "c" };
            write_string(core::ptr::null_mut(), &mut b, s.as_ptr(), s.len() as i64);
            caps.push(cap(&b));
        }
        write_byte(&mut b, b'!');
        write_rune(core::ptr::null_mut(), &mut b, 'é' as i32);
        let s = string(&b);
        // SAFETY: the builder's bytes.
        let text = String::from_utf8(unsafe { s.bytes() }.to_vec()).unwrap();
        assert_eq!(text, format!("{}!é", "abc".repeat(20)));
        caps.dedup();
        // Capacities printed by go1.26.8 for the same writes.
        assert_eq!(caps, [8, 16, 32, 64]);
        grow(&mut b, 100);
        assert_eq!(cap(&b), 240);
        reset(&mut b);
        assert_eq!(len(&b), 0);
    }
}
