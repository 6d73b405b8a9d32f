//! A course pack with no words in the learner's language is shown in English, message
//! by message. The learner is told so once per course, as the course or its first lesson
//! opens (shown and said with the page), so English on the screen is never a surprise,
//! and never said again at every step.

use super::state::{Event, Page, State};
use super::Context;
use crate::i18n::base_language;
use crate::lesson::{Course, Origin};
use unic_langid::LanguageIdentifier;

/// The message that tells the learner.
pub const NOTICE: &str = "course-in-english";

/// Whether `course` has no words of its own in `language`, so it is read in English.
pub fn in_english_only(course: &Course, language: &LanguageIdentifier) -> bool {
    let Origin::Pack { languages, .. } = &course.origin else { return false };
    *language != base_language() && !languages.iter().any(|tag| tag.parse().ok().as_ref() == Some(language))
}

/// After such a course, or a lesson of it, opens: tells the learner, unless they were
/// told already for this course (or other news is being given: then at the next page).
pub fn tell_once(state: &mut State, ctx: &Context) {
    let (Event::Arrived, None, None) = (&state.event, &state.overlay, state.alert) else { return };
    let course = match &state.page {
        Page::Lessons { course, .. } => *course,
        Page::Step(page) => page.course,
        _ => return,
    };
    let Some(course) = ctx.catalog.courses.get(course) else { return };
    if !in_english_only(course, ctx.i18n.language()) || state.told_in_english.contains(&course.id) {
        return;
    }
    state.told_in_english.push(course.id.clone());
    state.alert = Some(NOTICE);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::learner::{Learner, Progress};
    use crate::domain::settings::Settings;
    use crate::i18n::I18n;
    use crate::lesson::{Lesson, Step, StepBody};
    use crate::speech::SpeechStatus;
    use crate::tutor::tests::test_catalog;
    use crate::tutor::{update, view, Message};

    fn pack_catalog(languages: &[&str]) -> crate::lesson::Catalog {
        let step = |id: &str| Step { id: id.into(), title: "t".into(), text: "t".into(), body: StepBody::Explain };
        let lesson = Lesson {
            id: "l".into(),
            title: "t".into(),
            summary: "t".into(),
            skills: vec!["foundation".into()],
            steps: vec![step("a"), step("b")],
            path: "l.toml".into(),
        };
        let mut catalog = test_catalog(vec![lesson]);
        let languages = languages.iter().map(|l| l.to_string()).collect();
        catalog.courses[0].origin = Origin::Pack { folder: "pack".into(), languages };
        catalog
    }

    #[test]
    fn only_a_pack_without_the_language_is_in_english_only() {
        let welsh: LanguageIdentifier = "cy".parse().unwrap();
        let catalog = pack_catalog(&["en-GB"]);
        assert!(in_english_only(&catalog.courses[0], &welsh));
        assert!(!in_english_only(&catalog.courses[0], &base_language()));
        assert!(!in_english_only(&pack_catalog(&["en-GB", "cy"]).courses[0], &welsh));
        assert!(!in_english_only(&test_catalog(Vec::new()).courses[0], &welsh), "built in: every language");
    }

    #[test]
    fn the_learner_is_told_once_per_course_shown_and_said() {
        let catalog = pack_catalog(&["en-GB"]);
        let i18n = I18n::built_in(&["cy".parse().unwrap()]);
        let ctx = Context { catalog: &catalog, i18n: &i18n };
        let mut state = State::new(Vec::new(), SpeechStatus::OffByChoice, Settings::default());
        let ann = Learner { id: 7, name: "Ann".into() };
        // Someone new starts the first lesson at once.
        let ready = Message::LearnerReady { learner: ann, progress: Progress::default(), new: true, settings: None };
        update(&mut state, &ctx, ready);
        let notice = i18n.tr(NOTICE);
        let first = view(&state, &ctx);
        assert_eq!(first.body.first(), Some(&notice), "shown first");
        assert!(first.announcement.contains(&notice), "and said: {}", first.announcement);
        for (message, when) in [(Message::Next, "at the next step"), (Message::Back, "back at the first")] {
            update(&mut state, &ctx, message);
            let shown = view(&state, &ctx);
            assert!(!shown.body.contains(&notice) && !shown.announcement.contains(&notice), "not {when}");
        }
        let bo = Learner { id: 8, name: "Bo".into() };
        update(
            &mut state,
            &ctx,
            Message::LearnerReady { learner: bo, progress: Progress::default(), new: true, settings: None },
        );
        assert_eq!(view(&state, &ctx).body.first(), Some(&notice), "the next learner is told too");
        let english = I18n::built_in(&[base_language()]);
        let mut state = State::new(Vec::new(), SpeechStatus::OffByChoice, Settings::default());
        let ctx = Context { catalog: &catalog, i18n: &english };
        let ready = Message::LearnerReady {
            learner: Learner { id: 8, name: "Bo".into() },
            progress: Progress::default(),
            new: true,
            settings: None,
        };
        update(&mut state, &ctx, ready);
        assert!(!view(&state, &ctx).body.contains(&english.tr(NOTICE)), "never in English");
    }
}
