//! Value and type-descriptor layouts shared with compiled code (docs/abi.md).

use core::ptr;

/// A Go string header `{ptr, len}`. Also the two-word return of runtime
/// routines that produce strings (returned in rax:rdx).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct GoString {
    pub ptr: *const u8,
    pub len: i64,
}

impl GoString {
    pub const EMPTY: GoString = GoString {
        ptr: ptr::null(),
        len: 0,
    };

    /// A string header over static bytes.
    pub const fn from_static(s: &'static str) -> GoString {
        GoString {
            ptr: s.as_ptr(),
            len: s.len() as i64,
        }
    }

    /// The bytes of the string.
    ///
    /// # Safety
    /// The header must describe live memory (any Go string does).
    pub unsafe fn bytes<'a>(self) -> &'a [u8] {
        if self.len <= 0 || self.ptr.is_null() {
            &[]
        } else {
            // SAFETY: per the contract above.
            unsafe { core::slice::from_raw_parts(self.ptr, self.len as usize) }
        }
    }
}

/// A Go slice header `{ptr, len, cap}`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct Slice {
    pub ptr: *mut u8,
    pub len: i64,
    pub cap: i64,
}

/// An empty-interface value `{*Type, data}`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct Eface {
    pub typ: *const Type,
    pub data: *const u8,
}

/// A type descriptor, emitted by ssagen as `type:<string>`.
#[repr(C)]
pub struct Type {
    pub size: u64,
    pub hash: u32,
    pub kind: u8,
    pub align: u8,
    pub flags: u16,
    pub name: GoString,
    pub elem: *const Type,
    pub key: *const Type,
    pub len: u64,
    pub fields: *const Field,
    pub methods: *const Method,
    pub nmethods: u64,
    pub results: u64,
    pub variadic: u64,
    /// gc's `PtrBytes`: the prefix of a value that can hold pointers.
    pub ptrdata: u64,
    /// gc's `GCData`: one bit per 8-byte word of that prefix (low bit
    /// first), set for the words holding pointers. Valid with
    /// [`FLAG_GCDATA`].
    pub gcdata: *const u8,
}

// SAFETY: descriptors are immutable after link time.
unsafe impl Sync for Type {}

#[repr(C)]
pub struct Field {
    pub name: GoString,
    pub typ: *const Type,
    pub offset: u64,
    pub embedded: u64,
}

// SAFETY: immutable.
unsafe impl Sync for Field {}

/// `ifn` is SystemV-callable as `fn(recv_data_word, out)`: `recv_data_word`
/// is the interface data word of the receiver, `out` the result buffer (for
/// `Error() string` / `String() string` a `GoString`).
#[repr(C)]
pub struct Method {
    pub name: GoString,
    pub mtyp: *const Type,
    pub ifn: *const u8,
}

// SAFETY: immutable.
unsafe impl Sync for Method {}

pub const FLAG_NAMED: u16 = 1;
pub const FLAG_COMPARABLE: u16 = 2;
pub const FLAG_DIRECT: u16 = 4;
/// `ptrdata` and `gcdata` are filled in (every descriptor ssagen emits);
/// the runtime's own descriptors leave them out and their objects are
/// scanned conservatively.
pub const FLAG_GCDATA: u16 = 8;

pub mod kind {
    pub const BOOL: u8 = 1;
    pub const INT: u8 = 2;
    pub const INT8: u8 = 3;
    pub const INT16: u8 = 4;
    pub const INT32: u8 = 5;
    pub const INT64: u8 = 6;
    pub const UINT: u8 = 7;
    pub const UINT8: u8 = 8;
    pub const UINT16: u8 = 9;
    pub const UINT32: u8 = 10;
    pub const UINT64: u8 = 11;
    pub const UINTPTR: u8 = 12;
    pub const FLOAT32: u8 = 13;
    pub const FLOAT64: u8 = 14;
    pub const COMPLEX64: u8 = 15;
    pub const COMPLEX128: u8 = 16;
    pub const ARRAY: u8 = 17;
    pub const CHAN: u8 = 18;
    pub const FUNC: u8 = 19;
    pub const INTERFACE: u8 = 20;
    pub const MAP: u8 = 21;
    pub const POINTER: u8 = 22;
    pub const SLICE: u8 = 23;
    pub const STRING: u8 = 24;
    pub const STRUCT: u8 = 25;
    pub const UNSAFE_POINTER: u8 = 26;
}

