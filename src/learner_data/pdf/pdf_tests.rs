use super::font::tests::installed;
use super::*;
use crate::learner_data::pdf::layout::Line;

#[test]
fn the_document_is_one_a4_page_with_both_fonts_embedded_and_mapped_to_unicode() {
    let Some(fonts) = installed("the_document_is_one_a4_page_with_both_fonts_embedded") else { return };
    let line = |text: &str, bold| Line { text: text.into(), bold, size: 28.0, x: 70.0, y: 700.0 };
    let page = Page { lines: vec![line("Tystysgrif", true), line("Siân Ŵyn", false)], body_size: 28.0 };
    let words = super::layout::tests::words("Siân Ŵyn", 1, 0);
    let pdf = document(&words, &page, &fonts).unwrap();
    let text = String::from_utf8_lossy(&pdf);
    assert!(text.starts_with("%PDF-") && text.trim_end().ends_with("%%EOF"));
    assert_eq!(text.matches("/Type /Page").count() - text.matches("/Type /Pages").count(), 1, "one page");
    assert!(text.contains("/MediaBox [0 0 595.28 841.89]"), "A4");
    assert!(text.contains("/BaseFont /SPCREG+DejaVuSans") && text.contains("/BaseFont /SPCBLD+DejaVuSans-Bold"));
    assert_eq!(text.matches("/FontFile2").count(), 2);
    // The regular font's map back to Unicode: S, i, â, n, space, Ŵ, y (U+0175 is ŵ, U+0174 Ŵ).
    assert!(text.contains("<0003> <00E2>") && text.contains("<0006> <0174>"), "{text}");
    assert!(pdf.len() < 200_000, "only the letters used are embedded: {} bytes", pdf.len());
}
