//! Go's fmt printer (pp): walks operands through their type descriptors
//! and implements Print, Println and Printf's verb parsing.

use super::format::{Fmt, digits};
use super::methods::{self, Method};
use crate::types::{Eface, GoString, Slice, Type, iface_dyn_type, kind};

/// A value somewhere in memory: its type and the address of its bytes.
#[derive(Clone, Copy)]
pub struct Value {
    pub typ: *const Type,
    pub ptr: *const u8,
}

impl Value {
    /// The value held by an interface whose data word is at `word`.
    ///
    /// # Safety
    /// `typ` is null or a valid descriptor; `word` holds the data word.
    pub unsafe fn from_iface(typ: *const Type, word: *const usize) -> Value {
        if typ.is_null() {
            return Value {
                typ,
                ptr: core::ptr::null(),
            };
        }
        // SAFETY: per the contract.
        let ptr = unsafe {
            if (*typ).is_direct() {
                word as *const u8
            } else {
                *word as *const u8
            }
        };
        Value { typ, ptr }
    }

    fn t(&self) -> &Type {
        // SAFETY: only called on valid values (non-null typ).
        unsafe { &*self.typ }
    }

    /// The interface data word a method receives.
    fn data_word(&self) -> usize {
        if self.t().is_direct() {
            // SAFETY: direct values are one word.
            unsafe { *(self.ptr as *const usize) }
        } else {
            self.ptr as usize
        }
    }

    unsafe fn read<T: Copy>(&self) -> T {
        // SAFETY: the caller matched T to the kind; Go values are aligned.
        unsafe { *(self.ptr as *const T) }
    }

    fn int(&self) -> i64 {
        // SAFETY: kind checked by the caller.
        unsafe {
            match self.t().kind {
                kind::INT8 => self.read::<i8>() as i64,
                kind::INT16 => self.read::<i16>() as i64,
                kind::INT32 => self.read::<i32>() as i64,
                _ => self.read::<i64>(),
            }
        }
    }

    fn uint(&self) -> u64 {
        // SAFETY: kind checked by the caller.
        unsafe {
            match self.t().kind {
                kind::UINT8 => self.read::<u8>() as u64,
                kind::UINT16 => self.read::<u16>() as u64,
                kind::UINT32 => self.read::<u32>() as u64,
                _ => self.read::<u64>(),
            }
        }
    }

    fn elem_type(&self) -> &Type {
        // SAFETY: composite descriptors carry their element type.
        unsafe { &*self.t().elem }
    }
}

pub struct Printer {
    pub f: Fmt,
    erroring: bool,
    /// Printing the value a method panicked with (gc's pp.panicking).
    panicking: bool,
    /// Errorf: `%w` formats an error operand like `%v`.
    pub wrap_errs: bool,
    reordered: bool,
    good_arg_num: bool,
}

const PERCENT_BANG: &[u8] = b"%!";
const NIL_ANGLE: &[u8] = b"<nil>";
const NIL_PAREN: &[u8] = b"(nil)";

fn is_int_kind(k: u8) -> bool {
    (kind::INT..=kind::INT64).contains(&k)
}

fn is_uint_kind(k: u8) -> bool {
    (kind::UINT..=kind::UINTPTR).contains(&k)
}

/// Whether values of `t` may have methods fmt uses.
fn has_methods(t: &Type) -> bool {
    !t.methods().is_empty()
}

/// Whether a struct field name is exported (values reached through
/// unexported fields cannot be turned into interfaces, so their methods
/// are not used).
fn exported(name: &[u8]) -> bool {
    let (r, _) = crate::utf8::decode(name);
    char::from_u32(r).is_some_and(|c| c.is_uppercase())
}

impl Printer {
    pub fn new() -> Printer {
        Printer {
            f: Fmt {
                buf: Vec::with_capacity(64),
                ..Fmt::default()
            },
            erroring: false,
            panicking: false,
            wrap_errs: false,
            reordered: false,
            good_arg_num: true,
        }
    }

    fn write(&mut self, b: &[u8]) {
        self.f.buf.extend_from_slice(b);
    }

    fn write_rune(&mut self, c: char) {
        let mut tmp = [0u8; 4];
        self.f
            .buf
            .extend_from_slice(c.encode_utf8(&mut tmp).as_bytes());
    }

