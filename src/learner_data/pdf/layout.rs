//! Laying a certificate's words out on one A4 page: large print (28 pt words, bigger
//! bold headings), left aligned, each line wrapped to the page. When the words do not
//! fit, everything is set smaller, step by step, down to half size; if even that is
//! too long (a great many courses or milestones), the longest list is cut short with
//! "and 3 more", so a certificate is always one page.

use super::font::{Font, Fonts};
use crate::learner_data::certificate::Words;

/// A4 in points.
pub const WIDTH: f32 = 595.28;
pub const HEIGHT: f32 = 841.89;
/// Where the border is drawn, 15 mm in from the edge of the paper.
pub const MARGIN: f32 = 42.5;
/// The space between the border and the words.
const INSET: f32 = 18.0;
/// The size of the words, in points, when everything fits at full size.
const BODY: f32 = 28.0;
/// The smallest the words are set: half size, 14 pt.
const SMALLEST: f32 = 0.5;
const STEP: f32 = 0.05;
/// What goes before each item of a list.
const BULLET: &str = "•\u{a0}";

/// How a block of words is set.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Style {
    Title,
    Heading,
    Body,
    Item,
}

impl Style {
    /// The size, as a share of the words' size.
    fn size(self) -> f32 {
        match self {
            Style::Title => 1.3,
            Style::Heading => 1.15,
            Style::Body | Style::Item => 1.0,
        }
    }

    fn bold(self) -> bool {
        matches!(self, Style::Title | Style::Heading)
    }
}

/// One paragraph, heading or list item, with the space above it (in lines of words).
struct Block {
    text: String,
    style: Style,
    space: f32,
}

/// One line on the page: its words, font and size, and where its baseline starts.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub text: String,
    pub bold: bool,
    pub size: f32,
    pub x: f32,
    pub y: f32,
}

/// The page: its lines, and the size the words were set at.
#[derive(Debug)]
pub struct Page {
    pub lines: Vec<Line>,
    pub body_size: f32,
}

/// The left and right edges, top and bottom of where words may go.
pub const LEFT: f32 = MARGIN + INSET;
pub const RIGHT: f32 = WIDTH - MARGIN - INSET;
pub const TOP: f32 = HEIGHT - MARGIN - INSET;
pub const BOTTOM: f32 = MARGIN + INSET;

/// The certificate's words on one page, as large as they fit. `more` words "and 3
/// more", for a list cut short.
pub fn page(w: &Words, fonts: &Fonts, more: &dyn Fn(usize) -> String) -> Page {
    let all = blocks(w, usize::MAX, more);
    let mut scale = 1.0;
    while scale > SMALLEST + STEP / 2.0 {
        if let Some(lines) = set(&all, fonts, scale) {
            return Page { lines, body_size: BODY * scale };
        }
        scale -= STEP;
    }
    let longest = w.sections().iter().map(|s| s.lines.len()).max().unwrap_or(0);
    for keep in (0..=longest).rev() {
        if let Some(lines) = set(&blocks(w, keep, more), fonts, SMALLEST) {
            return Page { lines, body_size: BODY * SMALLEST };
        }
    }
    // Names are short (`MAX_NAME_CHARS`), so this is not reached; were it reached, the
    // lines that fit are kept and the rest left off, never a second page.
    let mut lines = set_all(&blocks(w, 0, more), fonts, SMALLEST);
    lines.retain(|l| l.y >= BOTTOM);
    Page { lines, body_size: BODY * SMALLEST }
}

/// The certificate's parts in order, each list at most `keep` long.
fn blocks(w: &Words, keep: usize, more: &dyn Fn(usize) -> String) -> Vec<Block> {
    let block = |text: &str, style, space| Block { text: text.to_owned(), style, space };
    let mut out = vec![block(&w.title, Style::Title, 0.0), block(&w.heading, Style::Heading, 0.5)];
    out.push(block(&w.intro, Style::Body, 0.3));
    out.extend(w.hub.iter().map(|hub| block(hub, Style::Body, 0.3)));
    out.push(block(&w.finished, Style::Body, 0.3));
    for section in w.sections() {
        out.push(block(section.heading, Style::Heading, 0.6));
        out.extend(section.note.map(|note| block(note, Style::Body, 0.2)));
        out.extend(section.lines.iter().take(keep).map(|l| block(&format!("{BULLET}{l}"), Style::Item, 0.15)));
        let left = section.lines.len().saturating_sub(keep);
        if left > 0 {
            out.push(block(&more(left), Style::Body, 0.15));
        }
    }
    out.push(block(&w.printed, Style::Body, 0.6));
    out.push(block(&w.signed, Style::Body, 1.2));
    out.push(block(&w.footer, Style::Body, 0.6));
    out
}

/// Every block set at `scale`, top down, or `None` if they run past the bottom.
fn set(blocks: &[Block], fonts: &Fonts, scale: f32) -> Option<Vec<Line>> {
    let lines = set_all(blocks, fonts, scale);
    let last = lines.last()?;
    let descent = fonts.get(last.bold).extent(last.size).1;
    (last.y - descent >= BOTTOM).then_some(lines)
}

/// Every block set at `scale`, top down, however far down they go.
fn set_all(blocks: &[Block], fonts: &Fonts, scale: f32) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut top = TOP;
    for b in blocks {
        let font = fonts.get(b.style.bold());
        let size = BODY * scale * b.style.size();
        let (ascent, descent) = font.extent(size);
        let pitch = (ascent + descent).max(size * 1.2);
        top -= b.space * BODY * scale;
        let indent = if b.style == Style::Item { font.width(BULLET, size) } else { 0.0 };
        for (n, text) in wrap(font, &b.text, size, indent).into_iter().enumerate() {
            let x = if n == 0 { LEFT } else { LEFT + indent };
            lines.push(Line { text, bold: b.style.bold(), size, x, y: top - ascent });
            top -= pitch;
        }
    }
    lines
}

/// `text` broken into lines that fit between the edges at `size`, lines after the
/// first starting `indent` further in. A word too long for a line of its own (a very
/// long name) is broken between letters.
fn wrap(font: &Font, text: &str, size: f32, indent: f32) -> Vec<String> {
    let room = |lines: &Vec<String>| RIGHT - LEFT - if lines.is_empty() { 0.0 } else { indent };
    let fits = |s: &str, lines: &Vec<String>| font.width(s, size) <= room(lines);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let joined = if line.is_empty() { word.to_owned() } else { format!("{line} {word}") };
        if fits(&joined, &lines) {
            line = joined;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        for c in word.chars() {
            line.push(c);
            if !fits(&line, &lines) && line.chars().count() > 1 {
                line.pop();
                lines.push(std::mem::replace(&mut line, c.to_string()));
            }
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
#[path = "layout_tests.rs"]
pub(crate) mod tests;
