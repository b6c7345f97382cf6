//! Statements: declarations (each used on its own line), assignments,
//! control flow with constant loop bounds, prints through fmt verbs and
//! the builtin println, calls of the generated functions, and `defer` in
//! every position (loops, conditionals, closures, method values, named
//! results, builtins).

use super::Gen;
use super::ty::{self, Ty};

impl Gen<'_> {
    pub(super) fn stmt(&mut self) {
        self.budget = self.budget.saturating_sub(1);
        let shallow = self.depth < 3;
        match self.r.below(30) {
            0..=4 => self.decl(),
            5 | 6 => self.assign(),
            7 => self.print_expr(),
            8 if shallow => self.if_stmt(),
            9 if shallow => self.for_stmt(),
            10 if shallow => self.range_stmt(),
            11 if shallow => self.switch_stmt(),
            12..=14 => self.defer_stmt(),
            15 => self.call_stmt(),
            16 | 17 if shallow => self.protected_block(),
            18 | 19 => self.panicky(),
            20 => self.maps(),
            21 => self.embedding(),
            22 => self.strings_iter(),
            23 => self.conversions(),
            24 if shallow => self.goroutines(),
            25 if shallow => self.closure(),
            26 => self.misc(),
            27 => self.ambiguous(),
            _ => self.decl(),
        }
    }

    fn body(&mut self) {
        self.depth += 1;
        let n = 1 + self.r.below(3);
        for _ in 0..n {
            self.stmt();
        }
        self.depth -= 1;
    }

    /// A statement printing the value `name` of type `ty`.
    pub(super) fn print_of(&mut self, name: &str, ty: Ty) -> String {
        match self.r.below(6) {
            0 | 1 => {
                let v = ty.verb(&mut self.r);
                format!("fmt.Printf(\"{name}={v}\\n\", {name})")
            }
            2 => format!("fmt.Println(\"{name}\", {name})"),
            3 => format!("println(\"{name}\", {name})"),
            4 => {
                let (v1, v2) = (ty.verb(&mut self.r), ty.verb(&mut self.r));
                format!("fmt.Printf(\"{name} {v1} {v2} %v\\n\", {name}, {name}, {name})")
            }
            _ => format!("fmt.Print(\"{name} \", {name}, \"\\n\")"),
        }
    }

    pub(super) fn decl(&mut self) {
        let t = *self.r.pick(ty::ALL);
        let (e, _) = self.expr(t, 3);
        let name = self.fresh("v");
        let p = self.print_of(&name, t);
        if self.r.chance(20) {
            self.line(&format!("var {name} {} = {e}; {p}", t.name()));
        } else {
            self.line(&format!("{name} := {t}({e}); {p}", t = t.name()));
        }
        self.declare(&name, t, true);
    }

    fn assign(&mut self) {
        let t = *self.r.pick(ty::ALL);
        let vs = self.vars_of(t, true);
        let globals_ok = !self.in_helper && self.assign_floor == 0;
        let name = if (vs.is_empty() || self.r.chance(15)) && globals_ok {
            format!("g_{}", t.name())
        } else if vs.is_empty() {
            return self.decl();
        } else {
            self.r.pick(&vs).clone()
        };
        let (e, _) = self.expr(t, 2);
        let op = match t {
            Ty::Str => *self.r.pick(&["=", "+="]),
            Ty::Bool => "=",
            Ty::F64 | Ty::F32 => *self.r.pick(&["=", "+=", "-=", "*="]),
            _ => *self.r.pick(&[
                "=", "+=", "-=", "*=", "|=", "&=", "^=", "&^=", "/=", "%=", "<<=", ">>=",
            ]),
        };
        let rhs = match op {
            "/=" | "%=" => format!("({e} | 1)"),
            "<<=" | ">>=" => format!("(uint({}) & 31)", self.nc(Ty::U8, 1)),
            _ => e,
        };
        let p = self.print_of(&name, t);
        self.line(&format!("{name} {op} {rhs}; {p}"));
    }

    fn print_expr(&mut self) {
        let n = 1 + self.r.below(3);
        let mut verbs = Vec::new();
        let mut args = Vec::new();
        for _ in 0..n {
            let t = *self.r.pick(ty::ALL);
            verbs.push(t.verb(&mut self.r));
            args.push(self.expr(t, 2).0);
        }
        match self.r.below(3) {
            0 => self.line(&format!(
                "fmt.Printf(\"{}\\n\", {})",
                verbs.join(" "),
                args.join(", ")
            )),
            1 => self.line(&format!("fmt.Println({})", args.join(", "))),
            _ => self.line(&format!("println({})", args.join(", "))),
        }
    }

    fn if_stmt(&mut self) {
        let c = self.cond();
        self.open(&format!("if {c} {{"));
        self.body();
        if self.r.chance(50) {
            self.ind -= 1;
            self.scopes.pop();
            if self.r.chance(50) {
                let c2 = self.cond();
                self.line(&format!("}} else if {c2} {{"));
            } else {
                self.line("} else {");
            }
            self.ind += 1;
            self.scopes.push(Vec::new());
            self.body();
        }
        self.close("}");
    }

    fn for_stmt(&mut self) {
        let i = self.fresh("i");
        let n = self.r.below(5);
        let head = match self.r.below(3) {
            0 => format!("for {i} := 0; {i} < {n}; {i}++ {{"),
            1 => format!("for {i} := range {n} {{"),
            _ => format!("for {i} := {n}; {i} > 0; {i}-- {{"),
        };
        self.open(&head);
        self.declare(&i, Ty::Int, false);
        let p = self.print_of(&i, Ty::Int);
        self.line(&p);
        self.depth += 1;
        self.loops += 1;
        let k = 1 + self.r.below(2);
        for _ in 0..k {
            if self.r.chance(15) {
                let c = self.cond();
                let kw = self.r.pick(&["break", "continue"]);
                self.line(&format!("if {c} {{ {kw} }}"));
            }
            self.stmt();
        }
        self.loops -= 1;
        self.depth -= 1;
        self.close("}");
    }

    fn range_stmt(&mut self) {
        let (i, x) = (self.fresh("i"), self.fresh("x"));
        match self.r.below(3) {
            0 => {
                let s = self.expr(Ty::Str, 2).0;
                self.open(&format!("for {i}, {x} := range {s} {{"));
                self.line(&format!("fmt.Printf(\"%d:%q:%U \", {i}, {x}, {x})"));
                self.declare(&i, Ty::Int, false);
                self.declare(&x, Ty::I32, false);
            }
            1 => {
                let t = *self.r.pick(ty::ALL);
                let a = self.expr(t, 1).0;
                let b = self.expr(t, 1).0;
                self.open(&format!(
                    "for {i}, {x} := range []{}{{{a}, {b}}} {{",
                    t.name()
                ));
                let p = self.print_of(&x, t);
                self.line(&format!("fmt.Print({i}, \" \"); {p}"));
                self.declare(&i, Ty::Int, false);
                self.declare(&x, t, false);
            }
            _ => {
                let s = self.expr(Ty::Str, 2).0;
                self.open(&format!("for {i} := range len({s}) % 6 {{"));
                self.line(&format!("fmt.Print({i}, \" \")"));
                self.declare(&i, Ty::Int, false);
            }
        }
        self.loops += 1;
        self.depth += 1;
        self.stmt();
        self.depth -= 1;
        self.loops -= 1;
        self.close("}");
        self.line("fmt.Println()");
    }

    fn switch_stmt(&mut self) {
        let t = *self.r.pick(&[Ty::Int, Ty::I8, Ty::U8, Ty::Str, Ty::I64]);
        let e = self.nc(t, 2);
        self.line(&format!("switch {e} {{"));
        let mut seen = Vec::new();
        let ncases = 1 + self.r.below(3);
        for c in 0..ncases {
            let lit = t.literal(&mut self.r);
            if seen.contains(&lit) {
                continue;
            }
            seen.push(lit.clone());
            self.open(&format!("case {lit}:"));
            self.line(&format!("fmt.Println(\"case\", {c})"));
            self.depth += 1;
            self.stmt();
            self.depth -= 1;
            if c + 1 < ncases && self.r.chance(20) {
                self.line("fallthrough");
            }
            self.ind -= 1;
            self.scopes.pop();
        }
        self.open("default:");
        self.line("fmt.Println(\"default\")");
        self.ind -= 1;
        self.scopes.pop();
        self.line("}");
    }

    fn call_stmt(&mut self) {
        let protected = self.protected > 0 || self.in_helper;
        let cands: Vec<usize> = (0..self.funcs.len())
            .filter(|&i| protected || !self.funcs[i].may_panic)
            .collect();
        if cands.is_empty() {
            return self.decl();
        }
        let i = *self.r.pick(&cands);
        if self.funcs[i].may_panic && self.in_helper && self.protected == 0 {
            self.cur_may_panic = true;
        }
        let params = self.funcs[i].params.clone();
        let args: Vec<String> = params.iter().map(|&t| self.expr(t, 2).0).collect();
        let name = self.fresh("r");
        let t = self.funcs[i].result;
        let p = self.print_of(&name, t);
        self.line(&format!(
            "{name} := {}({}); {p}",
            self.funcs[i].name,
            args.join(", ")
        ));
        self.declare(&name, t, true);
    }

    /// `defer func() { res = ...; fmt.Println(...) }()` in a function with
    /// a named result; sometimes it recovers, making the rest of the
    /// function a protected region.
    pub(super) fn defer_named_result(&mut self, fname: &str) {
        let Some((res, t)) = self.result.clone() else {
            return;
        };
        let modify = match t {
            Ty::Str => format!("{res} += \"~\""),
            Ty::Bool => format!("{res} = !{res}"),
            _ => format!("{res} += 1"),
        };
        if self.r.chance(40) {
            let lit = t.literal(&mut self.r);
            self.line(&format!(
                "defer func() {{ if r := recover(); r != nil {{ fmt.Println(\"{fname} recovered:\", r); {res} = {lit} }}; {modify} }}()"
            ));
            self.protected += 1;
            // Stays protected until the function ends (`function` resets).
        } else {
            self.line(&format!(
                "defer func() {{ {modify}; fmt.Println(\"defer {fname} res\", {res}) }}()"
            ));
        }
    }

    fn defer_stmt(&mut self) {
        match self.r.below(12) {
            0 => {
                let t = *self.r.pick(ty::ALL);
                let e = self.expr(t, 2).0;
                self.line(&format!("defer fmt.Println(\"defer\", {e})"));
            }
            1 => {
                let t = *self.r.pick(ty::ALL);
                let v = self.var_of(t);
                let p = self.print_of(&v, t);
                self.line(&format!("defer func() {{ {p} }}()"));
            }
            2 => {
                let t = *self.r.pick(ty::ALL);
                let e = self.expr(t, 2).0;
                let verb = t.verb(&mut self.r);
                self.line(&format!(
                    "defer func(a {}) {{ fmt.Printf(\"defer arg {verb}\\n\", a) }}({e})",
                    t.name()
                ));
            }
            3 if self.loops == 0 => {
                let i = self.fresh("i");
                let n = 1 + self.r.below(3);
                let e = self.expr(Ty::Str, 1).0;
                self.line(&format!("for {i} := 0; {i} < {n}; {i}++ {{ defer fmt.Println(\"loop defer\", {i}, {e}) }}"));
            }
            4 => {
                let b = self.fresh("b");
                let id = self.nc(Ty::Int, 1);
                let s = self.expr(Ty::Str, 1).0;
                self.line(&format!(
                    "{b} := Base{{ID: {id}, Name: {s}}}; defer {b}.Print(); defer {b}.PPrint(); {b}.Name += \"!\"; {b}.Bump(5)"
                ));
            }
            5 => {
                let (b, mv) = (self.fresh("b"), self.fresh("mv"));
                let id = self.nc(Ty::Int, 1);
                let which = self.r.pick(&["Describe", "Bump"]);
                let call = if *which == "Bump" { "(2)" } else { "()" };
                self.line(&format!(
                    "{b} := Derived{{Base: Base{{ID: {id}, Name: \"mv\"}}}}; {mv} := {b}.{which}; {b}.ID++; defer func() {{ x := {mv}{call}; fmt.Println(\"method value\", x, {b}) }}()"
                ));
            }
            6 => {
                let c = self.cond();
                let e = self.expr(Ty::Int, 2).0;
                self.line(&format!(
                    "if {c} {{ defer fmt.Println(\"cond defer\", {e}) }}"
                ));
            }
            7 if self.result.is_some() => {
                let f = self.fresh("nr");
                self.defer_named_result(&f);
            }
            8 => {
                self.line("defer func() { fmt.Println(\"nested recover\", func() interface{} { return recover() }()) }()");
            }
            9 => {
                let e = self.expr(Ty::Str, 1).0;
                let what = self.r.pick(&[
                    "defer println(\"defer println\", {e})",
                    "defer recover()",
                    "defer fmt.Print(\"defer print \", {e}, \"\\n\")",
                ]);
                self.line(&what.replace("{e}", &e));
            }
            10 => {
                let c = self.fresh("c");
                self.line(&format!("var {c} Counter; defer func() {{ fmt.Println(\"counter\", {c}) }}(); defer {c}.Inc(); {c}.Inc()"));
            }
            _ => {
                let e = self.expr(Ty::Str, 1).0;
                self.open("func() {");
                self.line(&format!("defer fmt.Println(\"inner defer\", {e})"));
                let saved = self.result.take();
                self.depth += 1;
                self.stmt();
                self.depth -= 1;
                self.result = saved;
                self.close("}()");
            }
        }
    }

    fn closure(&mut self) {
        let f = self.fresh("fn");
        let t = *self.r.pick(ty::ALL);
        let pt = *self.r.pick(ty::ALL);
        let a = self.fresh("a");
        self.open(&format!("{f} := func({a} {}) {} {{", pt.name(), t.name()));
        self.declare(&a, pt, true);
        let p = self.print_of(&a, pt);
        self.line(&p);
        let saved = self.result.take();
        let floor = std::mem::replace(&mut self.assign_floor, self.scopes.len() - 1);
        self.depth += 1;
        self.stmt();
        self.depth -= 1;
        self.assign_floor = floor;
        self.result = saved;
        let e = self.expr(t, 2).0;
        self.line(&format!("return {e}"));
        self.close("}");
        let a1 = self.expr(pt, 1).0;
        let a2 = self.expr(pt, 1).0;
        self.line(&format!("fmt.Println(\"closure\", {f}({a1}), {f}({a2}))"));
    }
}
