//! strconv.Quote, QuoteToASCII, QuoteRune, QuoteRuneToASCII, CanBackquote.

use super::isprint::is_print;
use crate::utf8;

const LOWERHEX: &[u8; 16] = b"0123456789abcdef";

fn push_hex(out: &mut Vec<u8>, prefix: &[u8], v: u32, digits: u32) {
    out.extend_from_slice(prefix);
    for i in (0..digits).rev() {
        out.push(LOWERHEX[((v >> (4 * i)) & 15) as usize]);
    }
}

fn escaped_rune(out: &mut Vec<u8>, r: u32, quote: u8, ascii_only: bool) {
    if r == quote as u32 || r == '\\' as u32 {
        out.push(b'\\');
        out.push(r as u8);
        return;
    }
    let printable = if ascii_only {
        r < 0x80 && is_print(r)
    } else {
        is_print(r)
    };
    if printable {
        utf8::push_rune(out, r);
        return;
    }
    match r {
        0x07 => out.extend_from_slice(b"\\a"),
        0x08 => out.extend_from_slice(b"\\b"),
        0x0c => out.extend_from_slice(b"\\f"),
        0x0a => out.extend_from_slice(b"\\n"),
        0x0d => out.extend_from_slice(b"\\r"),
        0x09 => out.extend_from_slice(b"\\t"),
        0x0b => out.extend_from_slice(b"\\v"),
        _ if r < 0x20 || r == 0x7f => push_hex(out, b"\\x", r, 2),
        _ if !utf8::valid_rune(r) => push_hex(out, b"\\u", 0xfffd, 4),
        _ if r < 0x10000 => push_hex(out, b"\\u", r, 4),
        _ => push_hex(out, b"\\U", r, 8),
    }
}

/// Appends `s` as a double-quoted Go string literal.
pub fn quote(out: &mut Vec<u8>, s: &[u8], ascii_only: bool) {
    out.push(b'"');
    let mut i = 0;
    while i < s.len() {
        let (r, w) = utf8::decode(&s[i..]);
        if w == 1 && r == utf8::RUNE_ERROR {
            push_hex(out, b"\\x", s[i] as u32, 2);
        } else {
            escaped_rune(out, r, b'"', ascii_only);
        }
        i += w;
    }
    out.push(b'"');
}

/// Appends rune `r` as a single-quoted Go rune literal.
pub fn quote_rune(out: &mut Vec<u8>, r: u32, ascii_only: bool) {
    let r = if utf8::valid_rune(r) {
        r
    } else {
        utf8::RUNE_ERROR
    };
    out.push(b'\'');
    escaped_rune(out, r, b'\'', ascii_only);
    out.push(b'\'');
}

/// Whether `s` can be written as a raw string literal without change.
pub fn can_backquote(s: &[u8]) -> bool {
    let mut i = 0;
    while i < s.len() {
        let (r, w) = utf8::decode(&s[i..]);
        if w > 1 {
            if r == 0xfeff {
                return false;
            }
        } else {
            if r == utf8::RUNE_ERROR {
                return false;
            }
            if (r < 0x20 && r != '\t' as u32) || r == '`' as u32 || r == 0x7f {
                return false;
            }
        }
        i += w;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(s: &[u8], ascii: bool) -> String {
        let mut o = Vec::new();
        quote(&mut o, s, ascii);
        String::from_utf8(o).unwrap()
    }

    // Expected values from strconv.Quote / QuoteToASCII / QuoteRune, go1.26.8.
    #[test]
    fn quoting() {
        assert_eq!(q(b"hi", false), r#""hi""#);
        assert_eq!(
            q("a\"b\\c\n\t\x01\x7fé世\u{feff}".as_bytes(), false),
            r#""a\"b\\c\n\t\x01\x7fé世\ufeff""#
        );
        assert_eq!(q("é世😀".as_bytes(), true), r#""\u00e9\u4e16\U0001f600""#);
        assert_eq!(q(b"\xff\xfe", false), r#""\xff\xfe""#);
        let mut o = Vec::new();
        quote_rune(&mut o, '\'' as u32, false);
        quote_rune(&mut o, 'x' as u32, false);
        quote_rune(&mut o, 0x110000, false);
        assert_eq!(String::from_utf8(o).unwrap(), r"'\'''x''�'");
        assert!(can_backquote(b"abc\t"));
        assert!(!can_backquote(b"a`b"));
        assert!(!can_backquote(b"a\nb"));
    }
}
