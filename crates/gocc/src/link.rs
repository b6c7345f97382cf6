//! Linking: the object gocc wrote plus the runtime archive, via the system
//! `cc`. The runtime archive is embedded in the `gocc` binary at build time
//! (see build.rs), so nothing outside the binary is needed but `cc`.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The runtime staticlib, built by build.rs.
static RUNTIME_ARCHIVE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/libgocc_rt.a"));

/// Hash of `RUNTIME_ARCHIVE` (build.rs), naming its cached copy.
const RUNTIME_HASH: &str = env!("GOCC_RUNTIME_HASH");

/// Links `object` (an ELF relocatable) into the executable `output`.
/// `workdir` is a scratch directory owned by the caller.
pub fn link(object: &[u8], output: &Path, workdir: &Path) -> Result<(), String> {
    let obj_path = workdir.join("main.o");
    std::fs::write(&obj_path, object).map_err(|e| format!("writing object: {e}"))?;
    let rt_path = runtime_archive(workdir)?;
    let out = Command::new("cc")
        .arg("-o")
        .arg(output)
        .arg(&obj_path)
        .arg(&rt_path)
        // Only what the program reaches: the runtime is built with a
        // section per function, so unused runtime code is dropped.
        .arg("-Wl,--gc-sections")
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

/// The runtime archive as a file for `cc`: the copy in the user's cache
/// (`$XDG_CACHE_HOME/gocc` or `~/.cache/gocc`, like Go's build cache),
/// written once per runtime, or else a copy in `workdir`. Writing the
/// 14 MB archive for every build cost more than compiling a small program.
fn runtime_archive(workdir: &Path) -> Result<PathBuf, String> {
    if let Some(dir) = cache_dir() {
        let path = dir.join(format!("libgocc_rt-{RUNTIME_HASH}.a"));
        let complete =
            |p: &Path| std::fs::metadata(p).is_ok_and(|m| m.len() == RUNTIME_ARCHIVE.len() as u64);
        if complete(&path) {
            return Ok(path);
        }
        // Written under a name of its own and renamed into place, so a
        // concurrent build never sees half an archive.
        let tmp = dir.join(format!(".libgocc_rt-{RUNTIME_HASH}.{}", std::process::id()));
        let written = std::fs::create_dir_all(&dir)
            .and_then(|()| std::fs::write(&tmp, RUNTIME_ARCHIVE))
            .and_then(|()| std::fs::rename(&tmp, &path));
        if written.is_ok() && complete(&path) {
            return Ok(path);
        }
        let _ = std::fs::remove_file(&tmp);
    }
    let path = workdir.join("libgocc_rt.a");
    std::fs::write(&path, RUNTIME_ARCHIVE).map_err(|e| format!("writing runtime: {e}"))?;
    Ok(path)
}

/// `$XDG_CACHE_HOME/gocc`, else `$HOME/.cache/gocc` (absolute paths only).
fn cache_dir() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| {
            std::env::var_os("HOME")
                .map(|h| PathBuf::from(h).join(".cache"))
                .filter(|p| p.is_absolute())
        })?;
    Some(base.join("gocc"))
}
