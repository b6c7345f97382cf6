//! The reflect services `errors.As` needs (errors.As itself is Go,
//! crates/gocc/std/errors.go): validating the target and storing an error
//! whose dynamic type is the target's element type.

use crate::panic::panic_string;
use crate::traceback::go_entry;

// May panic: records its Go caller (traceback.rs).
go_entry!("errors.asCheck", as_check);
use crate::types::{Type, kind};

/// `errors.asCheck(target any)`: Go's panics for a target that is not a
/// non-nil pointer to an interface or to a type implementing error.
pub extern "C" fn as_check(typ: *const Type, data: *const u8) {
    // SAFETY: compiled code passes an `any`.
    unsafe {
        if typ.is_null() || (*typ).kind != kind::POINTER || data.is_null() {
            panic_string("errors: target must be a non-nil pointer");
        }
        let elem = (*typ).elem;
        if !elem.is_null()
            && (*elem).kind != kind::INTERFACE
            && (*elem).string_method(b"Error").is_none()
        {
            panic_string("errors: *target must be interface or implement error");
        }
    }
}

/// `errors.asStore(err error, target any) bool`: if err's dynamic type is
/// `*target`'s type (or `*target` is `error` itself), stores err there.
#[unsafe(export_name = "errors.asStore")]
pub extern "C" fn as_store(
    tab: *const *const Type,
    edata: *const u8,
    ttyp: *const Type,
    tdata: *mut u8,
) -> bool {
    if tab.is_null() || ttyp.is_null() || tdata.is_null() {
        return false;
    }
    // SAFETY: a non-nil error's itab starts with its dynamic type; the
    // target is a non-nil pointer (checked by asCheck) to a value of
    // `elem` type.
    unsafe {
        let dyn_t = *tab;
        let elem = (*ttyp).elem;
        if elem.is_null() {
            return false;
        }
        if (*elem).kind == kind::INTERFACE {
            // Only `error` itself: every error is assignable to it.
            if (*elem).nmethods == 1 && (*elem).name() == b"error" {
                let dst = tdata as *mut [usize; 2];
                *dst = [tab as usize, edata as usize];
                return true;
            }
            // Other interfaces: the program's itab registry.
            return match crate::iface::find_itab(elem, dyn_t) {
                Some(itab) => {
                    let dst = tdata as *mut [usize; 2];
                    *dst = [itab as usize, edata as usize];
                    true
                }
                None => false,
            };
        }
        if !core::ptr::eq(dyn_t, elem) {
            return false;
        }
        if (*elem).is_direct() {
            *(tdata as *mut *const u8) = edata;
        } else {
            core::ptr::copy_nonoverlapping(edata, tdata, (*elem).size as usize);
        }
        true
    }
}
