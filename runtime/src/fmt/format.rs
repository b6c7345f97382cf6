//! Go's fmt.fmt: padding and the formatting of single operands (integers,
//! floats, strings, runes) under the current flags, width and precision.

use crate::strconv::{ftoa, isprint::is_print, quote};
use crate::utf8;

const LDIGITS: &[u8; 17] = b"0123456789abcdefx";
const UDIGITS: &[u8; 17] = b"0123456789ABCDEFX";

pub fn digits(upper: bool) -> &'static [u8; 17] {
    if upper { UDIGITS } else { LDIGITS }
}

#[derive(Clone, Copy, Default)]
pub struct Flags {
    pub wid_present: bool,
    pub prec_present: bool,
    pub minus: bool,
    pub plus: bool,
    pub sharp: bool,
    pub space: bool,
    pub zero: bool,
    /// `%+v`: field names in structs.
    pub plus_v: bool,
    /// `%#v`: Go syntax.
    pub sharp_v: bool,
}

#[derive(Default)]
pub struct Fmt {
    pub buf: Vec<u8>,
    pub flags: Flags,
    pub wid: i64,
    pub prec: i64,
}

impl Fmt {
    pub fn clear_flags(&mut self) {
        self.flags = Flags::default();
        self.wid = 0;
        self.prec = 0;
    }

    pub fn write_padding(&mut self, n: i64) {
        if n <= 0 {
            return;
        }
        let b = if self.flags.zero && !self.flags.minus {
            b'0'
        } else {
            b' '
        };
        self.buf.resize(self.buf.len() + n as usize, b);
    }

    /// Writes `b` padded to the width with spaces (or zeros), on the left
    /// unless `-`.
    pub fn pad(&mut self, b: &[u8]) {
        if !self.flags.wid_present || self.wid == 0 {
            self.buf.extend_from_slice(b);
            return;
        }
        let width = self.wid - utf8::rune_count(b) as i64;
        if !self.flags.minus {
            self.write_padding(width);
            self.buf.extend_from_slice(b);
        } else {
            self.buf.extend_from_slice(b);
            self.write_padding(width);
        }
    }

    /// `pad` with the zero flag off (numbers handle zero padding themselves).
    fn pad_no_zero(&mut self, b: &[u8]) {
        let old = self.flags.zero;
        self.flags.zero = false;
        self.pad(b);
        self.flags.zero = old;
    }

    pub fn fmt_boolean(&mut self, v: bool) {
        self.pad(if v { b"true" } else { b"false" });
    }

    /// `%U`: `U+0041`, with `#`: `U+0041 'A'`.
    pub fn fmt_unicode(&mut self, u: u64) {
        let mut prec = 4;
        if self.flags.prec_present && self.prec > 4 {
            prec = self.prec;
        }
        let mut hex = Vec::new();
        let mut v = u;
        loop {
            hex.push(UDIGITS[(v & 0xf) as usize]);
            v >>= 4;
            if v == 0 {
                break;
            }
        }
        while (hex.len() as i64) < prec {
            hex.push(b'0');
        }
        hex.extend_from_slice(b"+U");
        hex.reverse();
        if self.flags.sharp && u <= utf8::MAX_RUNE as u64 && is_print(u as u32) {
            hex.extend_from_slice(b" '");
            utf8::push_rune(&mut hex, u as u32);
            hex.push(b'\'');
        }
        self.pad_no_zero(&hex);
    }