    fn bad_verb(&mut self, verb: char, v: Option<Value>) {
        self.erroring = true;
        self.write(PERCENT_BANG);
        self.write_rune(verb);
        self.write(b"(");
        match v {
            Some(v) if !v.typ.is_null() => {
                self.write(v.t().name());
                self.write(b"=");
                self.print_value(v, 'v', 0, true);
            }
            _ => self.write(NIL_ANGLE),
        }
        self.write(b")");
        self.erroring = false;
    }

    fn fmt_bool(&mut self, b: bool, verb: char, v: Value) {
        match verb {
            't' | 'v' => self.f.fmt_boolean(b),
            _ => self.bad_verb(verb, Some(v)),
        }
    }

    fn fmt_0x64(&mut self, u: u64, leading0x: bool) {
        let sharp = self.f.flags.sharp;
        self.f.flags.sharp = leading0x;
        self.f.fmt_integer(u, 16, false, 'v', digits(false));
        self.f.flags.sharp = sharp;
    }

    fn fmt_integer(&mut self, u: u64, signed: bool, verb: char, v: Value) {
        let f = &mut self.f;
        match verb {
            'v' if f.flags.sharp_v && !signed => self.fmt_0x64(u, true),
            'v' | 'd' => f.fmt_integer(u, 10, signed, verb, digits(false)),
            'b' => f.fmt_integer(u, 2, signed, verb, digits(false)),
            'o' | 'O' => f.fmt_integer(u, 8, signed, verb, digits(false)),
            'x' => f.fmt_integer(u, 16, signed, verb, digits(false)),
            'X' => f.fmt_integer(u, 16, signed, verb, digits(true)),
            'c' => f.fmt_c(u),
            'q' => f.fmt_qc(u),
            'U' => f.fmt_unicode(u),
            _ => self.bad_verb(verb, Some(v)),
        }
    }

    fn fmt_float(&mut self, x: f64, size: u32, verb: char, v: Value) {
        match verb {
            'v' => self.f.fmt_float(x, size, b'g', -1),
            'b' | 'g' | 'G' | 'x' | 'X' => self.f.fmt_float(x, size, verb as u8, -1),
            'f' | 'e' | 'E' => self.f.fmt_float(x, size, verb as u8, 6),
            'F' => self.f.fmt_float(x, size, b'f', 6),
            _ => self.bad_verb(verb, Some(v)),
        }
    }

    fn fmt_complex(&mut self, re: f64, im: f64, size: u32, verb: char, v: Value) {
        match verb {
            'v' | 'b' | 'g' | 'G' | 'x' | 'X' | 'f' | 'F' | 'e' | 'E' => {
                let old_plus = self.f.flags.plus;
                self.write(b"(");
                self.fmt_float(re, size / 2, verb, v);
                self.f.flags.plus = true;
                self.fmt_float(im, size / 2, verb, v);
                self.write(b"i)");
                self.f.flags.plus = old_plus;
            }
            _ => self.bad_verb(verb, Some(v)),
        }
    }

    fn fmt_string(&mut self, s: &[u8], verb: char, v: Option<Value>) {
        match verb {
            'v' if self.f.flags.sharp_v => self.f.fmt_q(s),
            'v' | 's' => self.f.fmt_s(s),
            'x' => self.f.fmt_sbx(s, digits(false)),
            'X' => self.f.fmt_sbx(s, digits(true)),
            'q' => self.f.fmt_q(s),
            _ => self.bad_verb(verb, v),
        }
    }

    /// `%s %q %x %X` of byte slices and arrays; `%v %d` print the numbers.
    fn fmt_bytes(&mut self, b: &[u8], verb: char, v: Value, is_nil: bool) {
        match verb {
            'v' | 'd' => {
                if self.f.flags.sharp_v {
                    self.write(v.t().name());
                    if is_nil {
                        self.write(NIL_PAREN);
                        return;
                    }
                    self.write(b"{");
                    for (i, &c) in b.iter().enumerate() {
                        if i > 0 {
                            self.write(b", ");
                        }
                        self.fmt_0x64(c as u64, true);
                    }
                    self.write(b"}");
                } else {
                    self.write(b"[");
                    for (i, &c) in b.iter().enumerate() {
                        if i > 0 {
                            self.write(b" ");
                        }
                        self.f.fmt_integer(c as u64, 10, false, verb, digits(false));
                    }
                    self.write(b"]");
                }
            }
            's' => self.f.fmt_s(b),
            'x' => self.f.fmt_sbx(b, digits(false)),
            'X' => self.f.fmt_sbx(b, digits(true)),
            'q' => self.f.fmt_q(b),
            _ => self.bad_verb(verb, Some(v)),
        }
    }

