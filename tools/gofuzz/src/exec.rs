//! Running the compilers on one input with a timeout and a memory limit, and
//! the crash oracle: what counts as a crash or a hang of gocc.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

/// The name every input is written under: diagnostics then read
/// `prog.go:line:col: message` for both compilers.
pub const INPUT_NAME: &str = "prog.go";

/// What gocc did with an input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Exit 0.
    Accepted,
    /// Exit 1 with a well-formed first diagnostic line.
    Rejected(String),
    /// Anything a compiler must never do; the signature identifies the bug
    /// (`panic crates/types/src/x.rs:1:2`, `stack overflow`, `signal 11`...).
    Crash { signature: String, stderr: String },
    /// Did not finish within the timeout.
    Hang,
}

impl Outcome {
    pub fn is_failure(&self) -> bool {
        matches!(self, Outcome::Crash { .. } | Outcome::Hang)
    }

    /// The key under which findings are grouped and minimized.
    pub fn signature(&self) -> Option<String> {
        match self {
            Outcome::Crash { signature, .. } => Some(signature.clone()),
            Outcome::Hang => Some("hang".into()),
            _ => None,
        }
    }
}

/// How to run gocc.
#[derive(Clone, Debug)]
pub struct Runner {
    pub gocc: PathBuf,
    /// A scratch directory of this runner's own (the input file is written there).
    pub workdir: PathBuf,
    pub timeout: Duration,
    /// Address-space limit in KiB (`ulimit -v`), so that a runaway
    /// allocation fails inside gocc instead of exhausting the machine.
    pub mem_limit_kib: u64,
}

/// Exit status, stderr and whether it timed out.
pub struct Raw {
    pub status: Option<ExitStatus>,
    pub stderr: String,
    pub timed_out: bool,
}

/// Runs `cmd` with stdout discarded and stderr captured in `err_file`,
/// killing it after `timeout`.
pub fn run_with_timeout(mut cmd: Command, err_file: &Path, timeout: Duration) -> Raw {
    let err = match File::create(err_file) {
        Ok(f) => f,
        Err(e) => {
            return Raw {
                status: None,
                stderr: format!("gofuzz: creating {}: {e}", err_file.display()),
                timed_out: false,
            };
        }
    };
    cmd.stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::from(err));
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => {
            return Raw {
                status: None,
                stderr: format!("gofuzz: spawning: {e}"),
                timed_out: false,
            };
        }
    };
    let start = Instant::now();
    let mut nap = Duration::from_micros(200);
    let (status, timed_out) = loop {
        match child.try_wait() {
            Ok(Some(s)) => break (Some(s), false),
            Ok(None) if start.elapsed() >= timeout => {
                let _ = child.kill();
                break (child.wait().ok(), true);
            }
            Ok(None) => {
                std::thread::sleep(nap);
                nap = (nap * 2).min(Duration::from_millis(10));
            }
            Err(_) => break (None, false),
        }
    };
    let stderr = std::fs::read(err_file)
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_default();
    Raw {
        status,
        stderr,
        timed_out,
    }
}

/// True for `file:line:col: message`, the only form an error may take,
/// or `file:line: message`, which is how gc (and so gocc) writes a
/// position whose column is 255 or more (gc keeps columns in 8 bits).
pub fn is_diagnostic(line: &str) -> bool {
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let mut parts = line.splitn(3, ':');
    let (Some(file), Some(l), Some(rest)) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    if file.is_empty() || !digits(l) {
        return false;
    }
    if rest.starts_with(' ') {
        return true;
    }
    match rest.split_once(':') {
        Some((c, msg)) => digits(c) && msg.starts_with(' '),
        None => false,
    }
}

/// The crash oracle: classifies gocc's exit and stderr.
pub fn classify(raw: &Raw) -> Outcome {
    use std::os::unix::process::ExitStatusExt;
    if raw.timed_out {
        return Outcome::Hang;
    }
    let crash = |signature: String| Outcome::Crash {
        signature,
        stderr: raw.stderr.clone(),
    };
    let err = &raw.stderr;
    if let Some(i) = err.find("panicked at ") {
        let rest = &err[i + "panicked at ".len()..];
        let loc = rest
            .split([':', '\n'])
            .take(3)
            .collect::<Vec<_>>()
            .join(":");
        return crash(format!("panic {loc}"));
    }
    if err.contains("stack overflow") || err.contains("overflowed its stack") {
        return crash("stack overflow".into());
    }
    if err.contains("memory allocation") || err.contains("capacity overflow") {
        return crash("out of memory".into());
    }
    let Some(status) = raw.status else {
        return crash(format!("could not run: {}", err.trim()));
    };
    if let Some(sig) = status.signal() {
        return crash(format!("signal {sig}"));
    }
    match status.code() {
        Some(0) => Outcome::Accepted,
        Some(1) => {
            let first = err.lines().next().unwrap_or("");
            // `go: reading FILE: ...` is the go command's own error (a NUL
            // byte in the file header) and `runtime.main_main·f: ...` the
            // linker's: gocc reproduces both.
            if is_diagnostic(first)
                || first.starts_with("go: reading ")
                || first.starts_with("runtime.main_main·f: ")
            {
                Outcome::Rejected(first.to_string())
            } else {
                // `gocc: internal error ...` or no message at all: an error
                // that is not a Go diagnostic is a compiler bug too.
                let head: String = first.chars().take(60).collect();
                let head = head.split(':').take(2).collect::<Vec<_>>().join(":");
                crash(format!("exit 1 without a diagnostic: {head}"))
            }
        }
        Some(c) => crash(format!("exit {c}")),
        None => crash("no exit status".into()),
    }
}

impl Runner {
    pub fn new(gocc: PathBuf, workdir: PathBuf) -> Runner {
        Runner {
            gocc,
            workdir,
            timeout: Duration::from_secs(10),
            mem_limit_kib: 8 << 20,
        }
    }

    /// Writes `src` as the input file and runs `gocc build --no-link` on it.
    pub fn run(&self, src: &[u8]) -> Outcome {
        self.run_timeout(src, self.timeout)
    }

    pub fn run_timeout(&self, src: &[u8], timeout: Duration) -> Outcome {
        if let Err(e) = std::fs::create_dir_all(&self.workdir)
            .and_then(|_| std::fs::write(self.workdir.join(INPUT_NAME), src))
        {
            return Outcome::Crash {
                signature: format!("gofuzz: writing the input: {e}"),
                stderr: String::new(),
            };
        }
        let mut cmd = Command::new("/bin/sh");
        cmd.arg("-c")
            .arg("ulimit -v \"$1\" 2>/dev/null; shift; exec \"$@\"")
            .arg("sh")
            .arg(self.mem_limit_kib.to_string())
            .arg(&self.gocc)
            .args(["build", "--no-link", INPUT_NAME])
            .current_dir(&self.workdir)
            .env("RUST_BACKTRACE", "0");
        classify(&run_with_timeout(
            cmd,
            &self.workdir.join("gocc.stderr"),
            timeout,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diagnostics() {
        assert!(is_diagnostic("prog.go:3:14: syntax error: unexpected }"));
        assert!(!is_diagnostic("gocc: internal error in code generation: x"));
        assert!(is_diagnostic("prog.go:3: x"));
        assert!(!is_diagnostic("prog.go:3:x"));
        assert!(!is_diagnostic("prog.go: x"));
    }
}
