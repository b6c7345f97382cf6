//! Delta debugging of a failing input: first over lines, then over tokens,
//! keeping only removals after which gocc still fails with the same
//! signature. Bounded in tests and time so that a slow input (a hang) cannot
//! stall the fuzzer.

use std::time::{Duration, Instant};

use crate::lex;

/// Limits of one minimization.
#[derive(Clone, Copy, Debug)]
pub struct Budget {
    pub max_tests: usize,
    pub max_time: Duration,
}

/// Shrinks `input` while `still_fails` holds. `still_fails` must be true of
/// `input` itself.
pub fn minimize(
    input: &[u8],
    budget: Budget,
    still_fails: &mut dyn FnMut(&[u8]) -> bool,
) -> Vec<u8> {
    let start = Instant::now();
    let mut tests = 0usize;
    let mut cur = input.to_vec();
    // Lines first (big steps), then tokens, then lines again: removing a
    // token often makes a whole line removable.
    for pass in 0..3 {
        let pieces = if pass == 1 {
            lex::token_pieces(&cur)
        } else {
            lex::line_pieces(&cur)
        };
        cur = ddmin(pieces, &mut |cand: &[u8]| {
            tests += 1;
            if tests > budget.max_tests || start.elapsed() >= budget.max_time {
                return None;
            }
            Some(still_fails(cand))
        })
        .concat();
    }
    cur
}

/// Zeller's ddmin restricted to complements: removes chunks of ever smaller
/// size while the test still holds. `test` answers `None` once the budget is
/// spent, which ends the search with what has been reached.
fn ddmin(mut pieces: Vec<Vec<u8>>, test: &mut dyn FnMut(&[u8]) -> Option<bool>) -> Vec<Vec<u8>> {
    let mut n = 2usize;
    while pieces.len() >= 2 {
        let chunk = pieces.len().div_ceil(n);
        let mut reduced = false;
        let mut at = 0;
        while at < pieces.len() {
            let end = (at + chunk).min(pieces.len());
            if end - at == pieces.len() {
                break;
            }
            let cand: Vec<u8> = pieces[..at]
                .iter()
                .chain(&pieces[end..])
                .flatten()
                .copied()
                .collect();
            match test(&cand) {
                None => return pieces,
                Some(true) => {
                    pieces.drain(at..end);
                    reduced = true;
                    // Retry the same position: the next chunk moved here.
                }
                Some(false) => at = end,
            }
        }
        if reduced {
            n = (n - 1).max(2);
        } else if chunk == 1 {
            break;
        } else {
            n = (n * 2).min(pieces.len());
        }
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_only_what_matters() {
        let src = b"package main\nvar a = 1\nvar b = BOOM + 2\nvar c = 3\nfunc main() {}\n";
        let out = minimize(
            src,
            Budget {
                max_tests: 10_000,
                max_time: Duration::from_secs(10),
            },
            &mut |s: &[u8]| s.windows(4).any(|w| w == b"BOOM"),
        );
        assert_eq!(String::from_utf8_lossy(&out).trim(), "BOOM");
    }
}
