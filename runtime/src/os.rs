//! The parts of package os implemented by the runtime.

use crate::sys;

/// `os.Exit(code int)`: exits at once; deferred calls do not run.
#[unsafe(export_name = "os.Exit")]
pub extern "C" fn exit(code: i64) -> ! {
    sys::exit_process(code as i32)
}
