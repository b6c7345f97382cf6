//! Interface support that needs the descriptors' method tables: the
//! failure of an assertion (or type-switch-free conversion) to a non-empty
//! interface, which gc reports with the first missing method.
//!
//! Successful lookups never come here: compiled code finds itabs in the
//! registry ssagen emits (`gocc.getitab`, docs/abi.md).

use crate::error::{TYPE_ASSERTION_ERROR_TYPE, TypeAssertionError};
use crate::malloc::alloc_typed;
use crate::panic::gopanic_value;
use crate::traceback::go_entry;
use crate::types::{Eface, GoString, Method, Type};

go_entry!("runtime.panicdottypeI2I", panicdottype_i2i);

/// Whether two method types are the same Go type. Descriptors are unique
/// within compiled code, but the runtime has its own copies of common
/// signatures (`func() string`), so equal type strings also match.
fn same_type(a: *const Type, b: *const Type) -> bool {
    if a == b {
        return true;
    }
    if a.is_null() || b.is_null() {
        return false;
    }
    // SAFETY: non-null descriptors are valid.
    unsafe { (*a).name() == (*b).name() }
}

fn has_method(t: &Type, want: &Method) -> bool {
    // SAFETY: method names are valid strings.
    let name = unsafe { want.name.bytes() };
    t.methods()
        .iter()
        .any(|m| unsafe { m.name.bytes() } == name && same_type(m.mtyp, want.mtyp))
}

/// The first method of interface `iface` (name order, as gc checks them)
/// that `t` lacks, if any.
pub fn missing_method(t: &Type, iface: &Type) -> Option<GoString> {
    iface
        .methods()
        .iter()
        .find(|m| !has_method(t, m))
        .map(|m| m.name)
}

/// `runtime.panicdottypeI2I(have, want *Type)`: a failed `x.(I)` for a
/// non-empty interface type `I`; `have` is the dynamic type (null when
/// `x` is nil). gc's texts: `interface conversion: interface is nil, not
/// main.I` and `interface conversion: main.T is not main.I: missing method
/// M`.
pub extern "C" fn panicdottype_i2i(have: *const Type, want: *const Type) -> ! {
    let missing = if have.is_null() || want.is_null() {
        GoString::EMPTY
    } else {
        // SAFETY: non-null descriptors are valid.
        unsafe { missing_method(&*have, &*want) }.unwrap_or(GoString::EMPTY)
    };
    let p = alloc_typed(
        core::mem::size_of::<TypeAssertionError>(),
        &crate::error::TYPE_ASSERTION_ERROR_LAYOUT,
    ) as *mut TypeAssertionError;
    // SAFETY: fresh allocation of the right size.
    unsafe {
        *p = TypeAssertionError {
            interface: core::ptr::null(),
            concrete: have,
            asserted: want,
            missing_method: missing,
        }
    };
    gopanic_value(Eface {
        typ: &TYPE_ASSERTION_ERROR_TYPE,
        data: p.cast(),
    })
}

go_entry!("runtime.panicwrap", panicwrap);

/// `runtime.panicwrap(msg string)`: a value method called through a nil
/// pointer by a compiler-generated wrapper (itab adapter, `(*T).M` method
/// expression). ssagen passes gc's whole text, `value method main.T.M
/// called using nil *T pointer`, as static string data.
pub extern "C" fn panicwrap(ptr: *const u8, len: i64) -> ! {
    let p = alloc_typed(16, &crate::types::STRING_LAYOUT) as *mut GoString;
    // SAFETY: fresh 16-byte allocation; the text is static data.
    unsafe { *p = GoString { ptr, len } };
    gopanic_value(Eface {
        typ: &crate::error::PLAIN_ERROR_TYPE,
        data: p.cast(),
    })
}

// `gocc.itabs` is ssagen's itab registry (docs/abi.md): `{iface, type,
// itab}` triples ending with a null iface. Weak: programs that never look
// an itab up at run time do not emit it.
core::arch::global_asm!(
    ".weak \"gocc.itabs\"",
    ".text",
    ".p2align 4",
    ".globl gocc_rt_itabs_addr",
    "gocc_rt_itabs_addr:",
    "mov rax, [rip + \"gocc.itabs\"@GOTPCREL]",
    "ret",
);

unsafe extern "C" {
    fn gocc_rt_itabs_addr() -> *const [*const u8; 3];
}

/// The compiled program's itab for dynamic type `typ` in non-empty
/// interface `iface`, if the registry has one (runtime services such as
/// `errors.As` storing into an interface-typed target need it).
pub fn find_itab(iface: *const Type, typ: *const Type) -> Option<*const u8> {
    // SAFETY: the registry, when present, is zero-terminated.
    unsafe {
        let mut p = gocc_rt_itabs_addr();
        if p.is_null() {
            return None;
        }
        while !(*p)[0].is_null() {
            let [i, t, itab] = *p;
            if core::ptr::eq(i, iface.cast()) && core::ptr::eq(t, typ.cast()) {
                return Some(itab);
            }
            p = p.add(1);
        }
    }
    None
}

/// `sync/atomic.typeWord(x any) uintptr`: the dynamic type of `x` (its
/// descriptor's address; 0 for nil), for `atomic.Value`'s type checks.
#[unsafe(export_name = "sync/atomic.typeWord")]
pub extern "C" fn atomic_type_word(typ: usize, _data: usize) -> usize {
    typ
}
