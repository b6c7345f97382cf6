//! `FunctionBuilder`: appends instructions to blocks and builds SSA form
//! for mutable variables on the fly.
//!
//! Variables follow Braun et al., "Simple and Efficient Construction of
//! Static Single Assignment Form" (CC 2013), the algorithm behind
//! cranelift-frontend: `def_var`/`use_var` record and look up a variable's
//! current value per block; a read in a block with several predecessors
//! becomes a block parameter whose arguments are added to every incoming
//! branch. A block must be *sealed* once all its predecessors are known;
//! until then reads in it create "incomplete" parameters that sealing
//! completes. [`FunctionBuilder::finish`] seals what is left, drops blocks
//! unreachable from the entry and removes parameters that turned out to be
//! trivial (every incoming argument is the same value).
//!
//! The builder never panics on code after a terminator: appending to a
//! filled block (Go code after `return` or `panic`) first switches to a
//! fresh, sealed, unreachable block, which `finish` later drops.

use std::collections::HashMap;

use crate::entities::{Block, Inst, StackSlot, Value, Var};
use crate::function::{Function, ValueDef};
use crate::ir::{BinaryOp, BlockCall, Callee, ConvOp, FloatCC, InstData, IntCC, UnaryOp};
use crate::passes::remove_unreachable_blocks;
use crate::types::{Signature, Type};

/// A step of the variable lookup (see `FunctionBuilder::run_tasks`).
enum Task {
    /// Find the variable's value at the end of this block.
    Use(Block),
    /// Append the last found value to this branch's edges into the block.
    AddArg(Block, Inst),
}

/// Per-block state of the SSA construction.
#[derive(Default)]
struct BlockSsa {
    /// All predecessors are known; no more branches to this block.
    sealed: bool,
    /// Branch instructions targeting this block (each listed once).
    preds: Vec<Inst>,
    /// Each variable's value at the end of the block (so far).
    defs: HashMap<Var, Value>,
    /// Parameters created while unsealed; arguments added at sealing.
    incomplete: Vec<(Var, Value)>,
    /// Parameters created for variables (candidates for trivial removal).
    var_params: Vec<Value>,
}

/// Builds one [`Function`]: blocks, instructions and SSA variables.
///
/// Typical use:
/// ```
/// use ssa::*;
/// let sig = Signature::new(vec![Type::I64], vec![Type::I64], CallConv::Go);
/// let mut func = Function::new("main.double", sig, Linkage::Local);
/// let mut b = FunctionBuilder::new(&mut func);
/// let entry = b.create_block();
/// let params = b.append_params_for_signature(entry);
/// b.switch_to_block(entry);
/// b.seal_block(entry);
/// let r = b.iadd(params[0], params[0]);
/// b.return_(&[r]);
/// b.finish();
/// assert!(ssa::verify_function(&func).is_ok());
/// ```
pub struct FunctionBuilder<'f> {
    /// The function being built (annotations, slots, arenas are public).
    pub func: &'f mut Function,
    current: Option<Block>,
    var_types: Vec<Type>,
    ssa: Vec<BlockSsa>,
}

