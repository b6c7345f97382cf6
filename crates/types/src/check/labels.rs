//! Labels of one function body (types2's labels.go): duplicates, unused
//! labels, and the targets of labeled `break`/`continue`/`goto`.

use std::collections::{HashMap, HashSet};

use syntax::ast::{Block, Stmt, StmtKind};

// (Goto checks are at the end of this file.)

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
        collect(&body.stmts, &mut |id: &syntax::ast::Ident| {
            order.push(id.clone())
        });
        self.label_objs.clear();
        let inv = self.info.types.invalid();
        for id in order {
            let (name, pos) = (id.name.clone(), id.pos);
            if name == "_" {
                continue;
            }
            let o = self.new_obj(crate::object::ObjKind::Label, &name, pos, inv);
            self.obj_mut(o).owner = self.fctx.owner;
            self.info.defs.insert(id.id, o);
            self.label_objs.entry(name.clone()).or_insert(o);
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
            StmtKind::Break(Some(l)) | StmtKind::Continue(Some(l)) | StmtKind::Goto(l)
                if self.label_objs.contains_key(&l.name) && !self.info.uses.contains_key(&l.id) =>
            {
                let o = self.label_objs[&l.name];
                self.info.uses.insert(l.id, o);
                self.jump_stmt(s, all, used, stack);
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
fn collect(stmts: &[Stmt], f: &mut impl FnMut(&syntax::ast::Ident)) {
    for s in stmts {
        collect_stmt(s, f);
    }
}

fn collect_stmt(s: &Stmt, f: &mut impl FnMut(&syntax::ast::Ident)) {
    match &s.kind {
        StmtKind::Labeled(l, inner) => {
            f(l);
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

/// Where a statement sits: the chain of (block id, statement index) from
/// the function body down to it.
type Path = Vec<(usize, usize)>;

/// Labels and gotos with their paths, and each block's start position
/// and statements.
#[derive(Default)]
struct Blocks<'s> {
    next_id: usize,
    labels: Vec<(&'s str, Path)>,
    gotos: Vec<(&'s syntax::ast::Ident, Path)>,
    starts: HashMap<usize, syntax::Pos>,
    stmts: HashMap<usize, &'s [Stmt]>,
}

impl<'s> Blocks<'s> {
    fn block(&mut self, stmts: &'s [Stmt], start: syntax::Pos, path: &mut Path) {
        let id = self.next_id;
        self.next_id += 1;
        self.starts.insert(id, start);
        self.stmts.insert(id, stmts);
        for (i, s) in stmts.iter().enumerate() {
            path.push((id, i));
            self.stmt(s, path);
            path.pop();
        }
    }

    fn stmt(&mut self, s: &'s Stmt, path: &mut Path) {
        syntax::stack::guard();
        match &s.kind {
            StmtKind::Labeled(l, inner) => {
                self.labels.push((&l.name, path.clone()));
                self.stmt(inner, path);
            }
            StmtKind::Goto(l) => self.gotos.push((l, path.clone())),
            StmtKind::Block(b) => self.block(&b.stmts, b.pos, path),
            StmtKind::If { then, els, .. } => {
                self.block(&then.stmts, then.pos, path);
                if let Some(e) = els {
                    self.stmt(e, path);
                }
            }
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                self.block(&body.stmts, body.pos, path)
            }
            StmtKind::Switch { body, .. } => {
                body.iter().for_each(|c| self.block(&c.body, c.pos, path))
            }
            StmtKind::TypeSwitch { body, .. } => {
                body.iter().for_each(|c| self.block(&c.body, c.pos, path))
            }
            StmtKind::Select { body, .. } => {
                body.iter().for_each(|c| self.block(&c.body, c.pos, path))
            }
            _ => {}
        }
    }
}

impl<'a> Checker<'a> {
    /// `goto L jumps into block ...` / `goto L jumps over declaration ...`.
    pub(crate) fn check_gotos(&mut self, body: &'a Block) {
        let mut b = Blocks::default();
        b.block(&body.stmts, body.pos, &mut Vec::new());
        for (g, gpath) in &b.gotos {
            // The first declaration of the label (duplicates are reported
            // elsewhere).
            let Some((_, lpath)) = b.labels.iter().find(|(n, _)| *n == g.name) else {
                continue;
            };
            // Blocks the label is in but the goto is not: jumping in.
            if let Some(&(blk, _)) = lpath[..lpath.len() - 1]
                .iter()
                .skip(1)
                .chain(lpath.last())
                .find(|(blk, _)| !gpath.iter().any(|(gb, _)| gb == blk))
            {
                let start = b.starts.get(&blk).copied().unwrap_or(0);
                let msg = format!(
                    "goto {} jumps into block starting at {}",
                    g.name,
                    self.pos_inline(start)
                );
                self.error(g.pos, msg);
                continue;
            }
            // Same or enclosing block: a forward jump must not skip
            // variable declarations of that block.
            let Some(&(lblk, li)) = lpath.last() else {
                continue;
            };
            let Some(&(_, gi)) = gpath.iter().find(|(gb, _)| *gb == lblk) else {
                continue;
            };
            let stmts = b.stmts.get(&lblk).copied().unwrap_or(&[]);
            for s in stmts.iter().take(li).skip(gi + 1) {
                let decl = match &s.kind {
                    StmtKind::Decl(syntax::ast::Decl::Var(specs)) => specs
                        .first()
                        .and_then(|sp| sp.names.first())
                        .map(|n| (n.name.clone(), n.pos)),
                    StmtKind::Assign {
                        lhs,
                        op: syntax::ast::AssignOp::Define,
                        ..
                    } => lhs.first().map(|e| {
                        let name = super::exprstring::expr_string(e);
                        (name, self.define_pos_of(s, lhs))
                    }),
                    _ => None,
                };
                if let Some((name, pos)) = decl {
                    let msg = format!(
                        "goto {} jumps over declaration of {name} at {}",
                        g.name,
                        self.pos_inline(pos)
                    );
                    self.error(g.pos, msg);
                    break;
                }
            }
        }
    }
}
