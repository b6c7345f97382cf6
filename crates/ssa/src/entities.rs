//! Small copyable references into a [`Function`](crate::Function)'s arenas.

use std::fmt;

macro_rules! entity {
    ($(#[$doc:meta])* $name:ident, $prefix:literal) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub u32);

        impl $name {
            /// The arena index of this entity.
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, concat!($prefix, "{}"), self.0)
            }
        }
    };
}

entity!(
    /// An SSA value: the result of an instruction or a block parameter.
    /// Printed `v3`.
    Value,
    "v"
);
entity!(
    /// A basic block. Printed `block2`.
    Block,
    "block"
);
entity!(
    /// An instruction. Not printed (instructions are identified by their
    /// results), but passes use it to find and rewrite instructions.
    Inst,
    "inst"
);
entity!(
    /// A stack slot: a fixed-size, aligned area in the function's frame
    /// whose address is taken with `stack_addr`. Printed `ss0`.
    StackSlot,
    "ss"
);
entity!(
    /// A builder variable: a mutable scalar local that the builder turns
    /// into SSA values and block parameters. Builder-only; never appears in
    /// the IR.
    Var,
    "var"
);
