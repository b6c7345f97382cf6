//! Instructions.
//!
//! One enum, [`InstData`], holds every instruction with its operands. Its
//! results live beside it in the function ([`crate::Function::inst_results`]).
//! Terminators (`jump`, `brif`, `br_table`, `return`, `trap`, `try_call`)
//! end a block; [`InstData::is_terminator`] and [`InstData::successors`]
//! are the two places to extend when adding a new control-flow instruction.

use crate::entities::{Block, StackSlot, Value};
use crate::types::{Signature, Type};

/// Integer comparison condition codes (result is `i8` 0/1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IntCC {
    /// `==`
    Eq,
    /// `!=`
    Ne,
    /// signed `<`
    Slt,
    /// signed `<=`
    Sle,
    /// signed `>`
    Sgt,
    /// signed `>=`
    Sge,
    /// unsigned `<`
    Ult,
    /// unsigned `<=`
    Ule,
    /// unsigned `>`
    Ugt,
    /// unsigned `>=`
    Uge,
}

impl IntCC {
    /// Text-format name (`eq`, `slt`, ...).
    pub fn name(self) -> &'static str {
        match self {
            IntCC::Eq => "eq",
            IntCC::Ne => "ne",
            IntCC::Slt => "slt",
            IntCC::Sle => "sle",
            IntCC::Sgt => "sgt",
            IntCC::Sge => "sge",
            IntCC::Ult => "ult",
            IntCC::Ule => "ule",
            IntCC::Ugt => "ugt",
            IntCC::Uge => "uge",
        }
    }
}

/// Float comparison condition codes with Go's NaN semantics: `Ne` is true
/// when either operand is NaN; every other comparison is false then.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FloatCC {
    /// ordered `==`
    Eq,
    /// unordered or `!=` (Go's `!=`)
    Ne,
    /// ordered `<`
    Lt,
    /// ordered `<=`
    Le,
    /// ordered `>`
    Gt,
    /// ordered `>=`
    Ge,
}

impl FloatCC {
    /// Text-format name (`eq`, `lt`, ...).
    pub fn name(self) -> &'static str {
        match self {
            FloatCC::Eq => "eq",
            FloatCC::Ne => "ne",
            FloatCC::Lt => "lt",
            FloatCC::Le => "le",
            FloatCC::Gt => "gt",
            FloatCC::Ge => "ge",
        }
    }
}

/// Two-operand arithmetic. Both operands have the result type, except the
/// shifts, whose count may be any integer type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinaryOp {
    /// Wrapping integer add.
    Iadd,
    /// Wrapping integer subtract.
    Isub,
    /// Wrapping integer multiply.
    Imul,
    /// Signed divide. Traps (machine fault) on a zero divisor and on
    /// `MIN / -1`: ssagen must check both first (Go panics on zero and
    /// defines `MIN / -1 == MIN`).
    Sdiv,
    /// Unsigned divide. Traps on a zero divisor.
    Udiv,
    /// Signed remainder (sign of the dividend). Traps on a zero divisor;
    /// `MIN % -1` is 0.
    Srem,
    /// Unsigned remainder. Traps on a zero divisor.
    Urem,
    /// Bitwise and.
    Band,
    /// Bitwise or.
    Bor,
    /// Bitwise xor.
    Bxor,
    /// Shift left. The count is taken modulo the bit width (x86/Cranelift
    /// semantics); ssagen implements Go's large-count rules.
    Ishl,
    /// Arithmetic shift right (count modulo the bit width).
    Sshr,
    /// Logical shift right (count modulo the bit width).
    Ushr,
    /// Float add.
    Fadd,
    /// Float subtract.
    Fsub,
    /// Float multiply.
    Fmul,
    /// Float divide (IEEE: x/0 is ±Inf or NaN).
    Fdiv,
}

impl BinaryOp {
    /// Text-format name.
    pub fn name(self) -> &'static str {
        match self {
            BinaryOp::Iadd => "iadd",
            BinaryOp::Isub => "isub",
            BinaryOp::Imul => "imul",
            BinaryOp::Sdiv => "sdiv",
            BinaryOp::Udiv => "udiv",
            BinaryOp::Srem => "srem",
            BinaryOp::Urem => "urem",
            BinaryOp::Band => "band",
            BinaryOp::Bor => "bor",
            BinaryOp::Bxor => "bxor",
            BinaryOp::Ishl => "ishl",
            BinaryOp::Sshr => "sshr",
            BinaryOp::Ushr => "ushr",
            BinaryOp::Fadd => "fadd",
            BinaryOp::Fsub => "fsub",
            BinaryOp::Fmul => "fmul",
            BinaryOp::Fdiv => "fdiv",
        }
    }

    /// True for the float operations.
    pub fn is_float(self) -> bool {
        matches!(
            self,
            BinaryOp::Fadd | BinaryOp::Fsub | BinaryOp::Fmul | BinaryOp::Fdiv
        )
    }

    /// True for the shifts (whose count may have another integer type).
    pub fn is_shift(self) -> bool {
        matches!(self, BinaryOp::Ishl | BinaryOp::Sshr | BinaryOp::Ushr)
    }
}

