//! Package strings (the commonly used functions), in Rust. Results that are
//! substrings share memory with the argument, as in Go.

use crate::malloc::{alloc_noscan, alloc_typed};
use crate::panic::{panic_error_string, panic_string};
use crate::strings::gostring;
use crate::traceback::go_entry;
use crate::types::STRING_LAYOUT;
use crate::types::{GoString, Slice};
use crate::utf8;

go_entry!("strings.Repeat", repeat);

fn b<'a>(p: *const u8, n: i64) -> &'a [u8] {
    // SAFETY: a valid Go string from compiled code.
    unsafe { GoString { ptr: p, len: n }.bytes() }
}

/// A substring of `whole` (no copy).
fn sub(whole: &[u8], part: &[u8]) -> GoString {
    debug_assert!(part.is_empty() || whole.as_ptr_range().contains(&part.as_ptr()));
    GoString {
        ptr: if part.is_empty() {
            whole.as_ptr()
        } else {
            part.as_ptr()
        },
        len: part.len() as i64,
    }
}

/// The first index of byte `c` in `s`, eight bytes at a time (gc uses
/// vector instructions for IndexByte; a word at a time is most of the win
/// over a byte loop).
pub(crate) fn memchr(c: u8, s: &[u8]) -> Option<usize> {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let pat = LO.wrapping_mul(c as u64);
    let mut chunks = s.chunks_exact(8);
    let mut base = 0;
    for w in &mut chunks {
        let mut a = [0u8; 8];
        a.copy_from_slice(w);
        let x = u64::from_le_bytes(a) ^ pat;
        // A zero byte of x sets its high bit here (exact for the lowest
        // one, which is the one wanted).
        let z = x.wrapping_sub(LO) & !x & HI;
        if z != 0 {
            return Some(base + (z.trailing_zeros() / 8) as usize);
        }
        base += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&b| b == c)
        .map(|i| base + i)
}

/// The first index of `sep` in `s`: candidates are found by scanning for
/// the separator's first byte, and only they are compared in full (a
/// comparison per position costs a memcmp call each).
fn find(s: &[u8], sep: &[u8]) -> Option<usize> {
    let Some((&first, rest)) = sep.split_first() else {
        return Some(0);
    };
    if sep.len() > s.len() {
        return None;
    }
    let last_start = s.len() - sep.len();
    let mut i = 0;
    while i <= last_start {
        let at = i + memchr(first, &s[i..=last_start])?;
        if s[at + 1..at + sep.len()] == *rest {
            return Some(at);
        }
        i = at + 1;
    }
    None
}

fn rfind(s: &[u8], sep: &[u8]) -> Option<usize> {
    if sep.is_empty() {
        return Some(s.len());
    }
    if sep.len() > s.len() {
        return None;
    }
    s.windows(sep.len()).rposition(|w| w == sep)
}

fn runes(s: &[u8]) -> impl Iterator<Item = (usize, u32, usize)> + '_ {
    let mut i = 0;
    core::iter::from_fn(move || {
        if i >= s.len() {
            return None;
        }
        let (r, w) = utf8::decode(&s[i..]);
        let at = i;
        i += w;
        Some((at, r, w))
    })
}

/// Stores in `out` a new `[]string` of the pieces `s[a..b]` of `s`.
/// The pieces are kept as offsets, not strings, until the result is
/// allocated: `s` is then still needed, so it stays visible to the
/// collector during that allocation (a temporary `s` may have no other
/// reference left, and a Rust vector is not scanned).
fn string_slice(out: *mut Slice, s: &[u8], parts: Vec<(usize, usize)>) {
    let res = if parts.is_empty() {
        Slice {
            ptr: core::ptr::null_mut(),
            len: 0,
            cap: 0,
        }
    } else {
        let p = alloc_typed(parts.len() * 16, &STRING_LAYOUT) as *mut GoString;
        for (i, &(a, z)) in parts.iter().enumerate() {
            // SAFETY: room for all parts.
            unsafe { *p.add(i) = sub(s, &s[a..z]) };
        }
        Slice {
            ptr: p.cast(),
            len: parts.len() as i64,
            cap: parts.len() as i64,
        }
    };
    // SAFETY: the caller's result buffer.
    unsafe { *out = res };
}

