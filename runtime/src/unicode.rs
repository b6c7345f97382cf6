//! Package unicode's classification and simple case mapping, from tables
//! generated with Go (unicode_table.rs), so results match gc exactly.

#[path = "unicode_table.rs"]
mod table;

fn in_ranges(t: &[(u32, u32)], r: u32) -> bool {
    t.binary_search_by(|&(lo, hi)| {
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

fn mapped(t: &[(u32, u32)], r: u32) -> u32 {
    t.binary_search_by_key(&r, |&(from, _)| from)
        .map_or(r, |i| t[i].1)
}

/// unicode.ToUpper on a rune (invalid runes map to themselves).
pub fn to_upper(r: u32) -> u32 {
    mapped(&table::TO_UPPER, r)
}

/// unicode.ToLower on a rune.
pub fn to_lower(r: u32) -> u32 {
    mapped(&table::TO_LOWER, r)
}

pub fn is_space(r: u32) -> bool {
    in_ranges(&table::SPACE, r)
}

macro_rules! class {
    ($sym:literal, $name:ident, $table:ident) => {
        #[unsafe(export_name = $sym)]
        pub extern "C" fn $name(r: i32) -> bool {
            r >= 0 && in_ranges(&table::$table, r as u32)
        }
    };
}

class!("unicode.IsLetter", is_letter, LETTER);
class!("unicode.IsDigit", is_digit, DIGIT);
class!("unicode.IsNumber", is_number, NUMBER);
class!("unicode.IsUpper", is_upper, UPPER);
class!("unicode.IsLower", is_lower, LOWER);
class!("unicode.IsPunct", is_punct, PUNCT);
class!("unicode.IsSpace", is_space_export, SPACE);

/// `unicode.IsPrint(r rune) bool`.
#[unsafe(export_name = "unicode.IsPrint")]
pub extern "C" fn is_print(r: i32) -> bool {
    r >= 0 && crate::strconv::isprint::is_print(r as u32)
}

/// `unicode.ToUpper(r rune) rune`.
#[unsafe(export_name = "unicode.ToUpper")]
pub extern "C" fn to_upper_export(r: i32) -> i32 {
    if r < 0 { r } else { to_upper(r as u32) as i32 }
}

/// `unicode.ToLower(r rune) rune`.
#[unsafe(export_name = "unicode.ToLower")]
pub extern "C" fn to_lower_export(r: i32) -> i32 {
    if r < 0 { r } else { to_lower(r as u32) as i32 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn samples() {
        assert!(is_letter('é' as i32) && !is_letter('1' as i32) && is_digit('٣' as i32));
        assert!(is_upper('Σ' as i32) && is_lower('σ' as i32) && is_punct('!' as i32));
        assert!(is_space_export(0xa0) && !is_space_export(0x200b));
        // Simple mappings (gc's unicode.ToUpper), not Rust's full ones.
        assert_eq!(to_upper('ß' as u32), 'ß' as u32);
        assert_eq!(to_upper(0x1f80), 0x1f88);
        assert_eq!(to_lower('Σ' as u32), 'σ' as u32);
        assert_eq!(to_upper('ǅ' as u32), 'Ǆ' as u32);
        assert_eq!(to_upper_export(-1), -1);
    }
}
