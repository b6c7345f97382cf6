//! Package unicode: range tables, classification and simple case mapping.
//!
//! All data is in one generated module, unicode_table.rs, written by
//! runtime/testgen/unicode from the real Go's package unicode, so results
//! match gc exactly: every exported `*RangeTable` (with gc's layout, as the
//! package variables `unicode.Latin`, `unicode.Letter`, …), the flattened
//! IsPrint/IsGraphic ranges (strconv.IsPrint uses the same) and the simple
//! case mappings.

#[rustfmt::skip]
#[path = "unicode_table.rs"]
pub(crate) mod table;

use crate::traceback::go_entry;
use crate::util::Racy;

// A nil table is a nil-pointer panic: these record their Go caller
// (traceback.rs), or the panic would walk from a stale frame.
go_entry!("unicode.Is", is_export);
go_entry!("unicode.In", in_export);
go_entry!("unicode.IsOneOf", is_one_of_export);

/// gc's `unicode.Range16 {Lo, Hi, Stride uint16}`.
#[repr(C)]
pub struct Range16(pub u16, pub u16, pub u16);

/// gc's `unicode.Range32 {Lo, Hi, Stride uint32}`.
#[repr(C)]
pub struct Range32(pub u32, pub u32, pub u32);

/// A Go slice header over static data.
#[repr(C)]
pub struct RawSlice<T> {
    ptr: *const T,
    len: i64,
    cap: i64,
}

impl<T> RawSlice<T> {
    fn as_slice(&self) -> &[T] {
        if self.ptr.is_null() || self.len <= 0 {
            return &[];
        }
        // SAFETY: a Go slice header of valid elements.
        unsafe { core::slice::from_raw_parts(self.ptr, self.len as usize) }
    }
}

/// gc's `unicode.RangeTable {R16 []Range16; R32 []Range32; LatinOffset int}`.
#[repr(C)]
pub struct RangeTable {
    r16: RawSlice<Range16>,
    r32: RawSlice<Range32>,
    latin_offset: i64,
}

// SAFETY: the generated tables are immutable.
unsafe impl Sync for RangeTable {}

impl RangeTable {
    pub const fn new(r16: &'static [Range16], r32: &'static [Range32], latin_offset: i64) -> Self {
        RangeTable {
            r16: RawSlice {
                ptr: r16.as_ptr(),
                len: r16.len() as i64,
                cap: r16.len() as i64,
            },
            r32: RawSlice {
                ptr: r32.as_ptr(),
                len: r32.len() as i64,
                cap: r32.len() as i64,
            },
            latin_offset,
        }
    }

    /// gc's `unicode.Is`: whether `r` is in the table (strides honoured).
    pub fn contains(&self, r: i32) -> bool {
        let r16 = self.r16.as_slice();
        let u = r as u32; // negative runes compare as huge
        if r16.last().is_some_and(|l| u <= u32::from(l.1)) {
            return find(r16, u, |x| (x.0.into(), x.1.into(), x.2.into()));
        }
        let r32 = self.r32.as_slice();
        if r32.first().is_some_and(|f| r >= 0 && u >= f.0) {
            return find(r32, u, |x| (x.0, x.1, x.2));
        }
        false
    }
}

/// Binary search of sorted, disjoint `(lo, hi, stride)` ranges.
fn find<T>(t: &[T], r: u32, f: impl Fn(&T) -> (u32, u32, u32)) -> bool {
    let i = t.partition_point(|x| f(x).1 < r);
    t.get(i).is_some_and(|x| {
        let (lo, hi, stride) = f(x);
        lo <= r && r <= hi && (stride <= 1 || (r - lo).is_multiple_of(stride))
    })
}

/// A package variable `unicode.<Name> *RangeTable` (writable, as in Go).
#[repr(transparent)]
pub struct Var(Racy<*const RangeTable>);

impl Var {
    pub const fn new(t: &'static RangeTable) -> Var {
        Var(Racy::new(t as *const RangeTable))
    }
}

