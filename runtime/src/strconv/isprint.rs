//! strconv.IsPrint: Go defines it exactly as unicode.IsPrint (letters,
//! marks, numbers, punctuation, symbols and the ASCII space), so both use
//! the one generated table in crate::unicode.

pub use crate::unicode::is_print;

#[cfg(test)]
mod tests {
    use super::is_print;

    #[test]
    fn samples() {
        assert!(is_print('a' as u32));
        assert!(is_print(' ' as u32));
        assert!(!is_print('\n' as u32));
        assert!(!is_print(0x7f));
        assert!(is_print('é' as u32));
        assert!(is_print('世' as u32));
        assert!(!is_print(0xa0)); // no-break space is not "print" in Go
        assert!(!is_print(0xfeff));
        assert!(!is_print(0xd800));
    }
}
