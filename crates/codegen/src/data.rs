//! Data objects: bytes, alignment, relocations.

use cranelift_module::{DataDescription, Module as _};
use cranelift_object::ObjectModule;
use ssa::DataObject;

use crate::symbols::{Sym, Symbols};

/// Defines one data object declared in `syms`. Writable objects that are
/// all zero and have no relocations go to `.bss`.
pub(crate) fn define(obj: &mut ObjectModule, syms: &Symbols, d: &DataObject) -> Result<(), String> {
    let Sym::Data(id) = syms.get(&d.name)? else {
        return Err(format!("data object {} is declared as a function", d.name));
    };
    let mut desc = DataDescription::new();
    if !d.readonly && d.relocs.is_empty() && d.bytes.iter().all(|&b| b == 0) {
        desc.define_zeroinit(d.bytes.len());
    } else {
        desc.define(d.bytes.clone().into_boxed_slice());
    }
    desc.set_align(d.align.max(1));
    for r in &d.relocs {
        if r.offset as usize + 8 > d.bytes.len() {
            return Err(format!(
                "data {}: relocation at {} past the end",
                d.name, r.offset
            ));
        }
        match syms.get(&r.symbol)? {
            Sym::Func(f) => {
                let fr = obj.declare_func_in_data(f, &mut desc);
                desc.write_function_addr(r.offset, fr);
            }
            Sym::Data(t) => {
                let gv = obj.declare_data_in_data(t, &mut desc);
                desc.write_data_addr(r.offset, gv, r.addend);
            }
        }
    }
    obj.define_data(id, &desc)
        .map_err(|e| format!("defining data {}: {e}", d.name))
}
