//! `gocc.getitab(iface, type) -> itab`: the run-time itab lookup behind
//! assertions and type-switch cases to non-empty interfaces (docs/abi.md).
//!
//! The answers come from the registry `gocc.itabs` (every implementing
//! pair of types with descriptors, built at the end of lowering), but a
//! linear scan per assertion made interface-heavy loops an order of
//! magnitude slower than gc. gc caches itabs in a hash table
//! (`runtime.itabTable`); here a direct-mapped cache of
//! [`CACHE_SLOTS`] `{iface, type, itab}` entries in writable data sits in
//! front of the scan. Misses (including "does not implement", itab 0) are
//! cached too, so a failing assertion in a loop is as cheap as a
//! succeeding one. Goroutines run on one OS thread, so the three stores
//! of a fill cannot be observed half done.

use ssa::{CallConv, IntCC, Linkage, Signature, Type as T};

use crate::Gen;

/// Number of cache entries (a power of two).
const CACHE_SLOTS: u64 = 1024;
/// Bytes per entry: `{iface, type, itab}`.
const SLOT: i64 = 24;

impl Gen<'_> {
    /// Emits `gocc.getitab` (Go convention) over the registry `gocc.itabs`
    /// (24-byte `{iface, type, itab}` entries ending with a null iface).
    pub(crate) fn emit_getitab(&mut self, name: &str) {
        let cache = "gocc.itabcache";
        self.module.data.push(ssa::DataObject {
            name: cache.to_string(),
            bytes: vec![0; (CACHE_SLOTS * SLOT as u64) as usize],
            relocs: Vec::new(),
            align: 8,
            readonly: false,
            linkage: Linkage::Local,
        });
        let sig = Signature::new(vec![T::I64, T::I64], vec![T::I64], CallConv::Go);
        let mut func = ssa::Function::new(name, sig, Linkage::Local);
        let mut b = ssa::FunctionBuilder::new(&mut func);
        let entry = b.create_block();
        let args = b.append_params_for_signature(entry);
        let (want_i, want_t) = (args[0], args[1]);
        let cached = b.create_block();
        let scan = b.create_block();
        let header = b.create_block();
        let p = b.append_block_param(header, T::I64);
        let check = b.create_block();
        let next = b.create_block();
        let fill = b.create_block();
        let found = b.append_block_param(fill, T::I64);

        // Probe: slot = cache + 24 * (((type ^ iface>>3) * K) >> (64 - bits)).
        b.switch_to_block(entry);
        b.seal_block(entry);
        let three = b.iconst(T::I64, 3);
        let ish = b.ushr(want_i, three);
        let mix = b.bxor(want_t, ish);
        let k = b.iconst(T::I64, 0x9E37_79B9_7F4A_7C15_u64 as i64);
        let h = b.imul(mix, k);
        let shift = b.iconst(T::I64, 64 - i64::from(CACHE_SLOTS.trailing_zeros()));
        let idx = b.ushr(h, shift);
        let sz = b.iconst(T::I64, SLOT);
        let off = b.imul(idx, sz);
        let base = b.symbol_addr(cache);
        let slot = b.iadd(base, off);
        let si = b.load(T::I64, slot, 0);
        let st = b.load(T::I64, slot, 8);
        let c1 = b.icmp(IntCC::Eq, si, want_i);
        let c2 = b.icmp(IntCC::Eq, st, want_t);
        let both = b.band(c1, c2);
        b.brif(both, cached, &[], scan, &[]);
        b.seal_block(cached);
        b.seal_block(scan);

        b.switch_to_block(cached);
        let itab = b.load(T::I64, slot, 16);
        b.return_(&[itab]);

        // Miss: scan the registry.
        b.switch_to_block(scan);
        let reg = b.symbol_addr("gocc.itabs");
        b.jump(header, &[reg]);
        b.switch_to_block(header);
        let i = b.load(T::I64, p, 0);
        let z = b.iconst(T::I64, 0);
        let end = b.icmp(IntCC::Eq, i, z);
        b.brif(end, fill, &[z], check, &[]);
        b.seal_block(check);
        b.switch_to_block(check);
        let ti = b.load(T::I64, p, 8);
        let d1 = b.icmp(IntCC::Eq, i, want_i);
        let d2 = b.icmp(IntCC::Eq, ti, want_t);
        let hit = b.band(d1, d2);
        let itab = b.load(T::I64, p, 16);
        b.brif(hit, fill, &[itab], next, &[]);
        b.seal_block(next);
        b.seal_block(fill);
        b.switch_to_block(next);
        let step = b.iconst(T::I64, SLOT);
        let np = b.iadd(p, step);
        b.jump(header, &[np]);
        b.seal_block(header);

        // Remember the answer (0 too) in the probed slot.
        b.switch_to_block(fill);
        b.store(want_i, slot, 0);
        b.store(want_t, slot, 8);
        b.store(found, slot, 16);
        b.return_(&[found]);
        b.finish();
        self.module.functions.push(func);
    }
}
