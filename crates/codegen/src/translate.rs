//! Function bodies: gocc SSA → Cranelift IR, 1:1 (blocks, block
//! parameters, values), then compiled by `define_function`.

use std::collections::HashMap;

use cranelift_codegen::ir::{
    self, AbiParam, BlockArg, ExceptionTableData, ExceptionTableItem, InstBuilder, JumpTableData,
    MemFlagsData, StackSlotData, StackSlotKind, TrapCode, condcodes, immediates,
};
use cranelift_codegen::isa::CallConv as ClCallConv;
use cranelift_codegen::{Context, FinalizedMachExceptionHandler};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::Module as _;
use cranelift_object::ObjectModule;
use ssa::{BinaryOp, BlockCall, Callee, ConvOp, FloatCC, InstData, IntCC, Type, UnaryOp};

use crate::symbols::{Sym, Symbols};
use crate::{CallSite, FunctionSites};

/// The Cranelift type of a scalar.
pub(crate) fn cl_type(t: Type) -> ir::Type {
    match t {
        Type::I8 => ir::types::I8,
        Type::I16 => ir::types::I16,
        Type::I32 => ir::types::I32,
        Type::I64 => ir::types::I64,
        Type::F32 => ir::types::F32,
        Type::F64 => ir::types::F64,
    }
}

/// The Cranelift signature: `Go` → `tail`, `C` → SystemV.
pub(crate) fn cl_signature(_obj: &ObjectModule, sig: &ssa::Signature) -> ir::Signature {
    let cc = match sig.call_conv {
        ssa::CallConv::Go => ClCallConv::Tail,
        ssa::CallConv::C => ClCallConv::SystemV,
    };
    // Rust (like C compilers) takes `u8`/`bool`/`u16` arguments as
    // zero-extended to 32 bits and may test the whole register, so C calls
    // extend them (a `setcc` alone leaves stale upper bits: println(i > 0)
    // printed true, go/test fixedbugs/issue53653.go). The runtime has no
    // signed 8/16-bit parameters.
    let param = |t: Type| match (sig.call_conv, t) {
        (ssa::CallConv::C, Type::I8 | Type::I16) => AbiParam::new(cl_type(t)).uext(),
        _ => AbiParam::new(cl_type(t)),
    };
    let mut s = ir::Signature::new(cc);
    s.params.extend(sig.params.iter().map(|&t| param(t)));
    s.returns.extend(sig.results.iter().map(|&t| param(t)));
    s
}

/// Compiles every function of `m` into `obj`; returns their call sites.
/// With `clif`, also appends each function's Cranelift IR (as translated,
/// before Cranelift's optimisations) to it.
pub(crate) fn define_functions(
    obj: &mut ObjectModule,
    syms: &Symbols,
    m: &ssa::Module,
    mut clif: Option<&mut String>,
) -> Result<Vec<FunctionSites>, String> {
    let mut ctx = obj.make_context();
    let mut fctx = FunctionBuilderContext::new();
    let mut all = Vec::with_capacity(m.functions.len());
    for f in &m.functions {
        let Sym::Func(id) = syms.get(&f.name)? else {
            return Err(format!("function {} is declared as data", f.name));
        };
        ctx.func.signature = cl_signature(obj, &f.sig);
        ctx.func.name = ir::UserFuncName::user(0, id.as_u32());
        Translator::new(obj, syms, f, &mut ctx.func, &mut fctx).run()?;
        if let Some(out) = clif.as_deref_mut() {
            out.push_str(&format!("; {}\n{}\n", f.name, ctx.func.display()));
        }
        if let Err(e) = obj.define_function(id, &mut ctx) {
            let detail = match &e {
                cranelift_module::ModuleError::Compilation(
                    cranelift_codegen::CodegenError::Verifier(errs),
                ) => cranelift_codegen::print_errors::pretty_verifier_error(
                    &ctx.func,
                    None,
                    errs.clone(),
                ),
                _ => String::new(),
            };
            return Err(format!("compiling {}: {e}\n{detail}", f.name));
        }
        all.push(collect_sites(&f.name, &ctx));
        obj.clear_context(&mut ctx);
    }
    Ok(all)
}

