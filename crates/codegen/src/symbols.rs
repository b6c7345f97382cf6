//! Declares every symbol the object defines or references, once, with the
//! right kind (function or data) and linkage.

use std::collections::HashMap;

use cranelift_module::{DataId, FuncId, Linkage, Module as _};
use cranelift_object::ObjectModule;
use ssa::{Callee, DataObject, ExternKind, InstData};

use crate::translate::cl_signature;

/// A declared symbol.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Sym {
    /// A function (defined here or imported).
    Func(FuncId),
    /// A data object (defined here or imported).
    Data(DataId),
}

/// Name → declaration for the whole object.
pub(crate) struct Symbols {
    map: HashMap<String, Sym>,
}

fn linkage(l: ssa::Linkage) -> Linkage {
    match l {
        ssa::Linkage::Local => Linkage::Local,
        ssa::Linkage::Export => Linkage::Export,
    }
}

fn err(name: &str, e: impl std::fmt::Display) -> String {
    format!("declaring symbol {name}: {e}")
}

impl Symbols {
    /// Declares the module's functions and data, its declared externs, and
    /// then every other referenced name: called names as imported
    /// functions, other names as imported data.
    pub(crate) fn declare(obj: &mut ObjectModule, m: &ssa::Module) -> Result<Symbols, String> {
        let mut syms = Symbols {
            map: HashMap::new(),
        };
        for f in &m.functions {
            let sig = cl_signature(obj, &f.sig);
            let id = obj
                .declare_function(&f.name, linkage(f.linkage), &sig)
                .map_err(|e| err(&f.name, e))?;
            syms.insert(&f.name, Sym::Func(id))?;
        }
        syms.declare_data_objects(obj, &m.data)?;
        for e in &m.externs {
            if syms.map.contains_key(&e.name) {
                continue;
            }
            match &e.kind {
                ExternKind::Func(sig) => syms.import_func(obj, &e.name, sig)?,
                ExternKind::Data => syms.import_data(obj, &e.name)?,
            }
        }
        // Called names are functions; do these before address-taken names.
        for f in &m.functions {
            for node in &f.insts {
                if let InstData::Call {
                    callee: Callee::Direct(name),
                    sig,
                    ..
                }
                | InstData::TryCall {
                    callee: Callee::Direct(name),
                    sig,
                    ..
                }
                | InstData::ReturnCall {
                    callee: Callee::Direct(name),
                    sig,
                    ..
                } = &node.data
                    && !syms.map.contains_key(name)
                {
                    syms.import_func(obj, name, sig)?;
                }
            }
        }
        for f in &m.functions {
            for node in &f.insts {
                if let InstData::SymbolAddr { name } = &node.data
                    && !syms.map.contains_key(name)
                {
                    syms.import_data(obj, name)?;
                }
            }
        }
        Ok(syms)
    }

    /// Declares data objects defined in the object (and imports for the
    /// unknown symbols their relocations name).
    pub(crate) fn declare_data_objects(
        &mut self,
        obj: &mut ObjectModule,
        data: &[DataObject],
    ) -> Result<(), String> {
        for d in data {
            let id = obj
                .declare_data(&d.name, linkage(d.linkage), !d.readonly, false)
                .map_err(|e| err(&d.name, e))?;
            self.insert(&d.name, Sym::Data(id))?;
        }
        for d in data {
            for r in &d.relocs {
                if !self.map.contains_key(&r.symbol) {
                    self.import_data(obj, &r.symbol)?;
                }
            }
        }
        Ok(())
    }

    fn insert(&mut self, name: &str, sym: Sym) -> Result<(), String> {
        if self.map.insert(name.to_string(), sym).is_some() {
            return Err(format!("symbol {name} is defined twice"));
        }
        Ok(())
    }

    fn import_func(
        &mut self,
        obj: &mut ObjectModule,
        name: &str,
        sig: &ssa::Signature,
    ) -> Result<(), String> {
        let s = cl_signature(obj, sig);
        let id = obj
            .declare_function(name, Linkage::Import, &s)
            .map_err(|e| err(name, e))?;
        self.insert(name, Sym::Func(id))
    }

    fn import_data(&mut self, obj: &mut ObjectModule, name: &str) -> Result<(), String> {
        let id = obj
            .declare_data(name, Linkage::Import, false, false)
            .map_err(|e| err(name, e))?;
        self.insert(name, Sym::Data(id))
    }

    /// The declaration of `name` (every referenced name is declared).
    pub(crate) fn get(&self, name: &str) -> Result<Sym, String> {
        self.map
            .get(name)
            .copied()
            .ok_or_else(|| format!("undeclared symbol {name}"))
    }
}
