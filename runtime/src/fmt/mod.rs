//! Package fmt's printing functions, implemented in the runtime.
//!
//! `...any` arrives as a slice of interface values; each operand is printed
//! by walking its type descriptor (print.rs), with gc's flag, width and
//! precision rules (format.rs).

pub mod format;
pub mod methods;
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

/// The `io.Writer` argument of Fprint*: `(itab, data)`. Only the
/// standard `*os.File`s are supported until interfaces with methods exist.
fn writer_fd(w_data: *const crate::os::File) -> i32 {
    crate::os::file_fd(w_data)
        .unwrap_or_else(|| crate::panic::throw("fmt: Fprint to an unsupported io.Writer"))
}

fn write_fd(out: *mut WriteResult, fd: i32, b: &[u8]) {
    sys::write_all(fd, b);
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

/// `fmt.Fprintln(w io.Writer, a ...any) (n int, err error)`.
#[unsafe(export_name = "fmt.Fprintln")]
pub extern "C" fn fprintln(
    out: *mut WriteResult,
    _w_tab: usize,
    w: *const crate::os::File,
    p: *const Eface,
    len: i64,
    _cap: i64,
) {
    write_fd(out, writer_fd(w), &sprintln_bytes(args(p, len)));
}

/// `fmt.Fprint(w io.Writer, a ...any) (n int, err error)`.
#[unsafe(export_name = "fmt.Fprint")]
pub extern "C" fn fprint(
    out: *mut WriteResult,
    _w_tab: usize,
    w: *const crate::os::File,
    p: *const Eface,
    len: i64,
    _cap: i64,
) {
    write_fd(out, writer_fd(w), &sprint_bytes(args(p, len)));
}

/// `fmt.Fprintf(w io.Writer, format string, a ...any) (n int, err error)`.
#[unsafe(export_name = "fmt.Fprintf")]
pub extern "C" fn fprintf(
    out: *mut WriteResult,
    _w_tab: usize,
    w: *const crate::os::File,
    fp: *const u8,
    flen: i64,
    p: *const Eface,
    len: i64,
    _cap: i64,
) {
    write_fd(
        out,
        writer_fd(w),
        &sprintf_bytes(format_str(fp, flen), args(p, len)),
    );
}

#[cfg(test)]
mod tests;
