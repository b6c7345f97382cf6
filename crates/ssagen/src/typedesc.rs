//! Type descriptors (`type:<string>` data objects, docs/abi.md) and
//! boxing values into `any`.

use ssa::{
    BinaryOp, CallConv, ConvOp, DataObject, InstData, IntCC, Linkage, Reloc, Signature, Type as T,
    Value, ValueDef,
};
use types::{BasicKind, Type, TypeId};

use crate::Gen;
use crate::abi::FuncAbi;
use crate::alloc::MAX_STACK_IFACE_BOX;
use crate::func::{Fx, Val};
use syntax::ast::NodeId;
use types::ObjId;

const TYPE_SIZE: usize = 112;
/// Arrays with more pointer words than this get no pointer bitmap (their
/// objects are scanned conservatively, docs/gc.md).
const MAX_MASK_WORDS: u64 = 1 << 20;
const FIELD_SIZE: usize = 40;
const METHOD_SIZE: usize = 32;

fn fnv1a(s: &str) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for b in s.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

/// reflect.Kind of a type.
fn kind_of(t: &Type) -> u8 {
    use BasicKind::*;
    match t {
        Type::Basic(k) => match k {
            Bool | UntypedBool => 1,
            Int | UntypedInt => 2,
            Int8 => 3,
            Int16 => 4,
            Int32 | UntypedRune => 5,
            Int64 => 6,
            Uint => 7,
            Uint8 => 8,
            Uint16 => 9,
            Uint32 => 10,
            Uint64 => 11,
            Uintptr => 12,
            Float32 => 13,
            Float64 | UntypedFloat => 14,
            Complex64 => 15,
            Complex128 => 16,
            String | UntypedString => 24,
            UnsafePointer => 26,
            Invalid | UntypedNil => 0,
        },
        Type::Array { .. } => 17,
        Type::Chan { .. } => 18,
        Type::Func(_) => 19,
        Type::Interface(_) => 20,
        Type::Map { .. } => 21,
        Type::Pointer(_) => 22,
        Type::Slice(_) => 23,
        Type::Struct(_) => 25,
        Type::Tuple(_) | Type::Named(_) => 0,
    }
}