    /// Formats an integer in `base` (gc's fmtInteger): precision means
    /// minimum digits, `0` pads to the width after the sign, `#` adds a
    /// base prefix.
    pub fn fmt_integer(&mut self, u: u64, base: u32, signed: bool, verb: char, digits: &[u8; 17]) {
        let negative = signed && (u as i64) < 0;
        let mut u = if negative {
            (u as i64).unsigned_abs()
        } else {
            u
        };
        let mut prec: i64 = 0;
        if self.flags.prec_present {
            prec = self.prec;
            if prec == 0 && u == 0 {
                let old = self.flags.zero;
                self.flags.zero = false;
                self.write_padding(self.wid);
                self.flags.zero = old;
                return;
            }
        } else if self.flags.zero && !self.flags.minus && self.flags.wid_present {
            prec = self.wid;
            if negative || self.flags.plus || self.flags.space {
                prec -= 1;
            }
        }
        // Digits are written right to left into a stack buffer (a heap one
        // only for huge widths or precisions).
        let need = if self.flags.wid_present || self.flags.prec_present {
            (3 + self.wid + self.prec).max(68) as usize
        } else {
            68
        };
        let mut stack = [0u8; 68];
        let mut heap;
        let buf: &mut [u8] = if need <= stack.len() {
            &mut stack
        } else {
            heap = vec![0u8; need];
            &mut heap
        };
        let mut i = buf.len();
        let base64 = base as u64;
        while u >= base64 {
            i -= 1;
            buf[i] = digits[(u % base64) as usize];
            u /= base64;
        }
        i -= 1;
        buf[i] = digits[u as usize];
        while i > 0 && prec > (buf.len() - i) as i64 {
            i -= 1;
            buf[i] = b'0';
        }
        if self.flags.sharp {
            match base {
                2 => {
                    i -= 2;
                    buf[i..i + 2].copy_from_slice(b"0b");
                }
                8 if buf[i] != b'0' => {
                    i -= 1;
                    buf[i] = b'0';
                }
                16 => {
                    i -= 2;
                    buf[i] = b'0';
                    buf[i + 1] = digits[16];
                }
                _ => {}
            }
        }
        if verb == 'O' {
            i -= 2;
            buf[i..i + 2].copy_from_slice(b"0o");
        }
        if negative {
            i -= 1;
            buf[i] = b'-';
        } else if self.flags.plus {
            i -= 1;
            buf[i] = b'+';
        } else if self.flags.space {
            i -= 1;
            buf[i] = b' ';
        }
        let old = self.flags.zero;
        self.flags.zero = false;
        self.pad(&buf[i..]);
        self.flags.zero = old;
    }