/// `SIG` of an `Error() string` / `String() string` method adapter.
pub type StringMethod = unsafe extern "C" fn(recv: usize, out: *mut GoString);

impl Type {
    /// The `%T` string.
    pub fn name(&self) -> &[u8] {
        // SAFETY: descriptors hold valid static strings.
        unsafe { self.name.bytes() }
    }

    /// Whether interface values of this type hold the value itself in the
    /// data word rather than a pointer to it.
    pub fn is_direct(&self) -> bool {
        self.flags & FLAG_DIRECT != 0
            || matches!(
                self.kind,
                kind::POINTER | kind::MAP | kind::CHAN | kind::FUNC | kind::UNSAFE_POINTER
            )
    }

    pub fn is_named(&self) -> bool {
        self.flags & FLAG_NAMED != 0
    }

    pub fn fields(&self) -> &[Field] {
        let n = if self.kind == kind::FUNC {
            self.len + self.results
        } else {
            self.len
        };
        if self.fields.is_null() || n == 0 {
            return &[];
        }
        // SAFETY: the descriptor's field array has that many entries.
        unsafe { core::slice::from_raw_parts(self.fields, n as usize) }
    }

    pub fn methods(&self) -> &[Method] {
        if self.methods.is_null() || self.nmethods == 0 {
            return &[];
        }
        // SAFETY: the descriptor's method array has nmethods entries.
        unsafe { core::slice::from_raw_parts(self.methods, self.nmethods as usize) }
    }

    /// The indexes of the words of a value that hold pointers, from its
    /// `GCData`; None for a descriptor without one (the runtime's own).
    pub fn pointer_words(&self) -> Option<Vec<usize>> {
        if self.flags & FLAG_GCDATA == 0 {
            return None;
        }
        let n = self.ptrdata as usize / 8;
        if n == 0 || self.gcdata.is_null() {
            return Some(Vec::new());
        }
        // SAFETY: GCData has one bit per word of the PtrBytes prefix.
        let mask = unsafe { core::slice::from_raw_parts(self.gcdata, n.div_ceil(8)) };
        Some(
            (0..n)
                .filter(|&w| mask[w / 8] & (1 << (w % 8)) != 0)
                .collect(),
        )
    }

    /// Whether values of this type contain pointers the collector must see
    /// (Go's `noscan` is the negation). Decides malloc-header rounding.
    pub fn has_pointers(&self) -> bool {
        if self.flags & FLAG_GCDATA != 0 {
            return self.ptrdata != 0;
        }
        match self.kind {
            kind::POINTER
            | kind::UNSAFE_POINTER
            | kind::SLICE
            | kind::STRING
            | kind::MAP
            | kind::CHAN
            | kind::FUNC
            | kind::INTERFACE => true,
            kind::ARRAY => {
                // SAFETY: array descriptors have an element type.
                self.len > 0 && !self.elem.is_null() && unsafe { (*self.elem).has_pointers() }
            }
            kind::STRUCT => self
                .fields()
                .iter()
                // SAFETY: field types are valid descriptors.
                .any(|f| !f.typ.is_null() && unsafe { (*f.typ).has_pointers() }),
            _ => false,
        }
    }

    /// Finds a method `name() string` with a callable adapter.
    pub fn string_method(&self, name: &[u8]) -> Option<StringMethod> {
        let m = self.methods().iter().find(|m| {
            // SAFETY: method names are valid strings.
            unsafe { m.name.bytes() == name }
        })?;
        if m.ifn.is_null() {
            return None;
        }
        if !m.mtyp.is_null() {
            // SAFETY: mtyp is a valid func descriptor.
            let mt = unsafe { &*m.mtyp };
            let ok = mt.len == 0
                && mt.results == 1
                && mt
                    .fields()
                    .first()
                    // SAFETY: field types are valid descriptors.
                    .is_some_and(|f| !f.typ.is_null() && unsafe { (*f.typ).kind } == kind::STRING);
            if !ok {
                return None;
            }
        }
        // SAFETY: the ABI fixes the adapter's signature.
        Some(unsafe { core::mem::transmute::<*const u8, StringMethod>(m.ifn) })
    }
}

