//! Values of literals.

use syntax::literal::*;

#[test]
fn strings() {
    assert_eq!(unquote_string("\"abc\"").unwrap(), b"abc");
    assert_eq!(unquote_string(r#""a\nb\t\\\"""#).unwrap(), b"a\nb\t\\\"");
    assert_eq!(
        unquote_string(r#""\xff\377\000""#).unwrap(),
        [0xff, 0xff, 0]
    );
    assert_eq!(
        unquote_string(r#""\u00e9\U0001F600""#).unwrap(),
        "é😀".as_bytes()
    );
    assert_eq!(unquote_string("\"日本\"").unwrap(), "日本".as_bytes());
    assert_eq!(
        unquote_string(r#""\a\b\f\v\r""#).unwrap(),
        b"\x07\x08\x0c\x0b\r"
    );
    assert_eq!(unquote_string("`a\\n\r\nb`").unwrap(), b"a\\n\nb");
    assert!(unquote_string("abc").is_err());
    assert!(unquote_string(r#""\q""#).is_err());
}

#[test]
fn runes() {
    for (raw, v) in [
        ("'a'", 'a' as u32),
        ("'本'", '本' as u32),
        ("'\\n'", 10),
        ("'\\x41'", 0x41),
        ("'\\u00e9'", 0xe9),
        ("'\\U0001F600'", 0x1F600),
        ("'\\101'", 65),
        ("'\\''", 39),
        ("'\\\\'", 92),
        ("'\\xff'", 255),
    ] {
        assert_eq!(unquote_rune(raw), Ok(v), "{raw}");
    }
    assert!(unquote_rune("'ab'").is_err());
}

#[test]
fn integers() {
    let v = |s: &str| int_lit(s).unwrap().to_u128();
    assert_eq!(v("42"), Some(42));
    assert_eq!(v("1_000"), Some(1000));
    assert_eq!(v("0x_Ff"), Some(255));
    assert_eq!(v("0o17"), Some(15));
    assert_eq!(v("017"), Some(15));
    assert_eq!(v("0b1010"), Some(10));
    assert_eq!(v("0"), Some(0));
    assert_eq!(v("0xFFFFFFFFFFFFFFFF"), Some(u64::MAX as u128));
    // Too big for u128 but still exact as digits and limbs.
    let big = int_lit("0x1_00000000_00000000_00000000_00000000").unwrap();
    assert_eq!(big.to_u128(), None);
    assert_eq!((big.base, big.digits.len()), (16, 33));
    assert_eq!(big.to_limbs(), vec![0, 0, 0, 0, 1]);
    assert_eq!(int_lit("4294967296").unwrap().to_limbs(), vec![0, 1]);
}

#[test]
fn floats() {
    let f = float_lit("1.25e3").unwrap();
    assert_eq!(
        (f.mantissa.base, f.mantissa.digits.as_str(), f.exp),
        (10, "125", 1)
    );
    let f = float_lit("0x1.8p3").unwrap();
    assert_eq!(
        (f.mantissa.base, f.mantissa.digits.as_str(), f.exp),
        (16, "18", -1)
    );
    let f = float_lit("1e100").unwrap();
    assert_eq!((f.mantissa.digits.as_str(), f.exp), ("1", 100));
    assert_eq!(float_value("1.5").unwrap(), 1.5);
    assert_eq!(float_value(".5").unwrap(), 0.5);
    assert_eq!(float_value("1_0.2_5").unwrap(), 10.25);
    assert_eq!(float_value("0x1p-2").unwrap(), 0.25);
    assert_eq!(float_value("0x1.8p3").unwrap(), 12.0);
    assert_eq!(float_value("0X.8P0").unwrap(), 0.5);
    assert_eq!(float_value("6.67428e-11").unwrap(), 6.67428e-11);
    assert_eq!(float_value("1e309").unwrap(), f64::INFINITY);
    assert_eq!(float_value("089e1").unwrap(), 890.0);
    assert_eq!(imag_lit("2.5i"), Ok("2.5"));
    assert_eq!(float_value(imag_lit("0123i").unwrap()).unwrap(), 123.0);
}