/// gc's genSplit: at most `n` pieces (n < 0: all); an empty separator
/// splits after each UTF-8 sequence.
fn gen_split(out: *mut Slice, s: &[u8], sep: &[u8], n: i64) {
    if n == 0 {
        return string_slice(out, s, Vec::new());
    }
    if sep.is_empty() {
        let n = if n < 0 { usize::MAX } else { n as usize };
        let mut parts = Vec::new();
        for (at, _, w) in runes(s) {
            if parts.len() + 1 == n {
                parts.push((at, s.len()));
                break;
            }
            parts.push((at, at + w));
        }
        return string_slice(out, s, parts);
    }
    // Like gc: count the pieces first, then fill a result of exactly that
    // size (no temporary vector, no copy).
    let pieces = (count_in(s, sep) + 1).min(if n < 0 { i64::MAX } else { n }) as usize;
    let p = alloc_typed(pieces * 16, &STRING_LAYOUT) as *mut GoString;
    let mut rest = s;
    for k in 0..pieces - 1 {
        let Some(i) = find(rest, sep) else { break };
        // SAFETY: k < pieces, the allocation's length.
        unsafe { *p.add(k) = sub(s, &rest[..i]) };
        rest = &rest[i + sep.len()..];
    }
    // SAFETY: the last piece; `out` is the caller's result buffer.
    unsafe {
        *p.add(pieces - 1) = sub(s, rest);
        *out = Slice {
            ptr: p.cast(),
            len: pieces as i64,
            cap: pieces as i64,
        };
    }
}

#[unsafe(export_name = "strings.Split")]
pub extern "C" fn split(out: *mut Slice, sp: *const u8, sn: i64, pp: *const u8, pn: i64) {
    gen_split(out, b(sp, sn), b(pp, pn), -1);
}

#[unsafe(export_name = "strings.SplitN")]
pub extern "C" fn split_n(out: *mut Slice, sp: *const u8, sn: i64, pp: *const u8, pn: i64, n: i64) {
    gen_split(out, b(sp, sn), b(pp, pn), n);
}

fn is_space(r: u32) -> bool {
    crate::unicode::is_space(r)
}

#[unsafe(export_name = "strings.Fields")]
pub extern "C" fn fields(out: *mut Slice, sp: *const u8, sn: i64) {
    let s = b(sp, sn);
    let mut parts = Vec::new();
    let mut start = None;
    for (at, r, _) in runes(s) {
        match (is_space(r), start) {
            (true, Some(st)) => {
                parts.push((st, at));
                start = None;
            }
            (false, None) => start = Some(at),
            _ => {}
        }
    }
    if let Some(st) = start {
        parts.push((st, s.len()));
    }
    string_slice(out, s, parts);
}

#[unsafe(export_name = "strings.Join")]
pub extern "C" fn join(ep: *const GoString, en: i64, _ec: i64, pp: *const u8, pn: i64) -> GoString {
    let elems: &[GoString] =
        // SAFETY: a valid []string.
        if ep.is_null() || en <= 0 { &[] } else { unsafe { core::slice::from_raw_parts(ep, en as usize) } };
    match elems {
        [] => GoString::EMPTY,
        [one] => *one,
        _ => {
            // One exact allocation, as gc's Join does.
            let sep = b(pp, pn);
            let total = elems.iter().map(|e| e.len.max(0) as usize).sum::<usize>()
                + sep.len() * (elems.len() - 1);
            let p = alloc_noscan(total);
            let mut off = 0;
            for (i, e) in elems.iter().enumerate() {
                // SAFETY: valid strings; p has room for every part.
                unsafe {
                    if i > 0 {
                        core::ptr::copy_nonoverlapping(sep.as_ptr(), p.add(off), sep.len());
                        off += sep.len();
                    }
                    let eb = e.bytes();
                    core::ptr::copy_nonoverlapping(eb.as_ptr(), p.add(off), eb.len());
                    off += eb.len();
                }
            }
            GoString {
                ptr: p,
                len: total as i64,
            }
        }
    }
}

