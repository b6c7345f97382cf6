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
    let within = |tests: &mut usize| {
        *tests += 1;
        *tests <= budget.max_tests && start.elapsed() < budget.max_time
    };
    let mut cur = input.to_vec();
    // Lines first (big steps), then tokens, then lines again: removing a
    // token often makes a whole line removable.
    for pass in 0..3 {
        let pieces = if pass == 1 {
            lex::token_pieces(&cur)
        } else {
            lex::line_pieces(&cur)
        };
        cur = ddmin(pieces, &mut |p: &[Vec<u8>]| {
            within(&mut tests) && still_fails(&p.concat())
        })
        .concat();
    }
    cur
}

/// Zeller's ddmin restricted to complements: removes chunks of ever smaller
/// size while the test still holds.
fn ddmin(mut pieces: Vec<Vec<u8>>, test: &mut dyn FnMut(&[Vec<u8>]) -> bool) -> Vec<Vec<u8>> {
    let mut n = 2usize;
    while pieces.len() >= 2 {
        let chunk = pieces.len().div_ceil(n);
        let mut reduced = false;
        let mut at = 0;
        while at < pieces.len() {
            let end = (at + chunk).min(pieces.len());
            let mut cand = Vec::with_capacity(pieces.len() - (end - at));
            cand.extend_from_slice(&pieces[..at]);
            cand.extend_from_slice(&pieces[end..]);
            if !cand.is_empty() && test(&cand) {
                pieces = cand;
                reduced = true;
                // Retry the same position: the next chunk moved here.
            } else {
                at = end;
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
