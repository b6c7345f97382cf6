//! Scenario statements with random parts: protected blocks with recover
//! (nested recovers, re-panics), panics of every value kind, runtime
//! errors, maps with float and interface keys, embedding and method sets,
//! string/rune iteration, conversions, goroutines over channels, and the
//! ending of `main` (normal, os.Exit, uncaught panic).

use super::Gen;
use super::ty::{self, Ty};

impl Gen<'_> {
    /// `func() { defer func() { ...recover()... }(); ... }()`.
    pub(super) fn protected_block(&mut self) {
        self.open("func() {");
        let handler = match self.r.below(5) {
            0 => "defer func() { r := recover(); fmt.Printf(\"recovered: %v (%T)\\n\", r, r) }()".to_string(),
            1 => "defer func() { if r := recover(); r != nil { if e, ok := r.(error); ok { fmt.Println(\"error:\", e.Error()) } else { fmt.Println(\"value:\", r) } } }()".to_string(),
            2 => "defer func() { fmt.Println(\"helper recover\", func() interface{} { return recover() }()); fmt.Printf(\"direct recover %+v\\n\", recover()) }()".to_string(),
            3 if self.cfg.repanic => {
                // The inner block re-panics with a new value; this outer
                // handler recovers the second panic.
                "defer func() { fmt.Printf(\"outer recovered %#v\\n\", recover()) }(); defer func() { if r := recover(); r != nil { panic(fmt.Sprint(\"again: \", r)) } }()".to_string()
            }
            _ => "defer func() { r := recover(); fmt.Printf(\"%v|%q|%T\\n\", r, fmt.Sprint(r), r) }()".to_string(),
        };
        self.line(&handler);
        // A recovering defer emitted inside would belong to this literal,
        // not to the function: no named-result defers in here.
        let saved = self.result.take();
        self.protected += 1;
        self.depth += 1;
        let n = 1 + self.r.below(4);
        for _ in 0..n {
            if self.r.chance(35) {
                self.panicky();
            } else {
                self.stmt();
            }
        }
        self.depth -= 1;
        self.protected -= 1;
        self.result = saved;
        self.close("}()");
    }

    /// A panic value of some kind.
    pub(super) fn panic_value(&mut self) -> String {
        let mut kinds = vec![
            "int", "string", "float", "bool", "errors", "errorf", "myerr", "valerr", "celsius",
            "point", "base", "int8", "uint64", "nil", "counter", "slice", "rune", "derived",
            "complex",
        ];
        if self.cfg.panicprint {
            kinds.push("baderr");
        }
        match *self.r.pick(&kinds) {
            "int" => self.nc(Ty::Int, 1),
            "string" => self.expr(Ty::Str, 2).0,
            "float" => self.nc(Ty::F64, 1),
            "bool" => self.nc(Ty::Bool, 1),
            "errors" => format!("errors.New({})", self.expr(Ty::Str, 1).0),
            "errorf" => format!(
                "fmt.Errorf(\"wrapped %d: %w\", {}, errors.New(\"inner\"))",
                self.nc(Ty::Int, 1)
            ),
            "myerr" => format!("&MyErr{{Code: {}}}", self.nc(Ty::Int, 1)),
            "valerr" => format!("ValErr{{Msg: {}}}", self.expr(Ty::Str, 1).0),
            "celsius" => format!("Celsius({})", self.nc(Ty::F64, 1)),
            "point" => format!("Point{{X: {}, Y: 2}}", self.nc(Ty::Int, 1)),
            "base" => format!("Base{{ID: 7, Name: {}}}", self.expr(Ty::Str, 1).0),
            "int8" => self.nc(Ty::I8, 1),
            "uint64" => self.nc(Ty::U64, 1),
            "nil" => "nil".into(),
            "counter" => format!("Counter({})", self.nc(Ty::Int, 1)),
            "slice" => "[]int{1, 2}".into(),
            "rune" => format!("rune({})", self.nc(Ty::I32, 1)),
            "derived" => format!(
                "Derived{{Base: Base{{ID: 1, Name: \"d\"}}, Extra: {}}}",
                self.nc(Ty::F64, 1)
            ),
            "complex" => format!("complex({}, 2)", self.nc(Ty::F64, 1)),
            _ => format!("BadErr{{N: int({}) % 2}}", self.nc(Ty::U8, 1)),
        }
    }

    /// A statement that may panic: an explicit panic or a runtime error,
    /// often behind a condition. Where panics are not allowed, a
    /// declaration instead.
    pub(super) fn panicky(&mut self) {
        if !self.may_panic_here() {
            return self.decl();
        }
        let s = if self.r.chance(40) {
            let v = self.panic_value();
            if self.r.chance(15) {
                format!("defer panic({v})")
            } else {
                format!("panic({v})")
            }
        } else {
            self.runtime_error()
        };
        if self.r.chance(60) || !self.cfg.deadcode {
            let c = self.cond();
            self.line(&format!("if {c} {{ {s} }}"));
        } else {
            // A block keeps the names it declares local.
            self.line(&format!("{{ {s} }}"));
        }
    }

    fn runtime_error(&mut self) -> String {
        let n = self.next + 1;
        self.next += 1;
        let i = self.nc(Ty::Int, 1);
        let c = self.cond();
        match self.r.below(15) {
            0 => format!(
                "xs{n} := []int{{10, 20, 30}}; i{n} := {i} % 5; fmt.Println(\"index\", i{n}, xs{n}[i{n}])"
            ),
            1 => format!(
                "var ar{n} [4]string; i{n} := {i} % 6; ar{n}[i{n}] = \"x\"; fmt.Println(ar{n})"
            ),
            2 => format!(
                "s{n} := {}; i{n} := {i} % 4; fmt.Println(s{n}[i{n}])",
                self.expr(Ty::Str, 1).0
            ),
            3 => {
                let j = self.nc(Ty::Int, 1);
                format!(
                    "xs{n} := []int{{1, 2, 3}}; i{n}, j{n} := {i} % 5, {j} % 5; fmt.Println(xs{n}[i{n}:j{n}])"
                )
            }
            4 => {
                let s = self.expr(Ty::Str, 1).0;
                format!("s{n} := {s}; i{n} := {i} % 7; fmt.Println(s{n}[i{n}:], s{n}[:i{n}])")
            }
            5 => format!(
                "var m{n} map[string]int; if {c} {{ m{n} = map[string]int{{}} }}; m{n}[\"k\"] = 1; fmt.Println(m{n})"
            ),
            6 => {
                format!(
                    "var pt{n} *Point; if {c} {{ pt{n} = &Point{{1, 2}} }}; fmt.Println(pt{n}.X)"
                )
            }
            7 => format!(
                "d{n} := Deep{{Tag: \"t\"}}; if {c} {{ d{n}.Derived = &Derived{{}} }}; fmt.Println(d{n}.Describe())"
            ),
            8 => {
                let t = *self.r.pick(ty::INTS);
                let e = self.nc(t, 1);
                let op = self.r.pick(&["/", "%"]);
                format!("z{n} := {e} % 3; fmt.Println({}(100) {op} z{n})", t.name())
            }
            9 => {
                let t = *self.r.pick(ty::ALL);
                let e = self.expr(t, 1).0;
                let target = self.r.pick(&[
                    "string",
                    "int",
                    "Describer",
                    "*MyErr",
                    "error",
                    "fmt.Stringer",
                    "float64",
                ]);
                format!("var x{n} interface{{}} = {e}; fmt.Println(x{n}.({target}))")
            }
            10 => format!("n{n} := {i} % 4 - 2; fmt.Println(int64(5) << n{n})"),
            11 => {
                format!("n{n} := {i} % 5 - 2; xs{n} := make([]int, n{n}); fmt.Println(len(xs{n}))")
            }
            12 => format!(
                "var ch{n} chan int; if {c} {{ ch{n} = make(chan int); close(ch{n}) }}; close(ch{n})"
            ),
            13 => format!(
                "xs{n} := make([]int, int(uint8({i}) % 5)); a{n} := [3]int(xs{n}); fmt.Println(a{n})"
            ),
            _ => match self.r.below(3) {
                0 => format!(
                    "m{n} := map[interface{{}}]int{{}}; var k{n} interface{{}} = []int{{1}}; if {c} {{ k{n} = 3 }}; m{n}[k{n}] = 1; fmt.Println(len(m{n}))"
                ),
                1 => format!(
                    "var a{n}, b{n} interface{{}} = []int{{1}}, []int{{1}}; if {c} {{ a{n} = 1 }}; fmt.Println(a{n} == b{n})"
                ),
                _ => format!(
                    "var f{n} func(); if {c} {{ f{n} = func() {{ fmt.Println(\"f called\") }} }}; f{n}()"
                ),
            },
        }
    }

    pub(super) fn maps(&mut self) {
        let n = self.next + 1;
        self.next += 1;
        match self.r.below(4) {
            0 => {
                let (a, b) = (self.nc(Ty::F64, 1), self.nc(Ty::F64, 1));
                // `+ 0` turns -0 into +0 (the negzero feature adds -0 keys on purpose).
                let z = if self.cfg.negzero { "" } else { " + 0" };
                let (a, b) = (format!("(nonan({a}){z})"), format!("(nonan({b}){z})"));
                let mut s = format!(
                    "mf{n} := map[float64]string{{}}; mf{n}[{a}] = \"a\"; mf{n}[{b}] = \"b\"; mf{n}[math.NaN()] = \"nan\"; mf{n}[math.Inf(-1)] = \"-inf\"; mf{n}[0] = \"zero\"; delete(mf{n}, {a})"
                );
                if self.cfg.negzero {
                    s.push_str(&format!("; mf{n}[math.Copysign(0, -1)] = \"negzero\""));
                }
                s.push_str(&format!(
                    "; v{n}, ok{n} := mf{n}[{b}]; fmt.Println(len(mf{n}), v{n}, ok{n}, mf{n})"
                ));
                self.line(&s);
            }
            1 => {
                let e1 = self.nc(Ty::Int, 1);
                let e2 = self.expr(Ty::Str, 1).0;
                let e3 = self.nc(Ty::F64, 1);
                let e4 = self.nc(Ty::I8, 1);
                self.line(&format!(
                    "mi{n} := map[interface{{}}]int{{}}; mi{n}[{e1}] = 1; mi{n}[{e2}] = 2; mi{n}[{e3}] = 3; mi{n}[Point{{1, 2}}] = 4; mi{n}[true] = 5; mi{n}[{e4}] = 6; mi{n}[int8(3)] += 7; mi{n}[3]++; mi{n}[Celsius(1.5)] = 8; mi{n}[[2]string{{\"a\", \"b\"}}] = 9; fmt.Println(len(mi{n}), mi{n}[3], mi{n}[int8(3)], mi{n}[Point{{1, 2}}], dumpIface(mi{n}))"
                ));
            }
            2 => {
                let k = self.nc(Ty::Int, 1);
                self.line(&format!(
                    "mp{n} := map[Point]int{{{{1, 2}}: 3}}; mp{n}[Point{{{k}, 0}}] += 4; sum{n} := 0; for k, v := range mp{n} {{ sum{n} += k.X*v + v }}; fmt.Printf(\"%v %d %+v %#v\\n\", mp{n}, sum{n}, mp{n}, len(mp{n}))"
                ));
            }
            _ => {
                let t = *self.r.pick(&[Ty::Str, Ty::I8, Ty::U16, Ty::Bool, Ty::F32]);
                let (a, b) = (self.expr(t, 1).0, self.expr(t, 1).0);
                let (a, b) = if t == Ty::F32 {
                    let z = if self.cfg.negzero { "" } else { " + 0" };
                    (
                        format!("float32(nonan(float64({a})){z})"),
                        format!("float32(nonan(float64({b})){z})"),
                    )
                } else {
                    (a, b)
                };
                let vt = *self.r.pick(ty::ALL);
                let (x, y) = (self.expr(vt, 1).0, self.expr(vt, 1).0);
                let tn = t.name();
                let vn = vt.name();
                self.line(&format!(
                    "mm{n} := map[{tn}]{vn}{{}}; mm{n}[{a}] = {x}; mm{n}[{b}] = {y}; fmt.Printf(\"%v %d %v\\n\", mm{n}, len(mm{n}), mm{n}[{a}]); delete(mm{n}, {b}); fmt.Printf(\"%#v\\n\", mm{n})"
                ));
            }
        }
    }

    pub(super) fn embedding(&mut self) {
        let n = self.next + 1;
        self.next += 1;
        let id = self.nc(Ty::Int, 1);
        let name = self.expr(Ty::Str, 1).0;
        let ex = self.nc(Ty::F64, 1);
        let d = format!("d{n} := Derived{{Base{{ID: {id}, Name: {name}}}, {ex}}}");
        let s = match self.r.below(6) {
            0 => format!(
                "{d}; var ds{n} Describer = d{n}; fmt.Println(ds{n}.Describe(), d{n}); fmt.Printf(\"%v %+v %s %T\\n\", d{n}, d{n}, ds{n}, ds{n})"
            ),
            1 => format!(
                "{d}; var bu{n} Bumper = &d{n}; bu{n}.Bump(3); _, ok{n} := interface{{}}(d{n}).(Bumper); _, ok2{n} := interface{{}}(&d{n}).(Bumper); fmt.Println(d{n}.ID, ok{n}, ok2{n}, d{n})"
            ),
            2 => format!(
                "{d}; bm{n} := (*Base).Bump(&d{n}.Base, 2); fmt.Println(Base.Describe(d{n}.Base), bm{n}, Derived.String(d{n}), d{n}.Base)"
            ),
            3 => format!(
                "{d}; for _, x := range []interface{{}}{{d{n}, &d{n}, d{n}.Base, &d{n}.Base, Celsius(2.5), Point{{1, 2}}, &MyErr{{3}}, ValErr{{\"v\"}}, nil, 3, \"s\", Words{{\"b\", \"a\"}}}} {{ switch v := x.(type) {{ case fmt.Stringer: fmt.Println(\"stringer\", v.String()); case error: fmt.Println(\"error\", v); case Describer: fmt.Println(\"describer\", v.Describe()); case nil: fmt.Println(\"nil\"); case int, string: fmt.Printf(\"int|string %v\\n\", v); default: fmt.Printf(\"other %T %v\\n\", v, v) }} }}"
            ),
            4 => format!(
                "{d}; dp{n} := Deep{{&d{n}, \"tag\"}}; dp{n}.Bump(1); dp{n}.Name = \"deep\"; fmt.Println(dp{n}.Describe(), d{n}.ID, dp{n}.Tag, *dp{n}.Derived); fmt.Printf(\"%v %+v\\n\", dp{n}.Base, dp{n}.Derived.Base)"
            ),
            _ => format!(
                "{d}; var st{n} fmt.Stringer = d{n}; d{n}.Name = \"changed\"; f{n} := d{n}.String; d{n}.Extra = -1; fmt.Println(st{n}, f{n}(), d{n}.String(), fmt.Sprintf(\"%#v\", d{n}.Base))"
            ),
        };
        self.line(&s);
    }

    pub(super) fn ambiguous(&mut self) {
        if !self.cfg.ambiguous {
            return self.embedding();
        }
        let n = self.next + 1;
        self.next += 1;
        let k = self.nc(Ty::Int, 1);
        let s = match self.r.below(3) {
            0 => format!(
                "var x{n} interface{{}} = Amb{{A1{{{k}}}, A2{{2}}}}; _, ok{n} := x{n}.(Whoer); _, ok2{n} := x{n}.(fmt.Stringer); fmt.Println(ok{n}, ok2{n}, x{n}); fmt.Printf(\"%v %+v %s\\n\", x{n}, x{n}, x{n})"
            ),
            1 => format!(
                "ad{n} := AmbDeep{{Amb{{A1{{1}}, A2{{2}}}}, A1{{{k}}}}}; fmt.Println(ad{n}.Who(), ad{n}, ad{n}.Amb); var w{n} Whoer = ad{n}; fmt.Println(w{n}.Who())"
            ),
            _ => format!(
                "a{n} := Amb{{A1{{{k}}}, A2{{5}}}}; fmt.Println(a{n}.A1.Who(), a{n}.A2.Who(), a{n}.A1, a{n}.A2.String()); fmt.Printf(\"%v|%+v|%#v\\n\", a{n}, a{n}, a{n})"
            ),
        };
        self.line(&s);
    }

    pub(super) fn strings_iter(&mut self) {
        let n = self.next + 1;
        self.next += 1;
        let s = self.expr(Ty::Str, 2).0;
        let body = match self.r.below(4) {
            0 => format!(
                "s{n} := {s}; for i, r := range s{n} {{ fmt.Printf(\"%d:%c:%d \", i, r, r) }}; fmt.Println(len(s{n}))"
            ),
            1 => format!(
                "s{n} := {s}; rs{n} := []rune(s{n}); bs{n} := []byte(s{n}); fmt.Println(len(rs{n}), len(bs{n}), rs{n}, bs{n}, string(rs{n}), string(bs{n})); fmt.Printf(\"%q %x %U\\n\", rs{n}, bs{n}, rs{n})"
            ),
            2 => format!(
                "s{n} := {s}; for i := 0; i < len(s{n}); i++ {{ fmt.Printf(\"%02x.\", s{n}[i]) }}; fmt.Println(strings.Count(s{n}, \"\"), strings.Index(s{n}, \"l\"), strings.Split(s{n}, \"a\"))"
            ),
            _ => format!(
                "s{n} := {s}; w{n} := Words(strings.Split(s{n} + \" b a\", \" \")); sort.Sort(w{n}); fmt.Printf(\"%q %v\\n\", w{n}, sort.IsSorted(w{n}))"
            ),
        };
        self.line(&body);
    }

    pub(super) fn conversions(&mut self) {
        let n = self.next + 1;
        self.next += 1;
        let from = *self.r.pick(ty::INTS);
        let e = self.nc(from, 2);
        let to: Vec<&str> = ty::INTS.iter().map(|t| t.name()).collect();
        let mut parts = Vec::new();
        for t in to.iter().take(3 + self.r.below(7)) {
            parts.push(format!("{t}(x{n})"));
        }
        let f = self.nc(Ty::F64, 1);
        self.line(&format!(
            "x{n} := {e}; fmt.Println({}); fmt.Println(float32(x{n}), float64(x{n}), string(rune(x{n})), float32({f}), int64(f2i({f})), uint8(f2i({f})))",
            parts.join(", ")
        ));
    }

    pub(super) fn goroutines(&mut self) {
        if !self.cfg.goroutines {
            return self.maps();
        }
        let n = self.next + 1;
        self.next += 1;
        let k = 1 + self.r.below(4);
        let cap = self.r.below(3);
        // Evaluated before the goroutine starts: a call in it may print,
        // which must not interleave with the goroutine's prints.
        let e = self.nc(Ty::Int, 1);
        // The heapresult feature reads the named result in the goroutine,
        // so gc moves it to the heap (no open-coded defers then).
        let e2 = match &self.result {
            Some((r, t)) if self.cfg.heapresult && t.is_int() => format!("k{n} + int({r})"),
            Some((r, t)) if self.cfg.heapresult && t.is_float() => {
                format!("k{n} + int(f2i(float64({r})))")
            }
            _ => format!("k{n}"),
        };
        let s = match self.r.below(2) {
            0 => format!(
                "k{n} := {e}; ch{n} := make(chan int, {cap}); done{n} := make(chan string); go func() {{ sum := 0; for v := range ch{n} {{ fmt.Println(\"got\", v); sum += v }}; done{n} <- fmt.Sprint(\"sum \", sum) }}(); for i := 0; i < {k}; i++ {{ ch{n} <- i * k{n} }}; close(ch{n}); fmt.Println(<-done{n})"
            ),
            _ => format!(
                "k{n} := {e}; res{n} := make(chan int); go func() {{ defer close(res{n}); defer func() {{ res{n} <- -1 }}(); for i := range {k} {{ res{n} <- i + {e2} }} }}(); for v := range res{n} {{ fmt.Println(\"recv\", v) }}; select {{ case v, ok := <-res{n}: fmt.Println(\"closed\", v, ok) }}"
            ),
        };
        self.line(&s);
    }

    pub(super) fn misc(&mut self) {
        let n = self.next + 1;
        self.next += 1;
        let k = self.r.below(5);
        let tag = self.expr(Ty::Str, 1).0;
        let s = match self.r.below(4) {
            0 => format!("fmt.Println(\"rec\", rec({k}, {tag}))"),
            1 => {
                let e = self.expr(Ty::Int, 2).0;
                format!(
                    "xs{n} := []int{{3, 1, 2}}; xs{n} = append(xs{n}, {e}, {k}); sort.Ints(xs{n}); fmt.Println(xs{n}, len(xs{n}), xs{n}[1:3])"
                )
            }
            2 => {
                let c = self.nc(Ty::F64, 1);
                format!(
                    "c{n} := Celsius({c}); fmt.Println(c{n}); fmt.Printf(\"%v %s %.1f %T %d\\n\", c{n}, c{n}, c{n}, c{n}, c{n})"
                )
            }
            _ => {
                let e = self.nc(Ty::Int, 1);
                format!(
                    "err{n} := fmt.Errorf(\"ctx %d: %w\", {e}, &MyErr{{4}}); var me{n} *MyErr; as{n} := errors.As(err{n}, &me{n}); fmt.Println(err{n}, as{n}, me{n}.Code, errors.Unwrap(err{n}), errors.Is(err{n}, err{n}))"
                )
            }
        };
        self.line(&s);
    }

    /// The last statements of main: return normally, os.Exit, or die of an
    /// uncaught panic (after main's deferred calls ran).
    pub(super) fn ending(&mut self) {
        self.protected = 0;
        self.in_helper = false;
        match self.r.below(10) {
            0..=3 => {}
            4 => {
                let code = self.r.below(4);
                self.line(&format!("os.Exit({code})"));
            }
            5 | 6 => {
                let v = self.panic_value();
                self.line(&format!("panic({v})"));
            }
            7 => {
                self.protected = 1;
                let s = self.runtime_error();
                self.line(&s);
            }
            8 if self.cfg.repanic => {
                let (a, b) = (self.panic_value(), self.panic_value());
                if self.r.chance(50) {
                    self.line(&format!("defer func() {{ panic({b}) }}()"));
                } else {
                    self.line("defer func() { r := recover(); panic(r) }()");
                }
                self.line(&format!("panic({a})"));
            }
            _ => {
                // Call a function that may panic, unprotected.
                let cands: Vec<usize> = (0..self.funcs.len())
                    .filter(|&i| self.funcs[i].may_panic)
                    .collect();
                if let Some(&i) = cands.first() {
                    let params = self.funcs[i].params.clone();
                    self.protected = 1;
                    let args: Vec<String> = params.iter().map(|&t| self.expr(t, 1).0).collect();
                    self.line(&format!(
                        "fmt.Println({}({}))",
                        self.funcs[i].name,
                        args.join(", ")
                    ));
                }
            }
        }
        self.protected = 0;
    }
}