#[unsafe(export_name = "strings.Contains")]
pub extern "C" fn contains(sp: *const u8, sn: i64, pp: *const u8, pn: i64) -> bool {
    find(b(sp, sn), b(pp, pn)).is_some()
}

#[unsafe(export_name = "strings.ContainsRune")]
pub extern "C" fn contains_rune(sp: *const u8, sn: i64, r: i32) -> bool {
    index_rune(sp, sn, r) >= 0
}

#[unsafe(export_name = "strings.ContainsAny")]
pub extern "C" fn contains_any(sp: *const u8, sn: i64, cp: *const u8, cn: i64) -> bool {
    index_any(sp, sn, cp, cn) >= 0
}

#[unsafe(export_name = "strings.Index")]
pub extern "C" fn index(sp: *const u8, sn: i64, pp: *const u8, pn: i64) -> i64 {
    find(b(sp, sn), b(pp, pn)).map_or(-1, |i| i as i64)
}

#[unsafe(export_name = "strings.LastIndex")]
pub extern "C" fn last_index(sp: *const u8, sn: i64, pp: *const u8, pn: i64) -> i64 {
    rfind(b(sp, sn), b(pp, pn)).map_or(-1, |i| i as i64)
}

#[unsafe(export_name = "strings.IndexByte")]
pub extern "C" fn index_byte(sp: *const u8, sn: i64, c: u8) -> i64 {
    memchr(c, b(sp, sn)).map_or(-1, |i| i as i64)
}

/// An invalid rune matches nothing; RuneError matches invalid bytes too.
#[unsafe(export_name = "strings.IndexRune")]
pub extern "C" fn index_rune(sp: *const u8, sn: i64, r: i32) -> i64 {
    let r = r as u32;
    if r != utf8::RUNE_ERROR && !utf8::valid_rune(r) {
        return -1;
    }
    runes(b(sp, sn))
        .find(|&(_, x, _)| x == r)
        .map_or(-1, |(at, _, _)| at as i64)
}

#[unsafe(export_name = "strings.IndexAny")]
pub extern "C" fn index_any(sp: *const u8, sn: i64, cp: *const u8, cn: i64) -> i64 {
    let chars: Vec<u32> = runes(b(cp, cn)).map(|(_, r, _)| r).collect();
    runes(b(sp, sn))
        .find(|(_, r, _)| chars.contains(r))
        .map_or(-1, |(at, _, _)| at as i64)
}

#[unsafe(export_name = "strings.HasPrefix")]
pub extern "C" fn has_prefix(sp: *const u8, sn: i64, pp: *const u8, pn: i64) -> bool {
    b(sp, sn).starts_with(b(pp, pn))
}

#[unsafe(export_name = "strings.HasSuffix")]
pub extern "C" fn has_suffix(sp: *const u8, sn: i64, pp: *const u8, pn: i64) -> bool {
    b(sp, sn).ends_with(b(pp, pn))
}

/// Non-overlapping occurrences; an empty separator counts runes + 1.
#[unsafe(export_name = "strings.Count")]
pub extern "C" fn count(sp: *const u8, sn: i64, pp: *const u8, pn: i64) -> i64 {
    let (s, sep) = (b(sp, sn), b(pp, pn));
    if sep.is_empty() {
        return utf8::rune_count(s) as i64 + 1;
    }
    count_in(s, sep)
}

