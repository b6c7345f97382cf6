//! Field and method lookup by the spec's selector rules, and method sets:
//! the one computation behind the checker's selectors and `implements`
//! (`check/lookup.rs`) and ssagen's run-time method tables and itabs, so
//! that assertions, type switches and fmt see exactly the methods the
//! static checks do.
//!
//! Like types2's `lookupFieldOrMethod`: breadth first over embedding
//! depth; at one depth, two hits (or one hit in a type embedded twice at
//! that depth) make the name ambiguous, which also hides it at every
//! deeper depth; a defined type met again deeper is skipped (the shallower
//! one shadows it).

use std::collections::HashSet;

use crate::object::{ObjId, Object};
use crate::ty::{Type, TypeId, TypeTable};

/// The result of looking a name up in a type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Lookup {
    /// A struct field; `path` indexes the fields from the outer struct.
    Field {
        path: Vec<usize>,
        ty: TypeId,
        indirect: bool,
    },
    /// A declared method (a function object with a receiver).
    Method {
        path: Vec<usize>,
        method: ObjId,
        /// Reached through a pointer (the start or an embedded pointer).
        indirect: bool,
        ptr_recv: bool,
    },
    /// A method of an embedded interface field (or of the interface type
    /// itself, with an empty path): `iface` is that interface's
    /// underlying type, `sig` the method's `Type::Func`.
    IfaceMethod {
        path: Vec<usize>,
        iface: TypeId,
        sig: TypeId,
        indirect: bool,
    },
    Ambiguous,
    Missing,
}

/// One type on the current depth's frontier.
struct Embedded {
    typ: TypeId,
    path: Vec<usize>,
    indirect: bool,
    /// Reached along more than one path at this depth.
    multiples: bool,
}

/// Looks `name` up in type `t` (fields and methods, through embedded
/// fields), as the selector `x.name` for `x` of type `t` would.
pub fn lookup_field_or_method(tt: &TypeTable, objs: &[Object], t: TypeId, name: &str) -> Lookup {
    if name == "_" {
        return Lookup::Missing;
    }
    // A defined pointer type: `x.f` means `(*x).f`, for fields only.
    if let Type::Named(_) = tt.get(t)
        && let Type::Pointer(e) = tt.under(t)
    {
        return match lookup_from(tt, objs, *e, true, name) {
            f @ Lookup::Field { .. } => f,
            _ => Lookup::Missing,
        };
    }
    let (start, ptr) = match tt.get(t) {
        // A pointer to an interface has no methods.
        Type::Pointer(e) if matches!(tt.under(*e), Type::Interface(_)) => return Lookup::Missing,
        Type::Pointer(e) => (*e, true),
        _ => (t, false),
    };
    lookup_from(tt, objs, start, ptr, name)
}

fn lookup_from(tt: &TypeTable, objs: &[Object], start: TypeId, ptr: bool, name: &str) -> Lookup {
    let mut current = vec![Embedded {
        typ: start,
        path: Vec::new(),
        indirect: ptr,
        multiples: false,
    }];
    let mut seen: HashSet<TypeId> = HashSet::new();
    while !current.is_empty() {
        let mut next: Vec<Embedded> = Vec::new();
        let mut found: Option<Lookup> = None;
        let mut count = 0;
        for e in current {
            let typ = e.typ;
            if let Type::Named(n) = tt.get(typ) {
                if !seen.insert(typ) {
                    continue;
                }
                if let Some(&m) = n.methods.iter().find(|&&m| objs[m.0 as usize].name == name) {
                    let ptr_recv = objs[m.0 as usize].recv.is_some_and(|r| r.pointer);
                    found = Some(Lookup::Method {
                        path: e.path.clone(),
                        method: m,
                        indirect: e.indirect,
                        ptr_recv,
                    });
                    count += 1 + usize::from(e.multiples);
                    continue;
                }
            }
            match tt.under(typ) {
                Type::Struct(fields) => {
                    for (i, f) in fields.iter().enumerate() {
                        let mut p = e.path.clone();
                        p.push(i);
                        if f.name == name {
                            found = Some(Lookup::Field {
                                path: p.clone(),
                                ty: f.ty,
                                indirect: e.indirect,
                            });
                            count += 1 + usize::from(e.multiples);
                        }
                        if f.embedded {
                            let (ft, fptr) = match tt.get(f.ty) {
                                Type::Pointer(x) => (*x, true),
                                _ => (f.ty, false),
                            };
                            next.push(Embedded {
                                typ: ft,
                                path: p,
                                indirect: e.indirect || fptr,
                                multiples: e.multiples,
                            });
                        }
                    }
                }
                Type::Interface(methods) => {
                    if let Some(m) = methods.iter().find(|m| m.name == name) {
                        found = Some(Lookup::IfaceMethod {
                            path: e.path.clone(),
                            iface: tt.underlying(typ),
                            sig: m.sig,
                            indirect: e.indirect,
                        });
                        count += 1 + usize::from(e.multiples);
                    }
                }
                _ => {}
            }
        }
        if count == 1 {
            return found.unwrap_or(Lookup::Missing);
        }
        if count > 1 {
            return Lookup::Ambiguous;
        }
        current = consolidate_multiples(next);
    }
    Lookup::Missing
}

