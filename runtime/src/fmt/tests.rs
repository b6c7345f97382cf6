//! fmt against gc: the cases mirror runtime/testgen/fmt/main.go, whose
//! output under go1.26.8 is golden.txt (hex-encoded, one case per line).

// The cases use the same literals as the Go generator, not math constants.
#![allow(clippy::approx_constant)]

use super::{sprint_bytes, sprintf_bytes, sprintln_bytes};
use crate::types::{
    Eface, FLAG_DIRECT, FLAG_NAMED, Field, GoString, Method, Slice, Type, kind, static_type,
};
use core::ptr;

macro_rules! basic {
    ($name:ident, $s:literal, $k:ident, $size:literal) => {
        static $name: Type = static_type($s, kind::$k, $size, 0);
    };
}
basic!(INT, "int", INT, 8);
basic!(INT8, "int8", INT8, 1);
basic!(INT32, "int32", INT32, 4);
basic!(UINT8, "uint8", UINT8, 1);
basic!(UINT, "uint", UINT, 8);
basic!(UINT64, "uint64", UINT64, 8);
basic!(UINTPTR, "uintptr", UINTPTR, 8);
basic!(FLOAT32, "float32", FLOAT32, 4);
basic!(FLOAT64, "float64", FLOAT64, 8);
basic!(COMPLEX64, "complex64", COMPLEX64, 8);
basic!(COMPLEX128, "complex128", COMPLEX128, 16);
basic!(BOOL, "bool", BOOL, 1);
basic!(STRING, "string", STRING, 16);
static ANY: Type = static_type("interface {}", kind::INTERFACE, 16, 0);

const fn slice_of(name: &'static str, elem: &'static Type) -> Type {
    Type {
        elem,
        ..static_type(name, kind::SLICE, 24, 0)
    }
}
static SLICE_INT: Type = slice_of("[]int", &INT);
static SLICE_BYTE: Type = slice_of("[]uint8", &UINT8);
static SLICE_STRING: Type = slice_of("[]string", &STRING);
static SLICE_ANY: Type = slice_of("[]interface {}", &ANY);
static ARRAY3_INT: Type = Type {
    elem: &INT,
    len: 3,
    ..static_type("[3]int", kind::ARRAY, 24, 0)
};
static ARRAY2_BOOL: Type = Type {
    elem: &BOOL,
    len: 2,
    ..static_type("[2]bool", kind::ARRAY, 2, 0)
};
static ARRAY0_INT: Type = Type {
    elem: &INT,
    len: 0,
    ..static_type("[0]int", kind::ARRAY, 0, 0)
};
static PTR_INT: Type = Type {
    elem: &INT,
    ..static_type("*int", kind::POINTER, 8, FLAG_DIRECT)
};
static MAP_STRING_INT: Type = Type {
    key: &STRING,
    elem: &INT,
    ..static_type("map[string]int", kind::MAP, 8, FLAG_DIRECT)
};

const fn field(name: &'static str, typ: &'static Type, offset: u64) -> Field {
    Field {
        name: GoString::from_static(name),
        typ,
        offset,
        embedded: 0,
    }
}
const fn struct_of(name: &'static str, size: u64, fields: &'static [Field]) -> Type {
    Type {
        fields: fields.as_ptr(),
        len: fields.len() as u64,
        ..static_type(name, kind::STRUCT, size, FLAG_NAMED)
    }
}
static T_FIELDS: [Field; 2] = [field("X", &INT, 0), field("Y", &STRING, 8)];
static T: Type = struct_of("main.T", 24, &T_FIELDS);
static PTR_T: Type = Type {
    elem: &T,
    ..static_type("*main.T", kind::POINTER, 8, FLAG_DIRECT)
};
static W_FIELDS: [Field; 4] = [
    field("A", &INT, 0),
    field("I", &ANY, 8),
    field("J", &ANY, 24),
    field("S", &SLICE_STRING, 40),
];
static W: Type = struct_of("main.W", 64, &W_FIELDS);
static EMPTY_STRUCT: Type = Type {
    flags: 0,
    ..struct_of("struct {}", 0, &[])
};