fn in_ranges(t: &[(u32, u32)], r: u32) -> bool {
    let i = t.partition_point(|&(_, hi)| hi < r);
    t.get(i).is_some_and(|&(lo, _)| lo <= r)
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

/// unicode.SimpleFold: the next rune of `r`'s case-folding orbit.
pub fn simple_fold(r: u32) -> u32 {
    mapped(&table::SIMPLE_FOLD, r)
}

/// unicode.IsSpace: the Latin-1 spaces, else the White_Space property.
pub fn is_space(r: u32) -> bool {
    match r {
        0x09..=0x0d | 0x20 | 0x85 | 0xa0 => true,
        0..=0xff => false,
        _ => table::WHITE_SPACE.contains(r as i32),
    }
}

/// strconv.IsPrint and unicode.IsPrint (Go defines them alike).
pub fn is_print(r: u32) -> bool {
    if r < 0x80 {
        return (0x20..0x7f).contains(&r);
    }
    in_ranges(&table::PRINT, r)
}

macro_rules! class {
    ($sym:literal, $name:ident, $table:ident) => {
        #[doc = concat!("`", $sym, "(r rune) bool`.")]
        #[unsafe(export_name = $sym)]
        pub extern "C" fn $name(r: i32) -> bool {
            table::$table.contains(r)
        }
    };
}

class!("unicode.IsLetter", is_letter, L);
class!("unicode.IsDigit", is_digit, ND);
class!("unicode.IsNumber", is_number, N);
class!("unicode.IsUpper", is_upper, LU);
class!("unicode.IsLower", is_lower, LL);
class!("unicode.IsTitle", is_title, LT);
class!("unicode.IsPunct", is_punct, P);
class!("unicode.IsMark", is_mark, M);
class!("unicode.IsSymbol", is_symbol, S);

/// `unicode.IsSpace(r rune) bool`.
#[unsafe(export_name = "unicode.IsSpace")]
pub extern "C" fn is_space_export(r: i32) -> bool {
    r >= 0 && is_space(r as u32)
}

/// `unicode.IsPrint(r rune) bool`.
#[unsafe(export_name = "unicode.IsPrint")]
pub extern "C" fn is_print_export(r: i32) -> bool {
    r >= 0 && is_print(r as u32)
}

/// `unicode.IsGraphic(r rune) bool`.
#[unsafe(export_name = "unicode.IsGraphic")]
pub extern "C" fn is_graphic(r: i32) -> bool {
    r >= 0 && in_ranges(&table::GRAPHIC, r as u32)
}

fn map_rune(t: &[(u32, u32)], r: i32) -> i32 {
    if r < 0 { r } else { mapped(t, r as u32) as i32 }
}

/// `unicode.ToUpper(r rune) rune`.
#[unsafe(export_name = "unicode.ToUpper")]
pub extern "C" fn to_upper_export(r: i32) -> i32 {
    map_rune(&table::TO_UPPER, r)
}

/// `unicode.ToLower(r rune) rune`.
#[unsafe(export_name = "unicode.ToLower")]
pub extern "C" fn to_lower_export(r: i32) -> i32 {
    map_rune(&table::TO_LOWER, r)
}

/// `unicode.ToTitle(r rune) rune`.
#[unsafe(export_name = "unicode.ToTitle")]
pub extern "C" fn to_title_export(r: i32) -> i32 {
    map_rune(&table::TO_TITLE, r)
}

/// `unicode.SimpleFold(r rune) rune`: gc returns invalid runes unchanged.
#[unsafe(export_name = "unicode.SimpleFold")]
pub extern "C" fn simple_fold_export(r: i32) -> i32 {
    map_rune(&table::SIMPLE_FOLD, r)
}

/// `unicode.To(_case int, r rune) rune`: UpperCase 0, LowerCase 1,
/// TitleCase 2; gc gives ReplacementChar for any other case.
#[unsafe(export_name = "unicode.To")]
pub extern "C" fn to_export(case: i64, r: i32) -> i32 {
    match case {
        0 => to_upper_export(r),
        1 => to_lower_export(r),
        2 => to_title_export(r),
        _ => 0xfffd,
    }
}

/// A table argument: gc dereferences it, so nil is a nil-pointer panic.
fn deref(t: *const RangeTable) -> &'static RangeTable {
    if t.is_null() {
        crate::panic::panicmem();
    }
    // SAFETY: a non-nil *RangeTable of the program.
    unsafe { &*t }
}

/// `unicode.Is(rangeTab *RangeTable, r rune) bool`.
pub extern "C" fn is_export(t: *const RangeTable, r: i32) -> bool {
    deref(t).contains(r)
}

/// `unicode.In(r rune, ranges ...*RangeTable) bool`.
pub extern "C" fn in_export(r: i32, p: *const *const RangeTable, n: i64, cap: i64) -> bool {
    let ts = RawSlice {
        ptr: p,
        len: n,
        cap,
    };
    ts.as_slice().iter().any(|&t| deref(t).contains(r))
}

/// `unicode.IsOneOf(ranges []*RangeTable, r rune) bool`.
pub extern "C" fn is_one_of_export(p: *const *const RangeTable, n: i64, cap: i64, r: i32) -> bool {
    in_export(r, p, n, cap)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn samples() {
        assert!(is_letter('é' as i32) && !is_letter('1' as i32) && is_digit('٣' as i32));
        assert!(is_upper('Σ' as i32) && is_lower('σ' as i32) && is_punct('!' as i32));
        assert!(is_space_export(0xa0) && !is_space_export(0x200b));
        assert!(!is_letter(-1) && !is_upper(-5));
        // Simple mappings (gc's unicode.ToUpper), not Rust's full ones.
        assert_eq!(to_upper('ß' as u32), 'ß' as u32);
        assert_eq!(to_upper(0x1f80), 0x1f88);
        assert_eq!(to_lower('Σ' as u32), 'σ' as u32);
        assert_eq!(to_upper('ǅ' as u32), 'Ǆ' as u32);
        assert_eq!(to_title_export('ǆ' as i32), 'ǅ' as i32);
        assert_eq!(to_upper_export(-1), -1);
        assert_eq!(simple_fold_export('A' as i32), 'a' as i32);
        assert_eq!(simple_fold_export('k' as i32), 0x212a);
        assert_eq!(simple_fold_export(0x212a), 'K' as i32);
        // Strided ranges: Latin Extended-A alternates upper/lower.
        assert!(is_upper(0x100) && !is_upper(0x101));
        assert!(table::HAN.contains('日' as i32) && !table::LATIN.contains('日' as i32));
        assert!(table::GREEK.contains('β' as i32) && table::LATIN.contains('é' as i32));
        assert!(is_print(' ' as u32) && !is_print(0xa0) && !is_print(0xfeff));
        assert!(is_graphic(0xa0) && !is_graphic('\n' as i32));
    }
}
