//! Source positions.
//!
//! A [`Pos`] is a byte offset into the text of a program's files, one
//! after the other; [`SourceFile`] (a file set) maps it to the
//! `file:line:col` that diagnostics print. Columns count bytes from 1, as gc
//! does (a tab is one column).

/// Byte offset into the source text.
pub type Pos = u32;

/// gc keeps a position's column in 8 bits (`cmd/internal/src.lico`): a
/// column of 255 or more is stored as 255, which means "unknown", and
/// diagnostics then show the line alone (`x.go:9: undefined: y`).
pub const COL_MAX: u32 = 255;

/// One file of a [`SourceFile`] set: where its text starts and the name
/// its diagnostics print.
#[derive(Clone, Debug)]
pub struct FileEntry {
    /// The name diagnostics print (as given on the command line, e.g.
    /// `main.go` or `dir/x.go`, or as `go build` shows it, `./a.go`).
    pub name: String,
    /// Offset of the file's first byte in [`SourceFile::text`].
    pub base: Pos,
    /// Offset just past its last byte.
    pub end: Pos,
    /// Index in the line-start table of the file's first line.
    first_line: usize,
    /// A standard package's source (crates/gocc/std), not the user's.
    pub std: bool,
}

/// The text of every file of a program and a line-start index for fast
/// offset → `file:line:col` lookups: a file set, as go/token's `FileSet`.
/// Each file occupies its own range of offsets (`base..end`, files in the
/// order added, each starting on a fresh line), so a [`Pos`] names the file
/// as well as the place in it, and all stages keep plain `u32` positions.
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// The first file's name.
    pub name: String,
    /// All files' text, each file at its base offset.
    pub text: String,
    line_starts: Vec<u32>,
    files: Vec<FileEntry>,
}

impl SourceFile {
    /// A set of one file.
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> SourceFile {
        let name = name.into();
        let mut f = SourceFile {
            name: name.clone(),
            text: String::new(),
            line_starts: vec![0],
            files: Vec::new(),
        };
        f.add_file(name, &text.into(), false);
        f
    }

    /// Appends a file (on a fresh line) and returns its base offset: its
    /// text is `self.text[base..]`; parse it with [`SourceFile::padded`].
    pub fn add_file(&mut self, name: impl Into<String>, text: &str, std: bool) -> Pos {
        if !self.text.is_empty() && !self.text.ends_with('\n') {
            self.text.push('\n');
            self.line_starts.push(self.text.len() as u32);
        }
        let base = self.text.len() as u32;
        let first_line = self.line_starts.len() - 1;
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                self.line_starts.push(base + i as u32 + 1);
            }
        }
        self.text.push_str(text);
        self.files.push(FileEntry {
            name: name.into(),
            base,
            end: self.text.len() as u32,
            first_line,
            std,
        });
        base
    }

    /// The last file added, alone but at its offsets (blanks stand for
    /// the files before it): what the parser reads, so that its positions
    /// are already positions in the set.
    pub fn padded_last(&self) -> SourceFile {
        let Some(f) = self.files.last() else {
            return self.clone();
        };
        let text = format!(
            "{}{}",
            " ".repeat(f.base as usize),
            &self.text[f.base as usize..]
        );
        SourceFile::new(f.name.clone(), text)
    }

    /// The files, in the order added.
    pub fn files(&self) -> &[FileEntry] {
        &self.files
    }

    /// The file `pos` lies in (the last one for a position past the end).
    pub fn file_at(&self, pos: Pos) -> &FileEntry {
        let i = self.files.partition_point(|f| f.base <= pos);
        &self.files[i.saturating_sub(1)]
    }

    /// 1-based line and column of `pos` in its file.
    pub fn line_col(&self, pos: Pos) -> (u32, u32) {
        let line = match self.line_starts.binary_search(&pos) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let first = self.file_at(pos).first_line;
        (
            (line - first.min(line)) as u32 + 1,
            pos - self.line_starts[line] + 1,
        )
    }

    /// `name:line:col`, the prefix of every diagnostic; `name:line` from
    /// column [`COL_MAX`] on, as gc prints it.
    pub fn position(&self, pos: Pos) -> String {
        let (l, c) = self.line_col(pos);
        let name = &self.file_at(pos).name;
        if c >= COL_MAX {
            format!("{name}:{l}")
        } else {
            format!("{name}:{l}:{c}")
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

    #[test]
    fn file_set() {
        let mut f = SourceFile::new("a.go", "ab\ncd");
        let b = f.add_file("b.go", "x\n\ny\n", false);
        assert_eq!(b, 6);
        assert_eq!(f.position(1), "a.go:1:2");
        assert_eq!(f.position(4), "a.go:2:2");
        assert_eq!(f.position(b), "b.go:1:1");
        assert_eq!(f.position(b + 3), "b.go:3:1");
        let c = f.add_file("c.go", "z", true);
        assert_eq!(f.position(c), "c.go:1:1");
        assert!(f.file_at(c).std && !f.file_at(b).std);
        let p = f.padded_last();
        assert_eq!(p.text.len() as u32, c + 1);
        assert_eq!(&p.text[c as usize..], "z");
    }
}
