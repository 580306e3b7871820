//! The month compared with a baseline: where a moved event was, and each removed event, as outlined bars among
//! the month's own ("Mumbai, where it was", "New Delhi, removed"), laid out with them so nothing overlaps.

use chrono::NaiveDate;
use egui::{Rect, Role, Sense, Stroke, StrokeKind, WidgetInfo, pos2};

use super::Frame;
use crate::document::baseline::Mark;

/// Ghosts are laid out beside events under indices with this bit set; the rest is the baseline's index.
const GHOST: u32 = 1 << 31;

/// The baseline index of a laid-out ghost, or `None` for one of the document's events.
pub fn ghost_of(index: u32) -> Option<u32> {
    (index & GHOST != 0).then_some(index & !GHOST)
}

/// The ghosts between `first` and `last`, as spans to lay out with the events': each moved event's days in the
/// baseline (when they are not its days now, or, with `by_hours`, when a timed event's hours are not) and each
/// removed event's. The week view draws hours, so a meeting moved within its day has a ghost there; the month
/// draws days, so it has none.
pub fn spans(
    frame: &Frame<'_>,
    first: NaiveDate,
    last: NaiveDate,
    by_hours: bool,
) -> Vec<(u32, NaiveDate, NaiveDate)> {
    let (Some(baseline), Some(comparison)) = (frame.baseline, frame.comparison) else {
        return Vec::new();
    };
    let base = baseline.timeline();
    let times = &baseline.resolved().times;
    let was_days = |j: u32| {
        let e = base.events.get(j as usize)?;
        frame.days_of(e, times.get(j as usize)?)
    };
    let moved = frame.visible.iter().filter_map(|&i| {
        if comparison.mark(i) != Some(Mark::Moved) {
            return None;
        }
        let j = comparison.was(i)?;
        let days = was_days(j)?;
        let hours_moved = by_hours
            && frame
                .doc
                .timeline()
                .events
                .get(i as usize)
                .is_some_and(|e| matches!(e.start, crate::model::DateValue::Time(_)))
            && {
                let ends = |t: &crate::model::EventTimes| (t.start, t.end);
                frame.doc.resolved().times.get(i as usize).map(ends)
                    != baseline.resolved().times.get(j as usize).map(ends)
            };
        (frame.days(i) != Some(days) || hours_moved).then_some((j, days))
    });
    let removed = comparison
        .removed
        .iter()
        .filter_map(|&j| Some((j, was_days(j)?)));
    moved
        .chain(removed)
        .filter(|&(_, (a, b))| b >= first && a <= last)
        .map(|(j, (a, b))| (j | GHOST, a, b))
        .collect()
}

/// Draws baseline event `j`'s ghost bar in `rect`: outlined, its title said as where it was or as removed.
pub fn paint(ui: &egui::Ui, frame: &Frame<'_>, j: u32, rect: Rect, week: usize) {
    let Some(event) = frame
        .baseline
        .and_then(|b| b.timeline().events.get(j as usize))
    else {
        return;
    };
    let removed = frame.comparison.is_some_and(|c| c.removed.contains(&j));
    let label = if removed {
        crate::tr!("ghost-removed", title = event.shown_title())
    } else {
        crate::tr!("ghost-of", title = event.shown_title())
    };
    let visuals = ui.visuals();
    let ink = visuals.weak_text_color();
    let painter = ui.painter();
    painter.rect_stroke(rect, 3.0, Stroke::new(1.0, ink), StrokeKind::Inside);
    let galley = painter.layout_no_wrap(label.clone(), egui::FontId::proportional(12.0), ink);
    let at = pos2(rect.left() + 4.0, rect.center().y - galley.size().y / 2.0);
    let width = galley.size().x.min(rect.width() - 8.0);
    painter
        .with_clip_rect(rect.shrink(1.0))
        .galley(at, galley, ink);
    if removed {
        painter.hline(at.x..=at.x + width, rect.center().y, Stroke::new(1.0, ink));
    }
    let response = ui.interact(
        rect,
        ui.make_persistent_id(("calendar-ghost", j, week)),
        Sense::hover(),
    );
    response.widget_info(|| WidgetInfo::labeled(Role::Image, true, &label));
    response.on_hover_text(label);
}