/// One-operand arithmetic; the result has the operand's type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    /// Wrapping integer negation.
    Ineg,
    /// Bitwise not.
    Bnot,
    /// Float negation (flips the sign bit).
    Fneg,
}

impl UnaryOp {
    /// Text-format name.
    pub fn name(self) -> &'static str {
        match self {
            UnaryOp::Ineg => "ineg",
            UnaryOp::Bnot => "bnot",
            UnaryOp::Fneg => "fneg",
        }
    }
}

/// Conversions; the result type is carried in [`InstData::Convert`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ConvOp {
    /// Sign-extend a narrower integer.
    Sextend,
    /// Zero-extend a narrower integer.
    Uextend,
    /// Truncate a wider integer.
    Ireduce,
    /// Signed integer to float.
    FcvtFromSint,
    /// Unsigned integer to float.
    FcvtFromUint,
    /// Float to signed integer, truncating toward zero; saturates on
    /// overflow and gives 0 for NaN (Go leaves these implementation-defined).
    FcvtToSint,
    /// Float to unsigned integer, truncating; saturating like `FcvtToSint`.
    FcvtToUint,
    /// `f32` to `f64`.
    Fpromote,
    /// `f64` to `f32` (round to nearest even).
    Fdemote,
    /// Reinterpret the bits as another type of the same size.
    Bitcast,
}

impl ConvOp {
    /// Text-format name.
    pub fn name(self) -> &'static str {
        match self {
            ConvOp::Sextend => "sextend",
            ConvOp::Uextend => "uextend",
            ConvOp::Ireduce => "ireduce",
            ConvOp::FcvtFromSint => "fcvt_from_sint",
            ConvOp::FcvtFromUint => "fcvt_from_uint",
            ConvOp::FcvtToSint => "fcvt_to_sint",
            ConvOp::FcvtToUint => "fcvt_to_uint",
            ConvOp::Fpromote => "fpromote",
            ConvOp::Fdemote => "fdemote",
            ConvOp::Bitcast => "bitcast",
        }
    }
}

/// What a call calls.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Callee {
    /// A function by symbol name: defined in the module, or an import
    /// (runtime functions, other packages) when no function has that name.
    Direct(String),
    /// A code address held in a value (`call_indirect`).
    Indirect(Value),
}

/// A branch edge: a target block and the arguments for its parameters.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct BlockCall {
    /// The target block.
    pub block: Block,
    /// One argument per block parameter, in order.
    pub args: Vec<Value>,
}

impl BlockCall {
    /// An edge to `block` passing `args`.
    pub fn new(block: Block, args: &[Value]) -> BlockCall {
        BlockCall {
            block,
            args: args.to_vec(),
        }
    }
}