/// Reads the call-site table of the function just compiled in `ctx`.
fn collect_sites(name: &str, ctx: &Context) -> FunctionSites {
    let Some(code) = ctx.compiled_code() else {
        return FunctionSites {
            name: name.to_string(),
            code_size: 0,
            sites: Vec::new(),
            srclocs: Vec::new(),
        };
    };
    let srclocs = code
        .buffer
        .get_srclocs_sorted()
        .iter()
        .filter(|l| !l.loc.is_default())
        .map(|l| (l.start, l.loc.bits()))
        .collect();
    let sites = code
        .buffer
        .call_sites()
        .map(|cs| CallSite {
            ret_offset: cs.ret_addr,
            handler_offsets: cs
                .exception_handlers
                .iter()
                .filter_map(|h| match h {
                    FinalizedMachExceptionHandler::Default(off)
                    | FinalizedMachExceptionHandler::Tag(_, off) => Some(*off),
                    FinalizedMachExceptionHandler::Context(_) => None,
                })
                .collect(),
            frame_offset: cs.frame_offset,
        })
        .collect();
    FunctionSites {
        name: name.to_string(),
        code_size: code.buffer.data().len() as u32,
        sites,
        srclocs,
    }
}

struct Translator<'a> {
    obj: &'a mut ObjectModule,
    syms: &'a Symbols,
    f: &'a ssa::Function,
    b: FunctionBuilder<'a>,
    blocks: Vec<Option<ir::Block>>,
    values: Vec<Option<ir::Value>>,
    slots: Vec<ir::StackSlot>,
    func_refs: HashMap<(String, ssa::Signature), ir::FuncRef>,
    addr_refs: HashMap<String, AddrRef>,
}

#[derive(Clone, Copy)]
enum AddrRef {
    Func(ir::FuncRef),
    Data(ir::GlobalValue),
}

fn mem() -> MemFlagsData {
    MemFlagsData::new()
}

/// Copies and clears up to this many bytes are inlined as 8-byte (then
/// 4/2/1-byte) moves; larger ones call `memcpy`/`memset`. x86-64 allows
/// unaligned accesses, so alignment does not matter here.
const INLINE_MEM_LIMIT: u64 = 128;

/// The chunks (offset, type) that cover `size` bytes: 8-byte words, then
/// a 4/2/1-byte tail.
fn mem_chunks(size: u64) -> Vec<(i32, ir::Type)> {
    let mut out = Vec::new();
    let mut off = 0u64;
    for (width, ty) in [
        (8, ir::types::I64),
        (4, ir::types::I32),
        (2, ir::types::I16),
        (1, ir::types::I8),
    ] {
        while size - off >= width {
            out.push((off as i32, ty));
            off += width;
        }
    }
    out
}

