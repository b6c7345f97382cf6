//! gc's words for `-m`: the position gc gives an expression (a call at
//! its `(`, a selector at its `.`, a binary expression at its operator, a
//! composite literal at its `{`, a conversion at its operand) and the way
//! gc prints it (`ir.exprFmt`: `&Point{...}`, `make([]int, n)`,
//! `([]byte)(s)`, `"a" + fmt.Sprint(... argument...)`).

use std::cell::RefCell;
use std::collections::HashMap;
use syntax::Pos;
use syntax::ast::{BinaryOp, Expr, ExprKind, NodeId, UnaryOp};

use types::{ConstValue, Info, Mode, ObjId, Type, TypeId};

use crate::batch::{Site, SiteKind};
use crate::util::unparen;

pub(crate) struct Printer<'i> {
    text: &'i [u8],
    /// Positions from here on are in std sources, not the user's file.
    user_end: usize,
    info: &'i Info,
    /// Local variables gc replaces by their constant value in interface
    /// conversions and `make` sizes (`Prepass::const_vars`).
    consts: HashMap<ObjId, ConstValue>,
    /// Interface method selectors (`x.M` of a call) gc devirtualized,
    /// with the concrete type: printed `T.M(x.(T))`.
    devirt: RefCell<HashMap<NodeId, (TypeId, Vec<usize>)>>,
    /// `make` sizes gc's `rewriteWithLiterals` replaced by their value.
    rewritten: RefCell<HashMap<NodeId, ConstValue>>,
    /// gc's `.autotmp_N` numbers (`autotmp::number`).
    autotmps: HashMap<NodeId, u32>,
    /// The temporaries gc's typecheck puts in place of callee
    /// expressions that call (`.autotmp_3()` for `g()()`).
    callee_tmps: HashMap<NodeId, u32>,
    /// The user's file spells `uint8` / `int32` (see [`Printer::constant`]).
    spells_uint8: bool,
    spells_int32: bool,
}