/// An instruction and its operands. Result types follow from the variant
/// (see each doc); the result values are stored in the function.
#[derive(Clone, Debug, PartialEq)]
pub enum InstData {
    /// Integer constant of type `ty` (the low `ty.bits()` bits of `imm`).
    /// One result.
    Iconst {
        /// Result type (an integer type).
        ty: Type,
        /// The value; truncated to the type's width.
        imm: i64,
    },
    /// Float constant given by its IEEE bit pattern (`f32` in the low 32
    /// bits). One result.
    Fconst {
        /// `F32` or `F64`.
        ty: Type,
        /// IEEE 754 bits.
        bits: u64,
    },
    /// `op a, b`. One result of `a`'s type.
    Binary {
        /// The operation.
        op: BinaryOp,
        /// `[a, b]`.
        args: [Value; 2],
    },
    /// `op a`. One result of `a`'s type.
    Unary {
        /// The operation.
        op: UnaryOp,
        /// The operand.
        arg: Value,
    },
    /// Integer comparison; one `i8` result (0 or 1).
    Icmp {
        /// The condition.
        cc: IntCC,
        /// `[a, b]`, same integer type.
        args: [Value; 2],
    },
    /// Float comparison; one `i8` result (0 or 1).
    Fcmp {
        /// The condition.
        cc: FloatCC,
        /// `[a, b]`, same float type.
        args: [Value; 2],
    },
    /// `cond != 0 ? if_true : if_false`; one result of the arms' type.
    Select {
        /// Any integer type, tested against zero.
        cond: Value,
        /// Chosen when `cond` is nonzero.
        if_true: Value,
        /// Chosen when `cond` is zero.
        if_false: Value,
    },
    /// A conversion to `ty`; one result.
    Convert {
        /// The conversion.
        op: ConvOp,
        /// The result type.
        ty: Type,
        /// The operand.
        arg: Value,
    },
    /// Load a `ty` from `addr + offset`; one result. No alignment is
    /// assumed; the address must be valid (ssagen inserts nil checks).
    Load {
        /// The loaded type.
        ty: Type,
        /// Base address (`i64`).
        addr: Value,
        /// Constant byte offset.
        offset: i32,
    },
    /// Store `value` at `addr + offset`. No result.
    Store {
        /// The stored value (its type gives the width).
        value: Value,
        /// Base address (`i64`).
        addr: Value,
        /// Constant byte offset.
        offset: i32,
    },
    /// Copy `size` bytes from `src` to `dst` (the regions must not
    /// overlap). Small copies are inlined, larger ones call `memcpy`.
    Memcpy {
        /// Destination address.
        dst: Value,
        /// Source address.
        src: Value,
        /// Byte count.
        size: u64,
        /// Alignment both addresses are known to have (1 if unknown).
        align: u8,
    },
    /// Zero `size` bytes at `dst`. Small sizes are inlined, larger ones
    /// call `memset`.
    Memzero {
        /// Destination address.
        dst: Value,
        /// Byte count.
        size: u64,
        /// Alignment `dst` is known to have (1 if unknown).
        align: u8,
    },
    /// Address of a stack slot plus `offset`; one `i64` result.
    StackAddr {
        /// The slot.
        slot: StackSlot,
        /// Constant byte offset into the slot.
        offset: i32,
    },
    /// Address of a function or data symbol; one `i64` result.
    SymbolAddr {
        /// The symbol name.
        name: String,
    },
    /// This function's frame pointer (`rbp`); one `i64` result. Used by
    /// the panic machinery (`gorecover`, landing pads).
    FramePointer,
    /// A call; one result per `sig.results` entry. For `Callee::Indirect`
    /// the callee value is a code address (`i64`).
    Call {
        /// What to call.
        callee: Callee,
        /// The callee's signature (its convention decides the ABI).
        sig: Signature,
        /// One argument per `sig.params` entry.
        args: Vec<Value>,
    },
    // ---- terminators -------------------------------------------------
    /// Unconditional branch.
    Jump {
        /// The edge.
        dest: BlockCall,
    },
    /// Two-way branch on `cond != 0`.
    Brif {
        /// Any integer type, tested against zero.
        cond: Value,
        /// Taken when `cond` is nonzero.
        then_dest: BlockCall,
        /// Taken when `cond` is zero.
        else_dest: BlockCall,
    },
    /// Multi-way branch: `targets[index]` if `index < targets.len()`
    /// (unsigned), else `default`.
    BrTable {
        /// The selector (integer, compared unsigned).
        index: Value,
        /// Taken when `index` is out of range.
        default: BlockCall,
        /// Jump targets, indexed from 0.
        targets: Vec<BlockCall>,
    },
    /// Return from the function; one value per signature result.
    Return {
        /// The results.
        values: Vec<Value>,
    },
    /// Stop with a machine trap (`ud2`). `code` is informational (0 =
    /// unreachable). Used after calls that never return (`gopanic`).
    Trap {
        /// A small user trap code.
        code: u8,
    },
    /// A call with two successors (issue #3, defer/panic): normally control
    /// continues at `normal`, whose block receives the call's results as
    /// its first parameters followed by `normal.args`; if the callee (or
    /// anything it calls) panics and the panic is caught here, control
    /// resumes at `landing` with `landing.args`. The callee must use the
    /// `Go` convention (a Cranelift `try_call` needs a `tail` callee).
    TryCall {
        /// What to call.
        callee: Callee,
        /// The callee's signature.
        sig: Signature,
        /// One argument per `sig.params` entry.
        args: Vec<Value>,
        /// Normal successor; its block's first `sig.results.len()`
        /// parameters receive the results.
        normal: BlockCall,
        /// Exception successor (the landing pad).
        landing: BlockCall,
    },
    /// Tail call (Cranelift `return_call`): calls the callee in place of
    /// this function, whose frame is gone by then, and returns its results
    /// to this function's caller. Both must use the `Go` convention and
    /// the callee's results must be this function's. Deferwraps tail-call
    /// their target, so the target's caller is the frame running the
    /// deferred calls (`recover`, docs/defer.md).
    ReturnCall {
        /// What to call.
        callee: Callee,
        /// The callee's signature.
        sig: Signature,
        /// One argument per `sig.params` entry.
        args: Vec<Value>,
    },
    // ---- abstract defer instructions ------------------------------------
    // Emitted by ssagen, replaced by `passes::lower_defers` (which picks
    // gc's strategy); codegen rejects them.
    /// Terminator, once per function with defers, before any `defer`:
    /// continues at `cont`; from here on a panic may land at `landing`
    /// (a block ending in `defer_landing`). `returns` and `defers` are
    /// what gc counts after its dead-code elimination (the open-coding
    /// limits use them; a counted defer need not be in the IR, e.g. one
    /// after a `break`).
    DeferEntry {
        /// Where execution continues.
        cont: BlockCall,
        /// The landing pad block.
        landing: BlockCall,
        /// Explicit `return` statements of the function that gc counts.
        returns: u32,
        /// The `defer` statements gc counts, in source order.
        defers: Vec<DeferStmt>,
    },
    /// `defer`: registers `closure` (the address of a zero-argument
    /// closure `{code, captures...}`, or a `func()` value that may be nil)
    /// to run at function exit. No result.
    Defer {
        /// The closure (`i64`).
        closure: Value,
        /// Source facts the strategy choice needs.
        site: DeferSite,
    },
    /// Terminator of the landing pad: runs the pending deferred calls
    /// while panicking; when one of them recovers, continues at `exit`
    /// (the block starting with `defer_return`), else the panic goes on
    /// in the caller's frames.
    DeferLanding {
        /// The exit block.
        exit: BlockCall,
    },
    /// Runs the pending deferred calls on a normal exit (first
    /// instruction of the exit block). No result.
    DeferReturn,
}

