//! The timeline's time axis: a pure mapping between UTC seconds and x pixels, with pan and zoom.

/// Shortest span the axis shows across its width: one hour.
pub const MIN_SPAN_SECS: f64 = 3600.0;
/// Longest span: about fifty years.
pub const MAX_SPAN_SECS: f64 = 50.0 * 365.25 * 86400.0;

/// Maps time to x: `x = left_px + (t - start_secs) / secs_per_px`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TimeAxis {
    /// The UTC instant (seconds) at the left edge.
    pub start_secs: f64,
    /// Seconds per pixel.
    pub secs_per_px: f64,
    /// Screen x of the left edge.
    pub left_px: f64,
    /// Width in pixels.
    pub width_px: f64,
}

impl TimeAxis {
    /// An axis showing `[from, to]` across `width_px` pixels starting at `left_px`.
    pub fn showing(from: f64, to: f64, left_px: f64, width_px: f64) -> TimeAxis {
        let width_px = width_px.max(1.0);
        let span = (to - from).clamp(MIN_SPAN_SECS, MAX_SPAN_SECS);
        let middle = (from + to) / 2.0;
        TimeAxis {
            start_secs: middle - span / 2.0,
            secs_per_px: span / width_px,
            left_px,
            width_px,
        }
    }

    pub fn x_from_time(&self, secs: f64) -> f64 {
        self.left_px + (secs - self.start_secs) / self.secs_per_px
    }

    pub fn time_from_x(&self, x: f64) -> f64 {
        self.start_secs + (x - self.left_px) * self.secs_per_px
    }

    /// The UTC instant at the right edge.
    pub fn end_secs(&self) -> f64 {
        self.start_secs + self.width_px * self.secs_per_px
    }

    pub fn span_secs(&self) -> f64 {
        self.width_px * self.secs_per_px
    }

    /// The same view placed at a new screen position and width, keeping the time at the left edge and the scale.
    pub fn placed(&self, left_px: f64, width_px: f64) -> TimeAxis {
        let width_px = width_px.max(1.0);
        let span = (self.secs_per_px * width_px).clamp(MIN_SPAN_SECS, MAX_SPAN_SECS);
        TimeAxis {
            secs_per_px: span / width_px,
            left_px,
            width_px,
            ..*self
        }
    }

    /// Zooms by `factor` (> 1 zooms in) keeping the time under `x` where it is.
    pub fn zoomed_around(&self, x: f64, factor: f64) -> TimeAxis {
        let anchor = self.time_from_x(x);
        let span = (self.span_secs() / factor).clamp(MIN_SPAN_SECS, MAX_SPAN_SECS);
        let secs_per_px = span / self.width_px;
        TimeAxis {
            start_secs: anchor - (x - self.left_px) * secs_per_px,
            secs_per_px,
            ..*self
        }
    }

    /// Zooms by `factor` on the instant `t`: kept where it is when in view, brought to the middle when not.
    pub fn zoomed_on(&self, t: f64, factor: f64) -> TimeAxis {
        let x = self.x_from_time(t);
        if (self.left_px..=self.left_px + self.width_px).contains(&x) {
            return self.zoomed_around(x, factor);
        }
        let span = (self.span_secs() / factor).clamp(MIN_SPAN_SECS, MAX_SPAN_SECS);
        TimeAxis::showing(t - span / 2.0, t + span / 2.0, self.left_px, self.width_px)
    }

    /// Moves the view right by `dx` pixels of content (the timeline scrolls left).
    pub fn panned(&self, dx_px: f64) -> TimeAxis {
        TimeAxis {
            start_secs: self.start_secs - dx_px * self.secs_per_px,
            ..*self
        }
    }

    /// A view that shows `[from, to]` with a margin on both sides.
    pub fn fitted(&self, from: f64, to: f64) -> TimeAxis {
        let span = (to - from).max(MIN_SPAN_SECS);
        let margin = span * 0.04;
        TimeAxis::showing(from - margin, to + margin, self.left_px, self.width_px)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn axis() -> TimeAxis {
        TimeAxis::showing(0.0, 86400.0 * 10.0, 100.0, 1000.0)
    }

    #[test]
    fn time_and_x_round_trip() {
        let a = axis();
        for t in [0.0, 12345.6, 86400.0 * 9.5] {
            assert!((a.time_from_x(a.x_from_time(t)) - t).abs() < 1e-6);
        }
        assert!((a.x_from_time(0.0) - 100.0).abs() < 1e-9);
        assert!((a.x_from_time(86400.0 * 10.0) - 1100.0).abs() < 1e-9);
    }

    #[test]
    fn zooming_keeps_the_time_under_the_pointer() {
        let a = axis();
        let x = 350.0;
        let before = a.time_from_x(x);
        let z = a.zoomed_around(x, 2.0);
        assert!((z.time_from_x(x) - before).abs() < 1e-6);
        assert!((z.span_secs() - a.span_secs() / 2.0).abs() < 1e-6);
    }

    #[test]
    fn zoom_stops_at_one_hour_and_fifty_years() {
        let a = axis();
        assert!((a.zoomed_around(500.0, 1e9).span_secs() - MIN_SPAN_SECS).abs() < 1e-6);
        assert!((a.zoomed_around(500.0, 1e-9).span_secs() - MAX_SPAN_SECS).abs() < 1.0);
    }

    #[test]
    fn zooming_on_an_instant_keeps_it_in_place_or_brings_it_into_view() {
        let a = axis();
        let inside = 86400.0 * 7.5;
        let z = a.zoomed_on(inside, 4.0);
        assert!((z.x_from_time(inside) - a.x_from_time(inside)).abs() < 1e-6);
        let outside = 86400.0 * 40.0;
        let z = a.zoomed_on(outside, 2.0);
        assert!((z.x_from_time(outside) - (a.left_px + a.width_px / 2.0)).abs() < 1e-6);
        assert!((z.span_secs() - a.span_secs() / 2.0).abs() < 1e-6);
    }

    #[test]
    fn panning_moves_time_by_pixels_times_scale() {
        let a = axis();
        let p = a.panned(100.0);
        assert!((p.start_secs - (a.start_secs - 100.0 * a.secs_per_px)).abs() < 1e-9);
    }

    #[test]
    fn fitting_shows_the_whole_range() {
        let a = axis().fitted(1e9, 1e9 + 86400.0 * 30.0);
        assert!(a.start_secs < 1e9 && a.end_secs() > 1e9 + 86400.0 * 30.0);
    }
}
