//! Layout tests: rows, the cursor and scrolling at every size.

use super::*;

fn screen() -> Screen {
    Screen {
        heading: "Signpost: Ann".into(),
        title: "Step 2 of 6: Going back".into(),
        body: vec!["To go back a step, press Escape. It is the key at the top left.".into()],
        items: vec!["Escape".into(), "Enter".into()],
        focus: Some(1),
        keys: "Enter: go on. Esc: back.".into(),
        status: "Speech is off.".into(),
        ..Screen::default()
    }
}

#[test]
fn wrapping_breaks_at_spaces_and_indents_continuations() {
    assert_eq!(wrap("one two three", 7, 2), ["one two", "  three"]);
    assert_eq!(wrap("abcdefghij", 4, 0), ["abcd", "efgh", "ij"]);
    assert_eq!(wrap("", 10, 0), [""]);
    assert_eq!(wrap("  Ann", 10, 2), ["  Ann"]);
}

#[test]
fn key_help_wraps_between_sentences() {
    let keys = "Type, then press Enter. Backspace to rub out. Escape to go back. F1 for help.";
    assert_eq!(
        wrap_sentences(keys, 70),
        ["Type, then press Enter. Backspace to rub out. Escape to go back.", "F1 for help."]
    );
    assert_eq!(wrap_sentences("Enter to go on.", 70), ["Enter to go on."]);
    assert_eq!(wrap_sentences("A very long sentence indeed.", 10), ["A very", "long", "sentence", "indeed."]);
    assert_eq!(wrap_sentences("", 10), [""]);
}

#[test]
fn no_row_is_longer_than_the_window_or_seventy_columns() {
    let mut long = screen();
    long.body = vec!["word ".repeat(60)];
    for (w, h) in [(40, 12), (80, 25), (200, 60)] {
        let laid = layout(&long, w, h, "small", 0);
        assert_eq!(laid.rows.len(), usize::from(h));
        for row in &laid.rows {
            let len = row.text.chars().count();
            assert!(len <= MAX_TEXT_WIDTH && len + 1 < usize::from(w), "{w}x{h}: {:?}", row.text);
        }
    }
}

#[test]
fn the_cursor_sits_on_the_focused_item_even_when_scrolled() {
    let laid = layout(&screen(), 80, 25, "small", 0);
    let (x, y) = laid.cursor;
    assert_eq!(x, 1);
    assert!(laid.rows[usize::from(y)].text.starts_with("\u{2192} 2. Enter"), "{laid:?}");
    let mut tall = screen();
    tall.body = vec!["a sentence that goes on ".repeat(30)];
    let laid = layout(&tall, 40, 12, "small", 0);
    let (_, y) = laid.cursor;
    assert!(laid.rows[usize::from(y)].text.starts_with("\u{2192} 2. Enter"), "{laid:?}");
}

/// The kinds of the rows, with runs of blank rows squeezed to one.
fn shape(laid: &Layout) -> Vec<RowKind> {
    let mut kinds: Vec<RowKind> = laid.rows.iter().map(|r| r.kind).collect();
    kinds.dedup_by(|a, b| *a == RowKind::Blank && *b == RowKind::Blank);
    kinds
}

#[test]
fn the_keys_follow_the_words_after_one_blank_row_and_the_status_is_last() {
    let laid = layout(&screen(), 80, 25, "small", 0);
    let rows = &laid.rows;
    let keys = rows.iter().position(|r| r.kind == RowKind::Keys).unwrap();
    assert_eq!(rows[keys - 1].kind, RowKind::Blank);
    assert!(matches!(rows[keys - 2].kind, RowKind::Item { .. }), "{rows:#?}");
    assert_eq!(rows.last().unwrap().kind, RowKind::Status);
    assert_eq!(rows.len(), 25);
    // The end is just after the last word of the keys.
    assert_eq!(laid.end, (1 + 24, u16::try_from(keys).unwrap()));
    // A page taller than the window: no blank rows at all.
    let mut tall = screen();
    tall.body = (1..=12).map(|n| format!("Line {n}.")).collect();
    tall.keys_short = "Enter to go on.".into();
    let laid = layout(&tall, 40, 12, "small", 0);
    assert!(!shape(&laid).contains(&RowKind::Blank), "{laid:#?}");
    assert_eq!(laid.rows[usize::from(laid.end.1)].kind, RowKind::Keys);
}

#[test]
fn no_row_before_the_keys_ends_in_a_colon() {
    let mut typing = screen();
    typing.field = Some(crate::tutor::Field { label: "First name".into(), value: "Ann".into(), hidden: false });
    let laid = layout(&typing, 80, 25, "small", 0);
    assert!(laid.rows.iter().any(|r| r.text == "First name"), "{laid:#?}");
    assert!(laid.rows.iter().all(|r| !r.text.trim_end().ends_with(':')), "{laid:#?}");
}

#[test]
fn a_window_below_the_minimum_says_so() {
    let laid = layout(&screen(), 39, 25, "The window is too small.", 0);
    assert_eq!(laid.rows[0].text, "The window is too small.");
}

#[test]
fn the_cursor_follows_typing_in_a_field() {
    let mut typing = screen();
    typing.items.clear();
    typing.focus = None;
    typing.field = Some(crate::tutor::Field::text("First name".into(), "Ann".into()));
    let laid = layout(&typing, 80, 25, "small", 0);
    let (x, y) = laid.cursor;
    assert_eq!(laid.rows[usize::from(y)].text, "  Ann");
    assert_eq!(x, 1 + 5);
}

#[test]
fn a_page_taller_than_the_window_can_be_scrolled_to_every_row() {
    let mut tall = screen();
    tall.body = (1..=12).map(|n| format!("Line {n}.")).collect();
    tall.more = "Page Up/Down: more.".into();
    tall.keys_short = "Enter: go on.".into();
    let mut seen = std::collections::HashSet::new();
    for scroll in -20..=20 {
        let laid = layout(&tall, 40, 12, "small", scroll);
        assert_eq!(laid.rows.len(), 12);
        // The heading and the keys stay in view, however far the page is scrolled.
        assert_eq!((laid.rows[0].kind, laid.rows[0].text.as_str()), (RowKind::Heading, "Signpost: Ann"));
        assert!(laid.rows.iter().any(|r| r.kind == RowKind::Keys), "{scroll}");
        let status: Vec<&str> =
            laid.rows.iter().filter(|r| r.kind == RowKind::Status).map(|r| r.text.as_str()).collect();
        assert!(status.join(" ").ends_with("Page Up/Down: more."), "{status:?}");
        seen.extend(laid.rows.iter().map(|r| r.text.clone()));
    }
    for n in 1..=12 {
        assert!(seen.contains(&format!("Line {n}.")), "line {n} can be reached");
    }
    assert!(seen.contains("Step 2 of 6: Going back"), "the title can be reached");
    // Narrow windows get the short key help.
    assert!(layout(&tall, 40, 12, "small", 0).rows.iter().any(|r| r.text == "Enter: go on."));
}
