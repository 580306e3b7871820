//! Settings for the whole process, made once before the window or a benchmark starts.

/// Turns transparent huge pages off for this process. With them on, the first touch of a fresh 2 MiB page zeroes
/// all of it: when the allocator takes new memory for a frame's meshes, that frame pays several milliseconds for
/// it (a month-by-month walk of the calendar at 100,000 events had a frame of about 7 ms in every six). Without
/// them still frames and loading cost a few per cent more, and no frame pays milliseconds for a fresh page.
/// Failing to change the setting changes nothing else.
pub fn prefer_small_pages() {
    #[cfg(target_os = "linux")]
    let _ = nix::sys::prctl::set_thp_disable(true);
}
