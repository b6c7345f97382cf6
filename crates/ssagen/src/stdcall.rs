//! Methods of runtime-implemented standard types (`os.(*File).Write`,
//! `strings.(*Builder).WriteString`) reached through an interface: the
//! itab slot holds a Go-convention adapter that makes the runtime-
//! convention call (docs/abi.md, "Runtime functions"). Direct calls are
//! lowered in call.rs; func values of package functions in closure.rs.

use ssa::{FunctionBuilder, Linkage};
use types::{Type, TypeId};

use crate::func::{Fx, Val};

impl crate::Gen<'_> {
    /// The adapter for method `m` (symbol `msym`, pointer receiver) of a
    /// runtime-implemented type: `(data word, params...) -> results`.
    pub(crate) fn runtime_method_adapter(&mut self, m: types::ObjId, msym: &str) -> String {
        let name = format!("{msym}·rt");
        if !self.wrappers.insert(name.clone()) {
            return name;
        }
        let mty = self.info.obj(m).ty;
        let (params, results) = match self.tt.under(mty) {
            Type::Func(s) => (s.params.clone(), s.results.clone()),
            _ => (Vec::new(), Vec::new()),
        };
        let word = self.tt.basic(types::BasicKind::Uintptr);
        let mut ops = vec![word];
        ops.extend(params.iter().copied());
        let outer = crate::abi::FuncAbi::new(&self.tt, &ops, &results, false);
        let mut func = ssa::Function::new(&name, outer.sig.clone(), Linkage::Local);
        {
            let b = FunctionBuilder::new(&mut func);
            let mut fx = Fx::new(self, b, name.clone(), outer);
            let args = fx.start();
            let mut it = args.into_iter();
            let vals = fx.unpack_params(&mut it);
            let argv: Vec<(Val, TypeId)> = vals.into_iter().zip(ops).collect();
            let res = fx.runtime_call(msym, &argv, &results);
            fx.ret_vals(res);
            fx.b.finish();
        }
        self.module.functions.push(func);
        name
    }
}
