//! The line table `gocc.linetab`: for every compiled function with source
//! positions, its address range, its name as tracebacks print it, and a
//! pc → (file, line) program built from Cranelift's source-location
//! ranges. The runtime reads it for crash tracebacks (`main.f(...)` /
//! `\t/abs/dir/x.go:12 +0x1d`), `runtime.Caller` and friends.
//!
//! Layout (little endian; every offset is from the start of the table):
//!
//! ```text
//! 0   version: u32        LINETAB_VERSION
//! 4   nfunc: u32
//! 8   nfile: u32
//! 12  pad: u32
//! 16  nfunc function entries of 32 bytes, in compilation order
//!     (the linker decides addresses: the runtime sorts them once):
//!       0  entry: u64     the function's address (relocation)
//!       8  size: u32      size of its code
//!       12 name: u32      offset of its name (a string, see below)
//!       16 prog: u32      offset of its line program
//!       20 nent: u32      number of entries of the line program
//!       24 flags: u32     1: a wrapper (`ssa::Function::wrapper`: deferwrap,
//!                         gowrap, method-value and adapter functions),
//!                         hidden in tracebacks as gc hides its WRAPPERs
//!       28 pad: u32
//! ..  nfile file entries: u32 offset of the file's absolute path
//! ..  line programs, then strings (uvarint length, then the bytes)
//! ```
//!
//! A line program is `nent` entries, each covering the code from its start
//! offset up to the next entry's (the last one up to `size`):
//! `uvarint pc_delta` (from the previous entry's start; the first from
//! 0), `uvarint (zigzag(line - previous line) << 1 | file_changed)`
//! (lines start at 0), and when `file_changed`, `uvarint file` (an index
//! into the file entries; the first entry always has it). Adjacent ranges
//! of the same file and line are merged.

use crate::FunctionSites;

/// Format version stored in the table's first word.
pub const LINETAB_VERSION: u32 = 1;

const HEADER: usize = 16;
const FUNC_ENTRY: usize = 32;

fn uvarint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// Builds the line table `symbol` of the compiled functions `sites` (of
/// module `m`).
/// `resolve` maps a source position to the absolute file name and line
/// (None: a position outside any file, left out).
pub fn line_table(
    symbol: &str,
    m: &ssa::Module,
    sites: &[FunctionSites],
    resolve: &mut dyn FnMut(u32) -> Option<(String, u32)>,
) -> ssa::DataObject {
    let wrappers: std::collections::HashSet<&str> = m
        .functions
        .iter()
        .filter(|f| f.wrapper)
        .map(|f| f.name.as_str())
        .collect();
    let mut files: Vec<String> = Vec::new();
    let mut file_index: std::collections::HashMap<String, u32> = Default::default();
    let mut strings: Vec<u8> = Vec::new();
    let mut string_at: std::collections::HashMap<String, usize> = Default::default();
    let mut intern = |strings: &mut Vec<u8>, s: &str| -> usize {
        if let Some(&o) = string_at.get(s) {
            return o;
        }
        let o = strings.len();
        uvarint(strings, s.len() as u64);
        strings.extend_from_slice(s.as_bytes());
        string_at.insert(s.to_string(), o);
        o
    };
    // (function index in `sites`, name offset in strings, program, entries)
    let mut funcs: Vec<(usize, usize, Vec<u8>, u32)> = Vec::new();
    for (i, f) in sites.iter().enumerate() {
        // Each range's (start, file, line), merged.
        let mut ranges: Vec<(u32, u32, u32)> = Vec::new();
        for &(start, pos) in &f.srclocs {
            let Some((file, line)) = resolve(pos) else {
                continue;
            };
            let idx = *file_index.entry(file.clone()).or_insert_with(|| {
                files.push(file);
                files.len() as u32 - 1
            });
            match ranges.last() {
                Some(&(_, lf, ll)) if lf == idx && ll == line => {}
                _ => ranges.push((start, idx, line)),
            }
        }
        if ranges.is_empty() {
            continue;
        }
        let mut prog = Vec::new();
        let (mut pc, mut file, mut line) = (0u32, u32::MAX, 0i64);
        for &(start, f_idx, l) in &ranges {
            uvarint(&mut prog, u64::from(start - pc));
            let delta = i64::from(l) - line;
            let zz = ((delta << 1) ^ (delta >> 63)) as u64;
            let changed = f_idx != file;
            uvarint(&mut prog, (zz << 1) | u64::from(changed));
            if changed {
                uvarint(&mut prog, u64::from(f_idx));
            }
            (pc, file, line) = (start, f_idx, i64::from(l));
        }
        let name = intern(&mut strings, &f.name);
        funcs.push((i, name, prog, ranges.len() as u32));
    }
    let file_names: Vec<usize> = files.iter().map(|f| intern(&mut strings, f)).collect();

    let progs_at = HEADER + funcs.len() * FUNC_ENTRY + files.len() * 4;
    let progs_len: usize = funcs.iter().map(|f| f.2.len()).sum();
    let strings_at = progs_at + progs_len;
    let mut bytes = Vec::with_capacity(strings_at + strings.len());
    bytes.extend_from_slice(&LINETAB_VERSION.to_le_bytes());
    bytes.extend_from_slice(&(funcs.len() as u32).to_le_bytes());
    bytes.extend_from_slice(&(files.len() as u32).to_le_bytes());
    bytes.extend_from_slice(&0u32.to_le_bytes());
    let mut relocs = Vec::with_capacity(funcs.len());
    let mut prog_off = progs_at;
    for (i, name, prog, nent) in &funcs {
        relocs.push(ssa::Reloc {
            offset: bytes.len() as u32,
            symbol: sites[*i].name.clone(),
            addend: 0,
        });
        bytes.extend_from_slice(&[0; 8]);
        bytes.extend_from_slice(&sites[*i].code_size.to_le_bytes());
        bytes.extend_from_slice(&((strings_at + name) as u32).to_le_bytes());
        bytes.extend_from_slice(&(prog_off as u32).to_le_bytes());
        bytes.extend_from_slice(&nent.to_le_bytes());
        let wrapper = wrappers.contains(sites[*i].name.as_str());
        bytes.extend_from_slice(&u32::from(wrapper).to_le_bytes());
        bytes.extend_from_slice(&[0; 4]);
        prog_off += prog.len();
    }
    for off in &file_names {
        bytes.extend_from_slice(&((strings_at + off) as u32).to_le_bytes());
    }
    for (_, _, prog, _) in &funcs {
        bytes.extend_from_slice(prog);
    }
    bytes.extend_from_slice(&strings);
    ssa::DataObject {
        name: symbol.to_string(),
        bytes,
        relocs,
        align: 8,
        readonly: true,
        linkage: ssa::Linkage::Export,
    }
}
