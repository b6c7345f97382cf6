//! The parts of Go's strconv that the runtime and fmt need: float
//! formatting and quoting.

pub mod atof;
pub mod export;
pub mod ftoa;
pub mod isprint;
pub mod parse;
pub mod quote;

#[cfg(test)]
mod ftoa_golden;