/// Merges the entries of one depth that name the same type (types2's
/// `consolidateMultiples`): a name found in such a type is ambiguous.
fn consolidate_multiples(list: Vec<Embedded>) -> Vec<Embedded> {
    let mut out: Vec<Embedded> = Vec::with_capacity(list.len());
    for e in list {
        if let Some(prev) = out.iter_mut().find(|p| p.typ == e.typ) {
            prev.multiples = true;
        } else {
            out.push(e);
        }
    }
    out
}

/// A member of a method set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MethodSetEntry {
    pub name: String,
    /// `Lookup::Method` or `Lookup::IfaceMethod`.
    pub found: Lookup,
}

/// Whether a lookup result is a method in the method set of a type whose
/// lookup started from a pointer (`t_ptr`) or a value: value receivers
/// always, pointer receivers through a pointer, interface methods always.
pub fn in_method_set(found: &Lookup, t_ptr: bool) -> bool {
    match found {
        Lookup::Method {
            indirect, ptr_recv, ..
        } => t_ptr || *indirect || !*ptr_recv,
        Lookup::IfaceMethod { .. } => true,
        _ => false,
    }
}

/// The method set of non-interface type `t` by the spec's rules, sorted
/// by name: declared methods of a defined type (pointer receivers only
/// for `*T`), and methods promoted through embedded fields where the
/// selector is unambiguous, with pointer-receiver methods only when
/// reached through a pointer (`*S`, or an embedded `*T`).
pub fn method_set(tt: &TypeTable, objs: &[Object], t: TypeId) -> Vec<MethodSetEntry> {
    let (base, ptr) = match tt.get(t) {
        Type::Pointer(e) => (*e, true),
        _ => (t, false),
    };
    if matches!(tt.under(base), Type::Pointer(_))
        || (ptr && matches!(tt.under(base), Type::Interface(_)))
    {
        return Vec::new();
    }
    if matches!(tt.under(t), Type::Interface(_)) {
        return Vec::new();
    }
    // Candidate names: every method reachable through embedded fields.
    let mut names: Vec<String> = Vec::new();
    let mut seen: HashSet<TypeId> = HashSet::new();
    let mut work = vec![base];
    while let Some(typ) = work.pop() {
        if !seen.insert(typ) {
            continue;
        }
        if let Type::Named(n) = tt.get(typ) {
            names.extend(n.methods.iter().map(|m| objs[m.0 as usize].name.clone()));
        }
        match tt.under(typ) {
            Type::Struct(fields) => {
                for f in fields.iter().filter(|f| f.embedded) {
                    work.push(match tt.get(f.ty) {
                        Type::Pointer(x) => *x,
                        _ => f.ty,
                    });
                }
            }
            Type::Interface(ms) if typ != base => names.extend(ms.iter().map(|m| m.name.clone())),
            _ => {}
        }
    }
    names.sort();
    names.dedup();
    names
        .into_iter()
        .filter(|n| n != "_")
        .filter_map(|name| {
            let found = lookup_field_or_method(tt, objs, t, &name);
            in_method_set(&found, ptr).then_some(MethodSetEntry { name, found })
        })
        .collect()
}
