//! The text format (like Cranelift's `.clif`), used by `gocc --emit-ssa`
//! and by golden tests. Example:
//!
//! ```text
//! func main.add(i64, i64) -> i64 go {
//!     ; a comment from Function::annotations
//!     ss0 = slot 16, align 8
//! block0(v0: i64, v1: i64):
//!     v2 = iadd.i64 v0, v1
//!     return v2
//! }
//! ```
//!
//! Symbol names are printed bare unless they contain characters that
//! would make the line ambiguous (spaces, commas, braces, quotes, ...);
//! then they are quoted with Rust string escapes.

use std::fmt::{self, Write};

use crate::entities::Value;
use crate::function::Function;
use crate::ir::{BlockCall, Callee, InstData};
use crate::module::{DataObject, ExternKind, Module};
use crate::types::{Linkage, Type};

/// The text of one function.
pub fn print_function(func: &Function) -> String {
    func.to_string()
}

/// The text of a whole module: externs, data objects, then functions.
pub fn print_module(module: &Module) -> String {
    module.to_string()
}

/// Same as [`print_module`] (the name the `gocc` driver uses).
pub fn module_to_string(module: &Module) -> String {
    module.to_string()
}

/// Same as [`print_function`].
pub fn function_to_string(func: &Function) -> String {
    func.to_string()
}

/// A symbol name as printed: bare when unambiguous, else quoted.
pub fn symbol(name: &str) -> String {
    let plain = !name.is_empty()
        && name.chars().all(|c| {
            !c.is_whitespace()
                && !c.is_control()
                && !matches!(c, '"' | ',' | '{' | '}' | ';' | '\\' | '=')
        });
    if plain {
        name.to_string()
    } else {
        format!("{name:?}")
    }
}

impl fmt::Display for Module {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut first = true;
        let mut sep = |f: &mut fmt::Formatter<'_>| {
            if !std::mem::take(&mut first) {
                writeln!(f)?;
            }
            Ok::<(), fmt::Error>(())
        };
        if !self.externs.is_empty() {
            sep(f)?;
            for e in &self.externs {
                match &e.kind {
                    ExternKind::Func(sig) => writeln!(f, "extern func {}{sig}", symbol(&e.name))?,
                    ExternKind::Data => writeln!(f, "extern data {}", symbol(&e.name))?,
                }
            }
        }
        for d in &self.data {
            sep(f)?;
            write_data(f, d)?;
        }
        for func in &self.functions {
            sep(f)?;
            write!(f, "{func}")?;
        }
        Ok(())
    }
}

fn write_data(f: &mut fmt::Formatter<'_>, d: &DataObject) -> fmt::Result {
    let export = if d.linkage == Linkage::Export {
        "export "
    } else {
        ""
    };
    let rw = if d.readonly { "readonly" } else { "writable" };
    write!(
        f,
        "{export}data {}: {rw}, align {}, {} bytes",
        symbol(&d.name),
        d.align,
        d.bytes.len()
    )?;
    if d.relocs.is_empty() && d.bytes.iter().all(|&b| b == 0) {
        return writeln!(f, ", zero");
    }
    writeln!(f, " {{")?;
    for (row, chunk) in d.bytes.chunks(16).enumerate() {
        let mut hex = String::new();
        for (i, b) in chunk.iter().enumerate() {
            if i > 0 {
                hex.push(' ');
            }
            let _ = write!(hex, "{b:02x}");
        }
        let ascii: String = chunk
            .iter()
            .map(|&b| {
                if (0x20..0x7f).contains(&b) {
                    b as char
                } else {
                    '.'
                }
            })
            .collect();
        writeln!(f, "    {:04x}: {hex:<47}  |{ascii}|", row * 16)?;
    }
    for r in &d.relocs {
        write!(f, "    reloc {:04x}: {}", r.offset, symbol(&r.symbol))?;
        if r.addend != 0 {
            write!(f, " {:+}", r.addend)?;
        }
        writeln!(f)?;
    }
    writeln!(f, "}}")
}

