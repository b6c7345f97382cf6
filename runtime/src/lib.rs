//! The gocc runtime: linked into every program gocc builds.
//!
//! Everything compiled code calls is an `extern "C"` function exported under
//! its Go name (`runtime.mallocgc`, `fmt.Println`, ...); docs/abi.md is the
//! contract. Nothing here may unwind: fatal paths exit the process.

// The exported entry points take raw pointers from compiled code, whose
// validity is the ABI contract rather than something Rust callers uphold.
#![allow(clippy::missing_safety_doc, clippy::not_unsafe_ptr_arg_deref)]

pub mod alg;
pub mod builder;
pub mod chan;
pub mod complex;
pub mod defer;
pub mod entry;
pub mod error;
pub mod errors;
pub mod errorsas;
pub mod fmt;
pub mod gc;
pub mod gostrings;
pub mod iface;
pub mod malloc;
pub mod map;
pub mod math;
pub mod mem;
pub mod os;
pub mod panic;
pub mod print;
pub mod sched;
pub mod signal;
pub mod slice;
pub mod sortslice;
pub mod stdio;
pub mod strconv;
pub mod strings;
pub mod sync;
pub mod sys;
pub mod time;
pub mod timer;
pub mod traceback;
pub mod types;
pub mod unicode;
pub mod unwind;
pub mod utf8;
pub mod util;

#[cfg(test)]
mod sched_tests;
#[cfg(test)]
mod slice_golden;
