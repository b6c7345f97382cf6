//! go.mod: the module's path, its `go` version and the `replace`
//! directives that point to local directories (gocc has no module cache:
//! `require`d modules are found only through such a `replace`).

use std::path::{Path, PathBuf};

/// A module: the directory of its go.mod and what that file says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Module {
    /// `module` path (`example.com/inventory`).
    pub path: String,
    /// The directory holding go.mod.
    pub dir: PathBuf,
    /// The `go` version line (`1.22`), if any.
    pub go: Option<String>,
    /// `replace OLD [VERSION] => DIR` with a local directory (relative to
    /// the module's directory, or absolute): module path and directory.
    pub replace: Vec<(String, PathBuf)>,
}

/// The go.mod of `dir` or its nearest parent directory that has one.
pub fn find(dir: &Path) -> Option<PathBuf> {
    let dir = std::path::absolute(dir).ok()?;
    dir.ancestors()
        .map(|d| d.join("go.mod"))
        .find(|f| f.is_file())
}

/// Reads and parses the go.mod at `file`.
pub fn read(file: &Path) -> Result<Module, String> {
    let text = std::fs::read_to_string(file)
        .map_err(|e| format!("go: reading {}: {e}", file.display()))?;
    let dir = file.parent().map(Path::to_path_buf).unwrap_or_default();
    parse(&text, dir).map_err(|(line, msg)| {
        format!(
            "go: errors parsing go.mod:\n{}:{line}: {msg}",
            file.display()
        )
    })
}

/// Parses go.mod text; errors as (line, message).
pub fn parse(text: &str, dir: PathBuf) -> Result<Module, (usize, String)> {
    let mut m = Module {
        path: String::new(),
        dir,
        go: None,
        replace: Vec::new(),
    };
    // The verb of the `( ... )` block being read.
    let mut block: Option<String> = None;
    for (i, raw) in text.lines().enumerate() {
        let line = raw.split("//").next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        if block.is_some() && line == ")" {
            block = None;
            continue;
        }
        let (verb, rest) = match &block {
            Some(v) => (v.clone(), line),
            None => {
                let (v, r) = line.split_once([' ', '\t']).unwrap_or((line, ""));
                let r = r.trim();
                if r == "(" {
                    block = Some(v.to_string());
                    continue;
                }
                (v.to_string(), r)
            }
        };
        match verb.as_str() {
            "module" => m.path = unquote(rest).to_string(),
            "go" => m.go = Some(rest.to_string()),
            "replace" => {
                let Some((old, new)) = rest.split_once("=>") else {
                    return Err((i + 1, "usage: replace module/path [v1.2.3] => other/module v1.4\n\t or replace module/path [v1.2.3] => ../local/directory".into()));
                };
                let old = unquote(old.split_whitespace().next().unwrap_or(""));
                let new: Vec<&str> = new.split_whitespace().collect();
                // Only a directory target (`./x`, `../x`, `/x`) and no
                // version: a module version needs the module cache.
                if let [target] = new.as_slice() {
                    let target = unquote(target);
                    if target.starts_with("./")
                        || target.starts_with("../")
                        || target.starts_with('/')
                    {
                        m.replace.push((old.to_string(), m.dir.join(target)));
                    }
                }
            }
            _ => {}
        }
    }
    if m.path.is_empty() {
        return Err((1, "no module declaration in go.mod. To specify the module path:\n\tgo mod edit -module=example.com/mod".into()));
    }
    Ok(m)
}

fn unquote(s: &str) -> &str {
    s.trim().trim_matches('"')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_module_go_and_local_replaces() {
        let text = "// comment\nmodule example.com/m // the module\n\ngo 1.22\n\nrequire (\n\texample.com/lib v1.0.0\n)\n\nreplace example.com/lib => ../lib\nreplace (\n\texample.com/x v1.2.0 => ./x\n\texample.com/y => example.com/z v1.0.0\n)\n";
        let m = parse(text, PathBuf::from("/w/m")).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(m.path, "example.com/m");
        assert_eq!(m.go.as_deref(), Some("1.22"));
        assert_eq!(
            m.replace,
            vec![
                ("example.com/lib".to_string(), PathBuf::from("/w/m/../lib")),
                ("example.com/x".to_string(), PathBuf::from("/w/m/./x")),
            ]
        );
        assert!(parse("go 1.22\n", PathBuf::new()).is_err());
    }
}
