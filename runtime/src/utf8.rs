//! UTF-8 decoding and encoding with Go's rules (unicode/utf8).

pub const RUNE_ERROR: u32 = 0xfffd;
pub const MAX_RUNE: u32 = 0x10ffff;

pub fn valid_rune(r: u32) -> bool {
    r <= MAX_RUNE && !(0xd800..=0xdfff).contains(&r)
}

/// Decodes the first rune of `s` like utf8.DecodeRune: invalid or short
/// encodings give (RuneError, 1); an empty input gives (RuneError, 0).
pub fn decode(s: &[u8]) -> (u32, usize) {
    let Some(&b0) = s.first() else {
        return (RUNE_ERROR, 0);
    };
    if b0 < 0x80 {
        return (b0 as u32, 1);
    }
    let cont = |i: usize, lo: u8, hi: u8| s.get(i).is_some_and(|&b| (lo..=hi).contains(&b));
    // The second byte's valid range depends on the first (no overlongs, no
    // surrogates, nothing above U+10FFFF).
    let (n, lo, hi) = match b0 {
        0xc2..=0xdf => (2, 0x80, 0xbf),
        0xe0 => (3, 0xa0, 0xbf),
        0xe1..=0xec | 0xee..=0xef => (3, 0x80, 0xbf),
        0xed => (3, 0x80, 0x9f),
        0xf0 => (4, 0x90, 0xbf),
        0xf1..=0xf3 => (4, 0x80, 0xbf),
        0xf4 => (4, 0x80, 0x8f),
        _ => return (RUNE_ERROR, 1),
    };
    if !cont(1, lo, hi) {
        return (RUNE_ERROR, 1);
    }
    for i in 2..n {
        if !cont(i, 0x80, 0xbf) {
            return (RUNE_ERROR, 1);
        }
    }
    let r = match n {
        2 => ((b0 as u32 & 0x1f) << 6) | (s[1] as u32 & 0x3f),
        3 => ((b0 as u32 & 0x0f) << 12) | ((s[1] as u32 & 0x3f) << 6) | (s[2] as u32 & 0x3f),
        _ => {
            ((b0 as u32 & 0x07) << 18)
                | ((s[1] as u32 & 0x3f) << 12)
                | ((s[2] as u32 & 0x3f) << 6)
                | (s[3] as u32 & 0x3f)
        }
    };
    (r, n)
}

/// Appends the UTF-8 encoding of `r`; invalid runes become U+FFFD.
pub fn push_rune(out: &mut Vec<u8>, r: u32) {
    let r = if valid_rune(r) { r } else { RUNE_ERROR };
    let mut buf = [0u8; 4];
    // valid_rune guarantees a char.
    let c = char::from_u32(r).unwrap_or('\u{fffd}');
    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
}

/// Number of bytes `push_rune` writes for `r`.
pub fn rune_len(r: u32) -> usize {
    match r {
        _ if !valid_rune(r) => 3,
        0..=0x7f => 1,
        0x80..=0x7ff => 2,
        0x800..=0xffff => 3,
        _ => 4,
    }
}

/// utf8.RuneCount.
pub fn rune_count(s: &[u8]) -> usize {
    let mut i = 0;
    let mut n = 0;
    while i < s.len() {
        i += decode(&s[i..]).1;
        n += 1;
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoding() {
        assert_eq!(decode(b"a"), (97, 1));
        assert_eq!(decode("é".as_bytes()), (0xe9, 2));
        assert_eq!(decode("世".as_bytes()), (0x4e16, 3));
        assert_eq!(decode("😀".as_bytes()), (0x1f600, 4));
        assert_eq!(decode(b"\xff"), (RUNE_ERROR, 1));
        assert_eq!(decode(b"\xe4\xb8"), (RUNE_ERROR, 1));
        assert_eq!(decode(b"\xed\xa0\x80"), (RUNE_ERROR, 1)); // surrogate
        assert_eq!(decode(b"\xc0\x80"), (RUNE_ERROR, 1)); // overlong
        assert_eq!(rune_count(b"h\xc3\xa9llo\xff"), 6);
    }
}
