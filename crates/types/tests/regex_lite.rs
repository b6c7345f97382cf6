//! A tiny backtracking regular-expression matcher, enough for the
//! `// ERROR "..."` patterns of Go's test suite (alternation, groups,
//! `. * + ?`, classes, escapes, `^ $`). Search semantics (unanchored).

#[derive(Debug, Clone)]
enum Node {
    Char(char),
    Any,
    Class(Vec<(char, char)>, bool),
    Start,
    End,
    Group(Vec<Vec<Node>>),
    Repeat(Box<Node>, usize, usize),
}

struct Parser<'a> {
    s: &'a [char],
    i: usize,
}

impl Parser<'_> {
    fn alt(&mut self) -> Option<Vec<Vec<Node>>> {
        let mut alts = vec![self.seq()?];
        while self.s.get(self.i) == Some(&'|') {
            self.i += 1;
            alts.push(self.seq()?);
        }
        Some(alts)
    }

    fn seq(&mut self) -> Option<Vec<Node>> {
        let mut v = Vec::new();
        while let Some(&c) = self.s.get(self.i) {
            if c == '|' || c == ')' {
                break;
            }
            self.i += 1;
            let mut n = match c {
                '.' => Node::Any,
                '^' => Node::Start,
                '$' => Node::End,
                '(' => {
                    if self.s.get(self.i) == Some(&'?') {
                        // (?:...) or flags: skip to ':' or ')'
                        while let Some(&d) = self.s.get(self.i) {
                            self.i += 1;
                            if d == ':' {
                                break;
                            }
                        }
                    }
                    let g = self.alt()?;
                    if self.s.get(self.i) != Some(&')') {
                        return None;
                    }
                    self.i += 1;
                    Node::Group(g)
                }
                '[' => self.class()?,
                '\\' => {
                    let d = *self.s.get(self.i)?;
                    self.i += 1;
                    match d {
                        'd' => Node::Class(vec![('0', '9')], false),
                        's' => Node::Class(vec![(' ', ' '), ('\t', '\t'), ('\n', '\n')], false),
                        'w' => {
                            Node::Class(vec![('a', 'z'), ('A', 'Z'), ('0', '9'), ('_', '_')], false)
                        }
                        'n' => Node::Char('\n'),
                        't' => Node::Char('\t'),
                        _ => Node::Char(d),
                    }
                }
                c => Node::Char(c),
            };
            loop {
                let (lo, hi) = match self.s.get(self.i) {
                    Some('*') => (0, usize::MAX),
                    Some('+') => (1, usize::MAX),
                    Some('?') => (0, 1),
                    _ => break,
                };
                self.i += 1;
                if self.s.get(self.i) == Some(&'?') {
                    self.i += 1; // lazy: same language for matching
                }
                n = Node::Repeat(Box::new(n), lo, hi);
            }
            v.push(n);
        }
        Some(v)
    }

    fn class(&mut self) -> Option<Node> {
        let mut neg = false;
        if self.s.get(self.i) == Some(&'^') {
            neg = true;
            self.i += 1;
        }
        let mut ranges = Vec::new();
        let mut first = true;
        while let Some(&c) = self.s.get(self.i) {
            if c == ']' && !first {
                self.i += 1;
                return Some(Node::Class(ranges, neg));
            }
            first = false;
            self.i += 1;
            let c = if c == '\\' {
                let d = *self.s.get(self.i)?;
                self.i += 1;
                d
            } else {
                c
            };
            if self.s.get(self.i) == Some(&'-') && self.s.get(self.i + 1).is_some_and(|&e| e != ']')
            {
                let e = self.s[self.i + 1];
                self.i += 2;
                ranges.push((c, e));
            } else {
                ranges.push((c, c));
            }
        }
        None
    }
}

fn match_here(nodes: &[Node], s: &[char], i: usize, k: &mut dyn FnMut(usize) -> bool) -> bool {
    let Some((n, rest)) = nodes.split_first() else {
        return k(i);
    };
    match n {
        Node::Char(c) => s.get(i) == Some(c) && match_here(rest, s, i + 1, k),
        Node::Any => i < s.len() && s[i] != '\n' && match_here(rest, s, i + 1, k),
        Node::Class(r, neg) => {
            i < s.len()
                && (r.iter().any(|&(a, b)| a <= s[i] && s[i] <= b) != *neg)
                && match_here(rest, s, i + 1, k)
        }
        Node::Start => i == 0 && match_here(rest, s, i, k),
        Node::End => i == s.len() && match_here(rest, s, i, k),
        Node::Group(alts) => alts
            .iter()
            .any(|a| match_here(a, s, i, &mut |j| match_here(rest, s, j, k))),
        Node::Repeat(inner, lo, hi) => repeat(inner, *lo, *hi, rest, s, i, 0, k),
    }
}

#[allow(clippy::too_many_arguments)]
fn repeat(
    inner: &Node,
    lo: usize,
    hi: usize,
    rest: &[Node],
    s: &[char],
    i: usize,
    count: usize,
    k: &mut dyn FnMut(usize) -> bool,
) -> bool {
    // Greedy: try one more repetition first (guard against empty loops).
    if count < hi {
        let one = std::slice::from_ref(inner);
        if match_here(one, s, i, &mut |j| {
            j > i && repeat(inner, lo, hi, rest, s, j, count + 1, k)
        }) {
            return true;
        }
    }
    count >= lo && match_here(rest, s, i, k)
}

/// Whether regex `re` matches somewhere in `text` (`None`: unsupported
/// pattern).
pub fn is_match(re: &str, text: &str) -> Option<bool> {
    let chars: Vec<char> = re.chars().collect();
    let mut p = Parser { s: &chars, i: 0 };
    let alts = p.alt()?;
    if p.i != chars.len() {
        return None;
    }
    let node = vec![Node::Group(alts)];
    let s: Vec<char> = text.chars().collect();
    Some((0..=s.len()).any(|start| match_here(&node, &s, start, &mut |_| true)))
}

#[test]
fn regex_lite_works() {
    assert_eq!(is_match("a.c", "xxabcx"), Some(true));
    assert_eq!(is_match("^abc$", "abc"), Some(true));
    assert_eq!(is_match("^abc$", "abcd"), Some(false));
    assert_eq!(is_match("cannot|foo", "this foo"), Some(true));
    assert_eq!(is_match("x[0-9]+y", "x123y"), Some(true));
    assert_eq!(
        is_match("declared (and|but) not used", "x declared and not used"),
        Some(true)
    );
    assert_eq!(is_match("a\\(b\\)", "a(b)"), Some(true));
}