    fn fmt_pointer(&mut self, v: Value, verb: char) {
        let u = match v.t().kind {
            kind::CHAN | kind::FUNC | kind::MAP | kind::POINTER | kind::UNSAFE_POINTER => {
                // SAFETY: these kinds are one pointer word.
                unsafe { v.read::<usize>() as u64 }
            }
            // SAFETY: a slice's first word is its data pointer.
            kind::SLICE => unsafe { v.read::<Slice>().ptr as u64 },
            _ => {
                self.bad_verb(verb, Some(v));
                return;
            }
        };
        match verb {
            'v' => {
                if self.f.flags.sharp_v {
                    self.write(b"(");
                    self.write(v.t().name());
                    self.write(b")(");
                    if u == 0 {
                        self.write(b"nil");
                    } else {
                        self.fmt_0x64(u, true);
                    }
                    self.write(b")");
                } else if u == 0 {
                    self.f.pad(NIL_ANGLE);
                } else {
                    let sharp = !self.f.flags.sharp;
                    self.fmt_0x64(u, sharp);
                }
            }
            'p' => {
                let sharp = !self.f.flags.sharp;
                self.fmt_0x64(u, sharp);
            }
            'b' | 'o' | 'd' | 'x' | 'X' => self.fmt_integer(u, false, verb, v),
            _ => self.bad_verb(verb, Some(v)),
        }
    }

    /// Uses the operand's methods as gc's handleMethods: `Format` for
    /// any verb, `GoString` for `%#v`, `Error` or `String` for the verbs
    /// that print strings. Returns whether it printed.
    fn handle_methods(&mut self, verb: char, v: Value) -> bool {
        if self.erroring {
            return false;
        }
        let t = v.t();
        let mut verb = verb;
        if verb == 'w' {
            let is_error = methods::has_method(t, b"Error", 0);
            if !is_error || !self.wrap_errs {
                self.bad_verb(verb, Some(v));
                return true;
            }
            verb = 'v';
        }
        // The descriptor lists the whole method set (promoted methods
        // too), so its table decides.
        if methods::has_method(t, b"Format", 2) && self.call_method(v, Method::Format, verb) {
            return true;
        }
        if self.f.flags.sharp_v {
            return methods::has_method(t, b"GoString", 0)
                && self.call_method(v, Method::GoString, verb);
        }
        if !matches!(verb, 'v' | 's' | 'x' | 'X' | 'q') {
            return false;
        }
        (methods::has_method(t, b"Error", 0) && self.call_method(v, Method::Error, verb))
            || (methods::has_method(t, b"String", 0) && self.call_method(v, Method::String, verb))
    }

    /// Calls one method of the operand and prints its result, or gc's
    /// catchPanic text when it panicked. False when the operand does not
    /// have the method after all (a different signature).
    fn call_method(&mut self, v: Value, m: Method, verb: char) -> bool {
        let data = v.data_word();
        let (out, pval) = match methods::call(v.typ, data, m, verb, &self.f) {
            methods::Called::Absent => return false,
            methods::Called::Done(out) => (out, None),
            methods::Called::Panicked(out, pval) => (out, Some(pval)),
        };
        match m {
            Method::Format => self.write(&out),
            // Printed unadorned, as gc's fmtS.
            Method::GoString if pval.is_none() => self.f.fmt_s(&out),
            _ if pval.is_none() => self.fmt_string(&out, verb, Some(v)),
            _ => {}
        }
        if let Some(pval) = pval {
            self.catch_panic(v, data, pval, verb, m);
        }
        true
    }

