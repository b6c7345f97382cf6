//! Deep programs and the compiler's stack: the stages walk the AST and the
//! IR recursively, so a program nested 100,000 deep (blocks, parentheses,
//! `1+1+…+1`, `f(f(f(…)))`) needs a stack far beyond a thread's default
//! 8 MB. [`run`] runs the compiler on a thread with a large stack (reserved,
//! touched only as far as it is used), and [`guard`], called at the
//! recursion points of each stage, turns a nesting that would exhaust even
//! that stack into a clear error and exit status 1 instead of a Rust stack
//! overflow (gc itself dies with `goroutine stack exceeds 1000000000-byte
//! limit` at about a million levels).

use std::cell::Cell;

/// The compiler thread's stack: like gc's 1 GB goroutine stack limit, with
/// room for the larger frames of Rust's recursive walks. Memory is only
/// committed as it is touched.
pub const STACK_SIZE: usize = 4 << 30;

/// What [`guard`] leaves unused at the end of the stack: the frames between
/// two guarded calls, and the destructors of a partly built tree.
const RESERVE: usize = 256 << 20;

thread_local! {
    /// The lowest stack address [`guard`] lets the thread reach; 0 on a
    /// thread not started by [`run`] (no check).
    static LIMIT: Cell<usize> = const { Cell::new(0) };
}

/// The current stack pointer, near enough.
#[inline(always)]
fn sp() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

/// Runs `f` on a new thread with a [`STACK_SIZE`] stack and returns its
/// result (a panic in `f` goes on in the caller). Where the system refuses
/// a stack that large, smaller ones are tried.
pub fn run<R: Send>(f: impl FnOnce() -> R + Send) -> R {
    run_catching(f).unwrap_or_else(|p| std::panic::resume_unwind(p))
}

/// [`run`], returning a panic of `f` instead of resuming it.
pub fn run_catching<R: Send>(f: impl FnOnce() -> R + Send) -> std::thread::Result<R> {
    // A failed spawn drops its closure: the closure only borrows `slot`,
    // so `f` survives for the next, smaller try.
    let slot = std::sync::Mutex::new(Some(f));
    let take = || slot.lock().unwrap_or_else(|e| e.into_inner()).take();
    std::thread::scope(|scope| {
        let mut size = STACK_SIZE;
        loop {
            let builder = std::thread::Builder::new()
                .name("gocc".into())
                .stack_size(size);
            let (take, reach) = (&take, size - RESERVE.min(size / 4));
            let spawned = builder.spawn_scoped(scope, move || {
                LIMIT.set(sp().saturating_sub(reach));
                take().map(|f| f())
            });
            match spawned {
                Ok(h) => return h.join().map(|r| r.expect("the closure is taken once")),
                Err(_) if size > 64 << 20 => size /= 2,
                Err(e) => panic!("cannot start the compiler thread: {e}"),
            }
        }
    })
}

/// Called on entry to each recursive step of a stage: when the stack is
/// nearly exhausted, reports that the program is nested too deeply and
/// exits with status 1 (the program is not compiled; nothing else is
/// printed).
#[inline]
pub fn guard() {
    let limit = LIMIT.get();
    if limit != 0 && sp() < limit {
        too_deep();
    }
}

#[cold]
#[inline(never)]
fn too_deep() -> ! {
    eprintln!("gocc: program too deeply nested: the compiler's stack is exhausted");
    std::process::exit(1)
}
