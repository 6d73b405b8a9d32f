//! The certificate as a PDF: one A4 page in large print, black on white, with a
//! border, set in DejaVu Sans ([`font`]) and laid out by [`layout`]. Its words are real
//! text (each letter mapped back to Unicode), so they can be copied, searched and read
//! aloud by a screen reader, in Welsh and Polish as in English.

pub mod font;
pub mod layout;

use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref, Str, TextStr};

use self::font::{Fonts, Used};
use self::layout::{Page, HEIGHT, MARGIN, WIDTH};
use crate::learner_data::certificate::Words;

const CATALOG: Ref = Ref::new(1);
const PAGES: Ref = Ref::new(2);
const PAGE: Ref = Ref::new(3);
const CONTENT: Ref = Ref::new(4);
const INFO: Ref = Ref::new(5);
/// Each font takes five objects from here.
const REGULAR: Ref = Ref::new(10);
const BOLD: Ref = Ref::new(20);
/// The border's width, in points.
const BORDER: f32 = 3.0;

/// The certificate's words as a one-page PDF. `more` words "and 3 more", for a list
/// cut short to fit the page.
pub fn certificate(w: &Words, fonts: &Fonts, more: &dyn Fn(usize) -> String) -> Result<Vec<u8>, String> {
    document(w, &layout::page(w, fonts, more), fonts)
}

fn document(w: &Words, page: &Page, fonts: &Fonts) -> Result<Vec<u8>, String> {
    let mut used = [Used::default(), Used::default()];
    let mut content = Content::new();
    content.set_stroke_gray(0.0).set_fill_gray(0.0).set_line_width(BORDER);
    let inside = MARGIN + BORDER / 2.0;
    content.rect(inside, inside, WIDTH - 2.0 * inside, HEIGHT - 2.0 * inside).stroke();
    for line in &page.lines {
        let font = usize::from(line.bold);
        let bytes = used[font].encode(fonts.get(line.bold), &line.text);
        content.begin_text();
        content.set_font(Name(if line.bold { b"F2" } else { b"F1" }), line.size);
        content.next_line(line.x, line.y);
        content.show(Str(&bytes));
        content.end_text();
    }
    let content = content.finish();

    let mut pdf = Pdf::new();
    let mut catalog = pdf.catalog(CATALOG);
    catalog.pages(PAGES).lang(TextStr(&w.language));
    catalog.finish();
    pdf.document_info(INFO).title(TextStr(&w.title)).creator(TextStr("Signpost"));
    pdf.pages(PAGES).kids([PAGE]).count(1);
    let mut p = pdf.page(PAGE);
    p.parent(PAGES).media_box(Rect::new(0.0, 0.0, WIDTH, HEIGHT)).contents(CONTENT);
    p.resources().fonts().pair(Name(b"F1"), REGULAR).pair(Name(b"F2"), BOLD);
    p.finish();
    pdf.stream(CONTENT, &content);
    let [regular, bold] = &used;
    fonts.regular.embed(&mut pdf, REGULAR, "SPCREG", regular)?;
    fonts.bold.embed(&mut pdf, BOLD, "SPCBLD", bold)?;
    Ok(pdf.finish())
}

#[cfg(test)]
#[path = "pdf_tests.rs"]
mod tests;
