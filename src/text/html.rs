//! Text put into a web page (a certificate, the funders' summary): the characters HTML
//! gives meaning to are written as entities, so a name is never markup.

/// `text` made safe to put inside HTML, in element content or in an attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn special_characters_are_escaped() {
        assert_eq!(super::escape(r#"<b>Tom & "Jerry's"</b>"#), "&lt;b&gt;Tom &amp; &quot;Jerry&#39;s&quot;&lt;/b&gt;");
        assert_eq!(super::escape("Siân"), "Siân");
    }
}
