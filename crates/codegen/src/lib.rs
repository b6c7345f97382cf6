//! Translates a gocc SSA [`ssa::Module`] to Cranelift IR and writes an
//! x86-64 ELF relocatable object (cranelift-object), ready to be linked
//! into a PIE with `cc`.
//!
//! - `CallConv::Go` functions use Cranelift's `tail` convention,
//!   `CallConv::C` ones SystemV (see `docs/abi.md`).
//! - Symbols keep their names exactly (`main.(*T).M`, `type:[]int`).
//! - Direct calls to names not defined in the module are imports with the
//!   call's signature; functions and data defined here are `colocated`
//!   (PC-relative), imports go through the GOT.
//! - After each function is compiled its call sites (return offset,
//!   exception handler offsets, frame offset) are collected; a caller of
//!   [`compile_module_with`] receives them and may add data objects (the
//!   exception table of issue #3) to the same object.
//! - [`deferwrap_table`] lists the wrappers `recover` must see through.

mod data;
mod linetab;
mod symbols;
mod translate;

pub use linetab::{LINETAB_VERSION, line_table};

use cranelift_codegen::settings::{self, Configurable};
use cranelift_module::{Module as _, default_libcall_names};
use cranelift_object::{ObjectBuilder, ObjectModule};

/// Code generation settings.
#[derive(Clone, Debug)]
pub struct Options {
    /// Cranelift `opt_level=speed` when true, `none` when false (`-N`).
    pub opt_level_speed: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            opt_level_speed: true,
        }
    }
}

/// One call instruction of a compiled function.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CallSite {
    /// Offset of the return address from the function's start.
    pub ret_offset: u32,
    /// Offsets (from the function's start) of the landing pads that catch
    /// a panic unwinding through this call: one for a `try_call`, none for
    /// a plain call.
    pub handler_offsets: Vec<u32>,
    /// Distance from the frame pointer down to the stack pointer at the
    /// call (resume with `rsp = fp - frame_offset`), when known.
    pub frame_offset: Option<u32>,
}

/// The call sites of one compiled function.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FunctionSites {
    /// The function's symbol name.
    pub name: String,
    /// Size of the function's machine code in bytes.
    pub code_size: u32,
    /// Every call in the function, in code order.
    pub sites: Vec<CallSite>,
    /// The machine code's source positions, sorted: `(start offset, pos)`
    /// where `pos` (a `syntax::Pos`, never 0) holds from `start` up to the
    /// next entry's start (or the end of the code).
    pub srclocs: Vec<(u32, u32)>,
}

/// Size of one entry of [`call_site_table`].
pub const CALL_SITE_ENTRY_SIZE: usize = 24;

/// Builds a read-only data object listing every call site that has an
/// exception handler (every `try_call`), for a frame-walking panic
/// runtime. Layout (little endian): `count: u64`, then `count` entries of
/// [`CALL_SITE_ENTRY_SIZE`] bytes:
///
/// ```text
/// 0  func: u64        address of the function (relocation)
/// 8  ret: u32         return-address offset from the function start
/// 12 handler: u32     landing-pad offset from the function start
/// 16 frame: u32       resume with rsp = fp - frame (fp: that frame's rbp)
/// 20 pad: u32
/// ```
///
/// Entries are in compilation order, not sorted by address (the linker
/// decides addresses); a runtime may sort them once at start-up.
pub fn call_site_table(symbol: &str, sites: &[FunctionSites]) -> ssa::DataObject {
    let mut bytes = vec![0u8; 8];
    let mut relocs = Vec::new();
    let mut count = 0u64;
    for f in sites {
        for s in &f.sites {
            let Some(&handler) = s.handler_offsets.first() else {
                continue;
            };
            relocs.push(ssa::Reloc {
                offset: bytes.len() as u32,
                symbol: f.name.clone(),
                addend: 0,
            });
            bytes.extend_from_slice(&[0; 8]);
            bytes.extend_from_slice(&s.ret_offset.to_le_bytes());
            bytes.extend_from_slice(&handler.to_le_bytes());
            bytes.extend_from_slice(&s.frame_offset.unwrap_or(0).to_le_bytes());
            bytes.extend_from_slice(&[0; 4]);
            count += 1;
        }
    }
    bytes[..8].copy_from_slice(&count.to_le_bytes());
    ssa::DataObject {
        name: symbol.to_string(),
        bytes,
        relocs,
        align: 8,
        readonly: true,
        linkage: ssa::Linkage::Export,
    }
}

/// Size of one entry of [`deferwrap_table`].
pub const DEFERWRAP_ENTRY_SIZE: usize = 16;