impl Gen<'_> {
    /// gc's `PtrBytes` and `GCData` of `t`: the length of the prefix that
    /// holds pointers and one bit per 8-byte word of it (low bit first),
    /// set for pointer words. None for values too large to describe.
    pub fn ptr_mask(&self, t: TypeId) -> Option<(u64, Vec<u8>)> {
        let mut words = Vec::new();
        self.ptr_words(t, 0, &mut words)?;
        let Some(&last) = words.last() else {
            return Some((0, Vec::new()));
        };
        let mut mask = vec![0u8; (last as usize + 1).div_ceil(8)];
        for w in words {
            mask[w as usize / 8] |= 1 << (w % 8);
        }
        Some(((last + 1) * 8, mask))
    }

    /// Appends (in increasing order) the word indexes of the pointers in
    /// a value of type `t` at byte offset `base`.
    pub(crate) fn ptr_words(&self, t: TypeId, base: u64, out: &mut Vec<u64>) -> Option<()> {
        if out.len() as u64 > MAX_MASK_WORDS {
            return None;
        }
        match self.tt.under(t) {
            Type::Basic(k) => {
                if matches!(
                    k,
                    BasicKind::String | BasicKind::UntypedString | BasicKind::UnsafePointer
                ) {
                    out.push(base / 8);
                }
            }
            Type::Pointer(_)
            | Type::Map { .. }
            | Type::Chan { .. }
            | Type::Func(_)
            | Type::Slice(_) => out.push(base / 8),
            // Both words: the itab or type word points at static data,
            // which marking ignores, as gc's bitmaps mark it too.
            Type::Interface(_) => {
                out.push(base / 8);
                out.push(base / 8 + 1);
            }
            Type::Array { elem, len } => {
                let (elem, len) = (*elem, *len);
                let es = self.tt.size_of(elem);
                let before = out.len();
                self.ptr_words(elem, base, out)?;
                if out.len() > before {
                    if (out.len() - before) as u64 * len > MAX_MASK_WORDS {
                        return None;
                    }
                    let one: Vec<u64> = out[before..].to_vec();
                    for i in 1..len {
                        out.extend(one.iter().map(|w| w + i * es / 8));
                    }
                }
            }
            Type::Struct(fs) => {
                let tys: Vec<TypeId> = fs.iter().map(|f| f.ty).collect();
                let offs = self.tt.field_offsets(t);
                for (ty, o) in tys.into_iter().zip(offs) {
                    self.ptr_words(ty, base + o, out)?;
                }
            }
            Type::Tuple(_) | Type::Named(_) => {}
        }
        Some(())
    }

    pub fn is_pointer_shaped(&self, t: TypeId) -> bool {
        matches!(
            self.tt.under(t),
            Type::Pointer(_)
                | Type::Map { .. }
                | Type::Chan { .. }
                | Type::Func(_)
                | Type::Basic(BasicKind::UnsafePointer)
        )
    }

    fn comparable(&self, t: TypeId) -> bool {
        match self.tt.under(t) {
            Type::Slice(_) | Type::Map { .. } | Type::Func(_) => false,
            Type::Array { elem, .. } => self.comparable(*elem),
            Type::Struct(fs) => fs.iter().all(|f| self.comparable(f.ty)),
            _ => true,
        }
    }

    /// The symbol of `t`'s descriptor, emitting it (and everything it
    /// references) on first use.
    pub fn typedesc(&mut self, t: TypeId) -> String {
        // Untyped constants that reach here use their default type.
        let t = match self.tt.basic_kind(t) {
            Some(BasicKind::UntypedInt) => self.tt.basic(BasicKind::Int),
            Some(BasicKind::UntypedRune) => self.tt.basic(BasicKind::Int32),
            Some(BasicKind::UntypedFloat) => self.tt.basic(BasicKind::Float64),
            Some(BasicKind::UntypedString) => self.tt.basic(BasicKind::String),
            Some(BasicKind::UntypedBool) => self.tt.basic(BasicKind::Bool),
            _ => t,
        };
        if let Some(sym) = self.typedesc_of.get(&t) {
            return sym.clone();
        }
        let name = self.tt.type_string(t, true);
        // Runtime-made values (`*runtime.PanicNilError`) use the runtime's
        // own descriptor, so assertions to the type match them.
        if let Some(sym) = crate::rterror::runtime_typedesc(&name) {
            self.typedesc_of.insert(t, sym.to_string());
            return sym.to_string();
        }
        let mut sym = format!("type:{name}");
        // Distinct types can print alike (`struct { int }` with an alias
        // field name): they still need distinct descriptors.
        let mut n = 1;
        while !self.typedescs.insert(sym.clone()) {
            n += 1;
            sym = format!("type:{name}·{n}");
        }
        self.typedesc_of.insert(t, sym.clone());
        let under = self.tt.under(t).clone();
        let named = matches!(self.tt.get(t), Type::Named(_));
        let mut bytes = vec![0u8; TYPE_SIZE];
        let mut relocs = Vec::new();
        let put = |bytes: &mut Vec<u8>, off: usize, v: u64, n: usize| {
            bytes[off..off + n].copy_from_slice(&v.to_le_bytes()[..n]);
        };
        put(&mut bytes, 0, self.tt.size_of(t), 8);
        put(&mut bytes, 8, u64::from(fnv1a(&name)), 4);
        put(&mut bytes, 12, u64::from(kind_of(&under)), 1);
        put(&mut bytes, 13, self.tt.align_of(t), 1);
        let mask = self.ptr_mask(t);
        let flags = u64::from(named)
            | (u64::from(self.comparable(t)) << 1)
            | (u64::from(self.is_pointer_shaped(t)) << 2)
            | (u64::from(mask.is_some()) << 3);
        put(&mut bytes, 14, flags, 2);
        if let Some((ptrdata, bits)) = mask {
            put(&mut bytes, 96, ptrdata, 8);
            if !bits.is_empty() {
                let gsym = self.string_data(&bits);
                relocs.push(Reloc {
                    offset: 104,
                    symbol: gsym,
                    addend: 0,
                });
            }
        }
        let nsym = self.string_data(name.as_bytes());
        relocs.push(Reloc {
            offset: 16,
            symbol: nsym,
            addend: 0,
        });
        put(&mut bytes, 24, name.len() as u64, 8);
        let reloc_type = |g: &mut Gen<'_>, relocs: &mut Vec<Reloc>, off: u32, ty: TypeId| {
            let s = g.typedesc(ty);
            relocs.push(Reloc {
                offset: off,
                symbol: s,
                addend: 0,
            });
        };
        // (name, type, offset, embedded) entries appended after the header.
        let mut fields: Vec<(String, TypeId, u64, bool)> = Vec::new();
        match &under {
            Type::Pointer(e) | Type::Slice(e) | Type::Chan { elem: e, .. } => {
                reloc_type(self, &mut relocs, 32, *e);
            }
            Type::Array { elem, len } => {
                reloc_type(self, &mut relocs, 32, *elem);
                put(&mut bytes, 48, *len, 8);
            }
            Type::Map { key, value } => {
                reloc_type(self, &mut relocs, 32, *value);
                reloc_type(self, &mut relocs, 40, *key);
            }
            Type::Struct(fs) => {
                let offs = self.tt.field_offsets(t);
                for (f, o) in fs.iter().zip(offs) {
                    fields.push((f.name.clone(), f.ty, o, f.embedded));
                }
            }
            Type::Func(sig) => {
                for p in sig.params.iter().chain(&sig.results) {
                    fields.push((String::new(), *p, 0, false));
                }
                put(&mut bytes, 80, sig.results.len() as u64, 8);
                put(&mut bytes, 88, u64::from(sig.variadic), 8);
            }
            _ => {}
        }
        // Method set: T's value-receiver methods; for *T all of T's.
        let methods = self.method_entries(t);
        let fields_len = fields.len();
        if !fields.is_empty() {
            let n = fields.len();
            if !matches!(under, Type::Func(_)) {
                put(&mut bytes, 48, n as u64, 8);
            } else if let Type::Func(sig) = &under {
                put(&mut bytes, 48, sig.params.len() as u64, 8);
            }
            relocs.push(Reloc {
                offset: 56,
                symbol: sym.clone(),
                addend: TYPE_SIZE as i64,
            });
            bytes.resize(TYPE_SIZE + n * FIELD_SIZE, 0);
            for (i, (fname, fty, off, emb)) in fields.into_iter().enumerate() {
                let base = TYPE_SIZE + i * FIELD_SIZE;
                if !fname.is_empty() {
                    let s = self.string_data(fname.as_bytes());
                    relocs.push(Reloc {
                        offset: base as u32,
                        symbol: s,
                        addend: 0,
                    });
                }
                put(&mut bytes, base + 8, fname.len() as u64, 8);
                reloc_type(self, &mut relocs, (base + 16) as u32, fty);
                put(&mut bytes, base + 24, off, 8);
                put(&mut bytes, base + 32, u64::from(emb), 8);
            }
        }
        if !methods.is_empty() {
            let base = TYPE_SIZE + fields_len * FIELD_SIZE;
            relocs.push(Reloc {
                offset: 64,
                symbol: sym.clone(),
                addend: base as i64,
            });
            put(&mut bytes, 72, methods.len() as u64, 8);
            bytes.resize(base + methods.len() * METHOD_SIZE, 0);
            for (i, m) in methods.into_iter().enumerate() {
                let at = base + i * METHOD_SIZE;
                let mname = m.name;
                let ns = self.string_data(mname.as_bytes());
                relocs.push(Reloc {
                    offset: at as u32,
                    symbol: ns,
                    addend: 0,
                });
                put(&mut bytes, at + 8, mname.len() as u64, 8);
                reloc_type(self, &mut relocs, (at + 16) as u32, m.mtyp);
                if let Some(ifn) = m.ifn {
                    relocs.push(Reloc {
                        offset: (at + 24) as u32,
                        symbol: ifn,
                        addend: 0,
                    });
                }
            }
        }
        self.module.data.push(DataObject {
            name: sym.clone(),
            bytes,
            relocs,
            align: 8,
            readonly: true,
            linkage: Linkage::Local,
        });
        sym
    }
}

