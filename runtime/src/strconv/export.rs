//! Functions of package strconv that compiled code can call directly
//! (runtime convention: scalar leaves in, a string back in rax:rdx).

use super::{ftoa, quote};
use crate::panic::panic_string;
use crate::strings::gostring;
use crate::traceback::go_entry;
use crate::types::GoString;

// Entry points that may panic record their Go caller (traceback.rs).
go_entry!("strconv.FormatInt", format_int);
go_entry!("strconv.FormatUint", format_uint);
go_entry!("strconv.FormatFloat", format_float);

const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

fn format_bits(neg: bool, mut u: u64, base: i64) -> GoString {
    if !(2..=36).contains(&base) {
        panic_string("strconv: illegal AppendInt/FormatInt base");
    }
    // Digits are produced backwards into a stack buffer (no temporary
    // vector); base 10 gets its own loop so the division is by a constant.
    let mut buf = [0u8; 65];
    let mut at = buf.len();
    let mut put = |c: u8| {
        at -= 1;
        buf[at] = c;
    };
    if base == 10 {
        loop {
            put(b'0' + (u % 10) as u8);
            u /= 10;
            if u == 0 {
                break;
            }
        }
    } else {
        let b = base as u64;
        loop {
            put(DIGITS[(u % b) as usize]);
            u /= b;
            if u == 0 {
                break;
            }
        }
    }
    if neg {
        put(b'-');
    }
    gostring(&buf[at..])
}

/// `strconv.Itoa(i int) string`.
#[unsafe(export_name = "strconv.Itoa")]
pub extern "C" fn itoa(i: i64) -> GoString {
    format_bits(i < 0, i.unsigned_abs(), 10)
}

/// `strconv.FormatInt(i int64, base int) string`.
pub extern "C" fn format_int(i: i64, base: i64) -> GoString {
    format_bits(i < 0, i.unsigned_abs(), base)
}

/// `strconv.FormatUint(i uint64, base int) string`.
pub extern "C" fn format_uint(i: u64, base: i64) -> GoString {
    format_bits(false, i, base)
}

/// `strconv.FormatBool(b bool) string`.
#[unsafe(export_name = "strconv.FormatBool")]
pub extern "C" fn format_bool(b: u8) -> GoString {
    GoString::from_static(if b != 0 { "true" } else { "false" })
}

/// `strconv.FormatFloat(f float64, fmt byte, prec, bitSize int) string`.
pub extern "C" fn format_float(f: f64, fmt: u8, prec: i64, bit_size: i64) -> GoString {
    if bit_size != 32 && bit_size != 64 {
        panic_string("strconv: illegal AppendFloat/FormatFloat bitSize");
    }
    let mut out = Vec::with_capacity(24);
    let prec = prec.clamp(-1, i32::MAX as i64) as i32;
    ftoa::format_float(&mut out, f, fmt, prec, bit_size as u32);
    gostring(&out)
}

fn quoted(f: impl FnOnce(&mut Vec<u8>)) -> GoString {
    let mut out = Vec::new();
    f(&mut out);
    gostring(&out)
}

/// `strconv.Quote(s string) string`.
#[unsafe(export_name = "strconv.Quote")]
pub extern "C" fn quote_string(p: *const u8, n: i64) -> GoString {
    // SAFETY: a valid Go string.
    let s = unsafe { GoString { ptr: p, len: n }.bytes() };
    quoted(|o| quote::quote(o, s, false))
}

/// `strconv.QuoteToASCII(s string) string`.
#[unsafe(export_name = "strconv.QuoteToASCII")]
pub extern "C" fn quote_to_ascii(p: *const u8, n: i64) -> GoString {
    // SAFETY: a valid Go string.
    let s = unsafe { GoString { ptr: p, len: n }.bytes() };
    quoted(|o| quote::quote(o, s, true))
}

/// `strconv.QuoteRune(r rune) string`.
#[unsafe(export_name = "strconv.QuoteRune")]
pub extern "C" fn quote_rune(r: i32) -> GoString {
    quoted(|o| quote::quote_rune(o, r as u32, false))
}

/// `strconv.QuoteRuneToASCII(r rune) string`.
#[unsafe(export_name = "strconv.QuoteRuneToASCII")]
pub extern "C" fn quote_rune_to_ascii(r: i32) -> GoString {
    quoted(|o| quote::quote_rune(o, r as u32, true))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(g: GoString) -> String {
        // SAFETY: runtime-made string.
        String::from_utf8(unsafe { g.bytes() }.to_vec()).unwrap()
    }

    // Values from go1.26.8's strconv.
    #[test]
    fn exports() {
        assert_eq!(s(itoa(-9223372036854775808)), "-9223372036854775808");
        assert_eq!(s(format_int(-255, 16)), "-ff");
        assert_eq!(s(format_int(35, 36)), "z");
        assert_eq!(s(format_uint(u64::MAX, 2)), "1".repeat(64));
        assert_eq!(s(format_float(1.0 / 3.0, b'f', 4, 64)), "0.3333");
        assert_eq!(s(format_float(0.1, b'g', -1, 32)), "0.1");
        assert_eq!(s(format_bool(1)), "true");
        assert_eq!(s(quote_rune(0x263a)), "'☺'");
        assert_eq!(s(quote_rune_to_ascii(0x263a)), r"'\u263a'");
    }
}
