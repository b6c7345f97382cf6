//! Source positions.
//!
//! A [`Pos`] is a byte offset into one source file; [`SourceFile`] maps it to
//! the `line:col` that diagnostics print. Columns count bytes from 1, as gc
//! does (a tab is one column).

/// Byte offset into the source text.
pub type Pos = u32;

/// gc keeps a position's column in 8 bits (`cmd/internal/src.lico`): a
/// column of 255 or more is stored as 255, which means "unknown", and
/// diagnostics then show the line alone (`x.go:9: undefined: y`).
pub const COL_MAX: u32 = 255;

/// A source file's name and text, with a line-start index for fast
/// offset → line:col lookups.
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// The name diagnostics print (as given on the command line, e.g.
    /// `main.go` or `dir/x.go`).
    pub name: String,
    pub text: String,
    line_starts: Vec<u32>,
}

impl SourceFile {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> SourceFile {
        let text = text.into();
        let mut line_starts = vec![0];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        SourceFile {
            name: name.into(),
            text,
            line_starts,
        }
    }

    /// 1-based line and column of `pos`.
    pub fn line_col(&self, pos: Pos) -> (u32, u32) {
        let line = match self.line_starts.binary_search(&pos) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        (line as u32 + 1, pos - self.line_starts[line] + 1)
    }

    /// `name:line:col`, the prefix of every diagnostic; `name:line` from
    /// column [`COL_MAX`] on, as gc prints it.
    pub fn position(&self, pos: Pos) -> String {
        let (l, c) = self.line_col(pos);
        if c >= COL_MAX {
            format!("{}:{}", self.name, l)
        } else {
            format!("{}:{}:{}", self.name, l, c)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col() {
        let f = SourceFile::new("a.go", "ab\ncd\n\nx");
        assert_eq!(f.line_col(0), (1, 1));
        assert_eq!(f.line_col(1), (1, 2));
        assert_eq!(f.line_col(3), (2, 1));
        assert_eq!(f.line_col(6), (3, 1));
        assert_eq!(f.line_col(7), (4, 1));
        assert_eq!(f.position(4), "a.go:2:2");
        let long = SourceFile::new("b.go", format!("{}x\n", " ".repeat(300)));
        assert_eq!(long.position(253), "b.go:1:254");
        assert_eq!(long.position(254), "b.go:1");
        assert_eq!(long.position(300), "b.go:1");
    }
}
