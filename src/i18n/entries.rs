//! Where the messages and terms of a Fluent text are, found without parsing it. Shared
//! with `build.rs`, which lists the entries of Signpost's own files when it is built, so
//! a start need not look for them (see [`super::index`]). Uses the standard library only.

/// The messages and terms `text` defines, in order, as where each starts (a term's
/// `-`), where its id starts and ends (without the `-`, as Fluent keeps it) and where it
/// ends. An entry starts on a line that starts with an id (a letter, or `-` and a
/// letter) followed by `=`; it ends where the next line starts with a letter, `-` or
/// `#`, as Fluent's parser reads it: continuation lines are indented, and a select's
/// closing `}` may stand at the start of a line.
pub fn entries(text: &str) -> impl Iterator<Item = [usize; 4]> + '_ {
    let bytes = text.as_bytes();
    let mut offset = 0;
    let lines = text.split_inclusive('\n').map(move |line| {
        let start = offset;
        offset += line.len();
        start
    });
    // Each line that starts something new, and the id on it if it starts an entry.
    let mut breaks = lines
        .filter(move |&line| bytes.get(line).is_some_and(|b| b.is_ascii_alphabetic() || *b == b'-' || *b == b'#'))
        .map(move |line| (line, id(bytes, line)))
        .chain(std::iter::once((bytes.len(), None)))
        .peekable();
    std::iter::from_fn(move || loop {
        let (line, id) = breaks.next()?;
        let Some((id_start, id_end)) = id else { continue };
        let end = breaks.peek().map_or(bytes.len(), |(next, _)| *next);
        return Some([line, id_start, id_end, end]);
    })
}

/// Where the id starts (after a term's `-`) and ends, if the line at `line` starts with
/// an id and `=`.
fn id(bytes: &[u8], line: usize) -> Option<(usize, usize)> {
    let first = if bytes.get(line) == Some(&b'-') { line + 1 } else { line };
    if !bytes.get(first)?.is_ascii_alphabetic() {
        return None;
    }
    let length = bytes[first..].iter().take_while(|b| b.is_ascii_alphanumeric() || **b == b'-' || **b == b'_').count();
    let end = first + length;
    let rest = bytes[end..].iter().find(|b| **b != b' ' && **b != b'\t');
    (rest == Some(&b'=')).then_some((first, end))
}
