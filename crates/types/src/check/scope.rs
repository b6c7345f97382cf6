//! Lexical scopes: an arena of blocks, each mapping names to objects.
//!
//! Local declarations are inserted as statements are checked, so a name is
//! only visible after its declaration, as Go requires.

use std::collections::HashMap;

use syntax::Pos;

use super::Checker;
use crate::object::{ObjId, ObjKind};

#[derive(Clone, Debug, Default)]
pub(crate) struct Scope {
    pub parent: Option<usize>,
    pub names: HashMap<String, ObjId>,
}

impl Checker<'_> {
    pub(crate) fn new_scope(&mut self, parent: Option<usize>) -> usize {
        self.scopes.push(Scope {
            parent,
            names: HashMap::new(),
        });
        self.scopes.len() - 1
    }

    /// Enters a new block scope nested in the current one.
    pub(crate) fn open_scope(&mut self) {
        self.scope = self.new_scope(Some(self.scope));
    }

    pub(crate) fn close_scope(&mut self) {
        if let Some(p) = self.scopes[self.scope].parent {
            self.scope = p;
        }
    }

    pub(crate) fn lookup(&self, name: &str) -> Option<ObjId> {
        let mut s = Some(self.scope);
        while let Some(i) = s {
            if let Some(&o) = self.scopes[i].names.get(name) {
                if self.file_scopes.contains(&i) && self.obj(o).kind != ObjKind::PkgName {
                    self.dot_used.borrow_mut().insert((i, o));
                }
                return Some(o);
            }
            s = self.scopes[i].parent;
        }
        None
    }

    /// Declares `obj` in the current scope, reporting gc's redeclaration
    /// error (with the other declaration's position) on a clash. Blank
    /// names are never declared.
    pub(crate) fn declare(&mut self, obj: ObjId, pos: Pos) -> bool {
        let name = self.obj(obj).name.clone();
        if name == "_" || name.is_empty() {
            return true;
        }
        if let Some(&other) = self.scopes[self.scope].names.get(&name) {
            let opos = self.obj(other).pos;
            let msg = format!(
                "{name} redeclared in this block\n\t{}: other declaration of {name}",
                self.pos_string(opos)
            );
            self.error(pos, msg);
            return false;
        }
        self.scopes[self.scope].names.insert(name, obj);
        true
    }
}
