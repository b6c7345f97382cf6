//! The parts of package os implemented by the runtime.

use crate::malloc::alloc;
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
    let p = alloc(core::mem::size_of_val(args)) as *mut GoString;
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

/// `os.Exit(code int)`: exits at once; deferred calls do not run.
#[unsafe(export_name = "os.Exit")]
pub extern "C" fn exit(code: i64) -> ! {
    sys::exit_process(code as i32)
}