    /// Cuts `s` to the precision, counted in runes.
    fn truncate<'a>(&self, s: &'a [u8]) -> &'a [u8] {
        if self.flags.prec_present {
            let mut n = self.prec;
            let mut i = 0;
            while i < s.len() {
                n -= 1;
                if n < 0 {
                    return &s[..i];
                }
                i += utf8::decode(&s[i..]).1;
            }
        }
        s
    }

    pub fn fmt_s(&mut self, s: &[u8]) {
        let s = self.truncate(s);
        self.pad(s);
    }

    /// `%x`/`%X` of strings and byte slices.
    pub fn fmt_sbx(&mut self, s: &[u8], digits: &[u8; 17]) {
        let mut length = s.len() as i64;
        if self.flags.prec_present && self.prec < length {
            length = self.prec;
        }
        let mut width = 2 * length;
        if width > 0 {
            if self.flags.space {
                if self.flags.sharp {
                    width *= 2;
                }
                width += length - 1;
            } else if self.flags.sharp {
                width += 2;
            }
        } else {
            if self.flags.wid_present {
                self.write_padding(self.wid);
            }
            return;
        }
        if self.flags.wid_present && self.wid > width && !self.flags.minus {
            self.write_padding(self.wid - width);
        }
        if self.flags.sharp {
            self.buf.extend_from_slice(&[b'0', digits[16]]);
        }
        for (i, &c) in s[..length as usize].iter().enumerate() {
            if self.flags.space && i > 0 {
                self.buf.push(b' ');
                if self.flags.sharp {
                    self.buf.extend_from_slice(&[b'0', digits[16]]);
                }
            }
            self.buf.push(digits[(c >> 4) as usize]);
            self.buf.push(digits[(c & 0xf) as usize]);
        }
        if self.flags.wid_present && self.wid > width && self.flags.minus {
            self.write_padding(self.wid - width);
        }
    }

    /// `%q` of a string.
    pub fn fmt_q(&mut self, s: &[u8]) {
        let s = self.truncate(s);
        if self.flags.sharp && quote::can_backquote(s) {
            let mut b = Vec::with_capacity(s.len() + 2);
            b.push(b'`');
            b.extend_from_slice(s);
            b.push(b'`');
            self.pad(&b);
            return;
        }
        let mut b = Vec::with_capacity(s.len() + 2);
        quote::quote(&mut b, s, self.flags.plus);
        self.pad(&b);
    }

    fn rune_of(c: u64) -> u32 {
        if c > utf8::MAX_RUNE as u64 {
            utf8::RUNE_ERROR
        } else {
            c as u32
        }
    }

    /// `%c`.
    pub fn fmt_c(&mut self, c: u64) {
        let mut b = Vec::with_capacity(4);
        utf8::push_rune(&mut b, Self::rune_of(c));
        self.pad(&b);
    }

    /// `%q` of an integer: a quoted rune literal.
    pub fn fmt_qc(&mut self, c: u64) {
        let mut b = Vec::with_capacity(8);
        quote::quote_rune(&mut b, Self::rune_of(c), self.flags.plus);
        self.pad(&b);
    }

    /// Formats a float (gc's fmt.fmtFloat): strconv digits, then sign,
    /// `#` trailing zeros, Inf/NaN and zero padding rules.
    pub fn fmt_float(&mut self, v: f64, size: u32, verb: u8, prec: i64) {
        let prec = if self.flags.prec_present {
            self.prec
        } else {
            prec
        };
        let mut num = vec![b'+'];
        ftoa::format_float(
            &mut num,
            v,
            verb,
            prec.clamp(-1, i32::MAX as i64) as i32,
            size,
        );
        if num[1] == b'-' || num[1] == b'+' {
            num.remove(0);
        }
        if self.flags.space && num[0] == b'+' && !self.flags.plus {
            num[0] = b' ';
        }
        if num[1] == b'I' || num[1] == b'N' {
            if num[1] == b'N' && !self.flags.space && !self.flags.plus {
                num.remove(0);
            }
            self.pad_no_zero(&num);
            return;
        }
        if self.flags.sharp && verb != b'b' {
            let mut digits: i64 = match verb {
                b'v' | b'g' | b'G' | b'x' => {
                    if prec == -1 {
                        6
                    } else {
                        prec
                    }
                }
                _ => 0,
            };
            let mut tail = Vec::new();
            let mut has_point = false;
            let mut saw_nonzero = false;
            let mut i = 1;
            while i < num.len() {
                match num[i] {
                    b'.' => has_point = true,
                    b'p' | b'P' => {
                        tail = num.split_off(i);
                        break;
                    }
                    b'e' | b'E' if verb != b'x' && verb != b'X' => {
                        tail = num.split_off(i);
                        break;
                    }
                    c => {
                        if c != b'0' {
                            saw_nonzero = true;
                        }
                        if saw_nonzero {
                            digits -= 1;
                        }
                    }
                }
                i += 1;
            }
            if !has_point {
                if num.len() == 2 && num[1] == b'0' {
                    digits -= 1;
                }
                num.push(b'.');
            }
            while digits > 0 {
                num.push(b'0');
                digits -= 1;
            }
            num.extend_from_slice(&tail);
        }
        if self.flags.plus || num[0] != b'+' {
            if self.flags.zero
                && !self.flags.minus
                && self.flags.wid_present
                && self.wid > num.len() as i64
            {
                self.buf.push(num[0]);
                self.write_padding(self.wid - num.len() as i64);
                self.buf.extend_from_slice(&num[1..]);
                return;
            }
            self.pad(&num);
            return;
        }
        self.pad(&num[1..]);
    }
}