/// Builds the table of the wrapper functions (`ssa::Function::wrapper`)
/// that make a plain Go call: deferwraps of targets with results (the
/// others tail-call theirs), method-value closures, interface and
/// promoted-method adapters. `recover`'s "called directly by a deferred
/// function" check looks through their frames, as gc skips WRAPPER
/// functions. Layout (little endian):
/// `count: u64`, then `count` entries of [`DEFERWRAP_ENTRY_SIZE`] bytes:
///
/// ```text
/// 0  func: u64        address of the wrapper (relocation)
/// 8  size: u32        size of its code in bytes
/// 12 pad: u32
/// ```
pub fn deferwrap_table(symbol: &str, m: &ssa::Module, sites: &[FunctionSites]) -> ssa::DataObject {
    let mut bytes = vec![0u8; 8];
    let mut relocs = Vec::new();
    let mut count = 0u64;
    for f in &m.functions {
        let plain_call = f.insts.iter().any(|n| {
            matches!(&n.data, ssa::InstData::Call { sig, .. } | ssa::InstData::TryCall { sig, .. }
                if sig.call_conv == ssa::CallConv::Go)
        });
        if !f.wrapper || !plain_call {
            continue;
        }
        let Some(fs) = sites.iter().find(|s| s.name == f.name) else {
            continue;
        };
        relocs.push(ssa::Reloc {
            offset: bytes.len() as u32,
            symbol: f.name.clone(),
            addend: 0,
        });
        bytes.extend_from_slice(&[0; 8]);
        bytes.extend_from_slice(&fs.code_size.to_le_bytes());
        bytes.extend_from_slice(&[0; 4]);
        count += 1;
    }
    bytes[..8].copy_from_slice(&count.to_le_bytes());
    ssa::DataObject {
        name: symbol.to_string(),
        bytes,
        relocs,
        align: 8,
        readonly: true,
        linkage: ssa::Linkage::Export,
    }
}

/// Compiles `m` to an ELF object file.
pub fn compile_module(m: &ssa::Module, opts: &Options) -> Result<Vec<u8>, String> {
    compile_module_with(m, opts, &mut |_| Vec::new())
}

/// Compiles `m` like [`compile_module`]; after every function has been
/// compiled, `extra` receives all functions' call sites and returns data
/// objects to add to the object (they may refer to the module's functions
/// and data by name).
pub fn compile_module_with(
    m: &ssa::Module,
    opts: &Options,
    extra: &mut dyn FnMut(&[FunctionSites]) -> Vec<ssa::DataObject>,
) -> Result<Vec<u8>, String> {
    ssa::verify_module(m).map_err(|errs| format!("invalid SSA module:\n{}", errs.join("\n")))?;
    let mut obj = new_object_module(opts)?;
    let mut syms = symbols::Symbols::declare(&mut obj, m)?;
    let sites = translate::define_functions(&mut obj, &syms, m, None)?;
    let extra_data = extra(&sites);
    syms.declare_data_objects(&mut obj, &extra_data)?;
    for d in m.data.iter().chain(extra_data.iter()) {
        data::define(&mut obj, &syms, d)?;
    }
    let product = obj.finish();
    product
        .emit()
        .map_err(|e| format!("writing the object file: {e}"))
}

/// The Cranelift IR of every function of `m`, as translated (before
/// Cranelift's own optimisations), for debugging code generation.
pub fn clif_text(m: &ssa::Module, opts: &Options) -> Result<String, String> {
    ssa::verify_module(m).map_err(|errs| format!("invalid SSA module:\n{}", errs.join("\n")))?;
    let mut obj = new_object_module(opts)?;
    let syms = symbols::Symbols::declare(&mut obj, m)?;
    let mut out = String::new();
    translate::define_functions(&mut obj, &syms, m, Some(&mut out))?;
    Ok(out)
}

fn new_object_module(opts: &Options) -> Result<ObjectModule, String> {
    let mut flags = settings::builder();
    let opt = if opts.opt_level_speed {
        "speed"
    } else {
        "none"
    };
    let settings: [(&str, &str); 7] = [
        ("opt_level", opt),
        ("preserve_frame_pointers", "true"),
        ("is_pic", "true"),
        ("unwind_info", "false"),
        // SystemV functions returning more values than registers.
        ("enable_multi_ret_implicit_sret", "true"),
        // Frames bigger than a page touch every page on entry, so a stack
        // overflow always hits the guard page instead of jumping over it.
        ("enable_probestack", "true"),
        ("probestack_strategy", "inline"),
    ];
    for (k, v) in settings {
        flags
            .set(k, v)
            .map_err(|e| format!("cranelift setting {k}={v}: {e}"))?;
    }
    let isa = cranelift_codegen::isa::lookup(target_lexicon::Triple::host())
        .map_err(|e| format!("no Cranelift backend for this host: {e}"))?
        .finish(settings::Flags::new(flags))
        .map_err(|e| format!("cranelift ISA: {e}"))?;
    let builder = ObjectBuilder::new(isa, "gocc", default_libcall_names())
        .map_err(|e| format!("object builder: {e}"))?;
    let obj = ObjectModule::new(builder);
    // Keep the trait import used (declarations go through it).
    let _ = obj.isa();
    Ok(obj)
}