/// Calls a `func() string` method adapter on an interface data word.
pub fn call_string_method(f: StringMethod, data: usize) -> GoString {
    let mut out = GoString::EMPTY;
    // SAFETY: f follows the method-adapter ABI.
    unsafe { f(data, &mut out) };
    out
}

/// Reads the dynamic type of an interface value stored in memory: for an
/// empty interface the first word is the `*Type`; for others it is an itab
/// whose first word is the `*Type`.
///
/// # Safety
/// `p` must point at an interface value of interface type `ityp`.
pub unsafe fn iface_dyn_type(ityp: &Type, p: *const u8) -> *const Type {
    // SAFETY: per the contract.
    unsafe {
        let tab = *(p as *const *const u8);
        if tab.is_null() || ityp.nmethods == 0 {
            tab as *const Type
        } else {
            *(tab as *const *const Type)
        }
    }
}

/// The layout of a runtime object for the collector (not a Go type: only
/// the allocator reads it): `size` bytes whose pointer words are the set
/// bits of `mask` (word `i` is bit `i % 8` of byte `i / 8`).
pub const fn layout_type(name: &'static str, size: u64, mask: &'static [u8]) -> Type {
    let mut t = static_type(name, kind::STRUCT, size, FLAG_GCDATA);
    let mut words = 0;
    let mut i = 0;
    while i < mask.len() * 8 {
        if mask[i / 8] & (1 << (i % 8)) != 0 {
            words = i + 1;
        }
        i += 1;
    }
    t.ptrdata = words as u64 * 8;
    if words > 0 {
        t.gcdata = mask.as_ptr();
    }
    t
}

/// [`layout_type`] for a layout known only at run time (a map type's
/// slots): `words` are the pointer word indexes. The descriptor lives as
/// long as the program (callers cache it).
pub fn leak_layout(size: u64, words: &[usize]) -> *const Type {
    let n = words.iter().max().map_or(0, |&w| w + 1);
    let mut mask = vec![0u8; n.div_ceil(8)];
    for &w in words {
        mask[w / 8] |= 1 << (w % 8);
    }
    let mask: &'static [u8] = Box::leak(mask.into_boxed_slice());
    let mut t = static_type("runtime.layout", kind::STRUCT, size, FLAG_GCDATA);
    t.ptrdata = n as u64 * 8;
    if n > 0 {
        t.gcdata = mask.as_ptr();
    }
    Box::leak(Box::new(t))
}

/// Static strings for runtime-made string values and arrays of them.
pub static STRING_LAYOUT: Type = layout_type("string", 16, &[0b1]);

/// Helper for building static descriptors in the runtime (runtime error
/// types and the like).
pub const fn static_type(name: &'static str, kind: u8, size: u64, flags: u16) -> Type {
    Type {
        size,
        hash: crate::util::fnv1a(name.as_bytes()),
        kind,
        align: 8,
        flags,
        name: GoString::from_static(name),
        elem: ptr::null(),
        key: ptr::null(),
        len: 0,
        fields: ptr::null(),
        methods: ptr::null(),
        nmethods: 0,
        results: 0,
        variadic: 0,
        ptrdata: 0,
        gcdata: ptr::null(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layouts_give_their_pointer_words() {
        static L: Type = layout_type("x", 48, &[0b101]);
        assert_eq!(L.ptrdata, 24);
        assert!(L.has_pointers());
        assert_eq!(L.pointer_words(), Some(vec![0, 2]));
        static NONE: Type = layout_type("y", 16, &[0]);
        assert!(!NONE.has_pointers());
        assert_eq!(NONE.pointer_words(), Some(vec![]));
        // SAFETY: leak_layout returns a valid descriptor.
        let t = unsafe { &*leak_layout(96, &[1, 9]) };
        assert_eq!((t.size, t.ptrdata), (96, 80));
        assert_eq!(t.pointer_words(), Some(vec![1, 9]));
        assert_eq!(static_type("z", kind::STRUCT, 8, 0).pointer_words(), None);
    }
}
