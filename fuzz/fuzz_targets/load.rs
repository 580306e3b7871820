//! Any bytes given to the loader give a timeline or a located error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    match itinera::io::parse_bytes("fuzz.ron", data) {
        Ok(parsed) => {
            // What loads also saves and loads again.
            let text = itinera::io::serialize(&parsed.timeline);
            assert!(itinera::io::parse("again.ron", &text).is_ok());
        }
        Err(e) => assert!(e.first().is_some_and(|d| d.at.line >= 1 && d.at.col >= 1)),
    }
});