extern "C" fn celsius_string(recv: usize, out: *mut GoString) {
    // SAFETY: boxed float64 receiver.
    let v = unsafe { *(recv as *const f64) };
    let s = sprintf_bytes("%g°C".as_bytes(), &[boxed(&FLOAT64, v)]);
    // SAFETY: result buffer.
    unsafe { *out = crate::strings::gostring(&s) };
}
static CELSIUS_METHODS: [Method; 1] = [Method {
    name: GoString::from_static("String"),
    mtyp: ptr::null(),
    ifn: celsius_string as *const u8,
}];
static CELSIUS: Type = Type {
    methods: CELSIUS_METHODS.as_ptr(),
    nmethods: 1,
    ..static_type("main.Celsius", kind::FLOAT64, 8, FLAG_NAMED)
};
static SLICE_CELSIUS: Type = slice_of("[]main.Celsius", &CELSIUS);
static U_FIELDS: [Field; 2] = [field("c", &CELSIUS, 0), field("C", &CELSIUS, 8)];
static U: Type = struct_of("main.u", 16, &U_FIELDS);

extern "C" fn myerr_error(recv: usize, out: *mut GoString) {
    // SAFETY: boxed struct{msg string}: the message is its first field.
    unsafe { *out = *(recv as *const GoString) };
}
static MYERR_METHODS: [Method; 1] = [Method {
    name: GoString::from_static("Error"),
    mtyp: ptr::null(),
    ifn: myerr_error as *const u8,
}];
static MYERR_FIELDS: [Field; 1] = [field("msg", &STRING, 0)];
static MYERR: Type = Type {
    methods: MYERR_METHODS.as_ptr(),
    nmethods: 1,
    ..struct_of("main.MyErr", 16, &MYERR_FIELDS)
};
static CODE: Type = static_type("main.Code", kind::INT, 8, FLAG_NAMED);
static MAP_INT_BOOL: Type = Type {
    key: &INT,
    elem: &BOOL,
    ..static_type("map[int]bool", kind::MAP, 8, FLAG_DIRECT)
};
static MAP_F64_STRING: Type = Type {
    key: &FLOAT64,
    elem: &STRING,
    ..static_type("map[float64]string", kind::MAP, 8, FLAG_DIRECT)
};
static MAP_STRING_SLICE: Type = Type {
    key: &STRING,
    elem: &SLICE_INT,
    ..static_type("map[string][]int", kind::MAP, 8, FLAG_DIRECT)
};
static ARRAY2_INT: Type = Type {
    elem: &INT,
    len: 2,
    ..static_type("[2]int", kind::ARRAY, 16, 0)
};
static MAP_ARRAY_INT: Type = Type {
    key: &ARRAY2_INT,
    elem: &INT,
    ..static_type("map[[2]int]int", kind::MAP, 8, FLAG_DIRECT)
};
static SLICE_CODE: Type = slice_of("[]main.Code", &CODE);
static SLICE_MYERR: Type = slice_of("[]main.MyErr", &MYERR);
static SLICE_PTR_INT: Type = slice_of("[]*int", &PTR_INT);

fn boxed<T>(typ: &'static Type, v: T) -> Eface {
    Eface {
        typ,
        data: Box::leak(Box::new(v)) as *mut T as *const u8,
    }
}
fn int(v: i64) -> Eface {
    boxed(&INT, v)
}
fn f64v(v: f64) -> Eface {
    boxed(&FLOAT64, v)
}
fn gs(s: &str) -> GoString {
    let b: &'static [u8] = Box::leak(s.as_bytes().to_vec().into_boxed_slice());
    GoString {
        ptr: b.as_ptr(),
        len: b.len() as i64,
    }
}
fn st(s: &str) -> Eface {
    boxed(&STRING, gs(s))
}
fn slice<T>(typ: &'static Type, v: Vec<T>) -> Eface {
    let v = Box::leak(v.into_boxed_slice());
    boxed(
        typ,
        Slice {
            ptr: v.as_mut_ptr().cast(),
            len: v.len() as i64,
            cap: v.len() as i64,
        },
    )
}
fn slice_header<T>(v: Vec<T>) -> Slice {
    let v = Box::leak(v.into_boxed_slice());
    Slice {
        ptr: v.as_mut_ptr().cast(),
        len: v.len() as i64,
        cap: v.len() as i64,
    }
}
fn nil_slice(typ: &'static Type) -> Eface {
    boxed(
        typ,
        Slice {
            ptr: ptr::null_mut(),
            len: 0,
            cap: 0,
        },
    )
}
fn direct(typ: &'static Type, p: *const u8) -> Eface {
    Eface { typ, data: p }
}
const NIL: Eface = Eface {
    typ: ptr::null(),
    data: ptr::null(),
};

