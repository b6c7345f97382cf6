//! The mutations: token level (delete, duplicate, swap, replace with another
//! Go token, swap identifiers, edge-value literals, stray bytes), line level
//! (delete, duplicate, move), structural (deep nesting, splicing lines of
//! another corpus file) and a few byte flips.

use crate::lex::{self, Kind, Tok};
use crate::rng::Rng;

/// Which families of mutation to use. `deep` (nesting thousands of levels)
/// is off for the error comparison, where it only measures recursion limits.
#[derive(Clone, Copy, Debug)]
pub struct Config {
    pub deep: bool,
    pub bytes: bool,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            deep: true,
            bytes: true,
        }
    }
}

/// Literals at the edges of what the lexer and the constant evaluator accept.
const EDGE_LITERALS: &[&str] = &[
    "18446744073709551616",
    "9223372036854775808",
    "-9223372036854775809",
    "340282366920938463463374607431768211456",
    "1e1000000",
    "1e309",
    "-1e-400",
    "0x1p-1080",
    "0x",
    "0b",
    "0o",
    "0b102",
    "0o8",
    "09",
    "08.5",
    "1__2",
    "1_",
    "0_x1",
    "0x_1",
    "1e",
    "1e+",
    "0x1p",
    "0x1.8",
    ".5e-3",
    "1i",
    "0i",
    "1e1000000i",
    "0.",
    "'\\400'",
    "'\\x4'",
    "'ab'",
    "''",
    "'\\U00110000'",
    "'\\uD800'",
    "'\\q'",
    "\"\\q\"",
    "\"\\x\"",
    "\"\\u12\"",
    "\"\\U00110000\"",
    "\"\\xff\\xfe\"",
    "\"\\400\"",
    "\"\"",
    "``",
    "\"unterminated",
    "`unterminated",
    "'",
    "nil",
    "iota",
    "-0",
    "1<<63",
    "1<<64",
    "1<<1000",
    "1.0<<3",
    "\"\\u00e9\"[0]",
];

/// Bytes and fragments that are wrong almost anywhere.
const STRAY: &[&[u8]] = &[
    b"\0",
    b"\xEF\xBB\xBF",
    b"\xFF",
    b"\xC0\x80",
    b"\xED\xA0\x80",
    b"/* unterminated comment",
    b"\"unterminated string",
    b"`unterminated raw string",
    b"'",
    b"\\",
    b"@",
    b"$",
    b"#",
    b"?",
    b"\xE2\x80\xA8",
    b"\x7F",
    b"\t\r\n",
    b";",
    b"\n",
];

/// Tokens of the language (and some names of the universe) for replacement.
fn random_token(rng: &mut Rng) -> String {
    match rng.below(10) {
        0..=2 => rng.pick(lex::KEYWORDS).to_string(),
        3..=6 => rng.pick(lex::OPERATORS).to_string(),
        7 => rng
            .pick(&[
                "int",
                "string",
                "bool",
                "error",
                "any",
                "nil",
                "true",
                "iota",
                "len",
                "cap",
                "make",
                "new",
                "append",
                "panic",
                "recover",
                "print",
                "main",
                "_",
                "byte",
                "rune",
                "float64",
                "complex128",
                "uintptr",
                "copy",
                "delete",
                "close",
                "min",
                "max",
                "clear",
                "comparable",
                "unsafe",
                "T",
                "x",
            ])
            .to_string(),
        _ => rng.pick(EDGE_LITERALS).to_string(),
    }
}

/// Applies one to four random mutations to `src`. `others` are other corpus
/// files, for splicing. Returns the mutant and the names of the mutations.
pub fn mutate(
    src: &[u8],
    others: &dyn Fn(&mut Rng) -> Vec<u8>,
    rng: &mut Rng,
    cfg: Config,
) -> (Vec<u8>, Vec<&'static str>) {
    let mut out = src.to_vec();
    let mut names = Vec::new();
    let count = 1 + rng.below(4).min(rng.below(4));
    for _ in 0..count {
        for _attempt in 0..8 {
            if let Some((m, name)) = mutate_once(&out, others, rng, cfg) {
                out = m;
                names.push(name);
                break;
            }
        }
    }
    (out, names)
}

