//! strconv.IsPrint: letters, marks, numbers, punctuation, symbols and the
//! ASCII space, from a range table generated with Go (isprint_table.rs).

#[path = "isprint_table.rs"]
mod table;

pub fn is_print(r: u32) -> bool {
    if r < 0x80 {
        return (0x20..0x7f).contains(&r);
    }
    table::PRINT_RANGES
        .binary_search_by(|&(lo, hi)| {
            if hi < r {
                core::cmp::Ordering::Less
            } else if lo > r {
                core::cmp::Ordering::Greater
            } else {
                core::cmp::Ordering::Equal
            }
        })
        .is_ok()
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