impl Gen<'_> {
    /// A descriptor that carries only what the collector reads (size,
    /// `PtrBytes`, `GCData`, flag bit 3) for a heap object ssagen lays out
    /// without a Go type: closures, method values, `defer` and `go`
    /// records (gc gives these a struct type). `words` are the indexes of
    /// its pointer words, in increasing order. Equal layouts share one
    /// read-only symbol `go:gclayout.<size>.<mask in hex>`; no `%T` or
    /// interface ever sees it.
    pub fn layout_desc(&mut self, size: u64, words: &[u64]) -> String {
        let mut mask = vec![0u8; words.last().map_or(0, |&w| w as usize / 8 + 1)];
        for &w in words {
            mask[w as usize / 8] |= 1 << (w % 8);
        }
        let hex: String = mask.iter().map(|b| format!("{b:02x}")).collect();
        let sym = format!("go:gclayout.{size}.{hex}");
        if !self.typedescs.insert(sym.clone()) {
            return sym;
        }
        let mut bytes = vec![0u8; TYPE_SIZE];
        bytes[0..8].copy_from_slice(&size.div_ceil(8).wrapping_mul(8).to_le_bytes());
        bytes[12] = 25; // struct
        bytes[13] = 8;
        bytes[14] = 1 << 3;
        let mut relocs = Vec::new();
        if let Some(&last) = words.last() {
            bytes[96..104].copy_from_slice(&((last + 1) * 8).to_le_bytes());
            relocs.push(Reloc {
                offset: 104,
                symbol: self.string_data(&mask),
                addend: 0,
            });
        }
        self.module.data.push(DataObject {
            name: sym.clone(),
            bytes,
            relocs,
            align: 8,
            readonly: true,
            linkage: Linkage::Local,
        });
        sym
    }

    /// The SystemV adapter `fn(recv_data_word, out *string)` through which
    /// the runtime calls `String`/`Error` methods (runtime/README.md); other
    /// methods get none yet.
    pub(crate) fn method_adapter(&mut self, t: TypeId, m: ObjId) -> Option<String> {
        let o = self.info.obj(m);
        let r = o.recv?;
        if !(o.name == "String" || o.name == "Error") {
            return None;
        }
        let string = self.tt.basic(BasicKind::String);
        match self.tt.under(o.ty) {
            Type::Func(sig) if sig.params.is_empty() && sig.results == [string] => {}
            _ => return None,
        }
        let msym = self.func_symbol(m);
        let name = format!("{}·ifn·{}", msym, self.tt.type_string(t, true));
        let boxed_ptr = matches!(self.tt.get(t), Type::Pointer(_));
        let rty = if r.pointer {
            self.tt.pointer(r.named)
        } else {
            r.named
        };
        let inner = FuncAbi::new(&self.tt, &[rty], &[string], false);
        let mut fabi = FuncAbi::new(&self.tt, &[], &[], false);
        fabi.sig = ssa::Signature::new(vec![T::I64, T::I64], vec![], ssa::CallConv::C);
        let mut func = ssa::Function::new(&name, fabi.sig.clone(), Linkage::Local);
        {
            let b = ssa::FunctionBuilder::new(&mut func);
            let mut fx = Fx::new(self, b, name.clone(), fabi);
            let args = fx.start();
            let (data, out) = (args[0], args[1]);
            let path =
                fx.g.find_method(t, &fx.g.info.obj(m).name)
                    .map(|(_, p)| p)
                    .unwrap_or_default();
            let recv = if !path.is_empty() {
                // Promoted through embedded fields.
                let (cur, is_ptr) = match fx.g.tt.get(t) {
                    Type::Pointer(e) => (*e, true),
                    _ => (t, false),
                };
                fx.receiver_walk(data, cur, is_ptr, &path, r).0
            } else if r.pointer || (!boxed_ptr && fx.g.is_pointer_shaped(rty)) {
                // The data word is the pointer (or pointer-shaped value).
                Val::scalar(data)
            } else {
                // A boxed T, or *T calling a value method: load through it.
                fx.nil_check(data);
                let v = fx.load_mem(data, rty);
                fx.materialize(rty, v)
            };
            let res = fx.go_call(&inner, |b, sig, a| b.call(&msym, sig, a), None, vec![recv]);
            if let Some(Val::S(ls)) = res.first()
                && ls.len() == 2
            {
                fx.b.store(ls[0], out, 0);
                fx.b.store(ls[1], out, 8);
            }
            fx.b.return_(&[]);
            fx.b.finish();
        }
        self.module.functions.push(func);
        Some(name)
    }
}