/// Non-overlapping occurrences of the non-empty `sep` in `s`.
fn count_in(s: &[u8], sep: &[u8]) -> i64 {
    if let [c] = sep {
        // The common single-byte separator: count without compares.
        let (mut n, mut rest) = (0, s);
        while let Some(i) = memchr(*c, rest) {
            n += 1;
            rest = &rest[i + 1..];
        }
        return n;
    }
    let (mut n, mut rest) = (0, s);
    while let Some(i) = find(rest, sep) {
        n += 1;
        rest = &rest[i + sep.len()..];
    }
    n
}

#[unsafe(export_name = "strings.Compare")]
pub extern "C" fn compare(ap: *const u8, an: i64, bp: *const u8, bn: i64) -> i64 {
    crate::strings::cmpstring(ap, an, bp, bn)
}

pub extern "C" fn repeat(sp: *const u8, sn: i64, count: i64) -> GoString {
    if count < 0 {
        panic_string("strings: negative Repeat count");
    }
    // gc: bits.Mul(len(s), count) must fit in an int; a length past what
    // can be allocated fails in makeslice like gc's Builder.Grow.
    let total = (sn as u128) * (count as u128);
    if total > i64::MAX as u128 {
        panic_string("strings: Repeat output length overflow");
    }
    if total > crate::slice::MAX_ALLOC as u128 {
        panic_error_string("makeslice: len out of range");
    }
    gostring(&b(sp, sn).repeat(count as usize))
}

/// Replace with an empty `old`: `new` before each rune and at the end.
fn replace_empty(s: &[u8], new: &[u8], n: i64) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut done = 0i64;
    let limit = if n < 0 { i64::MAX } else { n };
    let mut last = 0;
    for (at, _, w) in runes(s) {
        if done == limit {
            break;
        }
        out.extend_from_slice(new);
        out.extend_from_slice(&s[at..at + w]);
        last = at + w;
        done += 1;
    }
    if done < limit {
        out.extend_from_slice(new);
    }
    out.extend_from_slice(&s[last..]);
    out
}

/// Replace with a non-empty `old`: the match positions first, then one
/// exact allocation filled in place; no match returns `s` itself (gc
/// does both).
fn replace_nonempty(s: &[u8], old: &[u8], new: &[u8], limit: i64) -> GoString {
    let mut at = Vec::new();
    let mut pos = 0;
    while (at.len() as i64) < limit {
        let Some(i) = find(&s[pos..], old) else { break };
        at.push(pos + i);
        pos += i + old.len();
    }
    if at.is_empty() {
        return sub(s, s);
    }
    let total = s.len() - at.len() * old.len() + at.len() * new.len();
    let p = alloc_noscan(total);
    let (mut src, mut dst) = (0, 0);
    // SAFETY: the pieces add up to `total` bytes.
    unsafe {
        let mut put = |b: &[u8]| {
            core::ptr::copy_nonoverlapping(b.as_ptr(), p.add(dst), b.len());
            dst += b.len();
        };
        for &i in &at {
            put(&s[src..i]);
            put(new);
            src = i + old.len();
        }
        put(&s[src..]);
    }
    GoString {
        ptr: p,
        len: total as i64,
    }
}

#[unsafe(export_name = "strings.Replace")]
pub extern "C" fn replace(
    sp: *const u8,
    sn: i64,
    op: *const u8,
    on: i64,
    np: *const u8,
    nn: i64,
    n: i64,
) -> GoString {
    let s = b(sp, sn);
    if n == 0 || (on == nn && b(op, on) == b(np, nn)) {
        return sub(s, s);
    }
    if on > 0 {
        return replace_nonempty(s, b(op, on), b(np, nn), if n < 0 { i64::MAX } else { n });
    }
    gostring(&replace_empty(s, b(np, nn), n))
}

