//! gogen: a generator of random, valid, deterministic, terminating Go
//! programs (typed expressions and statements in the spirit of Csmith),
//! and the differential tester that runs them through `go` and `gocc` and
//! minimizes every mismatch (issue #13, "Exactly Go, and never crash").
//!
//! `program::generate(seed, &Config)` is the generator; `driver` builds and runs
//! programs and compares the results (`compare` holds the output rules
//! shared with testdata/README.md); `minimize` shrinks a mismatching program.

pub mod compare;
pub mod driver;
pub mod minimize;
pub mod program;
pub mod rng;

/// Feature switches of the generator. Every feature is on by default; a
/// switch exists only so that a batch can stay green while a known gocc
/// bug in that area is being fixed elsewhere (see testdata/README.md).
#[derive(Clone, Debug)]
pub struct Config {
    /// Embedded types with two methods of the same name (ambiguous
    /// selectors, so the method is in neither method set), asserted to an
    /// interface and printed with fmt.
    pub ambiguous: bool,
    /// Map keys that are negative zero (`m[-0.0]` after `m[0.0]` keeps +0).
    pub negzero: bool,
    /// math functions whose last bits are libm-specific (Sin, Exp, Log, Pow...).
    pub mathfuncs: bool,
    /// strconv.FormatFloat with bitSize 32.
    pub float32fmt: bool,
    /// A deferred call that panics again while a panic is running.
    pub repanic: bool,
    /// Dead code: constant `if` conditions, statements after an
    /// unconditional panic (gc drops defers there from its `-d=defer`
    /// report).
    pub deadcode: bool,
    /// Panic values whose printing panics (a String or Error method that
    /// panics).
    pub panicprint: bool,
    /// Goroutines and channels in deterministic patterns.
    pub goroutines: bool,
    /// A goroutine closure capturing the named result, which gc then
    /// moves to the heap (and so uses no open-coded defers).
    pub heapresult: bool,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            ambiguous: true,
            negzero: true,
            mathfuncs: true,
            float32fmt: true,
            repanic: true,
            deadcode: true,
            panicprint: true,
            goroutines: true,
            heapresult: true,
        }
    }
}

impl Config {
    pub const FEATURES: &'static [&'static str] = &[
        "ambiguous",
        "negzero",
        "mathfuncs",
        "float32fmt",
        "repanic",
        "deadcode",
        "panicprint",
        "goroutines",
        "heapresult",
    ];

    fn flag(&mut self, name: &str) -> Option<&mut bool> {
        Some(match name {
            "ambiguous" => &mut self.ambiguous,
            "negzero" => &mut self.negzero,
            "mathfuncs" => &mut self.mathfuncs,
            "float32fmt" => &mut self.float32fmt,
            "repanic" => &mut self.repanic,
            "deadcode" => &mut self.deadcode,
            "panicprint" => &mut self.panicprint,
            "goroutines" => &mut self.goroutines,
            "heapresult" => &mut self.heapresult,
            _ => return None,
        })
    }

    /// Turns off the comma-separated features in `list` (`--without`).
    pub fn disable(&mut self, list: &str) -> Result<(), String> {
        for name in list.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            match self.flag(name) {
                Some(f) => *f = false,
                None => {
                    return Err(format!(
                        "unknown feature {name:?} (known: {})",
                        Config::FEATURES.join(", ")
                    ));
                }
            }
        }
        Ok(())
    }
}
