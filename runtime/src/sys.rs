//! The few libc entry points the runtime needs. libc is always linked into
//! gocc programs (the C `main` lives in it), so declaring them directly keeps
//! the crate free of dependencies.

use core::ffi::c_void;

unsafe extern "C" {
    fn write(fd: i32, buf: *const c_void, count: usize) -> isize;
    fn mmap(addr: *mut c_void, len: usize, prot: i32, flags: i32, fd: i32, off: i64)
    -> *mut c_void;
    fn munmap(addr: *mut c_void, len: usize) -> i32;
    fn exit(status: i32) -> !;
    fn __errno_location() -> *mut i32;
}

const PROT_NONE: i32 = 0;
const PROT_READ: i32 = 1;
const PROT_WRITE: i32 = 2;
const MAP_PRIVATE: i32 = 0x02;
const MAP_ANONYMOUS: i32 = 0x20;
const MAP_NORESERVE: i32 = 0x4000;
const MAP_FAILED: *mut c_void = !0usize as *mut c_void;
const EINTR: i32 = 4;

pub const STDOUT: i32 = 1;
pub const STDERR: i32 = 2;

/// Writes all of `buf` to `fd`, retrying short writes and EINTR. Errors are
/// dropped: Go's runtime print and an unchecked `fmt.Println` behave the same.
pub fn write_all(fd: i32, mut buf: &[u8]) {
    while !buf.is_empty() {
        // SAFETY: buf is a live slice.
        let n = unsafe { write(fd, buf.as_ptr().cast(), buf.len()) };
        if n < 0 {
            // SAFETY: errno is thread-local and always valid.
            if unsafe { *__errno_location() } == EINTR {
                continue;
            }
            return;
        }
        buf = &buf[(n as usize).min(buf.len())..];
    }
}

/// Reserves `len` bytes of zeroed read-write memory, preferably at `hint`.
/// Pages are only committed when touched (MAP_NORESERVE).
pub fn map_zeroed(hint: usize, len: usize) -> Option<*mut u8> {
    // SAFETY: anonymous mapping without MAP_FIXED never clobbers existing memory.
    let p = unsafe {
        mmap(
            hint as *mut c_void,
            len,
            PROT_READ | PROT_WRITE,
            MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
            -1,
            0,
        )
    };
    if p == MAP_FAILED {
        None
    } else {
        Some(p.cast())
    }
}

/// Reserves an inaccessible region (used for stack guard pages).
pub fn map_guard(addr: usize, len: usize) -> bool {
    // SAFETY: only called on memory the caller just mapped and owns.
    unsafe {
        munmap(addr as *mut c_void, len);
        let p = mmap(
            addr as *mut c_void,
            len,
            PROT_NONE,
            MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
            -1,
            0,
        );
        p as usize == addr
    }
}

/// Ends the process with `code`. Nothing in the runtime buffers output, so
/// there is nothing to flush.
pub fn exit_process(code: i32) -> ! {
    // SAFETY: plain libc exit.
    unsafe { exit(code) }
}