fn replace(src: &[u8], t: &Tok, with: &[u8]) -> Vec<u8> {
    let mut v = Vec::with_capacity(src.len() + with.len());
    v.extend_from_slice(&src[..t.start]);
    v.extend_from_slice(with);
    v.extend_from_slice(&src[t.end..]);
    v
}

fn insert_at(src: &[u8], at: usize, what: &[u8]) -> Vec<u8> {
    let mut v = Vec::with_capacity(src.len() + what.len());
    v.extend_from_slice(&src[..at]);
    v.extend_from_slice(what);
    v.extend_from_slice(&src[at..]);
    v
}

fn mutate_once(
    src: &[u8],
    others: &dyn Fn(&mut Rng) -> Vec<u8>,
    rng: &mut Rng,
    cfg: Config,
) -> Option<(Vec<u8>, &'static str)> {
    let toks = lex::tokenize(src);
    // Mutations apply to code, not to comments.
    let code: Vec<Tok> = toks
        .iter()
        .copied()
        .filter(|t| t.kind != Kind::Comment)
        .collect();
    if code.is_empty() {
        return None;
    }
    let which = rng.below(100);
    let r = match which {
        0..=9 => {
            let t = rng.pick(&code);
            (replace(src, t, b""), "token-delete")
        }
        10..=15 => {
            let t = rng.pick(&code);
            let dup = [&src[t.start..t.end], b" ", &src[t.start..t.end]].concat();
            (replace(src, t, &dup), "token-duplicate")
        }
        16..=23 => {
            let a = *rng.pick(&code);
            let b = if rng.chance(1, 2) {
                *rng.pick(&code)
            } else {
                let i = code.iter().position(|t| t.start == a.start)?;
                *code.get(i + 1)?
            };
            let (a, b) = if a.start <= b.start { (a, b) } else { (b, a) };
            if a.start == b.start {
                return None;
            }
            let mut v = src[..a.start].to_vec();
            v.extend_from_slice(&src[b.start..b.end]);
            v.extend_from_slice(&src[a.end..b.start]);
            v.extend_from_slice(&src[a.start..a.end]);
            v.extend_from_slice(&src[b.end..]);
            (v, "token-swap")
        }
        24..=38 => {
            let t = rng.pick(&code);
            (
                replace(src, t, random_token(rng).as_bytes()),
                "token-replace",
            )
        }
        39..=41 => {
            // A token inserted between two others.
            let t = rng.pick(&code);
            let tok = format!(" {} ", random_token(rng));
            (insert_at(src, t.start, tok.as_bytes()), "token-insert")
        }
        42..=51 => {
            let idents: Vec<&Tok> = code.iter().filter(|t| t.kind == Kind::Ident).collect();
            if idents.len() < 2 {
                return None;
            }
            let t = rng.pick(&idents);
            let other = rng.pick(&idents);
            (replace(src, t, &src[other.start..other.end]), "ident-swap")
        }
        52..=59 => {
            let lits: Vec<&Tok> = code
                .iter()
                .filter(|t| matches!(t.kind, Kind::Number | Kind::Str | Kind::Char))
                .collect();
            let t = if lits.is_empty() {
                rng.pick(&code)
            } else {
                *rng.pick(&lits)
            };
            (
                replace(src, t, rng.pick(EDGE_LITERALS).as_bytes()),
                "literal-edge",
            )
        }
        60..=63 => {
            let t = rng.pick(&toks);
            let at = if rng.chance(1, 2) { t.start } else { t.end };
            let at = if rng.chance(1, 4) {
                rng.below(src.len() + 1)
            } else {
                at
            };
            (insert_at(src, at, rng.pick::<&[u8]>(STRAY)), "stray-bytes")
        }
        64..=69 => {
            let mut lines = lex::line_pieces(src);
            if lines.is_empty() {
                return None;
            }
            let n = 1 + rng.below(3);
            let i = rng.below(lines.len());
            lines.drain(i..(i + n).min(lines.len()));
            (lines.concat(), "line-delete")
        }
        70..=73 => {
            let mut lines = lex::line_pieces(src);
            let i = rng.below(lines.len().max(1));
            let l = lines.get(i)?.clone();
            lines.insert(i, l);
            (lines.concat(), "line-duplicate")
        }
        74..=78 => {
            let mut lines = lex::line_pieces(src);
            if lines.len() < 2 {
                return None;
            }
            let l = lines.remove(rng.below(lines.len()));
            lines.insert(rng.below(lines.len() + 1), l);
            (lines.concat(), "line-move")
        }
        79..=85 => {
            let other = others(rng);
            let olines = lex::line_pieces(&other);
            if olines.is_empty() {
                return None;
            }
            let from = rng.below(olines.len());
            let n = 1 + rng.below(20);
            let frag = olines[from..(from + n).min(olines.len())].concat();
            let mut lines = lex::line_pieces(src);
            lines.insert(rng.below(lines.len() + 1), frag);
            (lines.concat(), "splice")
        }
        86..=92 if cfg.deep => deep(src, &code, rng)?,
        93..=99 if cfg.bytes => {
            let mut v = src.to_vec();
            for _ in 0..1 + rng.below(3) {
                let i = rng.below(v.len().max(1));
                if let Some(b) = v.get_mut(i) {
                    *b ^= 1 << rng.below(8);
                }
            }
            (v, "byte-flip")
        }
        _ => return None,
    };
    Some(r)
}

