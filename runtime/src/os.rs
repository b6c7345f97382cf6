//! The parts of package os implemented by the runtime.

use crate::malloc::alloc_typed;
use crate::sys;
use crate::types::{GoString, Slice};
use crate::util::Racy;

/// `os.Args` (a `[]string` package variable), filled in before
/// package initialisation; compiled code refers to it as a data symbol.
#[unsafe(export_name = "os.Args")]
pub static ARGS: Racy<Slice> = Racy::new(Slice {
    ptr: core::ptr::null_mut(),
    len: 0,
    cap: 0,
});

/// Sets `os.Args` from the C arguments.
pub fn init_args(args: &[GoString]) {
    let p =
        alloc_typed(core::mem::size_of_val(args), &crate::types::STRING_LAYOUT) as *mut GoString;
    // SAFETY: p has room for args.len() strings; runs before any Go code.
    unsafe {
        core::ptr::copy_nonoverlapping(args.as_ptr(), p, args.len());
        *ARGS.get() = Slice {
            ptr: p.cast(),
            len: args.len() as i64,
            cap: args.len() as i64,
        };
    }
}

unsafe extern "C" {
    /// The C library's environment, `key=value` C strings, null-ended.
    static environ: *const *const core::ffi::c_char;
}

/// `os.Environ() []string`: a copy of the environment.
#[unsafe(export_name = "os.Environ")]
pub extern "C" fn os_environ(out: *mut Slice) {
    let mut vars = Vec::new();
    // SAFETY: the C environment is a null-ended array of C strings
    // (gocc programs never change it).
    unsafe {
        let mut p = environ;
        while !p.is_null() && !(*p).is_null() {
            let bytes = core::ffi::CStr::from_ptr(*p).to_bytes();
            vars.push(crate::strings::gostring(bytes));
            p = p.add(1);
        }
    }
    let ptr = if vars.is_empty() {
        core::ptr::null_mut()
    } else {
        let ptr = alloc_typed(
            core::mem::size_of_val(vars.as_slice()),
            &crate::types::STRING_LAYOUT,
        ) as *mut GoString;
        // SAFETY: ptr has room for every string.
        unsafe { core::ptr::copy_nonoverlapping(vars.as_ptr(), ptr, vars.len()) };
        ptr
    };
    // SAFETY: the caller's result slot.
    unsafe {
        *out = Slice {
            ptr: ptr.cast(),
            len: vars.len() as i64,
            cap: vars.len() as i64,
        }
    };
}

/// `os.Exit(code int)`: exits at once; deferred calls do not run.
#[unsafe(export_name = "os.Exit")]
pub extern "C" fn exit(code: i64) -> ! {
    sys::exit_process(code as i32)
}

/// `os.File`: only the standard streams exist so far.
#[repr(C)]
pub struct File {
    pub fd: i64,
    pub name: GoString,
}

// SAFETY: the standard File records are immutable.
unsafe impl Sync for File {}

static STDIN_FILE: File = File {
    fd: 0,
    name: GoString::from_static("/dev/stdin"),
};
static STDOUT_FILE: File = File {
    fd: 1,
    name: GoString::from_static("/dev/stdout"),
};
static STDERR_FILE: File = File {
    fd: 2,
    name: GoString::from_static("/dev/stderr"),
};

/// The package variables `os.Stdin`, `os.Stdout`, `os.Stderr` (`*os.File`).
#[unsafe(export_name = "os.Stdin")]
pub static STDIN: Racy<*const File> = Racy::new(&STDIN_FILE);
#[unsafe(export_name = "os.Stdout")]
pub static STDOUT: Racy<*const File> = Racy::new(&STDOUT_FILE);
#[unsafe(export_name = "os.Stderr")]
pub static STDERR: Racy<*const File> = Racy::new(&STDERR_FILE);

/// The file descriptor behind a `*os.File`, if it is one of ours.
pub fn file_fd(f: *const File) -> Option<i32> {
    [&STDIN_FILE, &STDOUT_FILE, &STDERR_FILE]
        .into_iter()
        .find(|&s| core::ptr::eq(s, f))
        .map(|s| s.fd as i32)
}

/// `(n int, err error)`.
#[repr(C)]
pub struct WriteResult {
    pub n: i64,
    pub err_tab: usize,
    pub err_data: usize,
}

fn write_file(out: *mut WriteResult, f: *const File, b: &[u8]) {
    match file_fd(f) {
        Some(fd) => sys::write_all(fd, b),
        None => crate::panic::throw("os: write to an unsupported *os.File"),
    }
    if !out.is_null() {
        // SAFETY: the caller's result buffer.
        unsafe {
            *out = WriteResult {
                n: b.len() as i64,
                err_tab: 0,
                err_data: 0,
            }
        };
    }
}

/// `(*os.File).Write(b []byte) (n int, err error)`.
#[unsafe(export_name = "os.(*File).Write")]
pub extern "C" fn file_write(
    out: *mut WriteResult,
    f: *const File,
    p: *const u8,
    n: i64,
    _cap: i64,
) {
    // SAFETY: a valid []byte.
    write_file(out, f, unsafe { GoString { ptr: p, len: n }.bytes() });
}

/// `(*os.File).WriteString(s string) (n int, err error)`.
#[unsafe(export_name = "os.(*File).WriteString")]
pub extern "C" fn file_write_string(out: *mut WriteResult, f: *const File, p: *const u8, n: i64) {
    // SAFETY: a valid string.
    write_file(out, f, unsafe { GoString { ptr: p, len: n }.bytes() });
}
