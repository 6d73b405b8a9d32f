//! The lessons as the tutor holds them: ready, or still loading on their own thread.
//! The first screen (who is learning, or a new learner's name) shows no lesson, so it
//! is shown at once; the lessons start loading a moment after it, and are waited for
//! only when the learner first answers.
//! However many lessons a hub has, the first screen comes as soon.
//!
//! Course packs bring words of their own for their lessons, which arrive with them: no
//! screen before needs them (a pack cannot replace Signpost's own messages).

use std::borrow::Cow;

use crate::content::source::SourceTree;
use crate::i18n::I18n;
use crate::lesson::Catalog;
use crate::text::UserError;

/// What finishing the lessons brings.
pub struct Ready {
    pub catalog: Catalog,
    /// The locale files with the course packs' words after Signpost's own
    /// ([`crate::i18n::with_pack_words`]), when packs bring any.
    pub locales: Option<SourceTree>,
}

/// Finishes loading the lessons: waits for their thread, adds the course packs, and
/// says what was left out. An error means no course can be shown.
pub type LoadLater<'a> = Box<dyn FnOnce() -> Result<Ready, UserError> + 'a>;

/// Lets the lessons start loading (on their own thread).
pub type Begin<'a> = Box<dyn FnOnce() + 'a>;

/// The tutor's lessons.
pub struct Lessons<'a> {
    catalog: Cow<'a, Catalog>,
    begin: Option<Begin<'a>>,
    later: Option<LoadLater<'a>>,
}

impl<'a> Lessons<'a> {
    /// Lessons loaded already.
    pub fn ready(catalog: &'a Catalog) -> Lessons<'a> {
        Lessons { catalog: Cow::Borrowed(catalog), begin: None, later: None }
    }

    /// Lessons that `begin` lets start loading and `later` finishes loading; until then
    /// there are none.
    pub fn later(begin: Begin<'a>, later: LoadLater<'a>) -> Lessons<'a> {
        Lessons { catalog: Cow::Owned(Catalog::default()), begin: Some(begin), later: Some(later) }
    }

    /// Lets the lessons start loading in a moment, once the first screen is shown:
    /// however many there are, reading them does not compete with it for the computer.
    /// (Waiting for them lets them start at once, if they have not.)
    pub fn begin(&mut self) {
        if let Some(begin) = self.begin.take() {
            begin();
        }
    }

    /// The lessons as they are now (none while they are still loading).
    pub fn get(&self) -> &Catalog {
        &self.catalog
    }

    /// Waits for the lessons if they are still loading. When course packs bring words,
    /// `words` become those with the packs' words, in the same language and for the
    /// same front end, and `locales` (from which another language is loaded) hold them.
    /// It runs before the learner's first answer is acted on, so no learner has chosen
    /// a language of their own yet.
    pub fn wait(&mut self, words: &mut I18n, locales: &mut SourceTree) -> Result<(), UserError> {
        let Some(later) = self.later.take() else { return Ok(()) };
        let ready = later()?;
        self.catalog = Cow::Owned(ready.catalog);
        if let Some(with_packs) = ready.locales {
            let mut with_pack_words = I18n::on_demand(&with_packs, &[words.language().clone()]);
            with_pack_words.set_mode(words.mode());
            *words = with_pack_words;
            *locales = with_packs;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::packs::{Pack, Packs};
    use crate::content::source::SourceFile;
    use crate::i18n::{with_pack_words, Mode};
    use crate::lesson::Course;

    fn words() -> (I18n, SourceTree) {
        let locales = SourceTree::built_in_locales();
        let mut words = I18n::on_demand(&locales, &["cy".parse().unwrap()]);
        words.set_mode(Mode::Plain);
        (words, locales)
    }

    #[test]
    fn lessons_loading_later_are_none_until_waited_for_and_then_kept() {
        let course = Course {
            id: "email".into(),
            title: "t".into(),
            summary: "s".into(),
            ask_confidence: false,
            milestones: Vec::new(),
            lessons: Vec::new(),
            path: "lessons/email/course.toml".into(),
            origin: Default::default(),
        };
        let (mut words, mut locales) = words();
        let ready = Ready { catalog: Catalog { courses: vec![course] }, locales: None };
        let begun = std::cell::Cell::new(0);
        let mut lessons = Lessons::later(Box::new(|| begun.set(begun.get() + 1)), Box::new(move || Ok(ready)));
        assert_eq!(begun.get(), 0, "not begun until the first screen is shown");
        lessons.begin();
        lessons.begin();
        assert_eq!(begun.get(), 1, "begun once");
        assert!(lessons.get().courses.is_empty());
        lessons.wait(&mut words, &mut locales).unwrap();
        assert_eq!(lessons.get().courses[0].id, "email");
        lessons.wait(&mut words, &mut locales).unwrap();
        assert_eq!(lessons.get().courses.len(), 1, "loaded once");
        let mut none = Lessons::later(Box::new(|| ()), Box::new(|| Err(UserError::new("error-no-lessons"))));
        assert_eq!(none.wait(&mut words, &mut locales).unwrap_err().id, "error-no-lessons");
    }

    #[test]
    fn course_packs_words_arrive_with_the_lessons_in_the_same_language_and_mode() {
        let file = |language: &str, text: &str| SourceFile {
            path: format!("pack/locales/{language}/words.ftl").into(),
            relative: format!("{language}/words.ftl").into(),
            text: Ok(Cow::Owned(text.to_owned())),
        };
        let files = vec![file("cy", "pack-hello = Helo o'r pecyn\n"), file("en-GB", "pack-hello = Hello\n")];
        let pack = Pack { folder: "pack".into(), lessons: SourceTree::default(), locales: SourceTree { files } };
        let packs = Packs { packs: vec![pack], problems: Vec::new() };
        let (mut words, mut locales) = words();
        let with_packs = with_pack_words(&locales, &packs);
        let mut lessons = Lessons::later(
            Box::new(|| ()),
            Box::new(|| Ok(Ready { catalog: Catalog::default(), locales: Some(with_packs) })),
        );
        assert!(!words.has("pack-hello"), "the first screen has Signpost's own words only");
        lessons.wait(&mut words, &mut locales).unwrap();
        assert_eq!(words.tr("pack-hello"), "Helo o'r pecyn");
        assert_eq!((words.language().to_string(), words.mode()), ("cy".to_owned(), Mode::Plain));
        let english = I18n::on_demand(&locales, &["en-GB".parse().unwrap()]);
        assert_eq!(english.tr("pack-hello"), "Hello", "another language is loaded with the packs' words too");
    }
}
