//! Composite literals: structs (keyed or positional), arrays (incl.
//! `[...]T`), slices, maps, with elided inner types (`[]*T{{...}}` means
//! `&T{...}`: the inner literal then has the pointer type).

use std::collections::HashSet;

use syntax::ast::{ArrayLen, Expr, ExprKind, KeyedElement};

use super::exprstring::expr_string;
use super::{Checker, OpMode, Operand};
use crate::constant::ConstValue;
use crate::ty::{Type, TypeId};

impl<'a> Checker<'a> {
    pub(crate) fn composite_lit(
        &mut self,
        e: &'a Expr,
        ty: Option<&'a Expr>,
        elts: &'a [KeyedElement],
        _rbrace: syntax::Pos,
        hint: Option<TypeId>,
    ) -> Operand<'a> {
        let inv = self.info.types.invalid();
        let (typ, base) = match ty {
            Some(t) => {
                if let ExprKind::ArrayType {
                    len: Some(ArrayLen::Ellipsis),
                    elem,
                } = &t.kind
                {
                    // [...]T{...}: the length is the literal's extent.
                    let et = self.typexpr(elem);
                    let n = self.indexed_elts(elts, et, None);
                    let at = self.info.types.intern(Type::Array { elem: et, len: n });
                    self.record_type_expr(t, at);
                    return Operand {
                        mode: OpMode::Value,
                        ty: at,
                        val: None,
                        expr: None,
                    };
                }
                let t = self.typexpr(t);
                (t, t)
            }
            None => match hint {
                Some(h) => {
                    let base = match self.info.types.get(h) {
                        Type::Pointer(b) => *b,
                        _ => h,
                    };
                    (h, base)
                }
                None => {
                    self.error(e.pos, "invalid composite literal type: missing type");
                    self.use_elts(elts);
                    return Operand::invalid(None);
                }
            },
        };
        if typ == inv {
            self.use_elts(elts);
            return Operand::invalid(None);
        }
        match self.info.types.under(base).clone() {
            Type::Struct(fields) => {
                if elts.is_empty() {
                } else if elts[0].key.is_some() {
                    let mut seen = HashSet::new();
                    for el in elts {
                        let Some(k) = &el.key else {
                            self.error(
                                el.value.pos,
                                "mixture of field:value and value elements in struct literal",
                            );
                            self.use_expr(&el.value);
                            continue;
                        };
                        let ExprKind::Name(id) = &k.kind else {
                            self.error(
                                k.pos,
                                format!("invalid field name {} in struct literal", expr_string(k)),
                            );
                            self.use_expr(&el.value);
                            continue;
                        };
                        let Some(i) = fields.iter().position(|f| f.name == id.name) else {
                            // gc hints at a field spelled differently.
                            let hint = fields
                                .iter()
                                .find(|f| f.name.eq_ignore_ascii_case(&id.name))
                                .map(|f| format!(", but does have {}", f.name))
                                .unwrap_or_default();
                            self.error(
                                k.pos,
                                format!(
                                    "unknown field {} in struct literal of type {}{hint}",
                                    id.name,
                                    self.ts(base)
                                ),
                            );
                            self.use_expr(&el.value);
                            continue;
                        };
                        if !seen.insert(i) {
                            self.error(
                                k.pos,
                                format!("duplicate field name {} in struct literal", id.name),
                            );
                            self.use_expr(&el.value);
                            continue;
                        }
                        let ft = fields[i].ty;
                        let mut x = self.expr_hint(&el.value, Some(ft));
                        self.assignment(&mut x, Some(ft), "struct literal");
                    }
                } else {
                    for (i, el) in elts.iter().enumerate() {
                        if let Some(k) = &el.key {
                            self.error(
                                k.pos,
                                "mixture of field:value and value elements in struct literal",
                            );
                            self.use_expr(&el.value);
                            continue;
                        }
                        let Some(f) = fields.get(i) else {
                            self.use_expr(&el.value);
                            if i == fields.len() {
                                self.error(
                                    el.value.pos,
                                    format!(
                                        "too many values in struct literal of type {}",
                                        self.ts(base)
                                    ),
                                );
                            }
                            continue;
                        };
                        let ft = f.ty;
                        let mut x = self.expr_hint(&el.value, Some(ft));
                        self.assignment(&mut x, Some(ft), "struct literal");
                    }
                    if elts.len() < fields.len() {
                        self.error(
                            _rbrace,
                            format!("too few values in struct literal of type {}", self.ts(base)),
                        );
                    }
                }
            }
            Type::Array { elem, len } => {
                self.indexed_elts(elts, elem, Some(len));
            }
            Type::Slice(elem) => {
                self.indexed_elts(elts, elem, None);
            }
            Type::Map { key, value } => {
                let mut keys: Vec<ConstValue> = Vec::new();
                for el in elts {
                    let Some(k) = &el.key else {
                        self.error(el.value.pos, "missing key in map literal");
                        self.use_expr(&el.value);
                        continue;
                    };
                    let mut kx = self.expr_hint(k, Some(key));
                    self.assignment(&mut kx, Some(key), "map literal");
                    if kx.mode == OpMode::Constant
                        && let Some(v) = &kx.val
                    {
                        if keys.contains(v) {
                            let vs = super::constant::const_string(v);
                            self.error(
                                super::exprstring::start_pos(k),
                                format!("duplicate key {vs} in map literal"),
                            );
                        } else {
                            keys.push(v.clone());
                        }
                    }
                    let mut vx = self.expr_hint(&el.value, Some(value));
                    self.assignment(&mut vx, Some(value), "map literal");
                }
            }
            _ => {
                self.use_elts(elts);
                // A literal of a type whose declaration is in progress
                // (`type L [len(L{})]int`): types2's under() finds the
                // cycle.
                if let Type::Named(n) = self.info.types.get(typ)
                    && let Some(start) = self.obj_path.iter().position(|&o| o == n.obj)
                    && self.info.types.underlying(typ) == self.info.types.invalid()
                {
                    let cycle = self.obj_path[start..].to_vec();
                    self.cycle_error(&cycle);
                    return Operand::invalid(None);
                }
                // A type whose underlying type is invalid (a recursive
                // type) was reported at its declaration; as in types2 the
                // literal is still a value of that type.
                if self.info.types.underlying(typ) != self.info.types.invalid() {
                    self.error(
                        e.pos,
                        format!("invalid composite literal type {}", self.ts(typ)),
                    );
                    return Operand::invalid(None);
                }
            }
        }
        Operand {
            mode: OpMode::Value,
            ty: typ,
            val: None,
            expr: None,
        }
    }

    fn use_elts(&mut self, elts: &'a [KeyedElement]) {
        for el in elts {
            if let Some(k) = &el.key
                && !matches!(k.kind, ExprKind::Name(_))
            {
                self.use_expr(k);
            }
            if !matches!(el.value.kind, ExprKind::CompositeLit { ty: None, .. }) {
                self.use_expr(&el.value);
            }
        }
    }

    /// Array/slice elements; returns the literal's extent (max index + 1).
    fn indexed_elts(&mut self, elts: &'a [KeyedElement], elem: TypeId, length: Option<u64>) -> u64 {
        let mut visited = HashSet::new();
        let (mut index, mut max) = (0u64, 0u64);
        for el in elts {
            let mut valid = false;
            if let Some(k) = &el.key {
                match self.index_value(k, length, "index") {
                    Ok(Some(i)) => {
                        index = i as u64;
                        valid = true;
                    }
                    Ok(None) => {
                        self.error(
                            k.pos,
                            format!("index {} must be integer constant", expr_string(k)),
                        );
                    }
                    Err(()) => {}
                }
            } else if length.is_some_and(|l| index >= l) {
                let l = length.unwrap_or(0);
                self.error(
                    el.value.pos,
                    format!("index {index} is out of bounds (>= {l})"),
                );
            } else {
                valid = true;
            }
            if valid && !visited.insert(index) {
                self.error(
                    el.key
                        .as_ref()
                        .map_or(el.value.pos, super::exprstring::start_pos),
                    format!("duplicate index {index} in array or slice literal"),
                );
            }
            index += 1;
            max = max.max(index);
            let mut x = self.expr_hint(&el.value, Some(elem));
            self.assignment(&mut x, Some(elem), "array or slice literal");
        }
        max
    }
}
