//! Package initialization: package-level variables as data objects,
//! `main.init` (variable initializers in dependency order, then each
//! `init.N`), and the SystemV entry `gocc.main`.

use ssa::{CallConv, DataObject, Function, FunctionBuilder, Linkage, Reloc, Signature};
use syntax::ast::{Decl, Expr};
use types::ObjKind;

use crate::Gen;
use crate::abi::FuncAbi;
use crate::func::Fx;

/// gc's cutoff for one symbol (`cmd/internal/obj`'s 2,000,000,000 bytes).
const MAX_SYMBOL_SIZE: u64 = 2_000_000_000;

/// One zeroed, writable data object per package-level variable, and the
/// table of their pointer bitmaps ([`globals_table`]).
pub(crate) fn package_vars(g: &mut Gen<'_>) {
    let mut vars = Vec::new();
    for d in &g.file.decls {
        let Decl::Var(specs) = d else { continue };
        for s in specs {
            for n in &s.names {
                if n.is_blank() {
                    continue;
                }
                let Some(obj) = g.info.defs.get(&n.id).copied() else {
                    continue;
                };
                let o = g.info.obj(obj);
                if !matches!(o.kind, ObjKind::Var(_)) {
                    continue;
                }
                let ty = o.ty;
                let full = g.tt.size_of(ty);
                if full > MAX_SYMBOL_SIZE {
                    // gc's object writer (cmd/internal/obj) refuses it; no
                    // buffer of that size is ever allocated.
                    let msg = format!(
                        "{}.{}: symbol too large ({full} bytes > {MAX_SYMBOL_SIZE} bytes)",
                        o.pkg, n.name
                    );
                    g.diags.push(syntax::Diagnostic::new(n.pos, msg));
                    continue;
                }
                let size = full.max(1) as usize;
                let align = g.tt.align_of(ty).max(1);
                let name = format!("{}.{}", o.pkg, n.name);
                vars.push((name.clone(), ty, size as u64));
                g.module.data.push(DataObject {
                    name,
                    bytes: vec![0; size],
                    relocs: Vec::new(),
                    align,
                    readonly: false,
                    linkage: Linkage::Local,
                });
            }
        }
    }
    globals_table(g, vars);
}

/// The symbol of the table of package variables the collector scans
/// precisely (gc's `gcdata`/`gcbss` of a module): a count, then one entry
/// `{address, size, ptrdata, gcdata}` per variable (docs/gc.md).
pub const GLOBALS_TABLE: &str = "gocc.gcglobals";

/// Emits [`GLOBALS_TABLE`] for `vars` (symbol, type, size). A variable
/// too large for a bitmap is left out: the collector scans it
/// conservatively with the rest of the data segments.
fn globals_table(g: &mut Gen<'_>, vars: Vec<(String, types::TypeId, u64)>) {
    let mut bytes = vec![0u8; 8];
    let mut relocs = Vec::new();
    let mut n = 0u64;
    for (name, ty, size) in vars {
        let Some((ptrdata, mask)) = g.ptr_mask(ty) else {
            continue;
        };
        let at = bytes.len();
        bytes.resize(at + 32, 0);
        relocs.push(Reloc {
            offset: at as u32,
            symbol: name,
            addend: 0,
        });
        bytes[at + 8..at + 16].copy_from_slice(&size.to_le_bytes());
        bytes[at + 16..at + 24].copy_from_slice(&ptrdata.to_le_bytes());
        if !mask.is_empty() {
            relocs.push(Reloc {
                offset: at as u32 + 24,
                symbol: g.string_data(&mask),
                addend: 0,
            });
        }
        n += 1;
    }
    bytes[..8].copy_from_slice(&n.to_le_bytes());
    g.module.data.push(DataObject {
        name: GLOBALS_TABLE.to_string(),
        bytes,
        relocs,
        align: 8,
        readonly: true,
        linkage: Linkage::Export,
    });
}

/// `main.init`: initializes the packages in the spec's order
/// (`Info::init_packages`), each by its variable initializers in
/// `Info::init_order` and then its `init` functions (`inits`: package and
/// symbol, in file and source order).
pub(crate) fn main_init(g: &mut Gen<'_>, inits: &[(String, String)]) {
    // Initializer expressions by id.
    let mut exprs: std::collections::HashMap<syntax::ast::NodeId, &Expr> = Default::default();
    for d in &g.file.decls {
        if let Decl::Var(specs) = d {
            for s in specs {
                for v in &s.values {
                    exprs.insert(v.id, v);
                }
            }
        }
    }
    let fabi = FuncAbi::new(&g.tt, &[], &[], false);
    let mut func = Function::new("main.init", fabi.sig.clone(), Linkage::Local);
    {
        let b = FunctionBuilder::new(&mut func);
        let mut fx = Fx::new(g, b, "main.init".to_string(), fabi);
        fx.start();
        let order = fx.g.info.init_order.clone();
        let sig = Signature::new(vec![], vec![], CallConv::Go);
        for pkg in fx.g.info.init_packages() {
            for init in &order {
                let Some(e) = exprs.get(&init.value).copied() else {
                    continue;
                };
                let of_pkg = init
                    .lhs
                    .first()
                    .is_some_and(|&o| fx.g.info.obj(o).pkg == pkg);
                if !of_pkg {
                    continue;
                }
                let vals = fx.rhs_values(std::slice::from_ref(e), init.lhs.len());
                for (obj, (v, vty)) in init.lhs.iter().zip(vals) {
                    let o = fx.g.info.obj(*obj);
                    if o.name == "_" {
                        continue;
                    }
                    let ty = o.ty;
                    let v = fx.convert_assign(v, vty, ty);
                    let a = fx.global_addr(*obj);
                    fx.store_mem(a, ty, &v);
                }
            }
            for (_, sym) in inits.iter().filter(|(p, _)| *p == pkg) {
                fx.b.call(sym, &sig, &[]);
            }
        }
        fx.b.return_(&[]);
        fx.b.finish();
    }
    g.drain_queue_pub();
    g.module.functions.push(func);
}

/// `gocc.main`: the SystemV entry the runtime's C `main` calls.
pub(crate) fn entry(g: &mut Gen<'_>) {
    // Lowering is complete: every type that can be an interface's dynamic
    // type has its descriptor now.
    g.finish_itabs();
    let sig = Signature::new(vec![], vec![], CallConv::C);
    let mut func = Function::new("gocc.main", sig, Linkage::Export);
    {
        let mut b = FunctionBuilder::new(&mut func);
        let blk = b.create_block();
        b.switch_to_block(blk);
        b.seal_block(blk);
        let go = Signature::new(vec![], vec![], CallConv::Go);
        b.call("main.init", &go, &[]);
        b.call("main.main", &go, &[]);
        b.return_(&[]);
        b.finish();
    }
    g.module.functions.push(func);
}
