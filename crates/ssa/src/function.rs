//! A function: signature, blocks with parameters, instructions, values and
//! stack slots, stored in arenas indexed by the entity types.

use std::collections::HashMap;

use crate::entities::{Block, Inst, StackSlot, Value};
use crate::ir::{BinaryOp, InstData};
use crate::types::{Linkage, Signature, Type};

/// Where a value comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueDef {
    /// The `n`th result of an instruction.
    Result(Inst, u32),
    /// The `n`th parameter of a block.
    Param(Block, u32),
}

/// A value's type and definition.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValueData {
    /// The value's scalar type.
    pub ty: Type,
    /// Where it is defined.
    pub def: ValueDef,
}

/// A block: its parameters and its instructions in order (the last one is
/// the terminator once the block is filled).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BlockData {
    /// Parameter values, in order (the block's "phis").
    pub params: Vec<Value>,
    /// Instructions, in execution order.
    pub insts: Vec<Inst>,
    /// Rarely executed (panic paths): code generators move it out of
    /// line. Printed `cold` after the block header.
    pub cold: bool,
}

/// An instruction with its results and the block it is placed in.
#[derive(Clone, Debug, PartialEq)]
pub struct InstNode {
    /// Opcode and operands.
    pub data: InstData,
    /// Result values (0..n, see [`InstData`]).
    pub results: Vec<Value>,
    /// The block holding the instruction.
    pub block: Block,
}

/// A stack slot: `size` bytes aligned to `align` (a power of two).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StackSlotData {
    /// Size in bytes.
    pub size: u32,
    /// Alignment in bytes (a power of two).
    pub align: u32,
}

/// One function of the module.
#[derive(Clone, Debug, PartialEq)]
pub struct Function {
    /// Symbol name, gc style: `main.f`, `main.(*T).M`, `main.f.func1`.
    pub name: String,
    /// Parameters, results and calling convention. The entry block's
    /// parameters receive the parameters.
    pub sig: Signature,
    /// Symbol visibility.
    pub linkage: Linkage,
    /// A deferwrap (the code of a `defer` closure, set by
    /// `passes::lower_defers`): codegen lists these for `recover`'s
    /// "called directly by a deferred function" check.
    pub deferwrap: bool,
    /// Free-form notes printed as `; ...` lines at the top of the function
    /// (for example the defer strategy and the reason for it).
    pub annotations: Vec<String>,
    /// Block order; `layout[0]` is the entry block. Blocks in the arena
    /// but not in the layout are dead and ignored by every consumer.
    pub layout: Vec<Block>,
    /// Block arena, indexed by [`Block`].
    pub blocks: Vec<BlockData>,
    /// Instruction arena, indexed by [`Inst`].
    pub insts: Vec<InstNode>,
    /// Value arena, indexed by [`Value`].
    pub values: Vec<ValueData>,
    /// Stack slot arena, indexed by [`StackSlot`].
    pub stack_slots: Vec<StackSlotData>,
}

impl Function {
    /// An empty function (no blocks yet).
    pub fn new(name: impl Into<String>, sig: Signature, linkage: Linkage) -> Function {
        Function {
            name: name.into(),
            sig,
            linkage,
            deferwrap: false,
            annotations: Vec::new(),
            layout: Vec::new(),
            blocks: Vec::new(),
            insts: Vec::new(),
            values: Vec::new(),
            stack_slots: Vec::new(),
        }
    }

    /// The entry block (first in the layout), if any block exists.
    pub fn entry_block(&self) -> Option<Block> {
        self.layout.first().copied()
    }

    /// Creates an empty block at the end of the layout.
    pub fn create_block(&mut self) -> Block {
        let b = Block(self.blocks.len() as u32);
        self.blocks.push(BlockData::default());
        self.layout.push(b);
        b
    }

    /// Creates an empty block placed right after `after` in the layout.
    pub fn create_block_after(&mut self, after: Block) -> Block {
        let b = Block(self.blocks.len() as u32);
        self.blocks.push(BlockData::default());
        match self.layout.iter().position(|&x| x == after) {
            Some(i) => self.layout.insert(i + 1, b),
            None => self.layout.push(b),
        }
        b
    }