    /// gc's catchPanic: `<nil>` for a nil pointer receiver, else
    /// `%!v(PANIC=String method: <panic value>)`.
    fn catch_panic(&mut self, v: Value, data: usize, pval: Eface, verb: char, m: Method) {
        if methods::is_nil_pointer(v.t(), data) {
            self.write(NIL_ANGLE);
            return;
        }
        if self.panicking {
            // gc re-panics here (the panic value's own method panicked
            // while it was being printed); the runtime cannot unwind its
            // own frames, so it prints the value's type instead.
            self.write(b"%!v(PANIC=");
            // SAFETY: a recovered panic value has a type.
            if !pval.typ.is_null() {
                self.write(unsafe { (*pval.typ).name() });
            }
            self.write(b")");
            return;
        }
        let (flags, wid, prec) = (self.f.flags, self.f.wid, self.f.prec);
        self.f.clear_flags();
        self.write(PERCENT_BANG);
        self.write_rune(verb);
        self.write(b"(PANIC=");
        self.write(m.name());
        self.write(b" method: ");
        self.panicking = true;
        // SAFETY: the panic value is an interface value.
        let pv = unsafe { Value::from_iface(pval.typ, &raw const pval.data as *const usize) };
        self.print_arg(pv, 'v');
        self.panicking = false;
        self.write(b")");
        (self.f.flags, self.f.wid, self.f.prec) = (flags, wid, prec);
    }

    /// Prints one operand of Print/Println/Printf.
    pub fn print_arg(&mut self, arg: Value, verb: char) {
        if arg.typ.is_null() {
            match verb {
                'T' | 'v' => self.f.pad(NIL_ANGLE),
                _ => self.bad_verb(verb, None),
            }
            return;
        }
        match verb {
            'T' => {
                let name = arg.t().name();
                self.f.fmt_s(name);
                return;
            }
            'p' => {
                self.fmt_pointer(arg, 'p');
                return;
            }
            _ => {}
        }
        if has_methods(arg.t()) && self.handle_methods(verb, arg) {
            return;
        }
        self.print_value(arg, verb, 0, true);
    }

    /// Prints a value reached through the descriptors (gc's printValue).
    /// `can_iface` is false below unexported struct fields.
    pub fn print_value(&mut self, v: Value, verb: char, depth: u32, can_iface: bool) {
        if v.typ.is_null() {
            if depth == 0 {
                self.write(b"<invalid reflect.Value>");
            } else if verb == 'v' {
                self.write(NIL_ANGLE);
            } else {
                self.bad_verb(verb, None);
            }
            return;
        }
        if depth > 0 && can_iface && has_methods(v.t()) && self.handle_methods(verb, v) {
            return;
        }
        let t = v.t();
        // SAFETY (for the reads below): `v.ptr` addresses a value of type `t`.
        match t.kind {
            kind::BOOL => self.fmt_bool(unsafe { v.read::<u8>() } != 0, verb, v),
            k if is_int_kind(k) => self.fmt_integer(v.int() as u64, true, verb, v),
            k if is_uint_kind(k) => self.fmt_integer(v.uint(), false, verb, v),
            kind::FLOAT32 => self.fmt_float(unsafe { v.read::<f32>() } as f64, 32, verb, v),
            kind::FLOAT64 => self.fmt_float(unsafe { v.read::<f64>() }, 64, verb, v),
            kind::COMPLEX64 => {
                let [re, im] = unsafe { v.read::<[f32; 2]>() };
                self.fmt_complex(re as f64, im as f64, 64, verb, v)
            }
            kind::COMPLEX128 => {
                let [re, im] = unsafe { v.read::<[f64; 2]>() };
                self.fmt_complex(re, im, 128, verb, v)
            }
            kind::STRING => {
                let s = unsafe { v.read::<GoString>().bytes() };
                self.fmt_string(s, verb, Some(v))
            }
            kind::MAP => self.print_map(v, verb, depth, can_iface),
            kind::STRUCT => {
                if self.f.flags.sharp_v {
                    self.write(t.name());
                }
                self.write(b"{");
                for (i, fld) in t.fields().iter().enumerate() {
                    if i > 0 {
                        self.write(if self.f.flags.sharp_v { b", " } else { b" " });
                    }
                    // SAFETY: field names are valid strings.
                    let name = unsafe { fld.name.bytes() };
                    if (self.f.flags.plus_v || self.f.flags.sharp_v) && !name.is_empty() {
                        self.write(name);
                        self.write(b":");
                    }
                    let fv = Value {
                        typ: fld.typ,
                        ptr: v.ptr.wrapping_add(fld.offset as usize),
                    };
                    self.print_value(fv, verb, depth + 1, can_iface && exported(name));
                }
                self.write(b"}");
            }
            kind::INTERFACE => {
                // SAFETY: an interface value is two words.
                let inner = unsafe {
                    let dt = iface_dyn_type(t, v.ptr);
                    Value::from_iface(dt, (v.ptr as *const usize).add(1))
                };
                if inner.typ.is_null() {
                    if self.f.flags.sharp_v {
                        self.write(t.name());
                        self.write(NIL_PAREN);
                    } else {
                        self.write(NIL_ANGLE);
                    }
                } else {
                    self.print_value(inner, verb, depth + 1, can_iface);
                }
            }
            kind::ARRAY | kind::SLICE => self.print_list(v, verb, depth, can_iface),
            kind::POINTER => {
                // SAFETY: a pointer is one word.
                let p = unsafe { v.read::<*const u8>() };
                if depth == 0 && !p.is_null() && !t.elem.is_null() {
                    let et = v.elem_type();
                    if matches!(
                        et.kind,
                        kind::ARRAY | kind::SLICE | kind::STRUCT | kind::MAP
                    ) {
                        self.write(b"&");
                        self.print_value(Value { typ: et, ptr: p }, verb, depth + 1, can_iface);
                        return;
                    }
                }
                self.fmt_pointer(v, verb)
            }
            kind::CHAN | kind::FUNC | kind::UNSAFE_POINTER => self.fmt_pointer(v, verb),
            _ => {
                self.write(b"?");
                self.write(t.name());
                self.write(b"?");
            }
        }
    }

