//! Labels of one function body (types2's labels.go): duplicates, unused
//! labels, and the targets of labeled `break`/`continue`/`goto`.

use std::collections::{HashMap, HashSet};

use syntax::ast::{Block, Stmt, StmtKind};

use super::Checker;

/// An enclosing labeled statement during the walk.
struct Enclosing<'s> {
    name: &'s str,
    pos: syntax::Pos,
    is_loop: bool,
    breakable: bool,
}

impl<'a> Checker<'a> {
    pub(crate) fn check_labels(&mut self, body: &'a Block) {
        let mut all: HashMap<String, syntax::Pos> = HashMap::new();
        let mut order = Vec::new();
        collect(&body.stmts, &mut |name: &str, pos| {
            order.push((name.to_string(), pos))
        });
        for (name, pos) in order {
            if name == "_" {
                continue;
            }
            if let Some(&p) = all.get(&name) {
                let msg = format!("label {name} already defined at {}", self.pos_inline(p));
                self.error(pos, msg);
            } else {
                all.insert(name, pos);
            }
        }
        let mut used = HashSet::new();
        let mut stack = Vec::new();
        self.jumps(&body.stmts, &all, &mut used, &mut stack);
        let mut unused: Vec<(&String, &syntax::Pos)> =
            all.iter().filter(|(n, _)| !used.contains(*n)).collect();
        unused.sort_by_key(|(_, p)| **p);
        for (n, p) in unused {
            self.error(*p, format!("label {n} defined and not used"));
        }
    }

    fn jumps<'s>(
        &mut self,
        stmts: &'s [Stmt],
        all: &HashMap<String, syntax::Pos>,
        used: &mut HashSet<String>,
        stack: &mut Vec<Enclosing<'s>>,
    ) {
        for s in stmts {
            self.jump_stmt(s, all, used, stack);
        }
    }

    fn jump_stmt<'s>(
        &mut self,
        s: &'s Stmt,
        all: &HashMap<String, syntax::Pos>,
        used: &mut HashSet<String>,
        stack: &mut Vec<Enclosing<'s>>,
    ) {
        match &s.kind {
            StmtKind::Labeled(l, inner) => {
                let (is_loop, breakable) = match inner.kind {
                    StmtKind::For { .. } | StmtKind::Range { .. } => (true, true),
                    StmtKind::Switch { .. }
                    | StmtKind::TypeSwitch { .. }
                    | StmtKind::Select { .. } => (false, true),
                    _ => (false, false),
                };
                stack.push(Enclosing {
                    name: &l.name,
                    pos: l.pos,
                    is_loop,
                    breakable,
                });
                self.jump_stmt(inner, all, used, stack);
                stack.pop();
            }
            StmtKind::Break(Some(l)) | StmtKind::Continue(Some(l)) => {
                let is_break = matches!(s.kind, StmtKind::Break(_));
                let kw = if is_break { "break" } else { "continue" };
                if !all.contains_key(&l.name) {
                    self.error(l.pos, format!("{kw} label not defined: {}", l.name));
                    return;
                }
                used.insert(l.name.clone());
                let ok = stack.iter().any(|e| {
                    // Only the first declaration of a name counts.
                    e.name == l.name
                        && all.get(&l.name) == Some(&e.pos)
                        && if is_break { e.breakable } else { e.is_loop }
                });
                if !ok {
                    self.error(l.pos, format!("invalid {kw} label {}", l.name));
                }
            }
            StmtKind::Goto(l) => {
                if !all.contains_key(&l.name) {
                    self.error(l.pos, format!("label {} not defined", l.name));
                    return;
                }
                used.insert(l.name.clone());
            }
            StmtKind::Block(b) => self.jumps(&b.stmts, all, used, stack),
            StmtKind::If { then, els, .. } => {
                self.jumps(&then.stmts, all, used, stack);
                if let Some(e) = els {
                    self.jump_stmt(e, all, used, stack);
                }
            }
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                self.jumps(&body.stmts, all, used, stack)
            }
            StmtKind::Switch { body, .. } => {
                for c in body {
                    self.jumps(&c.body, all, used, stack);
                }
            }
            StmtKind::TypeSwitch { body, .. } => {
                for c in body {
                    self.jumps(&c.body, all, used, stack);
                }
            }
            StmtKind::Select { body, .. } => {
                for c in body {
                    self.jumps(&c.body, all, used, stack);
                }
            }
            _ => {}
        }
    }
}

/// All labels declared in a body (function literals have their own).
fn collect(stmts: &[Stmt], f: &mut impl FnMut(&str, syntax::Pos)) {
    for s in stmts {
        collect_stmt(s, f);
    }
}

fn collect_stmt(s: &Stmt, f: &mut impl FnMut(&str, syntax::Pos)) {
    match &s.kind {
        StmtKind::Labeled(l, inner) => {
            f(&l.name, l.pos);
            collect_stmt(inner, f);
        }
        StmtKind::Block(b) => collect(&b.stmts, f),
        StmtKind::If { then, els, .. } => {
            collect(&then.stmts, f);
            if let Some(e) = els {
                collect_stmt(e, f);
            }
        }
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => collect(&body.stmts, f),
        StmtKind::Switch { body, .. } => body.iter().for_each(|c| collect(&c.body, f)),
        StmtKind::TypeSwitch { body, .. } => body.iter().for_each(|c| collect(&c.body, f)),
        StmtKind::Select { body, .. } => body.iter().for_each(|c| collect(&c.body, f)),
        _ => {}
    }
}