/// Deep nesting: an operand in many parentheses, a statement line in many
/// blocks, a type under many `[]`/`*`, an expression in many unary ops.
fn deep(src: &[u8], code: &[Tok], rng: &mut Rng) -> Option<(Vec<u8>, &'static str)> {
    let depth = *rng.pick(&[16usize, 100, 1000, 5000, 10000]);
    let operands: Vec<&Tok> = code
        .iter()
        .filter(|t| matches!(t.kind, Kind::Ident | Kind::Number | Kind::Str))
        .collect();
    if operands.is_empty() {
        return None;
    }
    let t = rng.pick(&operands);
    let text = &src[t.start..t.end];
    Some(match rng.below(5) {
        0 => {
            let v = [
                "(".repeat(depth).as_bytes(),
                text,
                ")".repeat(depth).as_bytes(),
            ]
            .concat();
            (replace(src, t, &v), "deep-parens")
        }
        1 => {
            let mut lines = lex::line_pieces(src);
            let i = rng.below(lines.len());
            let l = lines[i].clone();
            lines[i] = [
                "{".repeat(depth).as_bytes(),
                &l,
                b"\n",
                "}".repeat(depth).as_bytes(),
                b"\n",
            ]
            .concat();
            (lines.concat(), "deep-blocks")
        }
        2 => {
            let v = ["[]".repeat(depth).as_bytes(), text].concat();
            (replace(src, t, &v), "deep-slices")
        }
        3 => {
            let v = ["*".repeat(depth).as_bytes(), text].concat();
            (replace(src, t, &v), "deep-stars")
        }
        _ => {
            let v = [
                "-".repeat(depth).replace("--", "- -").as_bytes(),
                b" ",
                text,
            ]
            .concat();
            (replace(src, t, &v), "deep-unary")
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mutants_differ_and_replay() {
        let src = b"package main\n\nfunc main() {\n\tx := 1 + 2\n\tprintln(x, \"s\")\n}\n";
        let others = |_: &mut Rng| src.to_vec();
        let mut a = Rng::new(3);
        let mut b = Rng::new(3);
        for _ in 0..200 {
            let (m1, _) = mutate(src, &others, &mut a, Config::default());
            let (m2, _) = mutate(src, &others, &mut b, Config::default());
            assert_eq!(m1, m2);
        }
    }
}
