//! Where the timeline's axis goes: the fits asked for (all, a range, the selection and where the baseline has
//! it), a selection made elsewhere brought into sight, and navigation by wheel, pinch and drag.

use super::axis::TimeAxis;
use super::{Frame, TimelineView};

/// Fit-all and fit-selection requests, applied once the axis knows its width.
pub(super) fn apply_fits(
    view: &mut TimelineView,
    mut axis: TimeAxis,
    frame: &Frame<'_>,
) -> TimeAxis {
    if std::mem::take(&mut view.fit_all)
        && let Some((a, b)) = view.layout.as_ref().and_then(|l| l.extent)
    {
        axis = axis.fitted(a as f64, b as f64);
    }
    if let Some((a, b)) = view.fit_range.take() {
        axis = axis.fitted(a, b);
    }
    if std::mem::take(&mut view.fit_selection)
        && let Some((a, b)) = selection_extent(frame)
    {
        axis = axis.fitted(a as f64, b as f64);
    }
    // A selection made in another view is brought into sight.
    if frame.selection.generation() != view.seen_selection
        && let Some((a, b)) = selection_extent(frame)
        && ((b as f64) < axis.start_secs || (a as f64) > axis.end_secs())
    {
        let middle = (a + b) as f64 / 2.0;
        axis = axis.panned((axis.start_secs + axis.span_secs() / 2.0 - middle) / axis.secs_per_px);
    }
    axis
}

/// The span of the selected events, and of where the baseline has them when the document is compared with one.
pub(super) fn selection_extent(frame: &Frame<'_>) -> Option<(i64, i64)> {
    frame.selection.ids().fold(None, |acc, id| {
        let i = frame.doc.index_of(id)?;
        let (mut start, mut end) = super::place::span_of(
            &frame.doc.timeline().events[i],
            &frame.doc.resolved().times[i],
            frame.zone,
            frame.timed,
        );
        if let Some((baseline, comparison)) = frame.compared
            && let Some(j) = comparison.was(i as u32).map(|j| j as usize)
            && let (Some(e), Some(t)) = (
                baseline.timeline().events.get(j),
                baseline.resolved().times.get(j),
            )
        {
            let (a, b) = super::place::span_of(e, t, frame.zone, frame.timed);
            (start, end) = (start.min(a), end.max(b));
        }
        Some(acc.map_or((start, end), |(a, b): (i64, i64)| {
            (a.min(start), b.max(end))
        }))
    })
}

/// Ctrl+wheel or pinch zooms around the pointer; the wheel or dragging empty space pans.
pub(super) fn navigate(
    ui: &egui::Ui,
    response: &egui::Response,
    mut axis: TimeAxis,
    view: &mut TimelineView,
) -> TimeAxis {
    if response.hovered() {
        let (zoom, scroll, pointer) =
            ui.input(|i| (i.zoom_delta(), i.smooth_scroll_delta, i.pointer.hover_pos()));
        if let Some(pointer) = pointer
            && (zoom - 1.0).abs() > f32::EPSILON
        {
            axis = axis.zoomed_around(f64::from(pointer.x), f64::from(zoom));
        }
        let pan = if scroll.x.abs() > scroll.y.abs() {
            scroll.x
        } else {
            scroll.y
        };
        if pan.abs() > 0.0 {
            axis = axis.panned(f64::from(pan));
        }
    }
    let shift = ui.input(|i| i.modifiers.shift);
    if response.drag_started() && shift {
        view.rubber_band = ui.input(|i| i.pointer.press_origin());
    }
    if response.dragged() && view.rubber_band.is_none() && view.drag.is_none() {
        axis = axis.panned(f64::from(response.drag_delta().x));
    }
    axis
}
