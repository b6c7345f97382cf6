#!/usr/bin/env python3
"""Writes the escape annotations of crates/types/src/stdlib.rs from gc.

For every runtime-implemented function stub in stdlib.rs (`"func F(...)"`),
this compiles the real standard package with `go build -a
-gcflags='PKG=-m -d=escapemutationscalls=1' PKG` (the tags gc computes for
the package as a program imports it: with inlining) and reads gc's
parameter lines (`leaking param: p`, `leaking param content: p`,
`leaking param: p to result ~r0 level=1`, `mutates param: p derefs=0`,
`calls param: p derefs=1`, `p does not escape, mutate, or call`). A stub
whose function gc reports gets ` //esc: p=heap q=content s=r0.1 b=mut
f=call.1` (nothing listed: no parameter leaks, is written through or
called; a parameter with several sinks is listed once per sink, `s=r0
s=r1`);
a stub gc does not report (gocc's own helpers) stays unannotated, which
crates/escape treats as "every parameter leaks" (safe).

Usage: tools/escape-tags.py  (rewrites crates/types/src/stdlib.rs in place)
"""

import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STDLIB = os.path.join(ROOT, "crates/types/src/stdlib.rs")
MARK = " //esc:"

PARAM_LINE = re.compile(
    r"^(?P<file>[^:]+\.go):(?P<line>\d+):(?P<col>\d+): "
    r"(?:(?P<leak>leaking param(?P<content> content)?): (?P<lname>\S+)(?: to result (?P<res>\S+) level=(?P<lvl>\d+))?"
    r"|(?P<mc>mutates|calls) param: (?P<mcname>\S+) derefs=(?P<mcd>\d+)"
    r"|(?P<nname>\w+) does not escape, mutate, or call)$"
)
FUNC_DECL = re.compile(r"^func\s+(?:\((?P<recv>[^)]*)\)\s*)?(?P<name>\w+)\s*\((?P<params>[^)]*)\)\s*(?P<results>.*)\{?")


def split_names(params):
    """Parameter names of a Go parameter list, in order."""
    names = []
    for p in [x.strip() for x in params.split(",") if x.strip()]:
        names.append(p.split()[0] if len(p.split()) > 1 else p)
    return names


def result_names(results):
    results = results.strip().rstrip("{").strip()
    if results.startswith("("):
        inner = results[1:results.rfind(")")]
        parts = [x.strip() for x in inner.split(",") if x.strip()]
        out = []
        for i, p in enumerate(parts):
            w = p.split()
            out.append(w[0] if len(w) > 1 else "~r%d" % i)
        # `(a, b int)`: names without types.
        return out
    return ["~r0"] if results else []


def gc_tags(pkg):
    """(recv type or None, func name) -> {param: tag} from gc's -m output."""
    out = subprocess.run(
        ["go", "build", "-a", "-gcflags=%s=-m -d=escapemutationscalls=1" % pkg, pkg],
        capture_output=True, text=True, cwd="/tmp",
    ).stderr
    tags = {}
    cache = {}
    for line in out.splitlines():
        m = PARAM_LINE.match(line)
        if not m:
            continue
        f = m.group("file")
        if f not in cache:
            try:
                cache[f] = open(f).read().split("\n")
            except OSError:
                cache[f] = []
        src = cache[f]
        ln = int(m.group("line")) - 1
        if ln >= len(src):
            continue
        d = FUNC_DECL.match(src[ln])
        if not d:
            continue
        pname = m.group("lname") or m.group("mcname") or m.group("nname")
        recv = d.group("recv")
        rtype = None
        rname = None
        if recv:
            w = recv.split()
            rname = w[0] if len(w) > 1 else None
            rtype = w[-1].lstrip("*")
        params = split_names(d.group("params"))
        if pname not in params and pname != rname:
            continue  # a conversion or closure on the func line
        key = (rtype, d.group("name"))
        # A parameter may leak to several sinks (gc prints a line each:
        # `s to result before`, `s to result after`): keep them all.
        t = tags.setdefault(key, {})
        sinks = t.setdefault(pname, [])
        if m.group("mc"):
            # gc's tag drops a mutation or call at or beyond a heap leak's
            # level (leaks.Optimize): a leak implies both.
            tag = "mut" if m.group("mc") == "mutates" else "call"
            if m.group("mcd") != "0":
                tag += "." + m.group("mcd")
            if tag not in sinks:
                sinks.append(tag)
        elif m.group("leak"):
            if m.group("res"):
                res = result_names(d.group("results"))
                idx = res.index(m.group("res")) if m.group("res") in res else None
                if idx is None:
                    tag = "heap"
                else:
                    lvl = m.group("lvl")
                    tag = "r%d" % idx if lvl == "0" else "r%d.%s" % (idx, lvl)
            else:
                tag = "content" if m.group("content") else "heap"
            if tag not in sinks:
                sinks.append(tag)
    return tags


def main():
    text = open(STDLIB).read()
    # The PACKAGES table: ( "pkg", &[ "stub", ... ] ).
    table_start = text.index("const PACKAGES")
    table_end = text.index("\n];", table_start)
    table = text[table_start:table_end]
    pkgs = re.findall(r'\(\s*"([\w/]+)",\s*&\[', table)
    gc = {p: gc_tags(p) for p in pkgs}
    out = []
    pkg = None
    for line in table.split("\n"):
        pm = re.match(r'\s*"([\w/]+)",\s*$', line)
        if pm and pm.group(1) in gc:
            pkg = pm.group(1)
        sm = re.match(r'^(\s*)"(func [^"]*)",\s*$', line)
        if sm and pkg:
            stub = sm.group(2).split(MARK)[0]
            d = FUNC_DECL.match(stub)
            if d:
                recv = d.group("recv")
                rtype = recv.split()[-1].lstrip("*") if recv else None
                t = gc[pkg].get((rtype, d.group("name")))
                if t is not None:
                    ann = " ".join("%s=%s" % (k, v) for k, vs in t.items() for v in vs)
                    stub = stub + MARK + (" " + ann if ann else "")
                line = '%s"%s",' % (sm.group(1), stub)
        out.append(line)
    text = text[:table_start] + "\n".join(out) + text[table_end:]
    open(STDLIB, "w").write(text)


if __name__ == "__main__":
    sys.exit(main())
