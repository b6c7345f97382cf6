//! The clock readings behind package time (crates/gocc/std/time.go
//! builds `Time`, `Now`, `Since`... on them in Go): `time.runtimeNano`
//! (monotonic) and `time.unixNano` (wall clock), as gc's `nanotime` and
//! `walltime` read `CLOCK_MONOTONIC` and `CLOCK_REALTIME`.

#[repr(C)]
struct Timespec {
    sec: i64,
    nsec: i64,
}

unsafe extern "C" {
    fn clock_gettime(clock: i32, ts: *mut Timespec) -> i32;
}

const CLOCK_REALTIME: i32 = 0;
const CLOCK_MONOTONIC: i32 = 1;

fn read(clock: i32) -> (i64, i64) {
    let mut ts = Timespec { sec: 0, nsec: 0 };
    // SAFETY: a valid out pointer; these clocks always exist on Linux.
    unsafe { clock_gettime(clock, &raw mut ts) };
    (ts.sec, ts.nsec)
}

/// `time.runtimeNano() int64`: the monotonic clock in nanoseconds.
#[unsafe(export_name = "time.runtimeNano")]
pub extern "C" fn runtime_nano() -> i64 {
    let (s, ns) = read(CLOCK_MONOTONIC);
    s.wrapping_mul(1_000_000_000).wrapping_add(ns)
}

/// `time.unixNano() int64`: the wall clock, nanoseconds since 1970 UTC.
#[unsafe(export_name = "time.unixNano")]
pub extern "C" fn unix_nano() -> i64 {
    let (s, ns) = read(CLOCK_REALTIME);
    s.wrapping_mul(1_000_000_000).wrapping_add(ns)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clocks_advance() {
        let a = runtime_nano();
        let b = runtime_nano();
        assert!(b >= a);
        // After 2020 and before 2262.
        assert!(unix_nano() > 1_577_836_800_000_000_000);
    }
}