#[unsafe(export_name = "strings.ReplaceAll")]
pub extern "C" fn replace_all(
    sp: *const u8,
    sn: i64,
    op: *const u8,
    on: i64,
    np: *const u8,
    nn: i64,
) -> GoString {
    replace(sp, sn, op, on, np, nn, -1)
}

/// unicode.ToUpper/ToLower: the simple (one rune to one rune) mapping.
fn map_case(s: &[u8], upper: bool) -> GoString {
    if s.is_ascii() {
        let changes = |c: &u8| {
            if upper {
                c.is_ascii_lowercase()
            } else {
                c.is_ascii_uppercase()
            }
        };
        if !s.iter().any(changes) {
            // Nothing to map: gc returns the argument itself.
            return sub(s, s);
        }
        // Straight into the Go heap, no temporary copy.
        let p = alloc_noscan(s.len());
        // SAFETY: p has room for s.len() bytes.
        let d = unsafe { core::slice::from_raw_parts_mut(p, s.len()) };
        for (d, &c) in d.iter_mut().zip(s) {
            *d = if upper {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            };
        }
        return GoString {
            ptr: p,
            len: s.len() as i64,
        };
    }
    let mut out = Vec::with_capacity(s.len());
    for (_, r, _) in runes(s) {
        let mapped = if upper {
            crate::unicode::to_upper(r)
        } else {
            crate::unicode::to_lower(r)
        };
        utf8::push_rune(&mut out, mapped);
    }
    gostring(&out)
}

#[unsafe(export_name = "strings.ToUpper")]
pub extern "C" fn to_upper(sp: *const u8, sn: i64) -> GoString {
    map_case(b(sp, sn), true)
}

#[unsafe(export_name = "strings.ToLower")]
pub extern "C" fn to_lower(sp: *const u8, sn: i64) -> GoString {
    map_case(b(sp, sn), false)
}

fn trim_left_by(s: &[u8], f: impl Fn(u32) -> bool) -> &[u8] {
    for (at, r, _) in runes(s) {
        if !f(r) {
            return &s[at..];
        }
    }
    &s[s.len()..]
}

fn trim_right_by(s: &[u8], f: impl Fn(u32) -> bool) -> &[u8] {
    let mut end = s.len();
    // Walk back rune by rune: find the start of the last rune.
    while end > 0 {
        let mut start = end - 1;
        while start > 0 && end - start < 4 && s[start] & 0xc0 == 0x80 {
            start -= 1;
        }
        let (r, w) = utf8::decode(&s[start..end]);
        let (r, start) = if start + w == end {
            (r, start)
        } else {
            (utf8::RUNE_ERROR, end - 1)
        };
        if !f(r) {
            break;
        }
        end = start;
    }
    &s[..end]
}

#[unsafe(export_name = "strings.TrimSpace")]
pub extern "C" fn trim_space(sp: *const u8, sn: i64) -> GoString {
    let s = b(sp, sn);
    sub(s, trim_right_by(trim_left_by(s, is_space), is_space))
}

fn in_cutset(cut: &[u8]) -> impl Fn(u32) -> bool + '_ {
    move |r| runes(cut).any(|(_, c, _)| c == r)
}

#[unsafe(export_name = "strings.Trim")]
pub extern "C" fn trim(sp: *const u8, sn: i64, cp: *const u8, cn: i64) -> GoString {
    let (s, cut) = (b(sp, sn), b(cp, cn));
    sub(
        s,
        trim_right_by(trim_left_by(s, in_cutset(cut)), in_cutset(cut)),
    )
}

#[unsafe(export_name = "strings.TrimLeft")]
pub extern "C" fn trim_left(sp: *const u8, sn: i64, cp: *const u8, cn: i64) -> GoString {
    let s = b(sp, sn);
    sub(s, trim_left_by(s, in_cutset(b(cp, cn))))
}

#[unsafe(export_name = "strings.TrimRight")]
pub extern "C" fn trim_right(sp: *const u8, sn: i64, cp: *const u8, cn: i64) -> GoString {
    let s = b(sp, sn);
    sub(s, trim_right_by(s, in_cutset(b(cp, cn))))
}