impl Fx<'_, '_, '_> {
    /// Converts a value of concrete type `from` to `any`: `(type, data)`
    /// with pointer-shaped values stored directly and others boxed in a
    /// heap copy.
    pub fn box_any(&mut self, v: Val, from: TypeId) -> Val {
        let from = match self.g.tt.basic_kind(from) {
            Some(BasicKind::UntypedInt) => self.g.tt.basic(BasicKind::Int),
            Some(BasicKind::UntypedRune) => self.g.tt.basic(BasicKind::Int32),
            Some(BasicKind::UntypedFloat) => self.g.tt.basic(BasicKind::Float64),
            Some(BasicKind::UntypedString) => self.g.tt.basic(BasicKind::String),
            Some(BasicKind::UntypedBool) => self.g.tt.basic(BasicKind::Bool),
            _ => from,
        };
        // The box of a conversion that does not escape is a frame
        // temporary (walk/convert.go dataWord: after the static cases,
        // `conv.Esc() == EscNone && fromType.Size() <= 1024`).
        let size = self.g.tt.size_of(from);
        let site = self.box_site.take();
        let stack = site.is_some_and(|site| self.on_stack(site, size, MAX_STACK_IFACE_BOX));
        let sym = self.g.typedesc(from);
        let tab = self.b.symbol_addr(&sym);
        let data = if self.g.is_pointer_shaped(from) {
            v.v()
        } else if self.g.tt.size_of(from) == 0 {
            self.b.symbol_addr("runtime.zerobase")
        } else if let Some(p) = self
            .box_const_string(&v, from)
            .or_else(|| self.box_small(&v, from, stack, site))
        {
            p
        } else if stack {
            let p = self.frame_object(size);
            self.store_mem(p, from, &v);
            p
        } else {
            let p = self.alloc(from);
            self.store_mem(p, from, &v);
            p
        };
        Val::S(vec![tab, data])
    }

    /// gc's `SoleComponent`: the only element of a one-field struct or a
    /// one-element array, recursively; else `t` itself.
    fn sole_component(&self, t: TypeId) -> Option<TypeId> {
        match self.under(t) {
            Type::Struct(fs) if fs.len() == 1 => self.sole_component(fs[0].ty),
            Type::Struct(_) => None,
            Type::Array { elem, len: 1 } => self.sole_component(*elem),
            Type::Array { .. } => None,
            _ => Some(t),
        }
    }

    /// The data word gc gives a boxed value without allocating or with
    /// its specialized runtime conversions (walk/convert.go dataWord and
    /// dataWordFuncName): a one-byte bool or integer (sole component)
    /// points into `runtime.staticuint64s`; a constant is a read-only
    /// copy shared by equal constants (order's content-addressable
    /// readonlystaticname); a heap box of 2, 4 or 8 bytes (naturally
    /// aligned, no pointers: any type, floats by their bits) goes through
    /// `runtime.gocc_convT` (gc's convT16/32/64: values below 256 share
    /// `staticuint64s`); a heap box whose sole component is an empty
    /// string or a slice with a nil array is `runtime.zeroVal` (convTstring,
    /// convTslice). The pointer is observable: the panic report prints a
    /// value re-panicked (same pointer) once.
    fn box_small(
        &mut self,
        v: &Val,
        from: TypeId,
        stack: bool,
        site: Option<NodeId>,
    ) -> Option<Value> {
        let size = self.g.tt.size_of(from);
        let align = self.g.tt.align_of(from);
        let sole = self.sole_component(from);
        let sole_int = sole.and_then(|t| match self.under(t) {
            Type::Basic(k) => Some(*k),
            _ => None,
        });
        let is_bool = sole_int == Some(BasicKind::Bool);
        let is_int = sole_int.is_some_and(|k| k.is_integer());
        if is_bool || (size == 1 && is_int) {
            let x = match v.leaves() {
                [x] => *x,
                _ => {
                    let a = self.spill(from, v.clone());
                    self.b.load(T::I8, a, 0)
                }
            };
            let wide = if self.b.value_type(x) == T::I64 {
                x
            } else {
                self.b.convert(ConvOp::Uextend, T::I64, x)
            };
            let base = self.b.symbol_addr("runtime.staticuint64s");
            let three = self.b.iconst(T::I64, 3);
            let off = self.b.binary(BinaryOp::Ishl, wide, three);
            return Some(self.b.binary(BinaryOp::Iadd, base, off));
        }
        if let Some(bytes) = site.and_then(|s| self.static_lits.get(&s)) {
            // order's addrTemp: a zero literal is `runtime.zeroVal`, another
            // a read-only static the linker merges with equal ones.
            if bytes.iter().all(|&b| b == 0) && size <= 1024 {
                return Some(self.b.symbol_addr("runtime.zeroVal"));
            }
            let bytes = bytes.clone();
            let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
            let name = format!("go:box.{hex}");
            self.static_box(&name, bytes, Vec::new(), 8);
            return Some(self.b.symbol_addr(&name));
        }
        // A constant operand, or (like gc, which boxes a never-reassigned
        // local initialized by a constant as that constant) a basic value
        // the IR has as a constant.
        let is_const = matches!(self.under(from), Type::Basic(_))
            || site.is_some_and(|s| {
                self.g
                    .info
                    .expr_types
                    .get(&s)
                    .is_some_and(|tv| tv.value.is_some())
            });
        if is_const && let Val::S(leaves) = v {
            // Every leaf a constant: the bytes at the leaves' offsets.
            let mut bytes = vec![0u8; size as usize];
            let layout = crate::abi::leaves(&self.g.tt, from);
            let mut all = layout.len() == leaves.len();
            for (l, x) in layout.iter().zip(leaves) {
                let bits = match self.b.func.value_def(*x) {
                    ValueDef::Result(inst, 0) => match *self.b.func.inst(inst) {
                        InstData::Iconst { imm, .. } => Some(imm as u64),
                        InstData::Fconst { bits, .. } => Some(bits),
                        _ => None,
                    },
                    _ => None,
                };
                let Some(bits) = bits else {
                    all = false;
                    break;
                };
                let (at, n) = (l.off as usize, l.ty.bytes() as usize);
                bytes[at..at + n].copy_from_slice(&bits.to_le_bytes()[..n]);
            }
            if all {
                let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
                let name = format!("go:box.{hex}");
                self.static_box(&name, bytes, Vec::new(), 8);
                return Some(self.b.symbol_addr(&name));
            }
        }
        if stack {
            // A frame temporary comes before the runtime conversions in
            // gc's dataWord.
            return None;
        }
        let noptr = !self.has_pointers(from);
        let conv = match size {
            2 if align == 2 => Some(T::I16),
            4 if align == 4 && noptr => Some(T::I32),
            8 if align == 8 && noptr => Some(T::I64),
            _ => None,
        };
        if let Some(ty) = conv {
            let x = match v.leaves() {
                [x] if self.b.value_type(*x) == ty => *x,
                _ => {
                    let a = self.spill(from, v.clone());
                    self.b.load(ty, a, 0)
                }
            };
            let wide = if ty == T::I64 {
                x
            } else {
                self.b.convert(ConvOp::Uextend, T::I64, x)
            };
            let n = self.b.iconst(T::I64, size as i64);
            let sig = Signature::new(vec![T::I64, T::I64], vec![T::I64], CallConv::C);
            return Some(self.b.call("runtime.gocc_convT", &sig, &[wide, n])[0]);
        }
        let word = match sole.map(|t| self.under(t).clone()) {
            Some(Type::Basic(k)) if k.is_string() => 8,
            Some(Type::Slice(_)) => 0,
            _ => return None,
        };
        // convTstring / convTslice: the zero value for "" and a slice
        // with a nil array, else a heap copy.
        let a = self.spill(from, v.clone());
        let w = self.b.load(T::I64, a, word);
        let zero = self.b.iconst(T::I64, 0);
        let is_zero = self.b.icmp(IntCC::Eq, w, zero);
        let (zb, hb, join) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        let res = self.b.append_block_param(join, T::I64);
        self.b.brif(is_zero, zb, &[], hb, &[]);
        self.b.seal_block(zb);
        self.b.seal_block(hb);
        self.b.switch_to_block(zb);
        let zv = self.b.symbol_addr("runtime.zeroVal");
        self.b.jump(join, &[zv]);
        self.b.switch_to_block(hb);
        let p = self.alloc(from);
        let al = align.min(8) as u8;
        self.b.memcpy(p, a, size, al);
        self.b.jump(join, &[p]);
        self.b.seal_block(join);
        self.b.switch_to_block(join);
        Some(res)
    }

    /// The constant an `iconst` defined `x` with, if it did.
    fn iconst_of(&self, x: Value) -> Option<i64> {
        match self.b.func.value_def(x) {
            ValueDef::Result(inst, 0) => match *self.b.func.inst(inst) {
                InstData::Iconst { imm, .. } => Some(imm),
                _ => None,
            },
            _ => None,
        }
    }

    /// A boxed string constant: a read-only string header shared by every
    /// conversion of the same constant (gc makes a read-only static per
    /// conversion, and the linker merges equal ones).
    fn box_const_string(&mut self, v: &Val, from: TypeId) -> Option<Value> {
        if !matches!(self.under(from), Type::Basic(BasicKind::String)) {
            return None;
        }
        let [p, n] = v.leaves() else {
            return None;
        };
        let len = self.iconst_of(*n)?;
        let sym = match self.b.func.value_def(*p) {
            ValueDef::Result(inst, 0) => match self.b.func.inst(inst) {
                InstData::SymbolAddr { name } => name.clone(),
                _ => return None,
            },
            _ => return None,
        };
        let name = format!("go:boxstr.{sym}.{len}");
        let mut bytes = vec![0u8; 16];
        bytes[8..].copy_from_slice(&len.to_le_bytes());
        let relocs = vec![Reloc {
            offset: 0,
            symbol: sym,
            addend: 0,
        }];
        self.static_box(&name, bytes, relocs, 8);
        Some(self.b.symbol_addr(&name))
    }

    /// Defines the read-only data object `name` once.
    fn static_box(&mut self, name: &str, bytes: Vec<u8>, relocs: Vec<Reloc>, align: u64) {
        if self.g.module.data_object(name).is_none() {
            self.g.module.data.push(DataObject {
                name: name.to_string(),
                bytes,
                relocs,
                align,
                readonly: true,
                linkage: Linkage::Local,
            });
        }
    }
}
