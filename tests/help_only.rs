//! A learner who never reads the lesson and only ever asks for help (and presses Enter
//! where there is nothing to choose) still finishes every lesson of every course, in
//! plain mode's words, with the help ladder: the help page, "show me", "do it for me".
//! On the way, every choice shown on a new page or after a practice move is said, and
//! nothing shown ends in a colon or puts one after a practice screen's label (a screen
//! reader says "colon"), in every language.

use std::path::Path;

use signpost::content::packs::Packs;
use signpost::content::source::SourceTree;
use signpost::i18n::{base_language, with_pack_words, Args, I18n, Mode};
use signpost::lesson;
use signpost::practice::{PracticeScreen, Words};
use signpost::shell::app::App;
use signpost::speech::Voice;
use signpost::store::Store;
use signpost::tutor::{InputMode, Item, Message, Overlay, Page, PracticeNote, Screen, State, StepPage};
use unic_langid::LanguageIdentifier;

/// Marks, in what a walk returns, a typing step answered by copying its text.
const COPIED: &str = "(copied the text to type)";

/// The most inputs one lesson may take before the learner counts as stuck.
const PATIENCE: usize = 600;

/// The courses and their words: the built-in ones, perhaps with course packs.
struct Content {
    catalog: lesson::Catalog,
    locales: SourceTree,
}

impl Content {
    fn built_in() -> Content {
        Content {
            catalog: lesson::load(&SourceTree::built_in_lessons()).catalog,
            locales: SourceTree::built_in_locales(),
        }
    }