#[unsafe(export_name = "strings.TrimPrefix")]
pub extern "C" fn trim_prefix(sp: *const u8, sn: i64, pp: *const u8, pn: i64) -> GoString {
    let s = b(sp, sn);
    sub(s, s.strip_prefix(b(pp, pn)).unwrap_or(s))
}

#[unsafe(export_name = "strings.TrimSuffix")]
pub extern "C" fn trim_suffix(sp: *const u8, sn: i64, pp: *const u8, pn: i64) -> GoString {
    let s = b(sp, sn);
    sub(s, s.strip_suffix(b(pp, pn)).unwrap_or(s))
}

/// `strings.Cut(s, sep) (before, after string, found bool)`.
#[repr(C)]
pub struct CutResult {
    pub before: GoString,
    pub after: GoString,
    pub found: u64,
}

#[unsafe(export_name = "strings.Cut")]
pub extern "C" fn cut(out: *mut CutResult, sp: *const u8, sn: i64, pp: *const u8, pn: i64) {
    let (s, sep) = (b(sp, sn), b(pp, pn));
    let r = match find(s, sep) {
        Some(i) => CutResult {
            before: sub(s, &s[..i]),
            after: sub(s, &s[i + sep.len()..]),
            found: 1,
        },
        None => CutResult {
            before: sub(s, s),
            after: GoString::EMPTY,
            found: 0,
        },
    };
    // SAFETY: the caller's result buffer.
    unsafe { *out = r };
}