/// What the defer lowering needs to know about one `defer` statement.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct DeferSite {
    /// Source position (opaque offset, for `-d=defer` reports).
    pub pos: u32,
    /// Line and column of the statement (for the strategy's reason).
    pub line: u32,
    /// Column.
    pub col: u32,
    /// In a loop: a `for`/`range` body, or after a label a later `goto`
    /// jumps back to (gc's escape-analysis loop depth). When such a
    /// defer has a `wrapper`, its closure is on the heap with 32 bytes in
    /// front of it for its heap record (one allocation; the runtime gives
    /// the block back after the call).
    pub in_loop: bool,
    /// The closure's code when ssagen built the closure for a deferwrap
    /// (whose only parameter is the closure): open-coded exits inline it.
    /// None for `defer fv()` of a `func()` value.
    pub wrapper: Option<String>,
}

/// One `defer` statement as gc counts it (`DeferEntry::defers`): the
/// statements left after gc's front-end dead-code elimination.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct DeferStmt {
    /// Source position (opaque offset).
    pub pos: u32,
    /// Line of the statement.
    pub line: u32,
    /// Column.
    pub col: u32,
    /// In a loop by gc's escape analysis (`DeferSite::in_loop`).
    pub in_loop: bool,
    /// Reached by gc's ssagen, which skips statements after a `return`,
    /// `goto`, `break`, `continue` or `panic` up to the next label: only
    /// those are printed by `-d=defer`.
    pub reported: bool,
}

