//! The runtime's error types (`runtime.boundsError`, `runtime.errorString`,
//! ...) as dynamic types of interface values: itabs for every non-empty
//! interface of the program whose methods they have (`error`,
//! `runtime.Error`), so that `r.(runtime.Error)` and `e.(error).Error()`
//! work on recovered runtime errors (issue #3).
//!
//! The runtime defines the descriptors (runtime/src/error.rs) and exports
//! them as `runtime.rtype.<name>` (runtime/src/defer.rs). Each itab entry
//! is a small Go-convention adapter calling the C routine
//! `runtime.gocc_rterror_error(typ, data) -> string`, which runs the
//! type's `Error` method; `RuntimeError` is a no-op marker.

use ssa::Type as T;
use ssa::{CallConv, DataObject, Function, FunctionBuilder, Linkage, Reloc, Signature};
use types::{Type, TypeId};

use crate::Gen;

/// (exported descriptor symbol, Go type name, has `RuntimeError`) of each
/// runtime-implemented error type.
const RUNTIME_ERROR_TYPES: &[(&str, &str, bool)] = &[
    ("runtime.rtype.boundsError", "runtime.boundsError", true),
    ("runtime.rtype.errorString", "runtime.errorString", true),
    ("runtime.rtype.plainError", "runtime.plainError", true),
    (
        "runtime.rtype.PanicNilError",
        "*runtime.PanicNilError",
        true,
    ),
    (
        "runtime.rtype.TypeAssertionError",
        "*runtime.TypeAssertionError",
        true,
    ),
    ("errors.rtype.errorString", "*errors.errorString", false),
    ("fmt.rtype.wrapError", "*fmt.wrapError", false),
    (
        "reflectlite.rtype.ValueError",
        "*reflectlite.ValueError",
        false,
    ),
];

impl Gen<'_> {
    /// Adds `{iface, runtime type, itab}` triples for the runtime error
    /// types to the itab registry under construction (`relocs`, `n`
    /// entries of 24 bytes so far).
    pub(crate) fn runtime_error_itabs(
        &mut self,
        ifaces: &[TypeId],
        relocs: &mut Vec<Reloc>,
        n: &mut u32,
    ) {
        for &i in ifaces {
            let Type::Interface(ms) = self.tt.under(i).clone() else {
                continue;
            };
            let names: Vec<String> = ms.iter().map(|m| m.name.clone()).collect();
            if names.is_empty() || !names.iter().all(|m| m == "Error" || m == "RuntimeError") {
                continue;
            }
            let isym = self.typedesc(i);
            for (tsym, tname, rterr) in RUNTIME_ERROR_TYPES {
                if !rterr && names.iter().any(|m| m == "RuntimeError") {
                    continue;
                }
                // Not `go:itab.<T>,<I>`: a Go-declared type of the same
                // name (errors.errorString is Go source too) has that itab,
                // whose type word is the compiler's descriptor, not the
                // runtime's.
                let itab = format!("go:itab.rt.{tname},{}", &isym[5..]);
                if self.module.data_object(&itab).is_none() {
                    let mut irelocs = vec![Reloc {
                        offset: 0,
                        symbol: tsym.to_string(),
                        addend: 0,
                    }];
                    for (k, m) in names.iter().enumerate() {
                        let f = self.rterror_adapter(tsym, m == "Error");
                        irelocs.push(Reloc {
                            offset: 8 * (k as u32 + 1),
                            symbol: f,
                            addend: 0,
                        });
                    }
                    self.module.data.push(DataObject {
                        name: itab.clone(),
                        bytes: vec![0; 8 * (names.len() + 1)],
                        relocs: irelocs,
                        align: 8,
                        readonly: true,
                        linkage: Linkage::Local,
                    });
                }
                for (k, sym) in [isym.clone(), tsym.to_string(), itab]
                    .into_iter()
                    .enumerate()
                {
                    relocs.push(Reloc {
                        offset: 24 * *n + 8 * k as u32,
                        symbol: sym,
                        addend: 0,
                    });
                }
                *n += 1;
            }
        }
    }

    /// The itab entry for `Error` (or the `RuntimeError` marker) of the
    /// runtime type exported as `tsym`.
    fn rterror_adapter(&mut self, tsym: &str, error: bool) -> String {
        let name = format!(
            "{tsym}.{}·itab",
            if error { "Error" } else { "RuntimeError" }
        );
        if !self.wrappers.insert(name.clone()) {
            return name;
        }
        let results = if error { vec![T::I64, T::I64] } else { vec![] };
        let sig = Signature::new(vec![T::I64], results.clone(), CallConv::Go);
        let mut f = Function::new(name.clone(), sig, Linkage::Local);
        {
            let mut b = FunctionBuilder::new(&mut f);
            let entry = b.create_block();
            let data = b.append_params_for_signature(entry)[0];
            b.switch_to_block(entry);
            if error {
                let t = b.symbol_addr(tsym);
                let csig = Signature::new(vec![T::I64, T::I64], results, CallConv::C);
                let s = b.call("runtime.gocc_rterror_error", &csig, &[t, data]);
                b.return_(&s);
            } else {
                b.return_(&[]);
            }
            b.finish();
        }
        self.module.functions.push(f);
        name
    }
}

/// The runtime's descriptor symbol for a type Go code can name whose
/// values the runtime makes (`*runtime.PanicNilError`), if any.
pub(crate) fn runtime_typedesc(name: &str) -> Option<&'static str> {
    // `string` values made by the runtime (std panics) must be assertable.
    if name == "string" {
        return Some("runtime.rtype.string");
    }
    RUNTIME_ERROR_TYPES
        .iter()
        .find(|(_, n, _)| n.starts_with('*') && n.starts_with("*runtime.") && *n == name)
        .map(|(sym, _, _)| *sym)
}