    /// Appends a parameter of type `ty` to `block`.
    pub fn append_block_param(&mut self, block: Block, ty: Type) -> Value {
        let n = self.blocks[block.index()].params.len() as u32;
        let v = self.make_value(ty, ValueDef::Param(block, n));
        self.blocks[block.index()].params.push(v);
        v
    }

    /// A block's parameters.
    pub fn block_params(&self, block: Block) -> &[Value] {
        &self.blocks[block.index()].params
    }

    /// A block's instructions, in order.
    pub fn block_insts(&self, block: Block) -> &[Inst] {
        &self.blocks[block.index()].insts
    }

    /// The block's last instruction if it is a terminator.
    pub fn terminator(&self, block: Block) -> Option<Inst> {
        let last = *self.blocks[block.index()].insts.last()?;
        self.insts[last.index()]
            .data
            .is_terminator()
            .then_some(last)
    }

    /// An instruction's opcode and operands.
    pub fn inst(&self, inst: Inst) -> &InstData {
        &self.insts[inst.index()].data
    }

    /// An instruction's results.
    pub fn inst_results(&self, inst: Inst) -> &[Value] {
        &self.insts[inst.index()].results
    }

    /// A value's type.
    pub fn value_type(&self, v: Value) -> Type {
        self.values[v.index()].ty
    }

    /// A value's definition.
    pub fn value_def(&self, v: Value) -> ValueDef {
        self.values[v.index()].def
    }

    /// Creates a stack slot.
    pub fn create_stack_slot(&mut self, size: u32, align: u32) -> StackSlot {
        let s = StackSlot(self.stack_slots.len() as u32);
        self.stack_slots.push(StackSlotData {
            size,
            align: align.max(1),
        });
        s
    }

    /// Appends `data` to the end of `block`, creating its result values.
    /// Low-level: no check that the block is unterminated (passes use this;
    /// front ends use [`crate::FunctionBuilder`]).
    pub fn append_inst(&mut self, block: Block, data: InstData) -> Inst {
        let inst = self.new_inst(block, data);
        self.blocks[block.index()].insts.push(inst);
        inst
    }

    /// Inserts `data` into `block` before position `pos`, creating its
    /// result values.
    pub fn insert_inst(&mut self, block: Block, pos: usize, data: InstData) -> Inst {
        let inst = self.new_inst(block, data);
        self.blocks[block.index()].insts.insert(pos, inst);
        inst
    }

    fn new_inst(&mut self, block: Block, data: InstData) -> Inst {
        let inst = Inst(self.insts.len() as u32);
        let tys = self.result_types(&data);
        let results = tys
            .into_iter()
            .enumerate()
            .map(|(i, ty)| self.make_value(ty, ValueDef::Result(inst, i as u32)))
            .collect();
        self.insts.push(InstNode {
            data,
            results,
            block,
        });
        inst
    }

    fn make_value(&mut self, ty: Type, def: ValueDef) -> Value {
        let v = Value(self.values.len() as u32);
        self.values.push(ValueData { ty, def });
        v
    }

    /// The result types an instruction has, given its operands' types.
    pub fn result_types(&self, data: &InstData) -> Vec<Type> {
        match data {
            InstData::Iconst { ty, .. }
            | InstData::Fconst { ty, .. }
            | InstData::Convert { ty, .. }
            | InstData::Load { ty, .. } => vec![*ty],
            InstData::Binary { args, .. } => vec![self.value_type(args[0])],
            InstData::Unary { arg, .. } => vec![self.value_type(*arg)],
            InstData::Icmp { .. } | InstData::Fcmp { .. } => vec![Type::I8],
            InstData::Select { if_true, .. } => vec![self.value_type(*if_true)],
            InstData::StackAddr { .. } | InstData::SymbolAddr { .. } | InstData::FramePointer => {
                vec![Type::I64]
            }
            InstData::Call { sig, .. } => sig.results.clone(),
            // TryCall results are the normal block's parameters.
            InstData::Store { .. }
            | InstData::Memcpy { .. }
            | InstData::Memzero { .. }
            | InstData::Jump { .. }
            | InstData::Brif { .. }
            | InstData::BrTable { .. }
            | InstData::Return { .. }
            | InstData::Trap { .. }
            | InstData::TryCall { .. }
            | InstData::ReturnCall { .. }
            | InstData::DeferEntry { .. }
            | InstData::Defer { .. }
            | InstData::DeferLanding { .. }
            | InstData::DeferReturn => Vec::new(),
        }
    }

