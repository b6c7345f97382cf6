//! strconv.IsPrint: Go defines it exactly as unicode.IsPrint (letters,
//! marks, numbers, punctuation, symbols and the ASCII space), so both use
//! the one generated table in crate::unicode.

pub use crate::unicode::is_print;

/// `strconv.IsPrint(r rune) bool`.
#[unsafe(export_name = "strconv.IsPrint")]
pub extern "C" fn is_print_export(r: i32) -> bool {
    crate::unicode::is_print_export(r)
}

/// `strconv.IsGraphic(r rune) bool` (unicode.IsGraphic's set).
#[unsafe(export_name = "strconv.IsGraphic")]
pub extern "C" fn is_graphic_export(r: i32) -> bool {
    crate::unicode::is_graphic(r)
}

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
