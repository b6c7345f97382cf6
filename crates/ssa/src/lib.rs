//! gocc's SSA IR, modelled on Cranelift IR: a [`Module`] of [`Function`]s
//! and [`DataObject`]s; functions are blocks with parameters (no phi
//! nodes) holding instructions over scalar values ([`Type`]).
//!
//! - [`FunctionBuilder`] appends instructions and builds SSA form for
//!   mutable variables on the fly (`declare_var` / `def_var` / `use_var`).
//! - [`mod@print`] renders the text format used by `gocc --emit-ssa` and
//!   golden tests (also available through `Display`).
//! - [`verify`] checks structure, types and dominance.
//! - [`passes`] holds IR-to-IR passes: [`passes::optimize`] (leaf-function
//!   inlining and folding of branches decided by dominating ones, both off
//!   under `-N`; dead-block removal). The defer lowering goes there too.
//! - [`dominance::DomTree`]: dominator tree with O(1) queries.
//! - [`Module::tail_thunk`]: `Go`-convention wrapper of a C runtime
//!   routine, for `try_call`s of routines that may panic.
//!
//! # Building a function
//!
//! ```
//! use ssa::*;
//! // func sum(n int) int { s := 0; for i := 0; i < n; i++ { s += i }; return s }
//! let sig = Signature::new(vec![Type::I64], vec![Type::I64], CallConv::Go);
//! let mut func = Function::new("main.sum", sig, Linkage::Local);
//! let mut b = FunctionBuilder::new(&mut func);
//! let (entry, header, body, exit) =
//!     (b.create_block(), b.create_block(), b.create_block(), b.create_block());
//! let n = b.append_params_for_signature(entry)[0];
//! let (i, s) = (b.declare_var(Type::I64), b.declare_var(Type::I64));
//! b.switch_to_block(entry);
//! let zero = b.iconst(Type::I64, 0);
//! b.def_var(i, zero);
//! b.def_var(s, zero);
//! b.jump(header, &[]);
//! b.switch_to_block(header);          // header's back edge is not known yet
//! let iv = b.use_var(i);
//! let c = b.icmp(IntCC::Slt, iv, n);
//! b.brif(c, body, &[], exit, &[]);
//! b.seal_block(body);                 // body: all predecessors known
//! b.switch_to_block(body);
//! let (sv, iv) = (b.use_var(s), b.use_var(i));
//! let s2 = b.iadd(sv, iv);
//! b.def_var(s, s2);
//! let one = b.iconst(Type::I64, 1);
//! let i2 = b.iadd(iv, one);
//! b.def_var(i, i2);
//! b.jump(header, &[]);
//! b.seal_block(header);               // back edge added: seal the header
//! b.switch_to_block(exit);
//! let sv = b.use_var(s);
//! b.return_(&[sv]);
//! b.finish();                         // seals the rest, drops dead blocks
//! verify_function(&func).unwrap();
//! assert!(func.to_string().contains("block1(v2: i64, v4: i64):"));
//! ```
//!
//! Rules of the builder:
//! - The first block created is the entry; give it the signature's
//!   parameters with [`FunctionBuilder::append_params_for_signature`]. It
//!   must never be a branch target.
//! - Add a block's explicit parameters before branching to it. Variable
//!   parameters are appended after them.
//! - Seal a block once every branch to it exists (or leave it to
//!   `finish`, which is correct but keeps more temporary parameters);
//!   branching to a sealed block is a bug and panics.
//! - Appending after a terminator (Go code after `return`/`panic`) is
//!   fine: the builder switches to a fresh unreachable block that
//!   `finish` drops. [`FunctionBuilder::is_terminated`] tells whether that
//!   would happen.
//! - A variable read where it was never assigned is zero.
//! - `try_call`'s normal block must be fresh; its results come back as
//!   that block's parameters.
//!
//! # Semantics worth knowing
//! - `bool` is `i8` 0/1; `icmp`/`fcmp` produce `i8`; `brif`/`select` test
//!   any integer against zero.
//! - `sdiv`/`srem`/`udiv`/`urem` trap on a zero divisor and `sdiv` on
//!   `MIN / -1` (x86): the front end checks first.
//! - Shift counts are taken modulo the bit width.
//! - `fcvt_to_sint`/`fcvt_to_uint` truncate and saturate (NaN → 0).
//! - Float `ne` is true for NaN (Go's `!=`); other float compares false.
//!
//! # Symbols
//! Calls name functions by symbol. A called name that no function of the
//! module defines is an import with the call's signature (runtime
//! functions: `CallConv::C`). `symbol_addr` of a name neither defined nor
//! called is taken to be imported *data*; declare an [`Extern`] with
//! [`ExternKind::Func`] to take the address of an imported function.
//!
//! # Text format
//! ```text
//! extern func runtime.printint(i64) c
//!
//! data go:string.0: readonly, align 1, 5 bytes {
//!     0000: 68 65 6c 6c 6f                                   |hello|
//! }
//!
//! export data main.p: writable, align 8, 16 bytes {
//!     0000: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  |................|
//!     reloc 0008: go:string.0 +4
//! }
//!
//! data main.x: writable, align 8, 8 bytes, zero
//!
//! func main.(*T).M(i64, f64) -> (i64, i8) go {
//!     ; annotation line
//!     ss0 = slot 24, align 8
//! block0(v0: i64, v1: f64):
//!     v2 = iconst.i32 -7
//!     v3 = fconst.f64 1.5
//!     v4 = iadd.i64 v0, v0
//!     v5 = icmp.i64 ult v4, v0          ; operand type after the dot
//!     v6 = sextend.i64 v2               ; result type after the dot
//!     v7 = stack_addr ss0+8
//!     store.i64 v6, v7-8
//!     v8 = load.i32 v7
//!     memcpy v7, v0, 16, align 8
//!     v9 = symbol_addr "type:struct { X int }"
//!     v10 = call main.f(v4) : (i64) -> i64 go
//!     v11 = call_indirect v9(v10) : (i64) -> i64 go
//!     brif v5, block1, block2(v0)
//! block1:
//!     br_table v0, block2(v4), [block3]
//! block2(v12: i64):
//!     try_call main.g(v12) : (i64) -> i64 go, block4, landing block5
//! block3 cold:
//!     trap 3
//! block4(v13: i64):
//!     return v13, v5
//! block5:
//!     trap 0
//! }
//! ```
//! (The `; ...` remarks after instructions above are explanations, not
//! printer output.) Names are printed bare unless they contain spaces,
//! commas, braces, quotes, `;`, `=` or control characters; then they are
//! quoted with Rust string escapes.

pub mod builder;
pub mod dominance;
pub mod entities;
pub mod function;
pub mod ir;
pub mod module;
pub mod passes;
pub mod print;
pub mod types;
pub mod verify;

pub use builder::FunctionBuilder;
pub use entities::{Block, Inst, StackSlot, Value, Var};
pub use function::{BlockData, Function, InstNode, StackSlotData, ValueData, ValueDef};
pub use ir::{
    BinaryOp, BlockCall, Callee, ConvOp, DeferSite, DeferStmt, FloatCC, InstData, IntCC, UnaryOp,
};
pub use module::{DataObject, Extern, ExternKind, Module, Reloc};
pub use print::{print_function, print_module};
pub use types::{CallConv, Linkage, Signature, Type};
pub use verify::{verify_function, verify_module};