impl<'a> Translator<'a> {
    fn new(
        obj: &'a mut ObjectModule,
        syms: &'a Symbols,
        f: &'a ssa::Function,
        func: &'a mut ir::Function,
        fctx: &'a mut FunctionBuilderContext,
    ) -> Translator<'a> {
        Translator {
            obj,
            syms,
            f,
            b: FunctionBuilder::new(func, fctx),
            blocks: vec![None; f.blocks.len()],
            values: vec![None; f.values.len()],
            slots: Vec::new(),
            func_refs: HashMap::new(),
            addr_refs: HashMap::new(),
        }
    }

    fn run(mut self) -> Result<(), String> {
        let f = self.f;
        for s in &f.stack_slots {
            let shift = s.align.max(1).trailing_zeros() as u8;
            let slot = self.b.create_sized_stack_slot(StackSlotData::new(
                StackSlotKind::ExplicitSlot,
                s.size,
                shift,
            ));
            self.slots.push(slot);
        }
        // Translate in reverse postorder, so that every definition is seen
        // before its uses; unreachable blocks are skipped.
        let order = f.reverse_postorder();
        for &block in &order {
            let cb = self.b.create_block();
            if f.blocks[block.index()].cold && Some(block) != f.entry_block() {
                self.b.set_cold_block(cb);
            }
            self.blocks[block.index()] = Some(cb);
            for &p in f.block_params(block) {
                let cv = self.b.append_block_param(cb, cl_type(f.value_type(p)));
                self.values[p.index()] = Some(cv);
            }
        }
        for &block in &order {
            let cb = self.block(block)?;
            self.b.switch_to_block(cb);
            for &inst in f.block_insts(block) {
                // The instruction's source position: Cranelift carries it
                // to the machine code's source-location ranges (the line
                // table, `crate::line_table`).
                let pos = f.insts[inst.index()].pos;
                self.b.set_srcloc(if pos == 0 {
                    ir::SourceLoc::default()
                } else {
                    ir::SourceLoc::new(pos)
                });
                self.inst(inst)?;
            }
        }
        self.b.seal_all_blocks();
        let cfg = self.obj.target_config();
        self.b.finalize(cfg);
        Ok(())
    }

    fn block(&self, b: ssa::Block) -> Result<ir::Block, String> {
        self.blocks[b.index()].ok_or_else(|| format!("{}: branch to unreachable {b}", self.f.name))
    }

    fn val(&self, v: ssa::Value) -> Result<ir::Value, String> {
        self.values
            .get(v.index())
            .copied()
            .flatten()
            .ok_or_else(|| format!("{}: {v} used before its definition", self.f.name))
    }

    fn vals(&self, vs: &[ssa::Value]) -> Result<Vec<ir::Value>, String> {
        vs.iter().map(|&v| self.val(v)).collect()
    }

    fn def(&mut self, inst: ssa::Inst, results: &[ir::Value]) {
        for (&v, &c) in self.f.inst_results(inst).iter().zip(results) {
            self.values[v.index()] = Some(c);
        }
    }

    fn block_args(&self, e: &BlockCall) -> Result<Vec<BlockArg>, String> {
        Ok(self
            .vals(&e.args)?
            .into_iter()
            .map(BlockArg::Value)
            .collect())
    }

    fn cl_block_call(
        &mut self,
        e: &BlockCall,
        prefix: Vec<BlockArg>,
    ) -> Result<ir::BlockCall, String> {
        let block = self.block(e.block)?;
        let mut args = prefix;
        args.extend(self.block_args(e)?);
        Ok(ir::BlockCall::new(
            block,
            args,
            &mut self.b.func.dfg.value_lists,
        ))
    }

    /// A function reference for a direct call with the call's signature
    /// (imports are declared once but may be called with the signature
    /// each call site gives).
    fn func_ref(&mut self, name: &str, sig: &ssa::Signature) -> Result<ir::FuncRef, String> {
        let key = (name.to_string(), sig.clone());
        if let Some(&r) = self.func_refs.get(&key) {
            return Ok(r);
        }
        let Sym::Func(id) = self.syms.get(name)? else {
            return Err(format!("{}: call of data symbol {name}", self.f.name));
        };
        let r = self.obj.declare_func_in_func(id, self.b.func);
        let sigref = self.b.func.import_signature(cl_signature(self.obj, sig));
        self.b.func.dfg.ext_funcs[r].signature = sigref;
        // Direct `call rel32` (R_X86_64_PLT32) even for imports: the
        // linker resolves it to the runtime's code in the executable or
        // to a PLT entry for libc, as for C code compiled with -fPIE.
        self.b.func.dfg.ext_funcs[r].colocated = true;
        self.func_refs.insert(key, r);
        Ok(r)
    }

    fn symbol_addr(&mut self, name: &str) -> Result<ir::Value, String> {
        let r = match self.addr_refs.get(name) {
            Some(&r) => r,
            None => {
                let r = match self.syms.get(name)? {
                    Sym::Func(id) => AddrRef::Func(self.obj.declare_func_in_func(id, self.b.func)),
                    Sym::Data(id) => AddrRef::Data(self.obj.declare_data_in_func(id, self.b.func)),
                };
                self.addr_refs.insert(name.to_string(), r);
                r
            }
        };
        Ok(match r {
            AddrRef::Func(fr) => self.b.ins().func_addr(ir::types::I64, fr),
            AddrRef::Data(gv) => self.b.ins().symbol_value(ir::types::I64, gv),
        })
    }

    fn inst(&mut self, inst: ssa::Inst) -> Result<(), String> {
        let f = self.f;
        let data = f.inst(inst);
        let result_ty = |i: usize| cl_type(f.value_type(f.inst_results(inst)[i]));
        let one = match data {
            InstData::Iconst { ty, imm } => {
                let bits = ty.bits();
                let imm = if bits < 64 {
                    imm & ((1i64 << bits) - 1)
                } else {
                    *imm
                };
                Some(self.b.ins().iconst(cl_type(*ty), imm))
            }
            InstData::Fconst { ty, bits } => Some(match ty {
                Type::F32 => self
                    .b
                    .ins()
                    .f32const(immediates::Ieee32::with_bits(*bits as u32)),
                _ => self.b.ins().f64const(immediates::Ieee64::with_bits(*bits)),
            }),
            InstData::Binary { op, args } => {
                let (x, y) = (self.val(args[0])?, self.val(args[1])?);
                Some(self.binary(*op, x, y))
            }
            InstData::Unary { op, arg } => {
                let x = self.val(*arg)?;
                Some(match op {
                    UnaryOp::Ineg => self.b.ins().ineg(x),
                    UnaryOp::Bnot => self.b.ins().bnot(x),
                    UnaryOp::Fneg => self.b.ins().fneg(x),
                })
            }
            InstData::Icmp { cc, args } => {
                let (x, y) = (self.val(args[0])?, self.val(args[1])?);
                Some(self.b.ins().icmp(int_cc(*cc), x, y))
            }
            InstData::Fcmp { cc, args } => {
                let (x, y) = (self.val(args[0])?, self.val(args[1])?);
                Some(self.b.ins().fcmp(float_cc(*cc), x, y))
            }
            InstData::Select {
                cond,
                if_true,
                if_false,
            } => {
                let (c, t, e) = (self.val(*cond)?, self.val(*if_true)?, self.val(*if_false)?);
                Some(self.b.ins().select(c, t, e))
            }
            InstData::Convert { op, ty, arg } => {
                let x = self.val(*arg)?;
                let from = f.value_type(*arg);
                Some(self.convert(*op, from, *ty, x))
            }
            InstData::Load { ty, addr, offset } => {
                let a = self.val(*addr)?;
                Some(self.b.ins().load(cl_type(*ty), mem(), a, *offset))
            }
            InstData::Store {
                value,
                addr,
                offset,
            } => {
                let (v, a) = (self.val(*value)?, self.val(*addr)?);
                self.b.ins().store(mem(), v, a, *offset);
                None
            }
            InstData::Memcpy { dst, src, size, .. } => {
                let (d, s) = (self.val(*dst)?, self.val(*src)?);
                self.memcpy(d, s, *size);
                None
            }
            InstData::Memzero { dst, size, .. } => {
                let d = self.val(*dst)?;
                self.memzero(d, *size);
                None
            }
            InstData::StackAddr { slot, offset } => {
                let s = self.slots[slot.index()];
                Some(self.b.ins().stack_addr(ir::types::I64, s, *offset))
            }
            InstData::SymbolAddr { name } => Some(self.symbol_addr(name)?),
            InstData::FramePointer => Some(self.b.ins().get_frame_pointer(ir::types::I64)),
            InstData::Call { callee, sig, args } => {
                let args = self.vals(args)?;
                let call = match callee {
                    Callee::Direct(name) => {
                        let r = self.func_ref(name, sig)?;
                        self.b.ins().call(r, &args)
                    }
                    Callee::Indirect(v) => {
                        let c = self.val(*v)?;
                        let sr = self.b.import_signature(cl_signature(self.obj, sig));
                        self.b.ins().call_indirect(sr, c, &args)
                    }
                };
                let rs = self.b.inst_results(call).to_vec();
                self.def(inst, &rs);
                None
            }
            InstData::Jump { dest } => {
                let block = self.block(dest.block)?;
                let args = self.block_args(dest)?;
                self.b.ins().jump(block, &args);
                None
            }
            InstData::Brif {
                cond,
                then_dest,
                else_dest,
            } => {
                let c = self.val(*cond)?;
                let (tb, eb) = (self.block(then_dest.block)?, self.block(else_dest.block)?);
                let (ta, ea) = (self.block_args(then_dest)?, self.block_args(else_dest)?);
                self.b.ins().brif(c, tb, &ta, eb, &ea);
                None
            }
            InstData::BrTable {
                index,
                default,
                targets,
            } => {
                self.br_table(*index, default, targets)?;
                None
            }
            InstData::Return { values } => {
                let vs = self.vals(values)?;
                self.b.ins().return_(&vs);
                None
            }
            InstData::Trap { code } => {
                let tc = TrapCode::user(code.saturating_add(1)).unwrap_or(TrapCode::unwrap_user(1));
                self.b.ins().trap(tc);
                None
            }
            InstData::TryCall {
                callee,
                sig,
                args,
                normal,
                landing,
            } => {
                self.try_call(callee, sig, args, normal, landing)?;
                None
            }
            InstData::ReturnCall { callee, sig, args } => {
                let args = self.vals(args)?;
                match callee {
                    Callee::Direct(name) => {
                        let r = self.func_ref(name, sig)?;
                        self.b.ins().return_call(r, &args);
                    }
                    Callee::Indirect(v) => {
                        let c = self.val(*v)?;
                        let sr = self.b.import_signature(cl_signature(self.obj, sig));
                        self.b.ins().return_call_indirect(sr, c, &args);
                    }
                }
                None
            }
            InstData::DeferEntry { .. }
            | InstData::Defer { .. }
            | InstData::DeferLanding { .. }
            | InstData::DeferReturn => {
                return Err(format!(
                    "abstract defer instruction in codegen (run ssa::passes::lower_defers): {data:?}"
                ));
            }
        };
        if let Some(v) = one {
            debug_assert_eq!(self.b.func.dfg.value_type(v), result_ty(0));
            self.def(inst, &[v]);
        }
        Ok(())
    }

    /// Non-overlapping copy of `size` bytes.
    fn memcpy(&mut self, dst: ir::Value, src: ir::Value, size: u64) {
        if size > INLINE_MEM_LIMIT {
            let n = self.b.ins().iconst(ir::types::I64, size as i64);
            let cfg = self.obj.target_config();
            self.b.call_memcpy(cfg, dst, src, n);
            return;
        }
        for (off, ty) in mem_chunks(size) {
            let v = self.b.ins().load(ty, mem(), src, off);
            self.b.ins().store(mem(), v, dst, off);
        }
    }

    /// Zeroes `size` bytes.
    fn memzero(&mut self, dst: ir::Value, size: u64) {
        if size > INLINE_MEM_LIMIT {
            let zero = self.b.ins().iconst(ir::types::I8, 0);
            let n = self.b.ins().iconst(ir::types::I64, size as i64);
            let cfg = self.obj.target_config();
            self.b.call_memset(cfg, dst, zero, n);
            return;
        }
        let mut zeros: HashMap<ir::Type, ir::Value> = HashMap::new();
        for (off, ty) in mem_chunks(size) {
            let z = *zeros
                .entry(ty)
                .or_insert_with(|| self.b.ins().iconst(ty, 0));
            self.b.ins().store(mem(), z, dst, off);
        }
    }

    fn binary(&mut self, op: BinaryOp, x: ir::Value, y: ir::Value) -> ir::Value {
        let ins = self.b.ins();
        match op {
            BinaryOp::Iadd => ins.iadd(x, y),
            BinaryOp::Isub => ins.isub(x, y),
            BinaryOp::Imul => ins.imul(x, y),
            BinaryOp::Sdiv => ins.sdiv(x, y),
            BinaryOp::Udiv => ins.udiv(x, y),
            BinaryOp::Srem => ins.srem(x, y),
            BinaryOp::Urem => ins.urem(x, y),
            BinaryOp::Band => ins.band(x, y),
            BinaryOp::Bor => ins.bor(x, y),
            BinaryOp::Bxor => ins.bxor(x, y),
            BinaryOp::Ishl => ins.ishl(x, y),
            BinaryOp::Sshr => ins.sshr(x, y),
            BinaryOp::Ushr => ins.ushr(x, y),
            BinaryOp::Fadd => ins.fadd(x, y),
            BinaryOp::Fsub => ins.fsub(x, y),
            BinaryOp::Fmul => ins.fmul(x, y),
            BinaryOp::Fdiv => ins.fdiv(x, y),
        }
    }

    /// Conversions. Narrow (8/16-bit) integers are widened to 32 bits
    /// around int/float conversions, which x86-64 only has for 32/64 bits.
    fn convert(&mut self, op: ConvOp, from: Type, to: Type, x: ir::Value) -> ir::Value {
        let cto = cl_type(to);
        let narrow = |t: Type| t.is_int() && t.bits() < 32;
        match op {
            ConvOp::Sextend => self.b.ins().sextend(cto, x),
            ConvOp::Uextend => self.b.ins().uextend(cto, x),
            ConvOp::Ireduce => self.b.ins().ireduce(cto, x),
            ConvOp::FcvtFromSint => {
                let x = if narrow(from) {
                    self.b.ins().sextend(ir::types::I32, x)
                } else {
                    x
                };
                self.b.ins().fcvt_from_sint(cto, x)
            }
            ConvOp::FcvtFromUint => {
                let x = if narrow(from) {
                    self.b.ins().uextend(ir::types::I32, x)
                } else {
                    x
                };
                self.b.ins().fcvt_from_uint(cto, x)
            }
            ConvOp::FcvtToSint | ConvOp::FcvtToUint => {
                let wide = if narrow(to) { ir::types::I32 } else { cto };
                let r = if op == ConvOp::FcvtToSint {
                    self.b.ins().fcvt_to_sint_sat(wide, x)
                } else {
                    self.b.ins().fcvt_to_uint_sat(wide, x)
                };
                if narrow(to) {
                    self.b.ins().ireduce(cto, r)
                } else {
                    r
                }
            }
            ConvOp::Fpromote => self.b.ins().fpromote(cto, x),
            ConvOp::Fdemote => self.b.ins().fdemote(cto, x),
            ConvOp::Bitcast => self.b.ins().bitcast(cto, mem(), x),
        }
    }

    /// `br_table` takes an `i32` index: narrower indexes are zero-extended;
    /// a 64-bit index is range-checked first, then truncated.
    fn br_table(
        &mut self,
        index: ssa::Value,
        default: &BlockCall,
        targets: &[BlockCall],
    ) -> Result<(), String> {
        let mut idx = self.val(index)?;
        let ity = self.f.value_type(index);
        if ity == Type::I64 {
            let n = self.b.ins().iconst(ir::types::I64, targets.len() as i64);
            let in_range = self
                .b
                .ins()
                .icmp(condcodes::IntCC::UnsignedLessThan, idx, n);
            let table_block = self.b.create_block();
            let db = self.block(default.block)?;
            let da = self.block_args(default)?;
            self.b.ins().brif(in_range, table_block, &[], db, &da);
            self.b.switch_to_block(table_block);
            idx = self.b.ins().ireduce(ir::types::I32, idx);
        } else if ity.bits() < 32 {
            idx = self.b.ins().uextend(ir::types::I32, idx);
        }
        let def = self.cl_block_call(default, Vec::new())?;
        let mut table = Vec::with_capacity(targets.len());
        for t in targets {
            table.push(self.cl_block_call(t, Vec::new())?);
        }
        let jt = self.b.create_jump_table(JumpTableData::new(def, &table));
        self.b.ins().br_table(idx, jt);
        Ok(())
    }

    /// A Cranelift `try_call` with a catch-all handler: the normal edge
    /// gets the call's results then the explicit arguments; the landing
    /// edge its explicit arguments.
    fn try_call(
        &mut self,
        callee: &Callee,
        sig: &ssa::Signature,
        args: &[ssa::Value],
        normal: &BlockCall,
        landing: &BlockCall,
    ) -> Result<(), String> {
        let args = self.vals(args)?;
        let sigref = self.b.import_signature(cl_signature(self.obj, sig));
        let rets = (0..sig.results.len() as u32)
            .map(BlockArg::TryCallRet)
            .collect();
        let nb = self.cl_block_call(normal, rets)?;
        let lb = self.cl_block_call(landing, Vec::new())?;
        let et = self
            .b
            .func
            .dfg
            .exception_tables
            .push(ExceptionTableData::new(
                sigref,
                nb,
                [ExceptionTableItem::Default(lb)],
            ));
        match callee {
            Callee::Direct(name) => {
                let r = self.func_ref(name, sig)?;
                self.b.ins().try_call(r, &args, et);
            }
            Callee::Indirect(v) => {
                let c = self.val(*v)?;
                self.b.ins().try_call_indirect(c, &args, et);
            }
        }
        Ok(())
    }
}

fn int_cc(cc: IntCC) -> condcodes::IntCC {
    use condcodes::IntCC as C;
    match cc {
        IntCC::Eq => C::Equal,
        IntCC::Ne => C::NotEqual,
        IntCC::Slt => C::SignedLessThan,
        IntCC::Sle => C::SignedLessThanOrEqual,
        IntCC::Sgt => C::SignedGreaterThan,
        IntCC::Sge => C::SignedGreaterThanOrEqual,
        IntCC::Ult => C::UnsignedLessThan,
        IntCC::Ule => C::UnsignedLessThanOrEqual,
        IntCC::Ugt => C::UnsignedGreaterThan,
        IntCC::Uge => C::UnsignedGreaterThanOrEqual,
    }
}

fn float_cc(cc: FloatCC) -> condcodes::FloatCC {
    use condcodes::FloatCC as C;
    match cc {
        FloatCC::Eq => C::Equal,
        FloatCC::Ne => C::NotEqual,
        FloatCC::Lt => C::LessThan,
        FloatCC::Le => C::LessThanOrEqual,
        FloatCC::Gt => C::GreaterThan,
        FloatCC::Ge => C::GreaterThanOrEqual,
    }
}
