//! A parameter's escape tag (gc's `escape/leaks.go`): for each sink (the
//! heap, the mutator, the callee, the first results) the minimal number of
//! dereferences with which the parameter's value reaches it, or none.

/// How many results a tag can name (gc: 8 slots minus heap, mutator,
/// callee).
pub(crate) const NUM_RESULTS: usize = 5;

const HEAP: usize = 0;
const MUTATOR: usize = 1;
const CALLEE: usize = 2;
const RESULT0: usize = 3;

/// Derefs + 1 per sink; 0 means "does not reach".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Leaks([u8; 8]);

impl Leaks {
    /// A parameter that leaks to the heap as is (the safe tag).
    pub fn heap() -> Leaks {
        let mut l = Leaks::default();
        l.add_heap(0);
        l
    }

    fn get(&self, i: usize) -> i32 {
        self.0[i] as i32 - 1
    }
    fn set(&mut self, i: usize, derefs: i32) {
        self.0[i] = (derefs + 1).clamp(0, 255) as u8;
    }
    fn add(&mut self, i: usize, derefs: i32) {
        let old = self.get(i);
        if old < 0 || derefs < old {
            self.set(i, derefs);
        }
    }

    /// Derefs with which the value reaches the heap, if it does.
    pub fn heap_derefs(&self) -> Option<i32> {
        Some(self.get(HEAP)).filter(|&x| x >= 0)
    }
    pub fn mutator(&self) -> Option<i32> {
        Some(self.get(MUTATOR)).filter(|&x| x >= 0)
    }
    pub fn callee(&self) -> Option<i32> {
        Some(self.get(CALLEE)).filter(|&x| x >= 0)
    }
    pub fn result(&self, i: usize) -> Option<i32> {
        Some(self.get(RESULT0 + i)).filter(|&x| x >= 0)
    }

    pub fn add_heap(&mut self, derefs: i32) {
        self.add(HEAP, derefs)
    }
    pub fn add_mutator(&mut self, derefs: i32) {
        self.add(MUTATOR, derefs)
    }
    pub fn add_callee(&mut self, derefs: i32) {
        self.add(CALLEE, derefs)
    }
    pub fn add_result(&mut self, i: usize, derefs: i32) {
        self.add(RESULT0 + i, derefs)
    }

    /// Drops flows the heap leak already covers (gc's `Optimize`).
    pub fn optimize(&mut self) {
        if let Some(x) = self.heap_derefs() {
            for i in 1..8 {
                if self.get(i) >= x {
                    self.set(i, -1);
                }
            }
        }
    }
}