/// The operand walk shared by [`InstData::visit_operands`] and
/// [`InstData::visit_operands_mut`]: `$iter` is `iter` or `iter_mut`.
macro_rules! walk_operands {
    ($inst:expr, $f:ident, $iter:ident) => {
        match $inst {
            InstData::Iconst { .. }
            | InstData::Fconst { .. }
            | InstData::StackAddr { .. }
            | InstData::SymbolAddr { .. }
            | InstData::FramePointer
            | InstData::Trap { .. }
            | InstData::DeferReturn => {}
            InstData::Binary { args, .. }
            | InstData::Icmp { args, .. }
            | InstData::Fcmp { args, .. } => args.$iter().for_each(&mut $f),
            InstData::Unary { arg, .. } | InstData::Convert { arg, .. } => $f(arg),
            InstData::Select {
                cond,
                if_true,
                if_false,
            } => {
                $f(cond);
                $f(if_true);
                $f(if_false);
            }
            InstData::Load { addr, .. } => $f(addr),
            InstData::Store { value, addr, .. } => {
                $f(value);
                $f(addr);
            }
            InstData::Memcpy { dst, src, .. } => {
                $f(dst);
                $f(src);
            }
            InstData::Memzero { dst, .. } => $f(dst),
            InstData::Defer { closure, .. } => $f(closure),
            InstData::Call { callee, args, .. } | InstData::ReturnCall { callee, args, .. } => {
                if let Callee::Indirect(v) = callee {
                    $f(v);
                }
                args.$iter().for_each(&mut $f);
            }
            InstData::Jump { dest } | InstData::DeferLanding { exit: dest } => {
                dest.args.$iter().for_each(&mut $f)
            }
            InstData::Brif {
                cond,
                then_dest,
                else_dest,
            } => {
                $f(cond);
                then_dest.args.$iter().for_each(&mut $f);
                else_dest.args.$iter().for_each(&mut $f);
            }
            InstData::BrTable {
                index,
                default,
                targets,
            } => {
                $f(index);
                default.args.$iter().for_each(&mut $f);
                for t in targets {
                    t.args.$iter().for_each(&mut $f);
                }
            }
            InstData::Return { values } => values.$iter().for_each(&mut $f),
            InstData::TryCall {
                callee,
                args,
                normal,
                landing,
                ..
            } => {
                if let Callee::Indirect(v) = callee {
                    $f(v);
                }
                args.$iter().for_each(&mut $f);
                normal.args.$iter().for_each(&mut $f);
                landing.args.$iter().for_each(&mut $f);
            }
            InstData::DeferEntry { cont, landing, .. } => {
                cont.args.$iter().for_each(&mut $f);
                landing.args.$iter().for_each(&mut $f);
            }
        }
    };
}

/// The edge list shared by [`InstData::successors`] and
/// [`InstData::successors_mut`]: `$iter` is `iter` or `iter_mut`.
macro_rules! edges {
    ($inst:expr, $iter:ident) => {
        match $inst {
            InstData::Jump { dest } | InstData::DeferLanding { exit: dest } => vec![dest],
            InstData::Brif {
                then_dest,
                else_dest,
                ..
            } => vec![then_dest, else_dest],
            InstData::BrTable {
                default, targets, ..
            } => std::iter::once(default).chain(targets.$iter()).collect(),
            InstData::TryCall {
                normal, landing, ..
            } => vec![normal, landing],
            InstData::DeferEntry { cont, landing, .. } => vec![cont, landing],
            _ => Vec::new(),
        }
    };
}

impl InstData {
    /// True if this instruction ends a block.
    pub fn is_terminator(&self) -> bool {
        matches!(
            self,
            InstData::Jump { .. }
                | InstData::Brif { .. }
                | InstData::BrTable { .. }
                | InstData::Return { .. }
                | InstData::Trap { .. }
                | InstData::TryCall { .. }
                | InstData::ReturnCall { .. }
                | InstData::DeferEntry { .. }
                | InstData::DeferLanding { .. }
        )
    }

    /// True for the abstract defer instructions `passes::lower_defers`
    /// replaces.
    pub fn is_abstract_defer(&self) -> bool {
        matches!(
            self,
            InstData::DeferEntry { .. }
                | InstData::Defer { .. }
                | InstData::DeferLanding { .. }
                | InstData::DeferReturn
        )
    }

    /// The outgoing edges of a terminator (empty for other instructions).
    pub fn successors(&self) -> Vec<&BlockCall> {
        edges!(self, iter)
    }

    /// Mutable access to the outgoing edges (used to add arguments).
    pub fn successors_mut(&mut self) -> Vec<&mut BlockCall> {
        edges!(self, iter_mut)
    }

    /// Every value operand, including branch arguments, in a fixed order.
    pub fn operands(&self) -> Vec<Value> {
        let mut out = Vec::new();
        self.visit_operands(|v| out.push(*v));
        out
    }

    /// Calls `f` on every value operand, including branch arguments.
    pub fn visit_operands(&self, mut f: impl FnMut(&Value)) {
        walk_operands!(self, f, iter)
    }

    /// Calls `f` on every value operand mutably (used to substitute values).
    pub fn visit_operands_mut(&mut self, mut f: impl FnMut(&mut Value)) {
        walk_operands!(self, f, iter_mut)
    }
}
