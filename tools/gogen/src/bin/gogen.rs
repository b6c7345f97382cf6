//! `gogen SEED [--without F1,F2]`: prints the generated program for SEED.

fn main() {
    let mut args = std::env::args().skip(1);
    let mut seed = None;
    let mut cfg = gogen::Config::default();
    while let Some(a) = args.next() {
        if a == "--without" {
            let list = args.next().unwrap_or_default();
            if let Err(e) = cfg.disable(&list) {
                eprintln!("gogen: {e}");
                std::process::exit(2);
            }
        } else if let Ok(n) = a.parse::<u64>() {
            seed = Some(n);
        } else {
            eprintln!("usage: gogen SEED [--without FEATURE,...]");
            std::process::exit(2);
        }
    }
    let Some(seed) = seed else {
        eprintln!("usage: gogen SEED [--without FEATURE,...]");
        std::process::exit(2);
    };
    print!("{}", gogen::program::generate(seed, &cfg));
}