    fn print_list(&mut self, v: Value, verb: char, depth: u32, can_iface: bool) {
        let t = v.t();
        let et = v.elem_type();
        let (base, n, is_nil) = if t.kind == kind::SLICE {
            // SAFETY: a slice header.
            let s = unsafe { v.read::<Slice>() };
            (s.ptr as *const u8, s.len.max(0) as usize, s.ptr.is_null())
        } else {
            (v.ptr, t.len as usize, false)
        };
        if matches!(verb, 's' | 'q' | 'x' | 'X') && et.kind == kind::UINT8 {
            let bytes: &[u8] = if n == 0 || base.is_null() {
                &[]
            } else {
                // SAFETY: n bytes of backing array.
                unsafe { core::slice::from_raw_parts(base, n) }
            };
            self.fmt_bytes(bytes, verb, v, is_nil);
            return;
        }
        let sharp_v = self.f.flags.sharp_v;
        if sharp_v {
            // gc's printArg formats an operand of the unnamed type []byte
            // itself, naming it `[]byte`; reached through reflection (any
            // nesting, named types, arrays) the type prints as `[]uint8`.
            let plain_bytes = depth == 0
                && t.kind == kind::SLICE
                && !t.is_named()
                && et.kind == kind::UINT8
                && !et.is_named();
            self.write(if plain_bytes { b"[]byte" } else { t.name() });
            if is_nil {
                self.write(NIL_PAREN);
                return;
            }
            self.write(b"{");
        } else {
            self.write(b"[");
        }
        for i in 0..n {
            if i > 0 {
                self.write(if sharp_v { b", " } else { b" " });
            }
            let ev = Value {
                typ: et,
                ptr: base.wrapping_add(i * et.size as usize),
            };
            self.print_value(ev, verb, depth + 1, can_iface);
        }
        self.write(if sharp_v { b"}" } else { b"]" });
    }

    /// Maps print their entries sorted by key (gc's fmtsort).
    fn print_map(&mut self, v: Value, verb: char, depth: u32, can_iface: bool) {
        let t = v.t();
        // SAFETY: a map is one pointer word.
        let m = unsafe { v.read::<*const crate::map::HMap>() };
        let sharp_v = self.f.flags.sharp_v;
        if sharp_v {
            self.write(t.name());
            if m.is_null() {
                self.write(NIL_PAREN);
                return;
            }
            self.write(b"{");
        } else {
            self.write(b"map[");
        }
        // SAFETY: m is a live map of type t (or null).
        let mut entries = unsafe { crate::map::entries(t, m) };
        if !t.key.is_null() && !t.elem.is_null() {
            // SAFETY: map descriptors carry key and value types.
            let (kt, vt) = unsafe { (&*t.key, &*t.elem) };
            // SAFETY: the addresses point at keys of type kt.
            entries.sort_by(|a, b| unsafe { super::sort::compare(kt, a.0, b.0) });
            for (i, &(k, val)) in entries.iter().enumerate() {
                if i > 0 {
                    self.write(if sharp_v { b", " } else { b" " });
                }
                self.print_value(Value { typ: kt, ptr: k }, verb, depth + 1, can_iface);
                self.write(b":");
                self.print_value(Value { typ: vt, ptr: val }, verb, depth + 1, can_iface);
            }
        }
        self.write(if sharp_v { b"}" } else { b"]" });
    }

