//! The comparison rules of testdata/README.md, for outputs of a program
//! built by `go` (the reference) and by `gocc`: stdout byte for byte, the
//! exit status, stderr exactly unless the program died with a trace (then
//! the head up to the goroutine header, addresses masked), and the
//! `-d=defer` report. The stderr rule is the one of
//! crates/gocc/tests/golden.rs (`check_stderr`), kept in step with it.

/// What regen.sh keeps of gc's stderr: everything up to and including the
/// first goroutine header (or `runtime stack:`), or all of it.
pub fn stderr_head(stderr: &str) -> String {
    let mut out = String::new();
    for l in stderr.split_inclusive('\n') {
        out.push_str(l);
        if is_goroutine_header(l.trim_end_matches('\n')) {
            break;
        }
    }
    out
}

/// Checks gocc's stderr against gc's: `Err` says how they differ.
pub fn check_stderr(expected: &str, actual: &str) -> Result<(), String> {
    let expected = stderr_head(expected);
    let want: Vec<&str> = expected.lines().collect();
    let Some(header) = want.iter().position(|l| is_goroutine_header(l)) else {
        return if expected == actual {
            Ok(())
        } else {
            Err(first_diff(&expected, actual))
        };
    };
    let want = &want[..=header];
    let got: Vec<&str> = actual.lines().collect();
    if got.len() >= want.len() && want.iter().zip(&got).all(|(w, g)| mask(w) == mask(g)) {
        return Ok(());
    }
    let head: Vec<&str> = got.iter().take(want.len()).copied().collect();
    Err(first_diff(&want.join("\n"), &head.join("\n")))
}

/// The first differing line of two texts, as `line N: go "..." gocc "..."`.
pub fn first_diff(expected: &str, actual: &str) -> String {
    let (e, a): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    let i = e
        .iter()
        .zip(&a)
        .position(|(x, y)| x != y)
        .unwrap_or(e.len().min(a.len()));
    let show = |v: &[&str]| v.get(i).map_or("<end>".to_string(), |l| format!("{l:?}"));
    format!("line {}: go {} gocc {}", i + 1, show(&e), show(&a))
}

/// The last line of a stderr head: a goroutine header, or the
/// `runtime stack:` line that precedes it after a fatal error.
pub fn is_goroutine_header(line: &str) -> bool {
    (line.starts_with("goroutine ") && line.ends_with("]:")) || line == "runtime stack:"
}

/// Blanks what differs between runs and compilers (also used by
/// crates/gocc/tests/golden.rs): the id of a goroutine other than main
/// (not deterministic in gc), and addresses: the hexadecimal values after
/// `addr=` and `pc=` in a signal line (the pc is machine-code specific,
/// and gc itself reports another addr with `-N`), every `0x` value on a
/// stack overflow's `runtime: sp=` line, after `PC=` (a signal crash),
/// `gp=` and `mp=` in a fatal error's goroutine header (runtime
/// structures) and its ` m=` (the number of the OS thread that ran the
/// goroutine: gc's differs from run to run), and a pointer after `) 0x` on a `panic: ` line (gc prints
/// panic values of non-basic types as `(TYPE) ADDRESS`).
pub fn mask(line: &str) -> String {
    if let Some(rest) = line.strip_prefix("goroutine ")
        && !rest.starts_with("1 ")
        && let Some(i) = rest.find(' ')
        && rest[..i].bytes().all(|b| b.is_ascii_digit())
    {
        return format!("goroutine ?{}", &rest[i..]);
    }
    let keys: &[&str] = if line.starts_with("[signal ") {
        &["addr=0x", "pc=0x"]
    } else if line.starts_with("runtime: sp=0x") {
        &["0x"]
    } else if line.starts_with("PC=0x") {
        &["PC=0x"]
    } else if line.starts_with("goroutine ") {
        &["gp=0x", " m=", "mp=0x"]
    } else if line.trim_start_matches('\t').starts_with("panic: ") {
        &[") 0x"]
    } else {
        return line.to_string();
    };
    let mut out = String::new();
    let mut rest = line;
    while let Some(i) = keys
        .iter()
        .filter_map(|k| rest.find(k).map(|i| i + k.len()))
        .min()
    {
        out.push_str(&rest[..i]);
        out.push('?');
        rest = rest[i..].trim_start_matches(|c: char| c.is_ascii_hexdigit());
    }
    out.push_str(rest);
    out
}

/// The `-d=defer` report lines of a build's stderr, normalized: without
/// go's `# command-line-arguments` header, paths cut to the file name,
/// sorted by position.
pub fn defer_report(stderr: &str) -> Vec<String> {
    let mut v: Vec<(u32, u32, String)> = stderr
        .lines()
        .filter(|l| l.ends_with(" defer"))
        .map(|l| {
            let l = l.rsplit('/').next().unwrap_or(l);
            let mut it = l.splitn(4, ':');
            let _file = it.next();
            let line = it.next().and_then(|x| x.parse().ok()).unwrap_or(0);
            let col = it.next().and_then(|x| x.parse().ok()).unwrap_or(0);
            (line, col, l.to_string())
        })
        .collect();
    v.sort();
    v.into_iter().map(|(_, _, l)| l).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panic_head_is_a_prefix() {
        let go = "panic: boom\n\ngoroutine 1 [running]:\nmain.main()\n";
        assert!(check_stderr(go, "panic: boom\n\ngoroutine 1 [running]:\nother trace\n").is_ok());
        assert!(check_stderr(go, "panic: bam\n\ngoroutine 1 [running]:\n").is_err());
        assert!(check_stderr("a\n", "a\n").is_ok());
        assert!(check_stderr("a\n", "a\nb\n").is_err());
    }

    #[test]
    fn addresses_are_masked() {
        assert_eq!(
            mask("panic: (main.T) 0xc000012345"),
            mask("panic: (main.T) 0x1234")
        );
        assert_eq!(mask("goroutine 7 [running]:"), "goroutine ? [running]:");
        assert_eq!(
            mask("goroutine 1 gp=0x372b0c4f01e0 m=3 mp=0x372b0c529008 [running]:"),
            mask("goroutine 1 gp=0x55e3d7b600c0 m=0 mp=0x55e3d7b67538 [running]:")
        );
    }

    #[test]
    fn defer_reports_are_normalized() {
        let go = "# command-line-arguments\n./main.go:9:2: open-coded defer\n./main.go:3:2: heap-allocated defer\n";
        let gocc = "main.go:3:2: heap-allocated defer\nmain.go:9:2: open-coded defer\n";
        assert_eq!(defer_report(go), defer_report(gocc));
    }
}