    /// The built-in courses and the example course pack a partner starts from.
    fn with_example_pack() -> Content {
        let mut packs = Packs::default();
        packs.add_from(&Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/course-pack"));
        let loaded = lesson::with_packs(&SourceTree::built_in_lessons(), &packs);
        assert!(loaded.problems.iter().all(|p| !p.is_error()), "{:?}", loaded.problems);
        Content { catalog: loaded.catalog, locales: with_pack_words(&SourceTree::built_in_locales(), &packs) }
    }
}

/// Ann opens lesson `lesson` of course `course` and asks for help until it is done.
/// Returns everything that was said, or what she was stuck on.
fn help_only(content: &Content, course: usize, lesson: usize) -> Result<Vec<String>, String> {
    walk(content, course, lesson, false, &base_language())
}

/// The same walk; with `copy_typing`, every typing step is answered by copying the text
/// the step shows, with the full stop a reader copies from the sentence around it.
fn walk(
    content: &Content,
    course: usize,
    lesson: usize,
    copy_typing: bool,
    lang: &LanguageIdentifier,
) -> Result<Vec<String>, String> {
    let store = Store::open_in_memory().unwrap();
    store.add_learner("Ann").unwrap();
    let catalog = &content.catalog;
    let mut i18n = I18n::load(&content.locales, std::slice::from_ref(lang)).0;
    i18n.set_mode(Mode::Plain);
    let words = I18n::load(&content.locales, std::slice::from_ref(lang)).0;
    let voice = Voice::start(false, None).unwrap();
    let mut app = App::new(catalog, i18n, content.locales.clone(), store, voice).unwrap();
    app.dispatch(Message::Choose(0)); // Ann
    let choose = |app: &mut App, item: Item| {
        let items = app.state().items(catalog);
        let index = items.iter().position(|i| *i == item).ok_or(format!("no {item:?} in {items:?}"))?;
        app.dispatch(Message::Choose(index));
        Ok::<(), String>(())
    };
    choose(&mut app, Item::Course(course))?;
    choose(&mut app, Item::Lesson(lesson))?;
    // Enter where Enter went on last time; when Enter changed nothing, help.
    let mut enter_did_nothing = false;
    let mut said = Vec::new();
    for _ in 0..PATIENCE {
        let state = app.state();
        if matches!(state.page, Page::LessonDone { .. }) && state.overlay.is_none() {
            return Ok(said);
        }
        let shown_to_type = match (&state.page, copy_typing) {
            (Page::Step(page), true) => typing_shown(catalog, &app, page),
            _ => None,
        };
        let message = match (&state.overlay, app.input_mode()) {
            // "How confident do you feel?": any answer.
            (Some(Overlay::Ask { .. }), _) => Message::Choose(2),
            (None, InputMode::TextEntry) if shown_to_type.is_some() => {
                said.push(COPIED.to_owned());
                Message::Submit(format!("{}.", shown_to_type.unwrap_or_default()))
            }
            (_, InputMode::Continue) if state.overlay != Some(Overlay::Help) && !enter_did_nothing => Message::Next,
            _ => Message::Help,
        };
        let before = (state.page.clone(), state.overlay.clone());
        app.dispatch(message.clone());
        let after = (app.state().page.clone(), app.state().overlay.clone());
        enter_did_nothing = message == Message::Next && before == after;
        // What the screen shows, the voice says: on a new page or after a practice
        // move, every choice printed is in what was said.
        let screen = app.screen();
        said.push(screen.announcement.clone());
        if let Some(twice) = said_twice(&screen.announcement) {
            return Err(format!("{twice:?} is said twice in: {:?}", screen.announcement));
        }
        if let Some(noise) = colon_noise(&words, app.state(), screen) {
            return Err(format!("a screen reader would say colon in {noise:?}"));
        }
        if screen.notice.as_deref().is_some_and(|n| n.contains("Have another go")) {
            return Err(format!("{:?}: {:?}", screen.title, screen.notice));
        }
        if screen.fresh || screen.panel_fresh {
            // Codes are said a character at a time, so spaces are left out of the match.
            let said: String = screen.announcement.split_whitespace().collect();
            let shown = |item: &String| item.split_whitespace().collect::<String>();
            // Each as a numbered choice, whole, even where a hint just named it.
            let numbered = |(i, item): &(usize, &String)| format!("{}:{}", i + 1, shown(item));
            let items: Vec<(usize, &String)> = screen.items.iter().enumerate().collect();
            if let Some((_, missing)) = items.iter().find(|pair| !said.contains(&numbered(pair))) {
                return Err(format!("{missing:?} was shown but not said: {:?}", screen.announcement));
            }
        }
        if app.finished() {
            return Err("the tutor stopped".into());
        }
    }
    let screen = app.screen();
    Err(format!("stuck after {PATIENCE} inputs on {:?}: {:?} / {:?}", screen.title, screen.notice, screen.items))
}

/// Text shown that a screen reader would read with "colon": any title, label, choice,
/// prompt, key help or practice line that ends in a colon, and any practice screen's own
/// words (a label, a title, what a move did) with a colon after a word. What is put into
/// those words (a sender's subject, "Re: ..." in a Subject box, a lesson's sentence) is the
/// content of the screen, as a real app shows it, and is left out: each argument is "X".
fn colon_noise(i18n: &I18n, state: &State, screen: &Screen) -> Option<String> {
    let mut shown: Vec<&String> = vec![&screen.title, &screen.keys, &screen.keys_short, &screen.prompt];
    shown.extend(screen.items.iter());
    if let Some(panel) = &screen.panel {
        shown.push(&panel.title);
        shown.extend(panel.lines.iter());
    }
    if let Some(field) = &screen.field {
        shown.push(&field.label);
    }
    if let Some(text) = shown.iter().find(|t| t.trim_end().ends_with(':')) {
        return Some((*text).clone());
    }
    let Page::Step(StepPage { practice: Some(run), .. }) = &state.page else { return None };
    let view = run.screen.view();
    let editing = run.screen.editing();
    let mut own: Vec<&Words> = vec![&view.title];
    own.extend(view.lines.iter());
    own.extend(view.controls.iter().map(|c| &c.label));
    own.extend(editing.as_ref().map(|e| &e.label));
    match &run.note {
        Some(PracticeNote::Did(w) | PracticeNote::Help(w)) => own.push(w),
        Some(PracticeNote::OffTrack(did, back)) => own.extend([did, back]),
        Some(PracticeNote::Spelt(field, _)) => own.push(field),
        Some(PracticeNote::Reset) | None => {}
    }
    own.iter().find_map(|w| {
        let mut args = Args::new();
        for (key, _) in &w.args {
            args.set(key, "X");
        }
        let template = i18n.tr_args(w.id, &args);
        let colon = template.contains(": ") || template.trim_end().ends_with(':');
        colon.then(|| format!("{}: {template}", w.id))
    })
}

/// A sentence said twice in one announcement ("You opened the photo. Well done. You
/// opened the photo."), if any.
fn said_twice(announcement: &str) -> Option<String> {
    // The words before the numbered choices (a choice may repeat what a hint named).
    let before_choices = announcement.split(" 1: ").next().unwrap_or_default();
    let sentences: Vec<&str> = before_choices.split_inclusive(". ").map(str::trim).filter(|s| s.len() > 12).collect();
    sentences.iter().enumerate().find(|(i, s)| sentences[..*i].contains(s)).map(|(_, s)| (*s).to_owned())
}

/// The text a typing step shows on its own line (under "Type exactly this"), if the page
/// is a typing step waiting for it.
fn typing_shown(catalog: &lesson::Catalog, app: &App, page: &signpost::tutor::StepPage) -> Option<String> {
    let step = catalog.lesson(page.course, page.lesson)?.steps.get(page.step)?;
    if !matches!(step.body, lesson::StepBody::Type { .. }) || page.outcome == signpost::tutor::Outcome::Right {
        return None;
    }
    let body = &app.screen().body;
    let words = I18n::built_in(&[base_language()]).tr("step-type-exactly");
    let heading = body.iter().position(|line| *line == words)?;
    body.get(heading + 1).cloned()
}

#[test]
fn copying_what_each_typing_step_shows_never_hears_have_another_go() {
    let content = Content::built_in();
    let catalog = &content.catalog;
    let mut typed = 0;
    for (c, course) in catalog.courses.iter().enumerate() {
        for (l, lesson) in course.lessons.iter().enumerate() {
            let typing = lesson.steps.iter().filter(|s| matches!(s.body, lesson::StepBody::Type { .. })).count();
            typed += typing;
            match walk(&content, c, l, true, &base_language()) {
                Err(why) => panic!("{}/{}: {why}", course.id, lesson.id),
                Ok(said) => {
                    let copied = said.iter().filter(|s| *s == COPIED).count();
                    assert_eq!(copied, typing, "{}/{}: every typing step was copied", course.id, lesson.id);
                }
            }
        }
    }
    assert!(typed > 0, "there were typing steps to copy");
}

#[test]
fn a_learner_who_only_asks_for_help_finishes_every_lesson() {
    let content = Content::built_in();
    let catalog = &content.catalog;
    let mut stuck = Vec::new();
    let mut lessons = 0;
    for (c, course) in catalog.courses.iter().enumerate() {
        for (l, lesson) in course.lessons.iter().enumerate() {
            lessons += 1;
            match help_only(&content, c, l) {
                Err(why) => stuck.push(format!("{}/{}: {why}", course.id, lesson.id)),
                // The practice password is never said, even when help types it.
                Ok(said) if lesson.id == "the-nhs-app" => {
                    let said = said.join("\n");
                    assert!(said.contains("I typed the practice password for you."), "{said}");
                    assert!(!said.contains("I typed Practice2026") && !said.contains("I typed capital P"), "{said}");
                }
                Ok(_) => {}
            }
        }
    }
    assert!(lessons > 20, "every course was tried: {lessons} lessons");
    assert!(stuck.is_empty(), "stuck in {} lessons:\n{}", stuck.len(), stuck.join("\n"));
}

#[test]
fn a_learner_who_only_asks_for_help_finishes_every_lesson_in_welsh_and_polish_with_no_colon_shown() {
    let content = Content::built_in();
    let catalog = &content.catalog;
    let mut stuck = Vec::new();
    for lang in ["cy", "pl"] {
        let lang: LanguageIdentifier = lang.parse().unwrap();
        for (c, course) in catalog.courses.iter().enumerate() {
            for l in 0..course.lessons.len() {
                if let Err(why) = walk(&content, c, l, false, &lang) {
                    stuck.push(format!("{lang} {}/{}: {why}", course.id, course.lessons[l].id));
                }
            }
        }
    }
    assert!(stuck.is_empty(), "{} lessons:\n{}", stuck.len(), stuck.join("\n"));
}

/// A partner's course is as easy to finish by asking for help, in English and, falling
/// back to English, in Welsh and Polish.
#[test]
fn a_learner_who_only_asks_for_help_finishes_the_example_packs_lesson_in_every_language() {
    let content = Content::with_example_pack();
    let course = content.catalog.courses.iter().position(|c| c.id == "scam-texts").expect("the example pack loads");
    for lang in ["en-GB", "cy", "pl"] {
        let lang: LanguageIdentifier = lang.parse().unwrap();
        for lesson in 0..content.catalog.courses[course].lessons.len() {
            if let Err(why) = walk(&content, course, lesson, false, &lang) {
                panic!("{lang}: {why}");
            }
        }
    }
}