impl fmt::Display for Function {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let export = if self.linkage == Linkage::Export {
            "export "
        } else {
            ""
        };
        writeln!(f, "{export}func {}{} {{", symbol(&self.name), self.sig)?;
        for a in &self.annotations {
            for line in a.lines() {
                writeln!(f, "    ; {line}")?;
            }
        }
        for (i, s) in self.stack_slots.iter().enumerate() {
            writeln!(f, "    ss{i} = slot {}, align {}", s.size, s.align)?;
        }
        for &block in &self.layout {
            write!(f, "{block}")?;
            let params = self.block_params(block);
            if !params.is_empty() {
                write!(f, "(")?;
                for (i, p) in params.iter().enumerate() {
                    if i > 0 {
                        write!(f, ", ")?;
                    }
                    write!(f, "{p}: {}", self.value_type(*p))?;
                }
                write!(f, ")")?;
            }
            if self.blocks[block.index()].cold {
                write!(f, " cold")?;
            }
            writeln!(f, ":")?;
            for &inst in self.block_insts(block) {
                write!(f, "    ")?;
                let results = self.inst_results(inst);
                if !results.is_empty() {
                    write_values(f, results)?;
                    write!(f, " = ")?;
                }
                write_inst(f, self, self.inst(inst), results.first().copied())?;
                writeln!(f)?;
            }
        }
        writeln!(f, "}}")
    }
}

fn write_values(f: &mut fmt::Formatter<'_>, vs: &[Value]) -> fmt::Result {
    for (i, v) in vs.iter().enumerate() {
        if i > 0 {
            write!(f, ", ")?;
        }
        write!(f, "{v}")?;
    }
    Ok(())
}

fn write_addr(f: &mut fmt::Formatter<'_>, base: &dyn fmt::Display, offset: i32) -> fmt::Result {
    match offset {
        0 => write!(f, "{base}"),
        o => write!(f, "{base}{o:+}"),
    }
}

fn write_edge(f: &mut fmt::Formatter<'_>, e: &BlockCall) -> fmt::Result {
    write!(f, "{}", e.block)?;
    if !e.args.is_empty() {
        write!(f, "(")?;
        write_values(f, &e.args)?;
        write!(f, ")")?;
    }
    Ok(())
}

fn write_call(
    f: &mut fmt::Formatter<'_>,
    callee: &Callee,
    args: &[Value],
    sig: &crate::Signature,
) -> fmt::Result {
    match callee {
        Callee::Direct(name) => write!(f, " {}(", symbol(name))?,
        Callee::Indirect(v) => write!(f, " {v}(")?,
    }
    write_values(f, args)?;
    write!(f, ") : {sig}")
}

fn float_text(ty: Type, bits: u64) -> String {
    if ty == Type::F32 {
        format!("{:?}", f32::from_bits(bits as u32))
    } else {
        format!("{:?}", f64::from_bits(bits))
    }
}