    /// Print: spaces between operands when neither side is a string.
    pub fn do_print(&mut self, args: &[Eface]) {
        let mut prev_string = false;
        for (i, a) in args.iter().enumerate() {
            // SAFETY: a non-null type word is a valid descriptor.
            let is_string = !a.typ.is_null() && unsafe { (*a.typ).kind } == kind::STRING;
            if i > 0 && !is_string && !prev_string {
                self.write(b" ");
            }
            self.print_arg(arg_value(a), 'v');
            prev_string = is_string;
        }
    }

    /// Println: spaces between all operands, newline at the end.
    pub fn do_println(&mut self, args: &[Eface]) {
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                self.write(b" ");
            }
            self.print_arg(arg_value(a), 'v');
        }
        self.write(b"\n");
    }

    fn int_from_arg(args: &[Eface], arg_num: usize) -> (i64, bool, usize) {
        let Some(a) = args.get(arg_num) else {
            return (0, false, arg_num);
        };
        let v = arg_value(a);
        let (mut num, mut ok) = (0, false);
        if !v.typ.is_null() {
            let k = v.t().kind;
            if is_int_kind(k) {
                num = v.int();
                ok = true;
            } else if is_uint_kind(k) {
                let u = v.uint();
                if (u as i64) >= 0 {
                    num = u as i64;
                    ok = true;
                }
            }
        }
        // Widths and precisions above 1e6 are refused (gc's tooLarge).
        if !(-1_000_000..=1_000_000).contains(&num) {
            return (0, false, arg_num + 1);
        }
        (num, ok, arg_num + 1)
    }

    /// Parses `[n]` at `i`: (new arg index, new i, found).
    fn arg_number(
        &mut self,
        arg_num: usize,
        format: &[u8],
        i: usize,
        nargs: usize,
    ) -> (usize, usize, bool) {
        if format.len() <= i || format[i] != b'[' {
            return (arg_num, i, false);
        }
        self.reordered = true;
        let (index, wid, ok) = parse_arg_number(&format[i..]);
        if ok && index >= 0 && (index as usize) < nargs {
            return (index as usize, i + wid, true);
        }
        self.good_arg_num = false;
        (arg_num, i + wid, ok)
    }

    /// Printf.
    pub fn do_printf(&mut self, format: &[u8], args: &[Eface]) {
        let end = format.len();
        let mut arg_num = 0usize;
        let mut after_index;
        self.reordered = false;
        let mut i = 0;
        'format: while i < end {
            self.good_arg_num = true;
            let last = i;
            while i < end && format[i] != b'%' {
                i += 1;
            }
            if i > last {
                self.write(&format[last..i]);
            }
            if i >= end {
                break;
            }
            i += 1; // skip %
            self.f.clear_flags();
            // Flags, with a fast path for a plain verb right after them.
            while i < end {
                let c = format[i];
                match c {
                    b'#' => self.f.flags.sharp = true,
                    b'0' => self.f.flags.zero = true,
                    b'+' => self.f.flags.plus = true,
                    b'-' => self.f.flags.minus = true,
                    b' ' => self.f.flags.space = true,
                    _ => {
                        if c.is_ascii_lowercase() && arg_num < args.len() {
                            if c == b'v' || c == b'w' {
                                self.set_v_flags();
                            }
                            self.print_arg(arg_value(&args[arg_num]), c as char);
                            arg_num += 1;
                            i += 1;
                            continue 'format;
                        }
                        break;
                    }
                }
                i += 1;
            }
            (arg_num, i, after_index) = self.arg_number(arg_num, format, i, args.len());
            if i < end && format[i] == b'*' {
                i += 1;
                let (w, ok, n) = Self::int_from_arg(args, arg_num);
                (self.f.wid, self.f.flags.wid_present, arg_num) = (w, ok, n);
                if !ok {
                    self.write(b"%!(BADWIDTH)");
                }
                if self.f.wid < 0 {
                    self.f.wid = -self.f.wid;
                    self.f.flags.minus = true;
                    self.f.flags.zero = false;
                }
                after_index = false;
            } else {
                let (w, ok, ni) = parse_num(format, i, end);
                (self.f.wid, self.f.flags.wid_present, i) = (w, ok, ni);
                if after_index && ok {
                    self.good_arg_num = false;
                }
            }
            if i + 1 < end && format[i] == b'.' {
                i += 1;
                if after_index {
                    self.good_arg_num = false;
                }
                (arg_num, i, after_index) = self.arg_number(arg_num, format, i, args.len());
                if i < end && format[i] == b'*' {
                    i += 1;
                    let (p, ok, n) = Self::int_from_arg(args, arg_num);
                    (self.f.prec, self.f.flags.prec_present, arg_num) = (p, ok, n);
                    if self.f.prec < 0 {
                        self.f.prec = 0;
                        self.f.flags.prec_present = false;
                    }
                    if !ok {
                        self.write(b"%!(BADPREC)");
                    }
                    after_index = false;
                } else {
                    let (p, ok, ni) = parse_num(format, i, end);
                    (self.f.prec, self.f.flags.prec_present, i) = (p, ok, ni);
                    if !ok {
                        self.f.prec = 0;
                        self.f.flags.prec_present = true;
                    }
                }
            }
            if !after_index {
                (arg_num, i, _) = self.arg_number(arg_num, format, i, args.len());
            }
            if i >= end {
                self.write(b"%!(NOVERB)");
                break;
            }
            let (r, size) = crate::utf8::decode(&format[i..]);
            let verb = char::from_u32(r).unwrap_or('\u{fffd}');
            i += size;
            if verb == '%' {
                self.write(b"%");
            } else if !self.good_arg_num {
                self.write(PERCENT_BANG);
                self.write_rune(verb);
                self.write(b"(BADINDEX)");
            } else if arg_num >= args.len() {
                self.write(PERCENT_BANG);
                self.write_rune(verb);
                self.write(b"(MISSING)");
            } else {
                if verb == 'v' || verb == 'w' {
                    self.set_v_flags();
                }
                self.print_arg(arg_value(&args[arg_num]), verb);
                arg_num += 1;
            }
        }
        if !self.reordered && arg_num < args.len() {
            self.f.clear_flags();
            self.write(b"%!(EXTRA ");
            for (k, a) in args[arg_num..].iter().enumerate() {
                if k > 0 {
                    self.write(b", ");
                }
                if a.typ.is_null() {
                    self.write(NIL_ANGLE);
                } else {
                    // SAFETY: valid descriptor.
                    self.write(unsafe { (*a.typ).name() });
                    self.write(b"=");
                    self.print_arg(arg_value(a), 'v');
                }
            }
            self.write(b")");
        }
    }

    /// `%v` takes `#` and `+` as the Go-syntax and field-name modes.
    fn set_v_flags(&mut self) {
        let fl = &mut self.f.flags;
        fl.sharp_v = fl.sharp;
        fl.sharp = false;
        fl.plus_v = fl.plus;
        fl.plus = false;
    }
}

