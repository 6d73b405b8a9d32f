//! Each `.ftl` file read whole is parsed at most once per process: `check` walks every
//! file, and the words made from a folder on disk (`--locales`, a course pack's) check
//! each of its files whole when they are made, so `check` with course packs reads a
//! pack's words once. (Signpost's own words are parsed message by message as they are
//! wanted, see `lazy.rs`, and never pass here.) Parsing is most of the cost of loading
//! words, and old PCs feel every millisecond.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use fluent_bundle::FluentResource;
use fluent_syntax::parser::ParserError;

/// One file's parse: the messages that parsed, and the syntax errors, if any.
#[derive(Clone)]
pub struct Parsed {
    pub resource: Arc<FluentResource>,
    pub errors: Arc<[ParserError]>,
}

/// Parses are kept by path; an entry whose text has changed (a test writing the same
/// path twice, say) is parsed again.
fn parsed() -> &'static Mutex<HashMap<PathBuf, Parsed>> {
    static PARSED: OnceLock<Mutex<HashMap<PathBuf, Parsed>>> = OnceLock::new();
    PARSED.get_or_init(Mutex::default)
}

/// This process's earlier parse of `path`, if its text was `text`. Only a file that
/// passed [`super::guard`] is ever parsed, so a file found here need not be guarded again.
pub fn earlier(path: &Path, text: &str) -> Option<Parsed> {
    let cache = parsed().lock().unwrap_or_else(PoisonError::into_inner);
    cache.get(path).filter(|p| p.resource.source() == text).cloned()
}

/// `text`, the contents of `path`, parsed: from this process's earlier parse when the
/// text is the same, else now.
pub fn parse(path: &Path, text: &str) -> Parsed {
    let mut cache = parsed().lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(found) = cache.get(path).filter(|p| p.resource.source() == text) {
        return found.clone();
    }
    let (resource, errors) = match FluentResource::try_new(text.to_owned()) {
        Ok(resource) => (resource, Vec::new()),
        Err((partial, errors)) => (partial, errors),
    };
    let fresh = Parsed { resource: Arc::new(resource), errors: errors.into() };
    cache.insert(path.to_path_buf(), fresh.clone());
    fresh
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_file_is_parsed_once_and_a_changed_one_again() {
        let path = Path::new("cache-test/en-GB/a.ftl");
        let first = parse(path, "a = A\n");
        let again = parse(path, "a = A\n");
        assert!(Arc::ptr_eq(&first.resource, &again.resource), "the second call reuses the parse");
        assert!(earlier(path, "a = A\n").is_some_and(|p| Arc::ptr_eq(&p.resource, &first.resource)));
        assert!(earlier(path, "a = B\n").is_none(), "a changed text was not parsed yet");
        let changed = parse(path, "a = B\n");
        assert!(!Arc::ptr_eq(&first.resource, &changed.resource));
        assert_eq!(changed.resource.source(), "a = B\n");
    }

    #[test]
    fn syntax_errors_are_kept_with_the_parse() {
        let parsed = parse(Path::new("cache-test/en-GB/bad.ftl"), "a = A\nb = {\n");
        assert_eq!(parsed.errors.len(), 1);
        assert_eq!(parsed.resource.entries().count(), 2, "the message that parsed, and the junk");
    }
}
