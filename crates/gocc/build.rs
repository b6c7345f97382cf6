//! Builds the runtime staticlib (`runtime/`) so that the `gocc` binary can
//! carry it inside itself (`include_bytes!`): a `gocc` copied anywhere on
//! the machine still links programs without the source tree.
//!
//! The runtime is built by a nested `cargo build` in its own target
//! directory (so it does not contend for the outer build's lock) with
//! `panic = "abort"`: a Rust panic must never try to unwind through
//! generated Go frames.

use std::env;
use std::path::PathBuf;
use std::process::Command;

fn main() {
    let manifest_dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());
    let workspace = manifest_dir.join("../..");
    let runtime = workspace.join("runtime");
    println!("cargo:rerun-if-changed={}", runtime.join("src").display());
    println!(
        "cargo:rerun-if-changed={}",
        runtime.join("Cargo.toml").display()
    );

    let out = PathBuf::from(env::var("OUT_DIR").unwrap());
    let target_dir = out.join("runtime-target");
    let cargo = env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(cargo)
        .args([
            "build",
            "--release",
            "--offline",
            "-p",
            "gocc-runtime",
            "--lib",
        ])
        .arg("--manifest-path")
        .arg(workspace.join("Cargo.toml"))
        .arg("--target-dir")
        .arg(&target_dir)
        .env("CARGO_PROFILE_RELEASE_PANIC", "abort")
        .env("CARGO_PROFILE_RELEASE_OPT_LEVEL", "3")
        .env("CARGO_PROFILE_RELEASE_DEBUG", "false")
        // The runtime is linted as a workspace member in its own right;
        // the nested release build must not run under clippy's wrapper.
        .env_remove("RUSTC_WORKSPACE_WRAPPER")
        .env_remove("RUSTC_WRAPPER")
        .env_remove("CLIPPY_ARGS")
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .env_remove("CARGO_TARGET_DIR")
        .env_remove("CARGO_BUILD_TARGET_DIR")
        .status()
        .expect("running cargo to build the runtime");
    assert!(status.success(), "building the gocc runtime failed");
    let lib = target_dir.join("release").join("libgocc_rt.a");
    let archive = out.join("libgocc_rt.a");
    println!("cargo:rerun-if-env-changed=GOCC_RUNTIME_DEBUG");
    // The precompiled Rust std the runtime links carries DWARF: 9 of the
    // archive's 23 MB, copied into every program. Programs do not need it
    // (tracebacks use gocc's own tables), so it is stripped unless
    // GOCC_RUNTIME_DEBUG=1 asks to keep it (or there is no `strip`).
    let keep_debug = env::var("GOCC_RUNTIME_DEBUG").is_ok_and(|v| v == "1");
    let stripped = !keep_debug
        && Command::new("strip")
            .arg("--strip-debug")
            .arg("-o")
            .arg(&archive)
            .arg(&lib)
            .status()
            .is_ok_and(|s| s.success());
    if !stripped {
        std::fs::copy(&lib, &archive).expect("copying libgocc_rt.a");
    }
    // The archive's hash names its copy in the user's cache (link.rs), so
    // a gocc built from other sources never links another's runtime.
    let bytes = std::fs::read(&archive).expect("reading libgocc_rt.a");
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325; // FNV-1a
    for b in bytes {
        hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    println!("cargo:rustc-env=GOCC_RUNTIME_HASH={hash:016x}");
}