    /// Successor blocks of `block` (from its terminator), with duplicates.
    pub fn successors(&self, block: Block) -> Vec<Block> {
        match self.terminator(block) {
            Some(t) => self.inst(t).successors().iter().map(|c| c.block).collect(),
            None => Vec::new(),
        }
    }

    /// Blocks reachable from the entry, in reverse postorder (every block
    /// after its dominators). Code generators translate in this order.
    pub fn reverse_postorder(&self) -> Vec<Block> {
        let Some(entry) = self.entry_block() else {
            return Vec::new();
        };
        let mut visited = vec![false; self.blocks.len()];
        let mut post = Vec::new();
        // Iterative DFS: (block, next successor index).
        let mut stack = vec![(entry, self.successors(entry), 0usize)];
        visited[entry.index()] = true;
        while let Some((b, succs, i)) = stack.last_mut() {
            if *i < succs.len() {
                let s = succs[*i];
                *i += 1;
                if !visited[s.index()] {
                    visited[s.index()] = true;
                    let ss = self.successors(s);
                    stack.push((s, ss, 0));
                }
            } else {
                post.push(*b);
                stack.pop();
            }
        }
        post.reverse();
        post
    }

    /// Replaces every use of each value by `subst(value)` (operands and
    /// branch arguments; definitions are unchanged).
    pub fn substitute_values(&mut self, mut subst: impl FnMut(Value) -> Value) {
        for node in &mut self.insts {
            node.data.visit_operands_mut(|v| *v = subst(*v));
        }
    }

    /// Renumbers blocks in layout order, instructions and values in order
    /// of definition, and drops dead blocks, instructions and values, so
    /// that a function a pass rewrote prints like a freshly built one.
    pub fn renumber(&mut self) {
        let old_blocks = std::mem::take(&mut self.blocks);
        let old_insts = std::mem::take(&mut self.insts);
        let old_values = std::mem::take(&mut self.values);
        let bmap: HashMap<Block, Block> = self
            .layout
            .iter()
            .enumerate()
            .map(|(i, &b)| (b, Block(i as u32)))
            .collect();
        let mut vmap: HashMap<Value, Value> = HashMap::new();
        // Definitions first, so that every use can be mapped.
        for (nb, ob) in self.layout.clone().into_iter().enumerate() {
            let data = &old_blocks[ob.index()];
            let mut params = Vec::new();
            for (k, &p) in data.params.iter().enumerate() {
                let v = self.make_value(
                    old_values[p.index()].ty,
                    ValueDef::Param(Block(nb as u32), k as u32),
                );
                vmap.insert(p, v);
                params.push(v);
            }
            let mut insts = Vec::new();
            for &oi in &data.insts {
                let ni = Inst(self.insts.len() as u32);
                let node = &old_insts[oi.index()];
                let mut results = Vec::new();
                for (k, &r) in node.results.iter().enumerate() {
                    let v =
                        self.make_value(old_values[r.index()].ty, ValueDef::Result(ni, k as u32));
                    vmap.insert(r, v);
                    results.push(v);
                }
                self.insts.push(InstNode {
                    data: node.data.clone(),
                    results,
                    block: Block(nb as u32),
                });
                insts.push(ni);
            }
            self.blocks.push(BlockData {
                params,
                insts,
                cold: data.cold,
            });
        }
        for node in &mut self.insts {
            node.data
                .visit_operands_mut(|v| *v = vmap.get(v).copied().unwrap_or(*v));
            for e in node.data.successors_mut() {
                e.block = bmap.get(&e.block).copied().unwrap_or(e.block);
            }
        }
        self.layout = (0..self.blocks.len() as u32).map(Block).collect();
    }
}

/// True if `op` on operands of type `ty` is well-typed (used by the
/// verifier).
pub(crate) fn binary_op_accepts(op: BinaryOp, ty: Type) -> bool {
    if op.is_float() {
        ty.is_float()
    } else {
        ty.is_int()
    }
}
