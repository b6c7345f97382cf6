//! The `print`/`println` builtins (gc's `runtime.print*`), written to
//! standard error one call at a time, unbuffered, as gc does.

use crate::strconv::ftoa;
use crate::sys;
use crate::types::GoString;
use crate::util::{push_hex, push_int, push_uint};

fn out(b: &[u8]) {
    sys::write_all(sys::STDERR, b);
}

fn out_with(f: impl FnOnce(&mut Vec<u8>)) {
    let mut v = Vec::with_capacity(32);
    f(&mut v);
    out(&v);
}

/// `print(f)` text of a float64: strconv 'g' shortest (Go 1.26).
pub fn push_float64(v: &mut Vec<u8>, f: f64) {
    ftoa::format_float(v, f, b'g', -1, 64);
}

pub fn push_float32(v: &mut Vec<u8>, f: f32) {
    ftoa::format_float(v, f as f64, b'g', -1, 32);
}

/// strconv.AppendComplex(c, 'g', -1, bits): `(re+imi)`.
pub fn push_complex(v: &mut Vec<u8>, re: f64, im: f64, bits: u32) {
    let fbits = bits / 2;
    v.push(b'(');
    ftoa::format_float(v, re, b'g', -1, fbits);
    let start = v.len();
    ftoa::format_float(v, im, b'g', -1, fbits);
    if v[start] != b'+' && v[start] != b'-' {
        v.insert(start, b'+');
    }
    v.extend_from_slice(b"i)");
}

#[unsafe(export_name = "runtime.printlock")]
pub extern "C" fn printlock() {}

#[unsafe(export_name = "runtime.printunlock")]
pub extern "C" fn printunlock() {}

#[unsafe(export_name = "runtime.printsp")]
pub extern "C" fn printsp() {
    out(b" ");
}

#[unsafe(export_name = "runtime.printnl")]
pub extern "C" fn printnl() {
    out(b"\n");
}

#[unsafe(export_name = "runtime.printbool")]
pub extern "C" fn printbool(b: u8) {
    out(if b != 0 { b"true" } else { b"false" });
}

#[unsafe(export_name = "runtime.printint")]
pub extern "C" fn printint(v: i64) {
    out_with(|o| push_int(o, v));
}

#[unsafe(export_name = "runtime.printuint")]
pub extern "C" fn printuint(v: u64) {
    out_with(|o| push_uint(o, v));
}

#[unsafe(export_name = "runtime.printhex")]
pub extern "C" fn printhex(v: u64) {
    out_with(|o| push_hex(o, v));
}

#[unsafe(export_name = "runtime.printuintptr")]
pub extern "C" fn printuintptr(v: u64) {
    printhex(v);
}

#[unsafe(export_name = "runtime.printpointer")]
pub extern "C" fn printpointer(p: usize) {
    printhex(p as u64);
}

#[unsafe(export_name = "runtime.printfloat64")]
pub extern "C" fn printfloat64(f: f64) {
    out_with(|o| push_float64(o, f));
}

/// Alias of `printfloat64` under the name used in docs/abi.md.
#[unsafe(export_name = "runtime.printfloat")]
pub extern "C" fn printfloat(f: f64) {
    printfloat64(f);
}

#[unsafe(export_name = "runtime.printfloat32")]
pub extern "C" fn printfloat32(f: f32) {
    out_with(|o| push_float32(o, f));
}

#[unsafe(export_name = "runtime.printcomplex128")]
pub extern "C" fn printcomplex128(re: f64, im: f64) {
    out_with(|o| push_complex(o, re, im, 128));
}

/// Alias of `printcomplex128` under the name used in docs/abi.md.
#[unsafe(export_name = "runtime.printcomplex")]
pub extern "C" fn printcomplex(re: f64, im: f64) {
    printcomplex128(re, im);
}

#[unsafe(export_name = "runtime.printcomplex64")]
pub extern "C" fn printcomplex64(re: f32, im: f32) {
    out_with(|o| push_complex(o, re as f64, im as f64, 64));
}

#[unsafe(export_name = "runtime.printstring")]
pub extern "C" fn printstring(p: *const u8, n: i64) {
    // SAFETY: compiled code passes a valid string.
    out(unsafe { GoString { ptr: p, len: n }.bytes() });
}

#[unsafe(export_name = "runtime.printslice")]
pub extern "C" fn printslice(p: usize, len: i64, cap: i64) {
    out_with(|o| {
        o.push(b'[');
        push_int(o, len);
        o.push(b'/');
        push_int(o, cap);
        o.push(b']');
        push_hex(o, p as u64);
    });
}

fn pair(a: usize, b: usize) {
    out_with(|o| {
        o.push(b'(');
        push_hex(o, a as u64);
        o.push(b',');
        push_hex(o, b as u64);
        o.push(b')');
    });
}

#[unsafe(export_name = "runtime.printeface")]
pub extern "C" fn printeface(typ: usize, data: usize) {
    pair(typ, data);
}

#[unsafe(export_name = "runtime.printiface")]
pub extern "C" fn printiface(tab: usize, data: usize) {
    pair(tab, data);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(f: impl FnOnce(&mut Vec<u8>)) -> String {
        let mut v = Vec::new();
        f(&mut v);
        String::from_utf8(v).unwrap()
    }

    // Expected strings from `println` under go1.26.8.
    #[test]
    fn floats_and_complex() {
        assert_eq!(s(|v| push_float64(v, 1.5)), "1.5");
        assert_eq!(s(|v| push_float32(v, 0.1)), "0.1");
        assert_eq!(s(|v| push_float64(v, 1e21)), "1e+21");
        assert_eq!(s(|v| push_float64(v, 1e20)), "1e+20");
        assert_eq!(s(|v| push_float64(v, 1e-7)), "1e-07");
        assert_eq!(s(|v| push_float64(v, 100000.0)), "100000");
        assert_eq!(s(|v| push_float64(v, 1000000.0)), "1e+06");
        assert_eq!(s(|v| push_complex(v, 1.0, 2.0, 128)), "(1+2i)");
        assert_eq!(s(|v| push_complex(v, 1.5, -2.0, 64)), "(1.5-2i)");
    }

    #[test]
    fn hex_forms() {
        assert_eq!(s(|v| push_hex(v, 0)), "0x0");
        assert_eq!(s(|v| push_hex(v, 0x481420)), "0x481420");
    }
}