impl<'i> Printer<'i> {
    pub fn new(
        text: &'i str,
        info: &'i Info,
        consts: HashMap<ObjId, ConstValue>,
        autotmps: HashMap<NodeId, u32>,
        callee_tmps: HashMap<NodeId, u32>,
    ) -> Printer<'i> {
        let user = types::program::user_text(text);
        Printer {
            text: text.as_bytes(),
            user_end: user.len(),
            spells_uint8: types::spells(user, "uint8"),
            spells_int32: types::spells(user, "int32"),
            info,
            consts,
            devirt: RefCell::new(HashMap::new()),
            rewritten: RefCell::new(HashMap::new()),
            autotmps,
            callee_tmps,
        }
    }

    /// Records that call selector `sel` was devirtualized to `t`, the
    /// method found through embedded fields `path`.
    pub fn devirtualized(&self, sel: NodeId, t: TypeId, path: Vec<usize>) {
        self.devirt.borrow_mut().insert(sel, (t, path));
    }

    /// Records that gc prints `make` size `arg` as the constant `v`.
    pub fn rewritten(&self, arg: NodeId, v: ConstValue) {
        self.rewritten.borrow_mut().insert(arg, v);
    }

    /// A type as gc prints it.
    pub fn type_name(&self, t: TypeId) -> String {
        self.ty(t)
    }

    /// A call's position (its `(`).
    pub fn call_pos(&self, e: &Expr) -> Pos {
        self.lparen(e)
    }

    /// The untyped kind constant expression `e` had before its implicit
    /// conversion (gocc's types record the converted type): a literal,
    /// an untyped named constant, or operators on those.
    fn untyped_kind(&self, e: &Expr) -> Option<types::BasicKind> {
        use syntax::ast::LitKind;
        use types::BasicKind as B;
        let info = self.info;
        let rank = |k: B| match k {
            B::UntypedInt => 0,
            B::UntypedRune => 1,
            B::UntypedFloat => 2,
            _ => 3,
        };
        match &e.kind {
            ExprKind::Paren(x) => self.untyped_kind(x),
            ExprKind::BasicLit { kind, .. } => Some(match kind {
                LitKind::Int => B::UntypedInt,
                LitKind::Rune => B::UntypedRune,
                LitKind::Float | LitKind::Imag => B::UntypedFloat,
                LitKind::String => B::UntypedString,
            }),
            ExprKind::Name(_) | ExprKind::Selector(..) => {
                let id = match &e.kind {
                    ExprKind::Name(id) => id,
                    ExprKind::Selector(_, id) => id,
                    _ => return None,
                };
                let o = info.obj(info.uses.get(&id.id).copied()?);
                match (&o.kind, info.types.get(o.ty)) {
                    (types::ObjKind::Const, Type::Basic(k)) if k.is_untyped() => Some(*k),
                    _ => None,
                }
            }
            ExprKind::Unary(_, x) => self.untyped_kind(x),
            ExprKind::Binary(op, a, b) => {
                let ka = self.untyped_kind(a)?;
                match op {
                    BinaryOp::Shl | BinaryOp::Shr => Some(ka),
                    BinaryOp::Eq
                    | BinaryOp::Ne
                    | BinaryOp::Lt
                    | BinaryOp::Le
                    | BinaryOp::Gt
                    | BinaryOp::Ge => {
                        self.untyped_kind(b)?;
                        Some(B::UntypedBool)
                    }
                    _ => {
                        let kb = self.untyped_kind(b)?;
                        Some(if rank(kb) > rank(ka) { kb } else { ka })
                    }
                }
            }
            _ => None,
        }
    }

    /// `e` as gc prints it after `rewriteWithLiterals`: a variable
    /// holding a known constant is that constant.
    fn literal_or_expr(&self, e: &Expr) -> String {
        // An untyped constant converted to an interface has its default
        // type: a rune constant is a rune.
        if let Some(types::BasicKind::UntypedRune) = self.untyped_kind(e)
            && let Some(v) = self
                .info
                .expr_types
                .get(&e.id)
                .and_then(|t| t.value.as_ref())
        {
            let rune = self.info.types.basic(types::BasicKind::UntypedRune);
            return self.constant(v, rune);
        }
        // The static value (through unsafe's word conversions too) when
        // it is a constant valid for the operand's type (gc's
        // `ValidTypeForConst`: no integer for an unsafe.Pointer).
        let x = unparen(e);
        if (matches!(x.kind, ExprKind::Name(_))
            || crate::util::unsafe_nop_conversion(self.info, x).is_some())
            && let Some(t) = self.info.type_of(x.id)
            && let Some(v) = self.static_const(x)
            && self.valid_const_type(&v, t)
        {
            return self.constant(&v, t);
        }
        self.expr(e, 0)
    }

    /// The constant `e` statically is, if any.
    fn static_const(&self, e: &Expr) -> Option<ConstValue> {
        let e = unparen(e);
        if let Some(v) = self
            .info
            .expr_types
            .get(&e.id)
            .and_then(|t| t.value.clone())
        {
            return Some(v);
        }
        if let ExprKind::Name(id) = &e.kind {
            let o = self.info.object_of(id.id)?;
            return self.consts.get(&o).cloned();
        }
        self.static_const(crate::util::unsafe_nop_conversion(self.info, e)?)
    }

    fn valid_const_type(&self, _v: &ConstValue, t: TypeId) -> bool {
        // Only the unsafe word conversions lead a constant to a variable
        // of a type no constant has.
        !matches!(
            self.info.types.under(t),
            Type::Basic(types::BasicKind::UnsafePointer) | Type::Pointer(_)
        )
    }

    pub fn is_user(&self, pos: Pos) -> bool {
        (pos as usize) < self.user_end
    }

    /// Whether the comment lines right above the declaration at `pos`
    /// hold `pragma` (gc applies the pragmas written since the previous
    /// declaration).
    pub fn has_pragma(&self, pos: Pos, pragma: &str) -> bool {
        let upto = (pos as usize).min(self.text.len());
        let line_start = self.text[..upto]
            .iter()
            .rposition(|&c| c == b'\n')
            .unwrap_or(0);
        let before = String::from_utf8_lossy(&self.text[..line_start]);
        for line in before.lines().rev() {
            let l = line.trim();
            if l.starts_with(pragma) {
                return true;
            }
            if !(l.is_empty() || l.starts_with("//")) {
                return false;
            }
        }
        false
    }

    /// The position of an unnamed parameter (gc: its type's), else the
    /// declaration's.
    pub fn param_pos(&self, pos: Pos, decl: Pos) -> Pos {
        if pos != 0 { pos } else { decl }
    }

    /// The first non-blank byte after expression `e` (an assignment's
    /// operator, where gc places the statement).
    pub fn after(&self, e: &Expr) -> Pos {
        let mut i = self.end(e);
        while i < self.text.len() && Self::is_ws(self.text[i]) {
            i += 1;
        }
        i as Pos
    }

    /// A site's `-m` position and name.
    pub fn site(&self, s: &Site) -> (Pos, String) {
        let e = s.expr;
        match s.kind {
            SiteKind::Closure => (e.pos, "func literal".into()),
            SiteKind::PtrLit => match &e.kind {
                ExprKind::Unary(UnaryOp::Addr, x) => (e.pos, format!("&{}", self.expr(x, 7))),
                _ => {
                    // An elided `{...}` of pointer type: the type
                    // printed is the pointee.
                    let t = self
                        .info
                        .type_of(e.id)
                        .map(|t| crate::util::pointer_elem(self.info, t).unwrap_or(t));
                    let t = t.map(|t| self.ty(t)).unwrap_or_default();
                    (e.pos, format!("&{t}{{...}}"))
                }
            },
            SiteKind::New | SiteKind::MakeSlice | SiteKind::MakeMap | SiteKind::Append => {
                (self.lparen(e), self.expr(e, 0))
            }
            SiteKind::SliceLit | SiteKind::MapLit => (self.gc_pos(e), self.expr(e, 0)),
            SiteKind::DotDotDot => (self.lparen(e), "... argument".into()),
            SiteKind::TempIface(n, pos) => (
                if pos == 0 { self.lparen(e) } else { pos },
                format!(".autotmp_{}", n.unwrap_or(0)),
            ),
            SiteKind::Iface => {
                if s.explicit {
                    let x = match &e.kind {
                        ExprKind::Call { args, .. } => args.first().unwrap_or(e),
                        _ => e,
                    };
                    (self.gc_pos(x), self.expr(e, 0))
                } else {
                    (self.gc_pos(e), self.literal_or_expr(e))
                }
            }
            SiteKind::StrConv { to_bytes } => {
                let (fun, x) = match &e.kind {
                    ExprKind::Call { fun, args, .. } => (Some(&**fun), args.first().unwrap_or(e)),
                    _ => (None, e),
                };
                // gc's typecheck turns `[]rune("const")` into the slice
                // literal of its runes (stringtoruneslit).
                let to_runes = !to_bytes
                    && self
                        .info
                        .type_of(e.id)
                        .is_some_and(|t| matches!(self.info.types.under(t), Type::Slice(_)));
                let constant = self
                    .info
                    .expr_types
                    .get(&x.id)
                    .is_some_and(|tv| tv.value.is_some());
                match self.info.type_of(e.id) {
                    Some(t) if to_runes && constant => {
                        (self.gc_pos(x), format!("{}{{...}}", self.ty_src(t, fun)))
                    }
                    _ => (self.gc_pos(x), self.expr(e, 0)),
                }
            }
            SiteKind::MethValue | SiteKind::AddStr | SiteKind::Wrapper => {
                (self.gc_pos(e), self.expr(e, 0))
            }
        }
    }

    /// Type `t` written as the type expression `src` when that is a
    /// simple spelling using `byte` or `rune` (gc keeps those alias
    /// names; gocc's type table knows only uint8 and int32).
    fn ty_src(&self, t: TypeId, src: Option<&Expr>) -> String {
        if let Some(x) = src {
            let a = unparen(x).pos as usize;
            let mut b = a;
            while b < self.text.len()
                && (self.text[b].is_ascii_alphanumeric() || b"[]*._".contains(&self.text[b]))
            {
                b += 1;
            }
            if a < b
                && let Ok(s) = std::str::from_utf8(&self.text[a..b])
                && s.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                    .any(|w| w == "byte" || w == "rune")
            {
                return s.to_string();
            }
        }
        self.ty(t)
    }

    /// gc spells struct types with spaces inside the braces:
    /// `struct { Name string; Tags []string }`, `struct {}`.
    fn gc_struct_spaces(s: &str) -> String {
        let mut out = String::new();
        let mut stack = Vec::new();
        let b = s.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if s[i..].starts_with("struct{") || s[i..].starts_with("interface{") {
                let kw = if s[i..].starts_with("struct{") {
                    "struct"
                } else {
                    "interface"
                };
                out.push_str(kw);
                i += kw.len() + 1;
                if b.get(i) == Some(&b'}') {
                    out.push_str(" {}");
                    i += 1;
                } else {
                    out.push_str(" { ");
                    stack.push(true);
                }
                continue;
            }
            if b[i] == b'{' {
                stack.push(false);
            } else if b[i] == b'}' && stack.pop() == Some(true) {
                out.push_str(" }");
                i += 1;
                continue;
            }
            let c = s[i..].chars().next().unwrap_or(' ');
            out.push(c);
            i += c.len_utf8();
        }
        out
    }

    fn ty(&self, t: TypeId) -> String {
        Self::gc_struct_spaces(&self.info.types.type_string(t, false))
    }

    fn is_ws(c: u8) -> bool {
        matches!(c, b' ' | b'\t' | b'\n' | b'\r')
    }

    /// The `(` matching the `)` at `close` (string literals skipped).
    fn match_back(&self, close: usize, open: u8, shut: u8) -> usize {
        let t = self.text;
        let mut depth = 0i32;
        let mut i = close.min(t.len().saturating_sub(1));
        loop {
            let c = t[i];
            if c == shut {
                depth += 1;
            } else if c == open {
                depth -= 1;
                if depth == 0 {
                    return i;
                }
            } else if c == b'"' || c == b'\'' || c == b'`' {
                // Skip back to the literal's opening quote.
                let mut j = i;
                while j > 0 {
                    j -= 1;
                    if t[j] == c {
                        let mut bs = 0;
                        while c != b'`' && j > bs && t[j - bs - 1] == b'\\' {
                            bs += 1;
                        }
                        if bs % 2 == 0 {
                            break;
                        }
                    }
                }
                i = j;
            }
            if i == 0 {
                return close;
            }
            i -= 1;
        }
    }

    /// The `[` or `(` after `from` (whitespace skipped), and its match.
    fn match_fwd(&self, from: usize, open: u8, shut: u8) -> Option<(usize, usize)> {
        let t = self.text;
        let mut i = from;
        while i < t.len() && Self::is_ws(t[i]) {
            i += 1;
        }
        if t.get(i) != Some(&open) {
            return None;
        }
        let start = i;
        let mut depth = 0;
        while i < t.len() {
            let c = t[i];
            if c == open {
                depth += 1;
            } else if c == shut {
                depth -= 1;
                if depth == 0 {
                    return Some((start, i));
                }
            } else if c == b'"' || c == b'\'' || c == b'`' {
                i += 1;
                while i < t.len() && t[i] != c {
                    if t[i] == b'\\' && c != b'`' {
                        i += 1;
                    }
                    i += 1;
                }
            }
            i += 1;
        }
        None
    }

    fn lparen(&self, e: &Expr) -> Pos {
        match &e.kind {
            ExprKind::Call { rparen, .. } => self.match_back(*rparen as usize, b'(', b')') as Pos,
            _ => e.pos,
        }
    }

    /// Where an expression ends (one past its last byte).
    fn end(&self, e: &Expr) -> usize {
        match &e.kind {
            ExprKind::Name(id) => id.pos as usize + id.name.len(),
            ExprKind::BasicLit { raw, .. } => e.pos as usize + raw.len(),
            ExprKind::Paren(x) => {
                let mut i = self.end(x);
                while i < self.text.len() && self.text[i] != b')' {
                    i += 1;
                }
                i + 1
            }
            ExprKind::Selector(_, s) => s.pos as usize + s.name.len(),
            ExprKind::Index(x, _) | ExprKind::Slice { x, .. } => self
                .match_fwd(self.end(x), b'[', b']')
                .map(|(_, c)| c + 1)
                .unwrap_or(e.pos as usize),
            ExprKind::Call { rparen, .. } => *rparen as usize + 1,
            ExprKind::CompositeLit { rbrace, .. } => *rbrace as usize + 1,
            ExprKind::FuncLit { body, .. } => body.rbrace as usize + 1,
            ExprKind::TypeAssert(x, _) => {
                let mut i = self.end(x);
                while i < self.text.len() && self.text[i] != b'(' {
                    i += 1;
                }
                self.match_fwd(i, b'(', b')')
                    .map(|(_, c)| c + 1)
                    .unwrap_or(e.pos as usize)
            }
            ExprKind::Star(x) | ExprKind::Unary(_, x) => self.end(x),
            ExprKind::Binary(_, _, b) => self.end(b),
            _ => e.pos as usize,
        }
    }

    /// gc's position of an expression.
    pub fn gc_pos(&self, e: &Expr) -> Pos {
        match &e.kind {
            ExprKind::Paren(x) => self.gc_pos(x),
            ExprKind::Selector(_, s) => {
                let mut i = s.pos as usize;
                while i > 0 && (Self::is_ws(self.text[i - 1]) || self.text[i - 1] == b'.') {
                    i -= 1;
                    if self.text[i] == b'.' {
                        return i as Pos;
                    }
                }
                e.pos
            }
            ExprKind::Index(x, _) | ExprKind::Slice { x, .. } => self
                .match_fwd(self.end(x), b'[', b']')
                .map(|(o, _)| o as Pos)
                .unwrap_or(e.pos),
            ExprKind::TypeAssert(x, _) => {
                let mut i = self.end(x);
                while i < self.text.len() && self.text[i] != b'.' {
                    i += 1;
                }
                i as Pos
            }
            // A call or conversion is at its `(` (a conversion's own
            // site, `([]byte)(s)`, is placed at its operand by `site`).
            ExprKind::Call { .. } => self.lparen(e),
            ExprKind::Binary(op, _, b) => {
                let mut i = b.pos as usize;
                while i > 0 && Self::is_ws(self.text[i - 1]) {
                    i -= 1;
                }
                (i - op.as_str().len().min(i)) as Pos
            }
            ExprKind::CompositeLit {
                ty: Some(_),
                rbrace,
                ..
            } => self.match_back(*rbrace as usize, b'{', b'}') as Pos,
            _ => e.pos,
        }
    }

    /// gc's operator precedence (`ir.OpPrec`).
    fn prec(&self, e: &Expr) -> u8 {
        match &e.kind {
            ExprKind::Unary(..) | ExprKind::Star(_) => 7,
            ExprKind::Binary(op, ..) => match op {
                BinaryOp::Mul
                | BinaryOp::Div
                | BinaryOp::Rem
                | BinaryOp::Shl
                | BinaryOp::Shr
                | BinaryOp::And
                | BinaryOp::AndNot => 6,
                BinaryOp::Add | BinaryOp::Sub | BinaryOp::Or | BinaryOp::Xor => 5,
                BinaryOp::Eq
                | BinaryOp::Ne
                | BinaryOp::Lt
                | BinaryOp::Le
                | BinaryOp::Gt
                | BinaryOp::Ge => 4,
                BinaryOp::AndAnd => 2,
                BinaryOp::OrOr => 1,
            },
            ExprKind::Paren(x) => self.prec(x),
            // gc rewrites recover() to ORECOVERFP, which has no
            // precedence of its own: parenthesized as an operand.
            ExprKind::Call { fun, .. }
                if self.info.expr_types.get(&fun.id).map(|t| t.mode)
                    == Some(Mode::Builtin(types::Builtin::Recover)) =>
            {
                0
            }
            // OCLOSURE has no precedence either: `(func literal)()`.
            ExprKind::FuncLit { .. } => 0,
            _ => 8,
        }
    }

    /// An expression as gc prints it (`ir.exprFmt`).
    pub fn expr(&self, e: &Expr, prec: u8) -> String {
        syntax::stack::guard();
        let info = self.info;
        if let Some(tv) = info.expr_types.get(&e.id)
            && let Some(v) = &tv.value
            && tv.mode == Mode::Constant
        {
            // gc folds named constants: it prints their value.
            let c = self.constant(v, tv.ty);
            // `byte(1)`: the conversion's own spelling of byte or rune.
            if let ExprKind::Call { fun, .. } = &unparen(e).kind
                && let Some((name, rest)) = c.split_once('(')
            {
                let written = self.ty_src(tv.ty, Some(fun));
                if written != name && (written == "byte" || written == "rune") {
                    return format!("{written}({rest}");
                }
            }
            return c;
        }
        // `[]rune("const")`: gc's typecheck makes it the slice literal of
        // the runes (stringtoruneslit), printed `[]rune{...}`.
        if let ExprKind::Call { fun, args, .. } = &e.kind
            && args.len() == 1
            && info
                .expr_types
                .get(&fun.id)
                .is_some_and(|t| t.mode == Mode::TypeExpr)
            && info
                .expr_types
                .get(&args[0].id)
                .is_some_and(|tv| tv.value.is_some())
            && let Some(t) = info.type_of(e.id)
            && let Type::Slice(elem) = info.types.under(t)
            && matches!(
                info.types.under(*elem),
                Type::Basic(types::BasicKind::Int32)
            )
        {
            return format!("{}{{...}}", self.ty_src(t, Some(fun)));
        }
        if let Some(n) = self.callee_tmps.get(&e.id) {
            return format!(".autotmp_{n}");
        }
        let np = self.prec(e);
        if prec > np {
            return format!("({})", self.expr(e, 0));
        }
        match &e.kind {
            // An imported package by its own name, whatever the import
            // calls it (`s "sort"`: `sort.SearchInts`).
            ExprKind::Name(id) => match info.uses.get(&id.id).map(|&o| info.obj(o)) {
                Some(o) if o.kind == types::ObjKind::PkgName => {
                    o.pkg.rsplit('/').next().unwrap_or(&o.pkg).to_string()
                }
                // A dot-imported name: gc names its package.
                Some(o)
                    if o.owner.is_none()
                        && !o.pkg.is_empty()
                        && o.pkg != "main"
                        && matches!(
                            o.kind,
                            types::ObjKind::Func
                                | types::ObjKind::Var(_)
                                | types::ObjKind::TypeName
                        ) =>
                {
                    let pkg = o.pkg.rsplit('/').next().unwrap_or(&o.pkg);
                    format!("{pkg}.{}", id.name)
                }
                _ => id.name.clone(),
            },
            ExprKind::BasicLit { raw, .. } => raw.clone(),
            ExprKind::Paren(x) => self.expr(x, prec),
            ExprKind::FuncLit { .. } => "func literal".into(),
            ExprKind::CompositeLit { elts, ty, .. } => {
                let t = info
                    .type_of(e.id)
                    .map(|t| self.ty_src(t, ty.as_deref()))
                    .unwrap_or_default();
                format!("{t}{{{}}}", if elts.is_empty() { "" } else { "..." })
            }
            ExprKind::Selector(x, s) => format!(
                "{}.{}{}",
                self.expr(x, np),
                self.embedded_path(x, e),
                s.name
            ),
            ExprKind::TypeAssert(x, t) => {
                let tt = t
                    .as_ref()
                    .and_then(|t| info.type_of(t.id))
                    .map(|t| self.ty(t))
                    .unwrap_or_default();
                format!("{}.({tt})", self.expr(x, np))
            }
            ExprKind::Index(x, i) => format!("{}[{}]", self.expr(x, np), self.expr(i, 0)),
            ExprKind::Slice {
                x,
                lo,
                hi,
                max,
                three,
            } => {
                let p =
                    |y: &Option<Box<Expr>>| y.as_ref().map(|y| self.expr(y, 0)).unwrap_or_default();
                if *three {
                    format!("{}[{}:{}:{}]", self.expr(x, np), p(lo), p(hi), p(max))
                } else {
                    format!("{}[{}:{}]", self.expr(x, np), p(lo), p(hi))
                }
            }
            ExprKind::Star(x) => format!("*{}", self.expr(x, np + 1)),
            ExprKind::Unary(op, x) => {
                let inner = self.expr(x, np + 1);
                let sp = if matches!(&unparen(x).kind, ExprKind::Unary(o2, _) if o2 == op) {
                    " "
                } else {
                    ""
                };
                format!("{}{sp}{inner}", op.as_str())
            }
            ExprKind::Binary(op, a, b) => {
                let is_str = info.type_of(e.id).is_some_and(
                    |t| matches!(info.types.under(t), Type::Basic(k) if k.is_string()),
                );
                if *op == BinaryOp::Add && is_str {
                    // gc's OADDSTR: the chain's operands.
                    let mut ops = Vec::new();
                    self.addstr_operands(e, &mut ops);
                    return ops
                        .iter()
                        .map(|x| self.expr(x, 0))
                        .collect::<Vec<_>>()
                        .join(" + ");
                }
                // An untyped constant shift count stays untyped in
                // types2; gc's noder gives it type uint (idealType).
                let count = match (
                    op,
                    info.expr_types.get(&b.id).and_then(|t| t.value.as_ref()),
                ) {
                    (BinaryOp::Shl | BinaryOp::Shr, Some(v)) if self.untyped_kind(b).is_some() => {
                        Some(format!("uint({})", types::const_string(v)))
                    }
                    _ => None,
                };
                format!(
                    "{} {} {}",
                    self.expr(a, np),
                    op.as_str(),
                    count.unwrap_or_else(|| self.expr(b, np + 1))
                )
            }
            ExprKind::Call {
                fun,
                args,
                ellipsis,
                ..
            } => self.call(e, fun, args, ellipsis.is_some()),
            _ => String::new(),
        }
    }

    /// The embedded fields a promoted field selection goes through, as
    /// gc spells them (`o.Middle.Name` for `o.Name`), each followed by
    /// a dot.
    fn embedded_path(&self, x: &Expr, sel: &Expr) -> String {
        let info = self.info;
        let Some(s) = info.selections.get(&sel.id) else {
            return String::new();
        };
        // A field's path ends with the field itself; a method value's
        // is the embedded fields to the method's holder (`o.Inner.IV`).
        let path = match s.kind {
            types::SelectionKind::FieldVal if s.path.len() >= 2 => &s.path[..s.path.len() - 1],
            types::SelectionKind::MethodVal if !s.path.is_empty() => &s.path[..],
            _ => return String::new(),
        };
        let Some(mut t) = info.type_of(x.id) else {
            return String::new();
        };
        let mut out = String::new();
        for &i in path {
            if let Some(p) = crate::util::pointer_elem(info, t) {
                t = p;
            }
            let Type::Struct(fs) = info.types.under(t) else {
                return String::new();
            };
            let Some(f) = fs.get(i) else {
                return String::new();
            };
            out.push_str(&f.name);
            out.push('.');
            t = f.ty;
        }
        out
    }

    fn addstr_operands<'e>(&self, e: &'e Expr, out: &mut Vec<&'e Expr>) {
        if let ExprKind::Binary(BinaryOp::Add, a, b) = &unparen(e).kind
            && self
                .info
                .expr_types
                .get(&e.id)
                .is_some_and(|tv| tv.value.is_none())
        {
            self.addstr_operands(a, out);
            self.addstr_operands(b, out);
        } else {
            out.push(e);
        }
    }

    fn call(&self, e: &Expr, fun: &Expr, args: &[Expr], ddd: bool) -> String {
        let info = self.info;
        let mode = info.expr_types.get(&fun.id).map(|t| t.mode);
        if mode == Some(Mode::TypeExpr) {
            let t = info.type_of(e.id).unwrap_or(TypeId(0));
            let ts = self.ty_src(t, Some(fun));
            let named = matches!(info.types.get(t), Type::Named(_))
                || ts == "any"
                || !ts.contains(['[', ' ', '(', '*']);
            // A conversion to an interface of a variable holding a known
            // constant converts the constant (rewriteWithLiterals).
            let x = match args.first() {
                Some(a) if crate::util::is_interface(info, t) => self.literal_or_expr(a),
                Some(a) => self.expr(a, 0),
                None => String::new(),
            };
            return if named {
                format!("{ts}({x})")
            } else {
                format!("({ts})({x})")
            };
        }
        let list = |xs: &[Expr]| {
            xs.iter()
                .map(|a| self.expr(a, 0))
                .collect::<Vec<_>>()
                .join(", ")
        };
        if let Some(Mode::Builtin(b)) = mode {
            return match b {
                types::Builtin::New => {
                    let t = info
                        .type_of(e.id)
                        .and_then(|t| crate::util::pointer_elem(info, t))
                        .map(|t| self.ty(t))
                        .unwrap_or_default();
                    format!("new({t})")
                }
                types::Builtin::Make => {
                    let t = info
                        .type_of(e.id)
                        .map(|t| self.ty_src(t, args.first()))
                        .unwrap_or_default();
                    let is_map = info
                        .type_of(e.id)
                        .is_some_and(|t| matches!(info.types.under(t), Type::Map { .. }));
                    let rest = &args[1.min(args.len())..];
                    let rest: Vec<&Expr> = if is_map {
                        // An untyped constant size is not printed for maps.
                        rest.iter()
                            .filter(|a| !matches!(a.kind, ExprKind::BasicLit { .. }))
                            .collect()
                    } else {
                        rest.iter().collect()
                    };
                    // gc replaces only the last size of a slice (the
                    // capacity, else the length) by a known constant.
                    let mut s = format!("make({t}");
                    for a in rest {
                        s.push_str(", ");
                        let rewritten = self.rewritten.borrow().get(&a.id).cloned();
                        match (rewritten, info.type_of(a.id)) {
                            (Some(v), Some(t)) => s.push_str(&self.constant(&v, t)),
                            _ => s.push_str(&self.expr(a, 0)),
                        }
                    }
                    s.push(')');
                    s
                }
                // gc's fmt.go prints these two; it has no case for the
                // other unsafe operations.
                types::Builtin::Add | types::Builtin::Slice => {
                    format!("unsafe.{}({})", b.name(), list(args))
                }
                types::Builtin::SliceData | types::Builtin::String | types::Builtin::StringData => {
                    format!("<node unsafe.{}>", b.name())
                }
                _ => format!(
                    "{}({}{})",
                    b.name(),
                    list(args),
                    if ddd { "..." } else { "" }
                ),
            };
        }
        // gc rewrites a static method call `x.M(a)` as a call of the
        // method expression: `T.M(x, a)`, `(*T).M(x, a)`.
        let (f, recv) = match self.method_call(fun) {
            Some((m, r)) => (m, Some(r)),
            None => (self.expr(fun, 8), None),
        };
        let args_s: Vec<String> = recv
            .into_iter()
            .chain(match self.tuple_args(fun, args) {
                Some(temps) => temps,
                // An argument converted to an interface parameter is
                // printed as gc's rewriteWithLiterals left it.
                None => {
                    let params = match info.type_of(fun.id).map(|t| info.types.under(t)) {
                        Some(Type::Func(sig)) => sig.params.clone(),
                        _ => Vec::new(),
                    };
                    args.iter()
                        .enumerate()
                        .map(|(i, a)| match params.get(i) {
                            Some(&p)
                                if crate::util::is_interface(info, p)
                                    && info
                                        .type_of(a.id)
                                        .is_some_and(|t| !crate::util::is_interface(info, t)) =>
                            {
                                self.literal_or_expr(a)
                            }
                            _ => self.expr(a, 0),
                        })
                        .collect()
                }
            })
            .collect();
        let nrecv = args_s.len().saturating_sub(args.len());
        // A variadic call's extra arguments become one implicit slice.
        if let Some(t) = info.type_of(fun.id)
            && let Type::Func(sig) = info.types.under(t)
            && sig.variadic
            && !ddd
        {
            let fixed = sig.params.len() - 1;
            let is_method_expr = matches!(info.selections.get(&unparen(fun).id), Some(s) if s.kind == types::SelectionKind::MethodExpr);
            let fixed = fixed + usize::from(is_method_expr);
            let mut parts: Vec<String> = args_s.iter().take(fixed + nrecv).cloned().collect();
            if args.len() > fixed {
                parts.push("... argument".into());
            } else {
                parts.push("nil".into());
            }
            return format!("{f}({}...)", parts.join(", "));
        }
        format!("{f}({}{})", args_s.join(", "), if ddd { "..." } else { "" })
    }

    /// The arguments of `f(g())` as gc has them: g's temporaries
    /// (`.autotmp_N`), each converted to its parameter's type; the first
    /// carries the assignment to them, which gc's `InitExpr` attaches by
    /// wrapping a bare temporary in a conversion to its own type
    /// (`show(int(.autotmp_0), .autotmp_1)`).
    fn tuple_args(&self, fun: &Expr, args: &[Expr]) -> Option<Vec<String>> {
        let info = self.info;
        let [g] = args else {
            return None;
        };
        let Type::Tuple(results) = info.types.get(info.type_of(g.id)?) else {
            return None;
        };
        let base = *self.autotmps.get(&g.id)?;
        let Type::Func(sig) = info.types.under(info.type_of(fun.id)?) else {
            return None;
        };
        if sig.variadic {
            return None;
        }
        Some(
            results
                .iter()
                .enumerate()
                .map(|(i, &rt)| {
                    let name = format!(".autotmp_{}", base + i as u32);
                    let converted = sig.params.get(i).is_some_and(|&pt| pt != rt);
                    if i == 0 && !converted {
                        format!("{}({name})", self.ty(rt))
                    } else {
                        name
                    }
                })
                .collect(),
        )
    }

    /// For a static method call's callee `x.M`: gc's method expression
    /// (`T.M`, `(*T).M`) and the receiver argument (`x`, through the
    /// embedded fields of a promoted method).
    fn method_call(&self, fun: &Expr) -> Option<(String, String)> {
        let info = self.info;
        let fun = unparen(fun);
        let ExprKind::Selector(x, _) = &fun.kind else {
            return None;
        };
        let s = info.selections.get(&fun.id)?;
        if s.kind != types::SelectionKind::MethodVal {
            return None;
        }
        if let Some((t, path)) = self.devirt.borrow().get(&fun.id).cloned() {
            let ExprKind::Selector(_, name) = &fun.kind else {
                return None;
            };
            let ts = self.ty(t);
            // Named after the method's own receiver (`Box.Get` for a
            // value method of a `*Box`).
            let m = match types::lookup::lookup_field_or_method(
                &info.types,
                &info.objects,
                t,
                &name.name,
            ) {
                types::lookup::Lookup::Method { method, .. } => method,
                _ => return None,
            };
            let r = info.obj(m).recv?;
            let rt = self.ty(r.named);
            let mexpr = if r.pointer {
                format!("(*{rt}).{}", name.name)
            } else {
                format!("{rt}.{}", name.name)
            };
            let mut recv = format!("{}.({ts})", self.expr(x, 8));
            let mut ft = t;
            for i in path {
                ft = crate::util::pointer_elem(info, ft).unwrap_or(ft);
                let Type::Struct(fs) = info.types.under(ft) else {
                    break;
                };
                let Some(f) = fs.get(i) else {
                    break;
                };
                recv.push('.');
                recv.push_str(&f.name);
                ft = f.ty;
            }
            return Some((mexpr, recv));
        }
        let m = s.method?;
        let r = info.obj(m).recv?;
        let t = self.ty(r.named);
        let name = &info.obj(m).name;
        let mexpr = if r.pointer {
            format!("(*{t}).{name}")
        } else {
            format!("{t}.{name}")
        };
        let mut recv = self.expr(x, 8);
        let Some(mut tt) = info.type_of(x.id) else {
            return Some((mexpr, recv));
        };
        for &i in &s.path {
            if let Some(p) = crate::util::pointer_elem(info, tt) {
                tt = p;
            }
            let Type::Struct(fs) = info.types.under(tt) else {
                break;
            };
            let Some(f) = fs.get(i) else {
                break;
            };
            recv.push('.');
            recv.push_str(&f.name);
            tt = f.ty;
        }
        Some((mexpr, recv))
    }

    /// A constant of type `t` as gc prints it (`ir.exprFmt`'s
    /// OLITERAL): a rune as `%q` does, a value of its kind's default
    /// type (int, float64, complex128, string, bool) or untyped as
    /// go/constant's String does, any other as a conversion
    /// (`int8(-128)`, `time.Duration(5)`). gocc's types do not tell
    /// `byte`/`rune` from `uint8`/`int32`: named as the program spells
    /// them (`types::spells`).
    fn constant(&self, v: &ConstValue, t: TypeId) -> String {
        use types::BasicKind as B;
        let info = self.info;
        let basic = match info.types.get(t) {
            Type::Basic(k) => Some(*k),
            _ => None,
        };
        if let (ConstValue::Int(i), Some(B::UntypedRune | B::Int32)) = (v, basic)
            && (basic == Some(B::UntypedRune) || !self.spells_int32)
            && let Some(r) = i.to_i64().filter(|r| (0..=0x10ffff).contains(r))
        {
            return types::quote_rune(r);
        }
        let s = types::const_string(v);
        let default = match v {
            ConstValue::Int(_) => B::Int,
            ConstValue::Float(_) | ConstValue::Rat(_) => B::Float64,
            ConstValue::Complex(..) => B::Complex128,
            ConstValue::String(_) => B::String,
            ConstValue::Bool(_) => B::Bool,
        };
        match basic {
            Some(k) if k == default || k.is_untyped() => s,
            Some(B::Uint8) if !self.spells_uint8 => format!("byte({s})"),
            _ => format!("{}({s})", self.ty(t)),
        }
    }
}
