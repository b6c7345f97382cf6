//! A module: the unit compiled to one object file.

use crate::builder::FunctionBuilder;
use crate::function::Function;
use crate::types::{CallConv, Linkage, Signature};

/// A relocation in a data object: at `offset` the 8-byte absolute address
/// of `symbol + addend` is written when the program is linked/loaded.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Reloc {
    /// Byte offset inside the data object (8-byte slot).
    pub offset: u32,
    /// Target symbol: a function or data object of the module, or an
    /// import.
    pub symbol: String,
    /// Constant added to the symbol's address (ignored for functions).
    pub addend: i64,
}

/// Initialised (or zeroed) memory with a symbol: type descriptors, string
/// literal bytes, closure objects of top-level functions, package-level
/// variables.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct DataObject {
    /// Symbol name (`type:[]int`, `go:string.3`, `main.x`).
    pub name: String,
    /// Initial contents; the size of the object. All zero for a
    /// package-level variable (emitted into `.bss` when writable and
    /// without relocations).
    pub bytes: Vec<u8>,
    /// Addresses to patch into `bytes`.
    pub relocs: Vec<Reloc>,
    /// Alignment in bytes (a power of two).
    pub align: u64,
    /// True for constant data (`.rodata`/`.data.rel.ro`), false for
    /// writable data (`.data`/`.bss`).
    pub readonly: bool,
    /// Symbol visibility.
    pub linkage: Linkage,
}

/// What an imported (not defined in the module) symbol is.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ExternKind {
    /// A function with this signature.
    Func(Signature),
    /// A data object (for example `runtime.zerobase`).
    Data,
}

/// A declaration of a symbol defined elsewhere (the runtime, the C
/// library). Optional: a symbol that is called is known to be a function
/// and every other undefined symbol is taken to be data; declare an extern
/// only to say that an address-taken, never-called symbol is a function.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Extern {
    /// Symbol name.
    pub name: String,
    /// Function or data.
    pub kind: ExternKind,
}

/// A compilation unit: everything that goes into one object file.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Module {
    /// Functions defined here.
    pub functions: Vec<Function>,
    /// Data objects defined here.
    pub data: Vec<DataObject>,
    /// Declared imports (optional, see [`Extern`]).
    pub externs: Vec<Extern>,
}

impl Module {
    /// An empty module.
    pub fn new() -> Module {
        Module::default()
    }

    /// The function with this name, if defined here.
    pub fn function(&self, name: &str) -> Option<&Function> {
        self.functions.iter().find(|f| f.name == name)
    }

    /// The name of a `Go`-convention thunk that calls the `C`-convention
    /// function `target` with signature `sig` (same parameters and
    /// results), creating the thunk on first use as `<target>·tail`.
    ///
    /// A `try_call` callee must use the `Go` (Cranelift `tail`)
    /// convention, so runtime routines that may panic are reached through
    /// such thunks in functions with defers (see `shared/docs/design.md`).
    pub fn tail_thunk(&mut self, target: &str, sig: &Signature) -> String {
        let name = format!("{target}·tail");
        if self.function(&name).is_some() {
            return name;
        }
        let go_sig = Signature::new(sig.params.clone(), sig.results.clone(), CallConv::Go);
        let c_sig = Signature::new(sig.params.clone(), sig.results.clone(), CallConv::C);
        let mut f = Function::new(name.clone(), go_sig, Linkage::Local);
        let mut b = FunctionBuilder::new(&mut f);
        let entry = b.create_block();
        let params = b.append_params_for_signature(entry);
        b.switch_to_block(entry);
        let results = b.call(target, &c_sig, &params);
        b.return_(&results);
        b.finish();
        self.functions.push(f);
        name
    }

    /// The data object with this name, if defined here.
    pub fn data_object(&self, name: &str) -> Option<&DataObject> {
        self.data.iter().find(|d| d.name == name)
    }
}
