//! Package fmt's printing functions, implemented in the runtime.
//!
//! `...any` arrives as a slice of interface values; each operand is printed
//! by walking its type descriptor (print.rs), with gc's flag, width and
//! precision rules (format.rs).

pub mod format;
pub mod print;
pub mod sort;

use crate::strings::gostring;
use crate::sys;
use crate::types::{Eface, GoString};
use print::Printer;

/// `(n int, err error)` as returned through the hidden result pointer.
#[repr(C)]
pub struct WriteResult {
    pub n: i64,
    pub err_tab: usize,
    pub err_data: usize,
}

fn args<'a>(p: *const Eface, len: i64) -> &'a [Eface] {
    if p.is_null() || len <= 0 {
        &[]
    } else {
        // SAFETY: compiled code passes a valid []any.
        unsafe { core::slice::from_raw_parts(p, len as usize) }
    }
}

fn format_str<'a>(p: *const u8, len: i64) -> &'a [u8] {
    // SAFETY: a valid Go string.
    unsafe { GoString { ptr: p, len }.bytes() }
}

/// Formats with Print's spacing rules.
pub fn sprint_bytes(a: &[Eface]) -> Vec<u8> {
    let mut p = Printer::new();
    p.do_print(a);
    p.f.buf
}

/// Formats with Println's rules.
pub fn sprintln_bytes(a: &[Eface]) -> Vec<u8> {
    let mut p = Printer::new();
    p.do_println(a);
    p.f.buf
}

/// Formats with Printf's rules.
pub fn sprintf_bytes(format: &[u8], a: &[Eface]) -> Vec<u8> {
    let mut p = Printer::new();
    p.do_printf(format, a);
    p.f.buf
}

fn write_stdout(out: *mut WriteResult, b: &[u8]) {
    // os.Stdout is unbuffered in Go: one write per call.
    sys::write_all(sys::STDOUT, b);
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

/// `fmt.Println(a ...any) (n int, err error)`.
#[unsafe(export_name = "fmt.Println")]
pub extern "C" fn println(out: *mut WriteResult, p: *const Eface, len: i64, _cap: i64) {
    write_stdout(out, &sprintln_bytes(args(p, len)));
}

/// `fmt.Print(a ...any) (n int, err error)`.
#[unsafe(export_name = "fmt.Print")]
pub extern "C" fn print(out: *mut WriteResult, p: *const Eface, len: i64, _cap: i64) {
    write_stdout(out, &sprint_bytes(args(p, len)));
}

/// `fmt.Printf(format string, a ...any) (n int, err error)`.
#[unsafe(export_name = "fmt.Printf")]
pub extern "C" fn printf(
    out: *mut WriteResult,
    fp: *const u8,
    flen: i64,
    p: *const Eface,
    len: i64,
    _cap: i64,
) {
    write_stdout(out, &sprintf_bytes(format_str(fp, flen), args(p, len)));
}

/// `fmt.Sprint(a ...any) string`.
#[unsafe(export_name = "fmt.Sprint")]
pub extern "C" fn sprint(p: *const Eface, len: i64, _cap: i64) -> GoString {
    gostring(&sprint_bytes(args(p, len)))
}

/// `fmt.Sprintln(a ...any) string`.
#[unsafe(export_name = "fmt.Sprintln")]
pub extern "C" fn sprintln(p: *const Eface, len: i64, _cap: i64) -> GoString {
    gostring(&sprintln_bytes(args(p, len)))
}

/// `fmt.Sprintf(format string, a ...any) string`.
#[unsafe(export_name = "fmt.Sprintf")]
pub extern "C" fn sprintf(
    fp: *const u8,
    flen: i64,
    p: *const Eface,
    len: i64,
    _cap: i64,
) -> GoString {
    gostring(&sprintf_bytes(format_str(fp, flen), args(p, len)))
}

#[cfg(test)]
mod tests;