#[repr(C)]
struct TV {
    x: i64,
    y: GoString,
}
fn tval(x: i64, y: &str) -> Eface {
    boxed(&T, TV { x, y: gs(y) })
}
fn tptr(x: i64, y: &str) -> Eface {
    direct(
        &PTR_T,
        Box::leak(Box::new(TV { x, y: gs(y) })) as *mut TV as *const u8,
    )
}
#[repr(C)]
struct WV {
    a: i64,
    i: Eface,
    j: Eface,
    s: Slice,
}
fn myerr(s: &str) -> Eface {
    boxed(&MYERR, gs(s))
}

fn cases() -> Vec<(&'static str, Vec<Eface>)> {
    let c = |x: f64| boxed(&CELSIUS, x);
    vec![
        (
            "PRINTLN",
            vec![int(1), st("a"), f64v(2.5), boxed(&BOOL, 1u8), NIL],
        ),
        (
            "PRINT",
            vec![st("a"), int(1), int(2), st("b"), f64v(3.0), st("c")],
        ),
        (
            "PRINT",
            vec![int(1), int(2), boxed(&CODE, 3i64), st("x"), c(4.0)],
        ),
        (
            "%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%o|%O|%b|%#x|%#o|%c|%q|%U|%#U",
            [
                65, 65, 65, 65, 65, 65, 255, 255, 8, 8, 5, 255, 8, 65, 65, 65, 65,
            ]
            .map(int)
            .to_vec(),
        ),
        (
            "%.3d|%8.3d|%08.3d|%x|%d|%d|%d",
            vec![
                int(5),
                int(5),
                int(5),
                int(-255),
                boxed(&UINT64, u64::MAX),
                boxed(&INT8, -5i8),
                boxed(&UINT8, 200u8),
            ],
        ),
        (
            "%v|%v|%v|%v|%v|%v|%v|%v|%v",
            [
                3.14,
                1e6,
                1e-5,
                100000.0,
                1e21,
                f64::INFINITY,
                f64::NAN,
                -0.0,
                f64::NEG_INFINITY,
            ]
            .map(f64v)
            .to_vec(),
        ),
        (
            "%f|%.2f|%8.3f|%-8.3f|%08.3f|%+.1f|%e|%.3e|%E|%g|%.3g|%G",
            [
                3.14159, 3.14159, 3.14159, 3.14159, -3.14159, 2.0, 1234.5678, 1234.5678, 1e-7,
                1e-7, 1234.5678, 1e21,
            ]
            .map(f64v)
            .to_vec(),
        ),
        (
            "%#g|%#.3g|%#v|% .2f|%+v|%v|%6.2f|%06.2f|%+.3e|%10.4v|%.0f|%.0f|%.1f",
            vec![
                f64v(2.0),
                f64v(2.0),
                f64v(1.0),
                f64v(2.5),
                boxed(&FLOAT32, 0.1f32),
                boxed(&FLOAT32, 1e10f32),
                f64v(f64::NAN),
                f64v(f64::NEG_INFINITY),
                f64v(12345.678),
                f64v(3.14159265),
                f64v(0.5),
                f64v(1.5),
                f64v(0.05),
            ],
        ),
        (
            "%v|%.2f|%v|%+v",
            vec![
                boxed(&COMPLEX128, [1.0f64, 2.0]),
                boxed(&COMPLEX128, [1.5f64, -2.5]),
                boxed(&COMPLEX64, [1.5f32, 0.5]),
                boxed(&COMPLEX128, [-1.0f64, -1.0]),
            ],
        ),
        (
            "%s|%10s|%-10s|%.2s|%q|%x|%X|% x|%#x|%# x|%#q|%+q|%q",
            [
                "héllo", "héllo", "héllo", "héllo", "héllo", "hi", "hi", "hi", "hi", "hi", "a`b",
                "héllo", "tab\t",
            ]
            .map(st)
            .to_vec(),
        ),
        (
            "%v|%s|%x|%q|%X|%d",
            vec![
                slice(&SLICE_BYTE, b"hi".to_vec()),
                slice(&SLICE_BYTE, b"hi".to_vec()),
                slice(&SLICE_BYTE, b"hi".to_vec()),
                slice(&SLICE_BYTE, b"hi".to_vec()),
                slice(&SLICE_BYTE, vec![1u8, 171]),
                slice(&SLICE_BYTE, b"hi".to_vec()),
            ],
        ),
        (
            "%t|%v|%5t|%d",
            [1u8, 0, 1, 1].map(|b| boxed(&BOOL, b)).to_vec(),
        ),
        ("%p|%v|%d|%#v|%s", vec![direct(&PTR_INT, ptr::null()); 5]),
        (
            "%v|%d|%v|%#v|%#v|%x|%q|%5d|%v",
            vec![
                slice(&SLICE_INT, vec![1i64, 2, 3]),
                slice(&SLICE_INT, vec![1i64, 2, 3]),
                nil_slice(&SLICE_INT),
                slice(&SLICE_INT, vec![1i64, 2]),
                nil_slice(&SLICE_INT),
                slice(&SLICE_INT, vec![10i64, 255]),
                slice(&SLICE_STRING, vec![gs("a"), gs("b")]),
                slice(&SLICE_INT, vec![1i64, 2]),
                boxed(&ARRAY3_INT, [1i64, 2, 3]),
            ],
        ),
        (
            "%v|%+v|%#v|%v|%+v",
            vec![
                tval(1, "x"),
                tval(1, "x"),
                tval(1, "x"),
                tptr(2, "y"),
                tptr(2, "y"),
            ],
        ),
        (
            "%v|%+v",
            vec![
                boxed(
                    &W,
                    WV {
                        a: 1,
                        i: NIL,
                        j: int(5),
                        s: slice_header(vec![gs("a")]),
                    },
                ),
                boxed(
                    &W,
                    WV {
                        a: 2,
                        i: NIL,
                        j: st("s"),
                        s: Slice {
                            ptr: ptr::null_mut(),
                            len: 0,
                            cap: 0,
                        },
                    },
                ),
            ],
        ),
        (
            "%v|%s|%d|%v|%.1f|%v",
            vec![
                c(21.5),
                c(21.5),
                c(21.5),
                slice(&SLICE_CELSIUS, vec![1.0f64, 2.0]),
                c(3.0),
                boxed(&U, [1.0f64, 2.0]),
            ],
        ),
        (
            "%v|%s|%q|%x|%d",
            vec![
                myerr("bad"),
                myerr("bad"),
                myerr("bad"),
                myerr("bad"),
                myerr("bad"),
            ],
        ),
        (
            "PRINTLN",
            vec![
                myerr("e"),
                c(1.0),
                boxed(&CODE, 7i64),
                tval(3, "z"),
                tptr(4, "w"),
            ],
        ),
        (
            "%T|%T|%T|%T|%T|%T|%T|%T|%T",
            vec![
                int(1),
                st("s"),
                slice(&SLICE_INT, Vec::<i64>::new()),
                tval(0, ""),
                tptr(0, ""),
                NIL,
                f64v(1.5),
                slice(&SLICE_ANY, Vec::<Eface>::new()),
                direct(&MAP_STRING_INT, ptr::null()),
            ],
        ),
        (
            "%v|%d|%v|%v",
            vec![
                NIL,
                NIL,
                direct(&MAP_STRING_INT, ptr::null()),
                slice(&SLICE_ANY, vec![int(1), st("a"), NIL, f64v(2.5)]),
            ],
        ),
        ("%d", vec![st("hi")]),
        ("%d %d", vec![int(1)]),
        ("%d", vec![int(1), int(2)]),
        ("%z", vec![int(3)]),
        ("100%", vec![]),
        ("%[2]d %[1]d", vec![int(1), int(2)]),
        ("%[3]d", vec![int(1)]),
        (
            "%*d|%-*d|%.*f",
            vec![int(5), int(3), int(5), int(3), int(2), f64v(3.14159)],
        ),
        ("%*d", vec![st("x"), int(3)]),
        (
            "%%|%5%|%c|%q|%U|%08b|%-10v|",
            vec![
                boxed(&INT32, 65i32),
                int(0x1F600),
                int(0x1F600),
                int(5),
                st("ab"),
            ],
        ),
        (
            "%s|%s|%v",
            vec![
                int(5),
                slice(&SLICE_INT, vec![1i64, 2]),
                boxed(&EMPTY_STRUCT, 0u8),
            ],
        ),
        ("%d|%s", vec![boxed(&CODE, 5i64), boxed(&CODE, 5i64)]),
        (
            "%x|%X|% X",
            vec![st("héllo"), int(-1), slice(&SLICE_BYTE, vec![1u8, 2])],
        ),
        (
            "%6.2v|%-8q|%08d|%+08d|%x",
            vec![st("hello"), st("a"), int(-42), int(42), f64v(3.0)],
        ),
        (
            "%!|%-+ #0d|%.d|%.0d|%5.0d|",
            vec![int(7), int(0), int(0), int(0)],
        ),
        (
            "%c|%c|%q|%v|%d",
            vec![
                int(0x110000),
                int(-1),
                int(0xD800),
                boxed(&INT32, -7i32),
                boxed(&UINTPTR, 12u64),
            ],
        ),
        (
            "%#v|%#v|%#v|%#v|%#v|%#v",
            vec![
                int(1),
                boxed(&UINT, 1u64),
                st("s"),
                boxed(&BOOL, 1u8),
                f64v(1.0),
                slice(&SLICE_STRING, vec![gs("a")]),
            ],
        ),
        (
            "%#v|%#v|%#v",
            vec![
                slice(&SLICE_ANY, vec![int(1), st("a")]),
                direct(&MAP_STRING_INT, ptr::null()),
                boxed(
                    &W,
                    WV {
                        a: 1,
                        i: NIL,
                        j: NIL,
                        s: nil_header(),
                    },
                ),
            ],
        ),
        (
            "%#v|%#v|%#v",
            vec![
                tptr(1, "x"),
                boxed(&ARRAY2_BOOL, [1u8, 0]),
                boxed(&CODE, 3i64),
            ],
        ),
        (
            "%5v|%-5v|%05v|%x|%X",
            vec![
                slice(&SLICE_INT, vec![1i64, 2]),
                slice(&SLICE_INT, vec![1i64, 2]),
                slice(&SLICE_INT, vec![1i64, 2]),
                slice(&SLICE_INT, vec![-255i64]),
                slice(&SLICE_STRING, vec![gs("hi")]),
            ],
        ),
        (
            "%-08d|%#x|%#X|%#o|%#b|%O|%+q|%#U|%#U",
            vec![
                int(7),
                int(-255),
                int(255),
                int(-8),
                int(5),
                int(-8),
                boxed(&INT32, 0xe9i32),
                int(0x7f),
                boxed(&INT32, 0xe9i32),
            ],
        ),
        (
            "%.3x|%10.3q|%# x|%#X|%.1q|%-6s|%06s",
            ["abcdef", "héllo", "hey", "hey", "héllo", "ab", "ab"]
                .map(st)
                .to_vec(),
        ),
        (
            "%b|%e|%g|%.0e|%#.0f|%#.0e|%#x|%.3b|%E",
            vec![
                f64v(1.0),
                boxed(&FLOAT32, 0.1f32),
                f64v(1e-320),
                f64v(12345.0),
                f64v(2.0),
                f64v(2.0),
                f64v(1.0),
                f64v(0.5),
                f64v(123456.0),
            ],
        ),
        (
            "%.20g|%.17e|%.30f|%g|%g|%g|%v",
            vec![
                f64v(0.1),
                f64v(0.1),
                f64v(0.1),
                f64v(1e-4),
                f64v(1e-5),
                f64v(123456789.0),
                boxed(&FLOAT32, 16777216f32),
            ],
        ),
        (
            "%+.2e|% .3g|%+g|%+v|%v|%.3v",
            [0.0, 1.0, f64::INFINITY, f64::NAN, f64::MAX, 1234.5678]
                .map(f64v)
                .to_vec(),
        ),
        (
            "%3c|%-3c|%q|%q|%q|%+q|%U",
            vec![
                boxed(&INT32, 'x' as i32),
                boxed(&INT32, 'y' as i32),
                boxed(&INT32, '\n' as i32),
                boxed(&INT32, '\'' as i32),
                int(0x10FFFF),
                int(0x1F600),
                int(-1),
            ],
        ),
        (
            "%v|%d|%s|%v",
            vec![
                slice(
                    &SLICE_ANY,
                    vec![
                        NIL,
                        nil_slice(&SLICE_INT),
                        direct(&MAP_STRING_INT, ptr::null()),
                    ],
                ),
                slice(&SLICE_CODE, vec![1i64, 2]),
                slice(&SLICE_MYERR, vec![gs("a")]),
                boxed(&ARRAY0_INT, 0u8),
            ],
        ),
        (
            "%v|%v",
            vec![
                boxed(&U, [3.0f64, 4.0]),
                slice(&SLICE_PTR_INT, vec![ptr::null::<i64>()]),
            ],
        ),
        (
            "%08.3f|%+08.3f|%-8.3f|%8.3e|% 08.2f|%x|%X",
            [-3.14159, 3.14159, -3.14159, 314.159, 2.5, -1.5, 1e100]
                .map(f64v)
                .to_vec(),
        ),
        (
            "%v|%#v|%d",
            vec![
                map_of(
                    &MAP_STRING_INT,
                    vec![(gs("b"), 2i64), (gs("a"), 1), (gs("c"), 3)],
                ),
                map_of(&MAP_STRING_INT, vec![(gs("b"), 2i64), (gs("a"), 1)]),
                map_of(&MAP_INT_BOOL, vec![(3i64, 1u8), (-1, 0), (2, 1)]),
            ],
        ),
        (
            "PRINTLN",
            vec![
                map_of(
                    &MAP_F64_STRING,
                    vec![(2.5f64, gs("x")), (f64::NAN, gs("n")), (-1.0, gs("m"))],
                ),
                map_of(&MAP_STRING_SLICE, vec![(gs("k"), slice_header(vec![1i64]))]),
                map_of(&MAP_ARRAY_INT, vec![([2i64, 1], 1i64), ([1, 9], 2)]),
            ],
        ),
    ]
}

