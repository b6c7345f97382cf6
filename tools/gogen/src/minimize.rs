//! A delta-debugging minimizer over lines: it removes brace-balanced
//! units (a line, or a line that opens a block with everything up to the
//! line that closes it), largest first, keeping a removal whenever the
//! predicate (still compiles with go, still shows the same mismatch)
//! holds, until a pass removes nothing or the budget is spent.

/// The smallest program found within `budget` predicate evaluations.
pub fn minimize(src: &str, budget: usize, mut keeps_failing: impl FnMut(&str) -> bool) -> String {
    let mut lines: Vec<String> = src.lines().map(str::to_string).collect();
    let mut spent = 0;
    loop {
        let mut changed = false;
        let mut units = units(&lines);
        units.sort_by_key(|&(a, b)| std::cmp::Reverse(b - a));
        let mut removed = vec![false; lines.len()];
        for (a, b) in units {
            if spent >= budget {
                break;
            }
            if removed[a..=b].iter().any(|&r| r) {
                continue;
            }
            let cand: String = lines
                .iter()
                .enumerate()
                .filter(|&(i, _)| !removed[i] && !(a..=b).contains(&i))
                .map(|(_, l)| format!("{l}\n"))
                .collect();
            spent += 1;
            if keeps_failing(&cand) {
                for r in &mut removed[a..=b] {
                    *r = true;
                }
                changed = true;
            }
        }
        lines = lines
            .into_iter()
            .zip(removed)
            .filter(|(_, r)| !r)
            .map(|(l, _)| l)
            .collect();
        if !changed || spent >= budget {
            break;
        }
    }
    lines.iter().map(|l| format!("{l}\n")).collect()
}

/// Removable units: each line that is not a bare closer, extended to the
/// line where its brace/paren depth returns to where it started.
fn units(lines: &[String]) -> Vec<(usize, usize)> {
    let delta = |l: &str| {
        let mut d = 0i32;
        let (mut in_str, mut esc, mut quote) = (false, false, ' ');
        for c in l.chars() {
            if in_str {
                if esc {
                    esc = false;
                } else if c == '\\' && quote != '`' {
                    esc = true;
                } else if c == quote {
                    in_str = false;
                }
                continue;
            }
            match c {
                '"' | '\'' | '`' => {
                    in_str = true;
                    quote = c;
                }
                '{' | '(' => d += 1,
                '}' | ')' => d -= 1,
                _ => {}
            }
        }
        d
    };
    let mut out = Vec::new();
    for i in 0..lines.len() {
        let t = lines[i].trim();
        if t.is_empty()
            || t.starts_with('}')
            || t.starts_with(')')
            || t.starts_with("package ")
            || t.starts_with("case ")
            || t == "default:"
        {
            continue;
        }
        let mut depth = 0;
        let mut j = i;
        loop {
            depth += delta(&lines[j]);
            if depth <= 0 || j + 1 == lines.len() {
                break;
            }
            j += 1;
        }
        if depth == 0 {
            out.push((i, j));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn removes_what_does_not_matter() {
        let src = "a\nfunc f() {\n\tx\n\ty\n}\nKEEP\nz\n";
        let got = super::minimize(src, 100, |c| {
            c.contains("KEEP") && c.matches('{').count() == c.matches('}').count()
        });
        assert_eq!(got, "KEEP\n");
    }
}