fn write_inst(
    f: &mut fmt::Formatter<'_>,
    func: &Function,
    data: &InstData,
    result: Option<Value>,
) -> fmt::Result {
    let rty = || result.map(|v| func.value_type(v).name()).unwrap_or("?");
    match data {
        InstData::Iconst { ty, imm } => write!(f, "iconst.{ty} {imm}"),
        InstData::Fconst { ty, bits } => write!(f, "fconst.{ty} {}", float_text(*ty, *bits)),
        InstData::Binary { op, args } => {
            write!(f, "{}.{} {}, {}", op.name(), rty(), args[0], args[1])
        }
        InstData::Unary { op, arg } => write!(f, "{}.{} {arg}", op.name(), rty()),
        InstData::Icmp { cc, args } => write!(
            f,
            "icmp.{} {} {}, {}",
            func.value_type(args[0]),
            cc.name(),
            args[0],
            args[1]
        ),
        InstData::Fcmp { cc, args } => write!(
            f,
            "fcmp.{} {} {}, {}",
            func.value_type(args[0]),
            cc.name(),
            args[0],
            args[1]
        ),
        InstData::Select {
            cond,
            if_true,
            if_false,
        } => write!(f, "select.{} {cond}, {if_true}, {if_false}", rty()),
        InstData::Convert { op, ty, arg } => write!(f, "{}.{ty} {arg}", op.name()),
        InstData::Load { ty, addr, offset } => {
            write!(f, "load.{ty} ")?;
            write_addr(f, addr, *offset)
        }
        InstData::Store {
            value,
            addr,
            offset,
        } => {
            write!(f, "store.{} {value}, ", func.value_type(*value))?;
            write_addr(f, addr, *offset)
        }
        InstData::Memcpy {
            dst,
            src,
            size,
            align,
        } => write!(f, "memcpy {dst}, {src}, {size}, align {align}"),
        InstData::Memzero { dst, size, align } => {
            write!(f, "memzero {dst}, {size}, align {align}")
        }
        InstData::StackAddr { slot, offset } => {
            write!(f, "stack_addr ")?;
            write_addr(f, slot, *offset)
        }
        InstData::SymbolAddr { name } => write!(f, "symbol_addr {}", symbol(name)),
        InstData::FramePointer => write!(f, "frame_pointer"),
        InstData::Call { callee, sig, args } => {
            let op = match callee {
                Callee::Direct(_) => "call",
                Callee::Indirect(_) => "call_indirect",
            };
            write!(f, "{op}")?;
            write_call(f, callee, args, sig)
        }
        InstData::ReturnCall { callee, sig, args } => {
            let op = match callee {
                Callee::Direct(_) => "return_call",
                Callee::Indirect(_) => "return_call_indirect",
            };
            write!(f, "{op}")?;
            write_call(f, callee, args, sig)
        }
        InstData::DeferEntry {
            cont,
            landing,
            returns,
            defers,
        } => {
            write!(f, "defer_entry ")?;
            write_edge(f, cont)?;
            write!(f, ", landing ")?;
            write_edge(f, landing)?;
            write!(f, ", returns {returns}, defers [")?;
            for (i, d) in defers.iter().enumerate() {
                let sep = if i == 0 { "" } else { ", " };
                write!(f, "{sep}{}:{}", d.line, d.col)?;
                if d.in_loop {
                    write!(f, " in loop")?;
                }
                if !d.reported {
                    write!(f, " unreported")?;
                }
            }
            write!(f, "]")
        }
        InstData::Defer { closure, site } => {
            write!(f, "defer {closure}, line {}:{}", site.line, site.col)?;
            if site.in_loop {
                write!(f, ", in loop")?;
            }
            if let Some(w) = &site.wrapper {
                write!(f, ", wrapper {}", symbol(w))?;
            }
            Ok(())
        }
        InstData::DeferLanding { exit } => {
            write!(f, "defer_landing ")?;
            write_edge(f, exit)
        }
        InstData::DeferReturn => write!(f, "defer_return"),
        InstData::Jump { dest } => {
            write!(f, "jump ")?;
            write_edge(f, dest)
        }
        InstData::Brif {
            cond,
            then_dest,
            else_dest,
        } => {
            write!(f, "brif {cond}, ")?;
            write_edge(f, then_dest)?;
            write!(f, ", ")?;
            write_edge(f, else_dest)
        }
        InstData::BrTable {
            index,
            default,
            targets,
        } => {
            write!(f, "br_table {index}, ")?;
            write_edge(f, default)?;
            write!(f, ", [")?;
            for (i, t) in targets.iter().enumerate() {
                if i > 0 {
                    write!(f, ", ")?;
                }
                write_edge(f, t)?;
            }
            write!(f, "]")
        }
        InstData::Return { values } => {
            write!(f, "return")?;
            if !values.is_empty() {
                write!(f, " ")?;
                write_values(f, values)?;
            }
            Ok(())
        }
        InstData::Trap { code } => write!(f, "trap {code}"),
        InstData::TryCall {
            callee,
            sig,
            args,
            normal,
            landing,
        } => {
            let op = match callee {
                Callee::Direct(_) => "try_call",
                Callee::Indirect(_) => "try_call_indirect",
            };
            write!(f, "{op}")?;
            write_call(f, callee, args, sig)?;
            write!(f, ", ")?;
            write_edge(f, normal)?;
            write!(f, ", landing ")?;
            write_edge(f, landing)
        }
    }
}
