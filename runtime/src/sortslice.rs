//! The two reflect services `sort.Slice`/`sort.SliceStable` need (they are
//! otherwise written in Go, crates/gocc/std/sort.go): the length of a
//! slice held in an `any`, and swapping two of its elements. Go panics the
//! same way for a non-slice (`reflect: call of Swapper on int Value`, …);
//! here the message names the reflect entry point Go's sort reaches first.

use crate::panic::panic_plain;
use crate::types::{Slice, Type, kind};

/// The slice header behind `any` `(typ, data)`, or a panic like reflect's.
///
/// # Safety
/// `typ`/`data` form a valid `any` value.
unsafe fn slice_of<'a>(typ: *const Type, data: *const u8, what: &str) -> (&'a Type, &'a Slice) {
    // SAFETY: per the caller's contract; a slice is boxed in an `any`.
    unsafe {
        if typ.is_null() || (*typ).kind != kind::SLICE {
            let name = if typ.is_null() {
                "zero".to_string()
            } else {
                String::from_utf8_lossy((*typ).name.bytes()).into_owned()
            };
            let msg = format!("reflect: call of {what} on {name} Value");
            panic_plain(Box::leak(msg.into_boxed_str()));
        }
        (&*(*typ).elem, &*(data as *const Slice))
    }
}

#[unsafe(export_name = "sort.lenAny")]
pub extern "C" fn len_any(typ: *const Type, data: *const u8) -> i64 {
    // SAFETY: compiled code passes an `any`.
    unsafe { slice_of(typ, data, "Swapper").1.len }
}

#[unsafe(export_name = "sort.swapAny")]
pub extern "C" fn swap_any(typ: *const Type, data: *const u8, i: i64, j: i64) {
    // SAFETY: compiled code passes an `any`; sort only swaps indices below
    // the length it was given.
    unsafe {
        let (elem, s) = slice_of(typ, data, "Swapper");
        if i == j || i < 0 || j < 0 || i >= s.len || j >= s.len {
            return;
        }
        let n = elem.size as usize;
        let a = s.ptr.add(i as usize * n);
        let b = s.ptr.add(j as usize * n);
        core::ptr::swap_nonoverlapping(a, b, n);
    }
}