impl<'f> FunctionBuilder<'f> {
    /// A builder appending to `func` (normally a fresh [`Function::new`]).
    pub fn new(func: &'f mut Function) -> FunctionBuilder<'f> {
        FunctionBuilder {
            func,
            current: None,
            var_types: Vec::new(),
            ssa: Vec::new(),
        }
    }

    /// Sets the source position of the instructions created from now on
    /// (a `syntax::Pos`, 0 = unknown; see [`crate::InstNode::pos`]).
    pub fn set_pos(&mut self, pos: u32) {
        self.func.srcpos = pos;
    }

    /// The source position given to new instructions.
    pub fn pos(&self) -> u32 {
        self.func.srcpos
    }

    // ---- blocks ---------------------------------------------------------

    /// Creates a block at the end of the layout. The first block created is
    /// the entry block (it must never be a branch target).
    pub fn create_block(&mut self) -> Block {
        self.func.create_block()
    }

    /// Appends a parameter of type `ty` to `block`. Add a block's explicit
    /// parameters before branching to it or reading variables in it.
    pub fn append_block_param(&mut self, block: Block, ty: Type) -> Value {
        self.func.append_block_param(block, ty)
    }

    /// Appends one parameter per signature parameter to `block` (the entry
    /// block) and returns them.
    pub fn append_params_for_signature(&mut self, block: Block) -> Vec<Value> {
        let tys = self.func.sig.params.clone();
        tys.into_iter()
            .map(|t| self.func.append_block_param(block, t))
            .collect()
    }

    /// A block's parameters.
    pub fn block_params(&self, block: Block) -> &[Value] {
        self.func.block_params(block)
    }

    /// Marks `block` as rarely executed (panic paths, bounds-check
    /// failures), so codegen places it out of line.
    pub fn set_cold_block(&mut self, block: Block) {
        self.func.blocks[block.index()].cold = true;
    }

    /// Makes `block` the insertion point.
    pub fn switch_to_block(&mut self, block: Block) {
        self.current = Some(block);
    }

    /// The insertion block, if any.
    pub fn current_block(&self) -> Option<Block> {
        self.current
    }

    /// True if there is no insertion block or it already ends in a
    /// terminator: code appended now would be unreachable (the builder then
    /// starts a fresh unreachable block by itself).
    pub fn is_terminated(&self) -> bool {
        match self.current {
            Some(b) => self.func.terminator(b).is_some(),
            None => true,
        }
    }

    /// Declares that every predecessor of `block` has been added.
    pub fn seal_block(&mut self, block: Block) {
        let st = self.st(block);
        if st.sealed {
            return;
        }
        st.sealed = true;
        let incomplete = std::mem::take(&mut st.incomplete);
        for (var, param) in incomplete {
            self.add_param_args(block, var, param);
        }
    }

    /// Seals every block created so far.
    pub fn seal_all_blocks(&mut self) {
        for i in 0..self.func.blocks.len() {
            self.seal_block(Block(i as u32));
        }
    }

    /// True if `block` has been sealed.
    pub fn is_sealed(&self, block: Block) -> bool {
        self.ssa.get(block.index()).is_some_and(|s| s.sealed)
    }

    /// Completes the function: seals all blocks, removes blocks unreachable
    /// from the entry, and removes variable parameters whose incoming
    /// arguments are all the same value.
    pub fn finish(mut self) {
        self.seal_all_blocks();
        remove_unreachable_blocks(self.func);
        self.remove_trivial_params();
    }

    // ---- variables --------------------------------------------------------

    /// Declares a variable of type `ty`.
    pub fn declare_var(&mut self, ty: Type) -> Var {
        self.var_types.push(ty);
        Var(self.var_types.len() as u32 - 1)
    }

    /// The type a variable was declared with.
    pub fn var_type(&self, var: Var) -> Type {
        self.var_types[var.index()]
    }

    /// Assigns `value` to `var` at the current position.
    pub fn def_var(&mut self, var: Var, value: Value) {
        let block = self.insertion_block();
        self.st(block).defs.insert(var, value);
    }

    /// The value of `var` at the current position. A variable never
    /// assigned on some path reads as zero there.
    pub fn use_var(&mut self, var: Var) -> Value {
        let block = self.insertion_block();
        self.lookup(var, block)
    }

    fn st(&mut self, block: Block) -> &mut BlockSsa {
        if self.ssa.len() <= block.index() {
            self.ssa.resize_with(
                self.func.blocks.len().max(block.index() + 1),
                Default::default,
            );
        }
        &mut self.ssa[block.index()]
    }

    /// The value of `var` at the end of `block` (so far).
    fn lookup(&mut self, var: Var, block: Block) -> Value {
        let mut results = Vec::new();
        self.run_tasks(var, vec![Task::Use(block)], &mut results);
        results.pop().expect("lookup produces a value")
    }

    /// Adds the argument for `param` (of `var`, the newest parameter of
    /// `block` without arguments) to every branch into `block`.
    fn add_param_args(&mut self, block: Block, var: Var, param: Value) {
        debug_assert!(self.func.block_params(block).contains(&param));
        let tasks = self.arg_tasks(block);
        self.run_tasks(var, tasks, &mut Vec::new());
    }

    /// Tasks that look `var` up at the end of each predecessor of `block`
    /// and append it to that predecessor's edges into `block`.
    fn arg_tasks(&mut self, block: Block) -> Vec<Task> {
        let mut tasks = Vec::new();
        let preds = self.st(block).preds.clone();
        for pred in preds {
            let pred_block = self.func.insts[pred.index()].block;
            // LIFO: the lookup runs first and leaves its value for AddArg.
            tasks.push(Task::AddArg(block, pred));
            tasks.push(Task::Use(pred_block));
        }
        tasks
    }

    /// Braun et al.'s recursive lookup run on an explicit stack, so that
    /// long chains of joins in big functions cannot overflow the Rust
    /// stack. `Use` pushes its value onto `results`; `AddArg` pops one.
    fn run_tasks(&mut self, var: Var, mut tasks: Vec<Task>, results: &mut Vec<Value>) {
        while let Some(task) = tasks.pop() {
            match task {
                Task::AddArg(block, pred) => {
                    let v = results.pop().expect("argument lookup result");
                    for edge in self.func.insts[pred.index()].data.successors_mut() {
                        if edge.block == block {
                            edge.args.push(v);
                        }
                    }
                }
                Task::Use(block) => {
                    let (value, more) = self.use_in_block(var, block);
                    results.push(value);
                    tasks.extend(more);
                }
            }
        }
    }

    /// One step of the lookup: walks up sealed single-predecessor chains
    /// and returns the value, plus the argument tasks of a new parameter
    /// placed in a sealed join block.
    fn use_in_block(&mut self, var: Var, block: Block) -> (Value, Vec<Task>) {
        let mut chain = Vec::new();
        let mut b = block;
        let mut more = Vec::new();
        let value = loop {
            if let Some(&v) = self.st(b).defs.get(&var) {
                break v;
            }
            if chain.len() > self.func.blocks.len() {
                // Longer than the number of blocks: we are going round a
                // cycle of single-predecessor blocks (unreachable code).
                break self.zero_at_start(b, var);
            }
            chain.push(b);
            // The entry block has no predecessors, so it counts as sealed.
            let is_entry = self.func.entry_block() == Some(b);
            let st = self.st(b);
            if !st.sealed && !is_entry {
                let param = self.new_var_param(b, var);
                self.st(b).incomplete.push((var, param));
                break param;
            }
            match st.preds.len() {
                0 => break self.zero_at_start(b, var),
                1 => {
                    let pred = st.preds[0];
                    b = self.func.insts[pred.index()].block;
                }
                _ => {
                    // Defined (in new_var_param) before the arguments are
                    // looked up, so a loop back to this block finds it.
                    let param = self.new_var_param(b, var);
                    more = self.arg_tasks(b);
                    break param;
                }
            }
        };
        for c in chain {
            self.st(c).defs.insert(var, value);
        }
        (value, more)
    }

    fn new_var_param(&mut self, block: Block, var: Var) -> Value {
        let ty = self.var_types[var.index()];
        let p = self.func.append_block_param(block, ty);
        let st = self.st(block);
        st.var_params.push(p);
        st.defs.insert(var, p);
        p
    }

    /// A zero of `var`'s type, defined at the start of `block`.
    fn zero_at_start(&mut self, block: Block, var: Var) -> Value {
        let ty = self.var_types[var.index()];
        let data = zero_const(ty);
        let inst = self.func.insert_inst(block, 0, data);
        let v = self.func.insts[inst.index()].results[0];
        self.st(block).defs.insert(var, v);
        v
    }

    /// Removes variable parameters whose arguments (from reachable
    /// predecessors) are all one value `x` or the parameter itself,
    /// replacing the parameter by `x` everywhere. Removing one can make
    /// another trivial: a worklist revisits the parameters that take a
    /// removed one as an argument (Braun et al.'s tryRemoveTrivialPhi), so
    /// the work stays linear in the number of arguments (n nested loops
    /// reading outer variables have O(n²) parameters, which a
    /// round-per-layer fixpoint made O(n³)).
    fn remove_trivial_params(&mut self) {
        let live: Vec<bool> = {
            let mut l = vec![false; self.func.blocks.len()];
            for b in &self.func.layout {
                l[b.index()] = true;
            }
            l
        };
        // The live predecessor edges into each block with variable params.
        let live_preds = |this: &Self, bi: usize| -> Vec<Inst> {
            this.ssa[bi]
                .preds
                .iter()
                .copied()
                .filter(|i| {
                    let pb = this.func.insts[i.index()].block;
                    live[pb.index()] && this.func.terminator(pb) == Some(*i)
                })
                .collect()
        };
        // Each candidate's arguments, and which candidates use each value.
        let mut args: HashMap<Value, Vec<Value>> = HashMap::new();
        let mut users: HashMap<Value, Vec<Value>> = HashMap::new();
        let mut order = Vec::new();
        let live_blocks: Vec<usize> = (0..self.ssa.len().min(live.len()))
            .filter(|&bi| live[bi])
            .collect();
        for &bi in &live_blocks {
            if self.ssa[bi].var_params.is_empty() {
                continue;
            }
            let block = Block(bi as u32);
            let preds = live_preds(self, bi);
            for &p in &self.ssa[bi].var_params {
                let Some(idx) = self.func.blocks[bi].params.iter().position(|&q| q == p) else {
                    continue;
                };
                let mut list = Vec::new();
                for &pred in &preds {
                    let data = &self.func.insts[pred.index()].data;
                    for (pos, edge) in data.successors().into_iter().enumerate() {
                        if edge.block == block {
                            list.push(edge.args[idx - edge_arg_offset(data, pos)]);
                        }
                    }
                }
                for &a in &list {
                    users.entry(a).or_default().push(p);
                }
                args.insert(p, list);
                order.push(p);
            }
        }
        let mut alias: HashMap<Value, Value> = HashMap::new();
        let resolve = |alias: &HashMap<Value, Value>, mut v: Value| {
            while let Some(&a) = alias.get(&v) {
                v = a;
            }
            v
        };
        // Popped in block order, as the rounds used to visit them.
        order.reverse();
        let mut work = order;
        while let Some(p) = work.pop() {
            if alias.contains_key(&p) {
                continue;
            }
            let mut unique: Option<Value> = None;
            let mut trivial = true;
            for &a in &args[&p] {
                let a = resolve(&alias, a);
                if a == p {
                    continue;
                }
                match unique {
                    None => unique = Some(a),
                    Some(u) if u == a => {}
                    Some(_) => {
                        trivial = false;
                        break;
                    }
                }
            }
            let (true, Some(x)) = (trivial, unique) else {
                continue;
            };
            alias.insert(p, x);
            // p's users now use x: revisit them now, and again if x
            // itself turns out trivial later.
            if let Some(us) = users.remove(&p) {
                work.extend(us.iter().copied().filter(|&u| u != p));
                users.entry(x).or_default().extend(us);
            }
        }
        if alias.is_empty() {
            return;
        }
        // Drop the aliased parameters and their arguments, last first so
        // the indices of the others hold.
        for &bi in &live_blocks {
            let block = Block(bi as u32);
            let gone: Vec<usize> = (0..self.func.blocks[bi].params.len())
                .rev()
                .filter(|&i| alias.contains_key(&self.func.blocks[bi].params[i]))
                .collect();
            if gone.is_empty() {
                continue;
            }
            for &pred in &live_preds(self, bi) {
                let data = &mut self.func.insts[pred.index()].data;
                let offsets: Vec<usize> = (0..data.successors().len())
                    .map(|pos| edge_arg_offset(data, pos))
                    .collect();
                for (pos, edge) in data.successors_mut().into_iter().enumerate() {
                    if edge.block == block {
                        for &i in &gone {
                            edge.args.remove(i - offsets[pos]);
                        }
                    }
                }
            }
            for &i in &gone {
                self.func.blocks[bi].params.remove(i);
            }
            self.ssa[bi].var_params.retain(|q| !alias.contains_key(q));
            // Renumber the remaining parameters' definitions.
            let params = self.func.blocks[bi].params.clone();
            for (n, v) in params.into_iter().enumerate() {
                self.func.values[v.index()].def = ValueDef::Param(block, n as u32);
            }
        }
        self.func.substitute_values(|v| resolve(&alias, v));
    }

    // ---- instructions -------------------------------------------------------

    /// The block to append to, starting a fresh unreachable one if the
    /// current block is missing or already terminated.
    fn insertion_block(&mut self) -> Block {
        match self.current {
            Some(b) if self.func.terminator(b).is_none() => b,
            _ => {
                let b = self.func.create_block();
                self.st(b).sealed = true;
                self.current = Some(b);
                b
            }
        }
    }

    /// Appends an arbitrary instruction and returns it (its results are
    /// `func.inst_results(inst)`). Branches registered here are known to
    /// the variable machinery, so every instruction goes through this.
    pub fn ins(&mut self, data: InstData) -> Inst {
        let block = self.insertion_block();
        let targets: Vec<Block> = data.successors().iter().map(|c| c.block).collect();
        let inst = self.func.append_inst(block, data);
        for t in targets {
            let st = self.st(t);
            assert!(
                !st.sealed,
                "ssa builder: branch to sealed block {t} (seal blocks only after all branches to them exist)"
            );
            if !st.preds.contains(&inst) {
                st.preds.push(inst);
            }
        }
        inst
    }

    fn ins1(&mut self, data: InstData) -> Value {
        let inst = self.ins(data);
        self.func.inst_results(inst)[0]
    }

    /// A value's type.
    pub fn value_type(&self, v: Value) -> Type {
        self.func.value_type(v)
    }

    /// Creates a stack slot of `size` bytes aligned to `align`.
    pub fn create_stack_slot(&mut self, size: u32, align: u32) -> StackSlot {
        self.func.create_stack_slot(size, align)
    }

    /// Integer constant (truncated to `ty`).
    pub fn iconst(&mut self, ty: Type, imm: i64) -> Value {
        self.ins1(InstData::Iconst { ty, imm })
    }

    /// `f32` constant.
    pub fn f32const(&mut self, x: f32) -> Value {
        self.ins1(InstData::Fconst {
            ty: Type::F32,
            bits: u64::from(x.to_bits()),
        })
    }

    /// `f64` constant.
    pub fn f64const(&mut self, x: f64) -> Value {
        self.ins1(InstData::Fconst {
            ty: Type::F64,
            bits: x.to_bits(),
        })
    }

    /// Two-operand arithmetic.
    pub fn binary(&mut self, op: BinaryOp, a: Value, b: Value) -> Value {
        self.ins1(InstData::Binary { op, args: [a, b] })
    }

    /// One-operand arithmetic.
    pub fn unary(&mut self, op: UnaryOp, a: Value) -> Value {
        self.ins1(InstData::Unary { op, arg: a })
    }

    /// Integer comparison (`i8` 0/1).
    pub fn icmp(&mut self, cc: IntCC, a: Value, b: Value) -> Value {
        self.ins1(InstData::Icmp { cc, args: [a, b] })
    }

    /// Float comparison (`i8` 0/1).
    pub fn fcmp(&mut self, cc: FloatCC, a: Value, b: Value) -> Value {
        self.ins1(InstData::Fcmp { cc, args: [a, b] })
    }

    /// `cond != 0 ? if_true : if_false`.
    pub fn select(&mut self, cond: Value, if_true: Value, if_false: Value) -> Value {
        self.ins1(InstData::Select {
            cond,
            if_true,
            if_false,
        })
    }

    /// Conversion of `v` to `ty`.
    pub fn convert(&mut self, op: ConvOp, ty: Type, v: Value) -> Value {
        self.ins1(InstData::Convert { op, ty, arg: v })
    }

    /// Loads a `ty` from `addr + offset`.
    pub fn load(&mut self, ty: Type, addr: Value, offset: i32) -> Value {
        self.ins1(InstData::Load { ty, addr, offset })
    }

    /// Stores `value` at `addr + offset`.
    pub fn store(&mut self, value: Value, addr: Value, offset: i32) {
        self.ins(InstData::Store {
            value,
            addr,
            offset,
        });
    }

    /// Copies `size` bytes from `src` to `dst` (non-overlapping).
    pub fn memcpy(&mut self, dst: Value, src: Value, size: u64, align: u8) {
        self.ins(InstData::Memcpy {
            dst,
            src,
            size,
            align,
        });
    }

    /// Zeroes `size` bytes at `dst`.
    pub fn memzero(&mut self, dst: Value, size: u64, align: u8) {
        self.ins(InstData::Memzero { dst, size, align });
    }

    /// Address of `slot` plus `offset`.
    pub fn stack_addr(&mut self, slot: StackSlot, offset: i32) -> Value {
        self.ins1(InstData::StackAddr { slot, offset })
    }

    /// Address of a function or data symbol.
    pub fn symbol_addr(&mut self, name: &str) -> Value {
        self.ins1(InstData::SymbolAddr {
            name: name.to_string(),
        })
    }

    /// This function's frame pointer.
    pub fn frame_pointer(&mut self) -> Value {
        self.ins1(InstData::FramePointer)
    }

    /// Calls the function named `callee` with signature `sig`; returns its
    /// results.
    pub fn call(&mut self, callee: &str, sig: &Signature, args: &[Value]) -> Vec<Value> {
        let inst = self.ins(InstData::Call {
            callee: Callee::Direct(callee.to_string()),
            sig: sig.clone(),
            args: args.to_vec(),
        });
        self.func.inst_results(inst).to_vec()
    }

    /// Calls the code address `callee` with signature `sig`.
    pub fn call_indirect(&mut self, sig: &Signature, callee: Value, args: &[Value]) -> Vec<Value> {
        let inst = self.ins(InstData::Call {
            callee: Callee::Indirect(callee),
            sig: sig.clone(),
            args: args.to_vec(),
        });
        self.func.inst_results(inst).to_vec()
    }

    /// Terminator: a call with a normal and an exception successor. The
    /// builder appends one parameter per result to `normal` (which must be
    /// a fresh block without parameters) and returns them; `landing` gets
    /// `landing_args`.
    pub fn try_call(
        &mut self,
        callee: Callee,
        sig: &Signature,
        args: &[Value],
        normal: Block,
        landing: Block,
        landing_args: &[Value],
    ) -> Vec<Value> {
        assert!(
            self.func.block_params(normal).is_empty(),
            "ssa builder: try_call normal block {normal} must be fresh"
        );
        let results: Vec<Value> = sig
            .results
            .iter()
            .map(|&t| self.func.append_block_param(normal, t))
            .collect();
        self.ins(InstData::TryCall {
            callee,
            sig: sig.clone(),
            args: args.to_vec(),
            normal: BlockCall::new(normal, &[]),
            landing: BlockCall::new(landing, landing_args),
        });
        results
    }

    /// Terminator: tail call of `callee` (the function's own results are
    /// the callee's).
    pub fn return_call(&mut self, callee: Callee, sig: &Signature, args: &[Value]) {
        self.ins(InstData::ReturnCall {
            callee,
            sig: sig.clone(),
            args: args.to_vec(),
        });
    }

    /// Abstract terminator (lowered by `passes::lower_defers`): the start
    /// of a function with defers; continues at `cont`, panics land at
    /// `landing`. `returns` and `defers` are the explicit `return` and
    /// the `defer` statements gc counts.
    pub fn defer_entry(
        &mut self,
        cont: Block,
        landing: Block,
        returns: u32,
        defers: Vec<crate::ir::DeferStmt>,
    ) {
        self.ins(InstData::DeferEntry {
            cont: BlockCall::new(cont, &[]),
            landing: BlockCall::new(landing, &[]),
            returns,
            defers,
        });
    }

    /// Abstract: `defer` of the zero-argument closure `closure`.
    pub fn defer(&mut self, closure: Value, site: crate::ir::DeferSite) {
        self.ins(InstData::Defer { closure, site });
    }

    /// Abstract terminator of the landing pad; a recovering deferred call
    /// continues at `exit`.
    pub fn defer_landing(&mut self, exit: Block) {
        self.ins(InstData::DeferLanding {
            exit: BlockCall::new(exit, &[]),
        });
    }

    /// Abstract: runs the pending deferred calls (normal exit).
    pub fn defer_return(&mut self) {
        self.ins(InstData::DeferReturn);
    }

    /// Terminator: unconditional branch.
    pub fn jump(&mut self, block: Block, args: &[Value]) {
        self.ins(InstData::Jump {
            dest: BlockCall::new(block, args),
        });
    }

    /// Terminator: branch to `then_block` if `cond != 0`, else to
    /// `else_block`.
    pub fn brif(
        &mut self,
        cond: Value,
        then_block: Block,
        then_args: &[Value],
        else_block: Block,
        else_args: &[Value],
    ) {
        self.ins(InstData::Brif {
            cond,
            then_dest: BlockCall::new(then_block, then_args),
            else_dest: BlockCall::new(else_block, else_args),
        });
    }

    /// Terminator: `targets[index]`, or `default` when out of range.
    pub fn br_table(&mut self, index: Value, default: BlockCall, targets: Vec<BlockCall>) {
        self.ins(InstData::BrTable {
            index,
            default,
            targets,
        });
    }

    /// Terminator: return `values`.
    pub fn return_(&mut self, values: &[Value]) {
        self.ins(InstData::Return {
            values: values.to_vec(),
        });
    }

    /// Terminator: machine trap with a small code.
    pub fn trap(&mut self, code: u8) {
        self.ins(InstData::Trap { code });
    }

    /// Terminator: marks code that cannot be reached (`trap 0`), e.g. after
    /// a call to `runtime.gopanic`.
    pub fn unreachable(&mut self) {
        self.trap(0);
    }
}

/// How many of the target block's first parameters edge number `pos` of
/// `data` fills implicitly: a `try_call`'s results come before the normal
/// edge's explicit arguments.
fn edge_arg_offset(data: &InstData, pos: usize) -> usize {
    match data {
        InstData::TryCall { sig, .. } if pos == 0 => sig.results.len(),
        _ => 0,
    }
}

fn zero_const(ty: Type) -> InstData {
    if ty.is_float() {
        InstData::Fconst { ty, bits: 0 }
    } else {
        InstData::Iconst { ty, imm: 0 }
    }
}

macro_rules! binops {
    ($($(#[$doc:meta])* $name:ident => $op:ident;)*) => {
        impl FunctionBuilder<'_> {
            $($(#[$doc])* pub fn $name(&mut self, a: Value, b: Value) -> Value {
                self.binary(BinaryOp::$op, a, b)
            })*
        }
    };
}

binops! {
    /// Wrapping `a + b`.
    iadd => Iadd;
    /// Wrapping `a - b`.
    isub => Isub;
    /// Wrapping `a * b`.
    imul => Imul;
    /// Signed `a / b` (traps on 0 and `MIN / -1`).
    sdiv => Sdiv;
    /// Unsigned `a / b` (traps on 0).
    udiv => Udiv;
    /// Signed `a % b` (traps on 0).
    srem => Srem;
    /// Unsigned `a % b` (traps on 0).
    urem => Urem;
    /// `a & b`.
    band => Band;
    /// `a | b`.
    bor => Bor;
    /// `a ^ b`.
    bxor => Bxor;
    /// `a << (b mod width)`.
    ishl => Ishl;
    /// Arithmetic `a >> (b mod width)`.
    sshr => Sshr;
    /// Logical `a >> (b mod width)`.
    ushr => Ushr;
    /// Float `a + b`.
    fadd => Fadd;
    /// Float `a - b`.
    fsub => Fsub;
    /// Float `a * b`.
    fmul => Fmul;
    /// Float `a / b`.
    fdiv => Fdiv;
}

macro_rules! unops {
    ($($(#[$doc:meta])* $name:ident => $op:ident;)*) => {
        impl FunctionBuilder<'_> {
            $($(#[$doc])* pub fn $name(&mut self, a: Value) -> Value {
                self.unary(UnaryOp::$op, a)
            })*
        }
    };
}

unops! {
    /// Wrapping `-a`.
    ineg => Ineg;
    /// `!a` (bitwise).
    bnot => Bnot;
    /// Float `-a`.
    fneg => Fneg;
}

macro_rules! convops {
    ($($(#[$doc:meta])* $name:ident => $op:ident;)*) => {
        impl FunctionBuilder<'_> {
            $($(#[$doc])* pub fn $name(&mut self, ty: Type, v: Value) -> Value {
                self.convert(ConvOp::$op, ty, v)
            })*
        }
    };
}

convops! {
    /// Sign-extend `v` to the wider integer type `ty`.
    sextend => Sextend;
    /// Zero-extend `v` to the wider integer type `ty`.
    uextend => Uextend;
    /// Truncate `v` to the narrower integer type `ty`.
    ireduce => Ireduce;
    /// Signed integer `v` to float type `ty`.
    fcvt_from_sint => FcvtFromSint;
    /// Unsigned integer `v` to float type `ty`.
    fcvt_from_uint => FcvtFromUint;
    /// Float `v` to signed integer type `ty` (truncating, saturating).
    fcvt_to_sint => FcvtToSint;
    /// Float `v` to unsigned integer type `ty` (truncating, saturating).
    fcvt_to_uint => FcvtToUint;
    /// `f32` to `f64` (`ty` must be `F64`).
    fpromote => Fpromote;
    /// `f64` to `f32` (`ty` must be `F32`).
    fdemote => Fdemote;
    /// Reinterpret the bits of `v` as `ty` (same size).
    bitcast => Bitcast;
}