/// Builds a map through the runtime's own entry points.
fn map_of<K: Copy, V: Copy>(mt: &'static Type, kv: Vec<(K, V)>) -> Eface {
    let m = crate::map::makemap(mt, 0);
    for (k, v) in kv {
        let slot = crate::map::mapassign(mt, m, (&raw const k).cast()) as *mut V;
        // SAFETY: the value slot of the map's value type.
        unsafe { *slot = v };
    }
    direct(mt, m as *const u8)
}

fn nil_header() -> Slice {
    Slice {
        ptr: ptr::null_mut(),
        len: 0,
        cap: 0,
    }
}

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len() / 2)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap())
        .collect()
}

#[test]
fn matches_gc() {
    let golden: Vec<Vec<u8>> = include_str!("golden.txt")
        .lines()
        .map(|l| unhex(l.split(' ').next().unwrap()))
        .collect();
    let cases = cases();
    assert_eq!(cases.len(), golden.len());
    let mut bad = Vec::new();
    for ((format, args), want) in cases.iter().zip(&golden) {
        let got = match *format {
            "PRINTLN" => sprintln_bytes(args),
            "PRINT" => sprint_bytes(args),
            f => sprintf_bytes(f.as_bytes(), args),
        };
        if &got != want {
            bad.push(format!(
                "{format}\n   got {:?}\n  want {:?}",
                String::from_utf8_lossy(&got),
                String::from_utf8_lossy(want)
            ));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}
