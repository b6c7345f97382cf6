//! Dead-block elimination: drop blocks unreachable from the entry.

use crate::function::Function;

/// Removes blocks that cannot be reached from the entry block from the
/// layout (their arena entries stay but are ignored by every consumer).
/// Keeps the remaining blocks in their original order. Returns how many
/// blocks were removed.
pub fn remove_unreachable_blocks(func: &mut Function) -> usize {
    let mut reachable = vec![false; func.blocks.len()];
    for b in func.reverse_postorder() {
        reachable[b.index()] = true;
    }
    let before = func.layout.len();
    func.layout.retain(|b| reachable[b.index()]);
    before - func.layout.len()
}
