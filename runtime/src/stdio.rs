//! Reading the standard streams for package bufio (written in Go,
//! crates/gocc/std/bufio.go): `os.(*File).Read` and `io.EOF`. bufio's
//! Scanner reads through the `io.Reader` interface; for an `*os.File` the
//! itab's adapter lands here (docs/abi.md).

use core::ffi::c_void;
use core::ptr;

use crate::errors::{ERROR_STRING_ITAB, ErrorRec, ErrorValue, NIL_ERROR};
use crate::os::{File, file_fd};
use crate::types::{Eface, GoString};
use crate::util::Racy;

unsafe extern "C" {
    fn read(fd: i32, buf: *mut c_void, count: usize) -> isize;
    fn __errno_location() -> *mut i32;
}

const EINTR: i32 = 4;

static EOF_REC: ErrorRec = ErrorRec {
    msg: GoString::from_static("EOF"),
    wrapped: Eface {
        typ: ptr::null(),
        data: ptr::null(),
    },
};

/// `io.EOF` (an `*errors.errorString`, as in Go).
#[unsafe(export_name = "io.EOF")]
pub static EOF: Racy<ErrorValue> = Racy::new(ErrorValue {
    tab: &ERROR_STRING_ITAB,
    data: &raw const EOF_REC as *const u8,
});

/// `(n int, err error)`.
#[repr(C)]
pub struct ReadResult {
    pub n: i64,
    pub err: ErrorValue,
}

/// The value of `io.EOF`.
fn eof() -> ErrorValue {
    // SAFETY: EOF is never written after initialisation.
    unsafe { *EOF.get() }
}

/// `(*os.File).Read(b []byte) (n int, err error)`: one read(2); `io.EOF`
/// at end of file, as Go's.
#[unsafe(export_name = "os.(*File).Read")]
pub extern "C" fn file_read(out: *mut ReadResult, f: *const File, p: *mut u8, n: i64, _cap: i64) {
    let Some(fd) = file_fd(f) else {
        crate::panic::throw("os: read from an unsupported *os.File");
    };
    let mut got: isize;
    loop {
        if n == 0 {
            got = 0;
            break;
        }
        // SAFETY: p..p+n is the caller's slice.
        got = unsafe { read(fd, p.cast(), n as usize) };
        // SAFETY: libc's thread-local errno.
        if got < 0 && unsafe { *__errno_location() } == EINTR {
            continue;
        }
        break;
    }
    let res = if got > 0 || n == 0 {
        ReadResult {
            n: got.max(0) as i64,
            err: NIL_ERROR,
        }
    } else {
        // End of file (or an error, reported as end of input).
        ReadResult { n: 0, err: eof() }
    };
    // SAFETY: the caller's result buffer.
    unsafe { *out = res };
}

unsafe extern "C" {
    fn getenv(name: *const core::ffi::c_char) -> *const core::ffi::c_char;
}

/// The environment variable `key`, if set.
fn lookup_env(p: *const u8, n: i64) -> Option<GoString> {
    // SAFETY: a valid Go string.
    let key = unsafe { GoString { ptr: p, len: n }.bytes() };
    if key.contains(&0) {
        return None;
    }
    let mut c = key.to_vec();
    c.push(0);
    // SAFETY: a NUL-terminated name; getenv's result is a C string that
    // stays valid (gocc programs never change the environment).
    unsafe {
        let v = getenv(c.as_ptr().cast());
        if v.is_null() {
            return None;
        }
        let bytes = core::ffi::CStr::from_ptr(v).to_bytes();
        Some(crate::strings::gostring(bytes))
    }
}

/// `os.Getenv(key string) string`.
#[unsafe(export_name = "os.Getenv")]
pub extern "C" fn os_getenv(p: *const u8, n: i64) -> GoString {
    lookup_env(p, n).unwrap_or(GoString::EMPTY)
}

/// `(value string, ok bool)`.
#[repr(C)]
pub struct LookupResult {
    pub value: GoString,
    pub ok: bool,
}

/// `os.LookupEnv(key string) (string, bool)` through the out pointer.
#[unsafe(export_name = "os.LookupEnv")]
pub extern "C" fn os_lookup_env(out: *mut LookupResult, p: *const u8, n: i64) {
    let r = match lookup_env(p, n) {
        Some(value) => LookupResult { value, ok: true },
        None => LookupResult {
            value: GoString::EMPTY,
            ok: false,
        },
    };
    // SAFETY: the caller's result buffer.
    unsafe { *out = r };
}