impl Default for Printer {
    fn default() -> Self {
        Self::new()
    }
}

/// The value of a `...any` operand. The address is of the interface's own
/// data word for direct types, so it stays valid while `a` does.
fn arg_value(a: &Eface) -> Value {
    // SAFETY: `a` is a valid interface value.
    unsafe { Value::from_iface(a.typ, &a.data as *const *const u8 as *const usize) }
}

/// gc's parsenum: a decimal number at `s[start..end]`.
fn parse_num(s: &[u8], start: usize, end: usize) -> (i64, bool, usize) {
    if start >= end {
        return (0, false, end);
    }
    let (mut num, mut isnum) = (0i64, false);
    let mut i = start;
    while i < end && s[i].is_ascii_digit() {
        if num > 1_000_000 {
            return (0, false, end);
        }
        num = num * 10 + (s[i] - b'0') as i64;
        isnum = true;
        i += 1;
    }
    (num, isnum, i)
}

/// Parses `[n]`: (zero-based index, bytes consumed, ok).
fn parse_arg_number(format: &[u8]) -> (i64, usize, bool) {
    if format.len() < 3 {
        return (0, 1, false);
    }
    for i in 1..format.len() {
        if format[i] == b']' {
            let (w, ok, ni) = parse_num(format, 1, i);
            if !ok || ni != i {
                return (0, i + 1, false);
            }
            return (w - 1, i + 1, true);
        }
    }
    (0, 1, false)
}
