//! Linking: the object gocc wrote plus the runtime archive, via the system
//! `cc`. The runtime archive is embedded in the `gocc` binary at build time
//! (see build.rs), so nothing outside the binary is needed but `cc`.

use std::path::Path;
use std::process::{Command, Stdio};

/// The runtime staticlib, built by build.rs.
static RUNTIME_ARCHIVE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/libgocc_rt.a"));

/// Links `object` (an ELF relocatable) into the executable `output`.
/// `workdir` is a scratch directory owned by the caller.
pub fn link(object: &[u8], output: &Path, workdir: &Path) -> Result<(), String> {
    let obj_path = workdir.join("main.o");
    let rt_path = workdir.join("libgocc_rt.a");
    std::fs::write(&obj_path, object).map_err(|e| format!("writing object: {e}"))?;
    std::fs::write(&rt_path, RUNTIME_ARCHIVE).map_err(|e| format!("writing runtime: {e}"))?;
    let out = Command::new("cc")
        .arg("-o")
        .arg(output)
        .arg(&obj_path)
        .arg(&rt_path)
        .args(["-lpthread", "-ldl", "-lm"])
        // An explicit empty stdin: `output()` would open /dev/null, which
        // is not guaranteed to exist in every sandbox.
        .stdin(Stdio::piped())
        .output()
        .map_err(|e| format!("running cc: {e} (gocc needs a C compiler to link)"))?;
    if !out.status.success() {
        return Err(format!(
            "link failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(())
}