/// Case-insensitive equality under simple case folding.
#[unsafe(export_name = "strings.EqualFold")]
pub extern "C" fn equal_fold(ap: *const u8, an: i64, bp: *const u8, bn: i64) -> bool {
    // Runes in the same case orbit meet at lower(upper(r)) (close to
    // unicode.SimpleFold for all but a few special orbits).
    let fold = |r: u32| crate::unicode::to_lower(crate::unicode::to_upper(r));
    let (mut x, mut y) = (runes(b(ap, an)), runes(b(bp, bn)));
    loop {
        match (x.next(), y.next()) {
            (None, None) => return true,
            (Some((_, p, _)), Some((_, q, _))) if p == q || fold(p) == fold(q) => {}
            _ => return false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(g: GoString) -> String {
        // SAFETY: valid string.
        String::from_utf8_lossy(unsafe { g.bytes() }).into_owned()
    }

    fn list(sl: &Slice) -> Vec<String> {
        (0..sl.len as usize)
            // SAFETY: a []string of len elements.
            .map(|i| s(unsafe { *(sl.ptr as *const GoString).add(i) }))
            .collect()
    }

    fn gs(x: &str) -> (*const u8, i64) {
        (x.as_ptr(), x.len() as i64)
    }

    /// The word-at-a-time searches agree with the obvious definitions on
    /// every alignment, length and match position.
    #[test]
    fn fast_search_matches_naive() {
        let hay: Vec<u8> = (0..200u32)
            .map(|i| b"abcab\x80c"[(i * 7 % 11 % 7) as usize])
            .collect();
        for start in 0..20 {
            for end in (start..hay.len()).step_by(13) {
                let s = &hay[start..end];
                for c in [b'a', b'c', 0x80, b'z'] {
                    assert_eq!(memchr(c, s), s.iter().position(|&x| x == c));
                }
                for sep in [&b"ab"[..], b"cab", b"c", b"b\x80c", b"zz", b"abcab\x80ca"] {
                    let naive = if sep.len() > s.len() {
                        None
                    } else {
                        s.windows(sep.len()).position(|w| w == sep)
                    };
                    assert_eq!(find(s, sep), naive);
                    let mut n = 0;
                    let mut i = 0;
                    while i + sep.len() <= s.len() {
                        if &s[i..i + sep.len()] == sep {
                            n += 1;
                            i += sep.len();
                        } else {
                            i += 1;
                        }
                    }
                    assert_eq!(count_in(s, sep), n);
                }
            }
        }
    }

    // Expected values from go1.26.8 (see the commit for the program).
    #[test]
    fn matches_gc() {
        let mut out = Slice {
            ptr: core::ptr::null_mut(),
            len: 0,
            cap: 0,
        };
        let ((a, an), (c, cn)) = (gs("a,b,,c"), gs(","));
        split(&mut out, a, an, c, cn);
        assert_eq!(list(&out), ["a", "b", "", "c"]);
        let (e, en) = gs("");
        split(&mut out, e, en, c, cn);
        assert_eq!(list(&out), [""]);
        let (h, hn) = gs("a,b,c,d");
        split_n(&mut out, h, hn, c, cn, 2);
        assert_eq!(list(&out), ["a", "b,c,d"]);
        split_n(&mut out, h, hn, c, cn, 0);
        assert!(out.ptr.is_null() && out.len == 0);
        let (f, fn_) = gs("  a b\t\nc\u{a0}d  ");
        fields(&mut out, f, fn_);
        assert_eq!(list(&out), ["a", "b", "c", "d"]);
        let (x, xn) = gs("chicken");
        let (k, kn) = gs("ken");
        assert_eq!(index(x, xn, k, kn), 4);
        let (g, gn) = gs("go gopher");
        let (go, gon) = gs("go");
        assert_eq!(last_index(g, gn, go, gon), 3);
        let bad = b"a\xffb";
        assert_eq!(index_rune(bad.as_ptr(), 3, 0xfffd), 1);
        let (fv, fvn) = gs("five");
        assert_eq!(count(fv, fvn, e, en), 5);
        let (o, on) = gs("oink oink oink");
        let (kk, kkn) = gs("k");
        let (ky, kyn) = gs("ky");
        assert_eq!(s(replace(o, on, kk, kkn, ky, kyn, 2)), "oinky oinky oink");
        let (abc, abcn) = gs("abc");
        let (dash, dashn) = gs("-");
        assert_eq!(s(replace(abc, abcn, e, en, dash, dashn, -1)), "-a-b-c-");
        let (he, hen) = gs("héllo");
        let (bar, barn) = gs("|");
        assert_eq!(s(replace(he, hen, e, en, bar, barn, 3)), "|h|é|llo");
        let mut raw = "Héllo ß wörld ".as_bytes().to_vec();
        raw.push(0xff);
        assert_eq!(
            s(to_upper(raw.as_ptr(), raw.len() as i64)),
            "HÉLLO ß WÖRLD \u{fffd}"
        );
        let (lo, lon) = gs("HÉLLO ǅ");
        assert_eq!(s(to_lower(lo, lon)), "héllo ǆ");
        let (sig, sign) = gs("ΑΣ");
        assert_eq!(s(to_lower(sig, sign)), "ασ");
        let (ts, tsn) = gs(" \t hi there \n\u{a0}");
        assert_eq!(s(trim_space(ts, tsn)), "hi there");
        let (xx, xxn) = gs("xxhixx");
        let (xi, xin) = gs("xi");
        assert_eq!(s(trim_right(xx, xxn, xi, xin)), "xxh");
        let mut r = CutResult {
            before: GoString::EMPTY,
            after: GoString::EMPTY,
            found: 0,
        };
        let (kv, kvn) = gs("key=value=x");
        let (eq, eqn) = gs("=");
        cut(&mut r, kv, kvn, eq, eqn);
        assert_eq!(
            (s(r.before), s(r.after), r.found),
            ("key".into(), "value=x".into(), 1)
        );
        let (sg, sgn) = gs("σ");
        let (cap_sigma, cap_sigma_n) = gs("Σ");
        assert!(equal_fold(sg, sgn, cap_sigma, cap_sigma_n));
    }
}
