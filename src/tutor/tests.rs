//! Table tests of the engine: a start, a run of messages, and what must come of them.

use std::fs;

use super::*;
use crate::content::source::SourceTree;
use crate::domain::learner::{Learner, LessonProgress, NameProblem};
use crate::i18n::{base_language, I18n};
use crate::lesson::{Choice, Course, Lesson, Step, StepBody};

/// A test step whose title and text ids are made from its id.
pub(crate) fn step(id: &str, body: StepBody) -> Step {
    Step { id: id.into(), title: format!("{id}-title"), text: format!("{id}-text"), body }
}

/// A test lesson of `steps`, teaching foundation skills.
pub(crate) fn test_lesson(id: &str, steps: Vec<Step>) -> Lesson {
    Lesson {
        id: id.into(),
        title: format!("{id}-title"),
        summary: String::new(),
        skills: vec!["foundation".into()],
        steps,
        path: "x.toml".into(),
    }
}

/// The test course "c" with `lessons`, asking no confidence questions.
pub(crate) fn test_catalog(lessons: Vec<Lesson>) -> Catalog {
    Catalog {
        courses: vec![Course {
            id: "c".into(),
            title: "c-title".into(),
            summary: "c-summary".into(),
            ask_confidence: false,
            milestones: Vec::new(),
            lessons,
            path: "course.toml".into(),
            origin: Default::default(),
        }],
    }
}

/// One course of two lessons: every kind of step in the first, one step in the second.
pub(super) fn catalog() -> Catalog {
    let question = StepBody::Question {
        choices: vec![
            Choice { text: "no".into(), feedback: "no-feedback".into() },
            Choice { text: "yes".into(), feedback: "yes-feedback".into() },
        ],
        correct: Some(1),
    };
    let key = StepBody::Key { key: Key::Char('A'), success: "well-done".into() };
    let typing = StepBody::Type { answer: "answer-cat".into(), match_case: false, success: "well-done".into() };
    test_catalog(vec![
        test_lesson(
            "one",
            vec![
                step("intro", StepBody::Explain),
                step("question", question),
                step("key", key),
                step("typing", typing),
            ],
        ),
        test_lesson("two", vec![step("only", StepBody::Explain)]),
    ])
}

/// Words for the test course: the built-in interface, plus the answer to the typing step.
pub(super) fn words() -> (tempfile::TempDir, I18n) {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("en-GB")).unwrap();
    let text = "answer-cat = cat\nc-title = Test course\none-title = Lesson one\nkey-title = Capitals\n";
    fs::write(dir.path().join("en-GB/test.ftl"), text).unwrap();
    let (i18n, _) = I18n::load(&SourceTree::from_dir(dir.path()).unwrap(), &[base_language()]);
    (dir, i18n)
}

fn ann() -> Learner {
    Learner { id: 7, name: "Ann".into() }
}

/// Ann, on her courses page, with `progress`.
pub(super) fn on_courses(progress: Progress, ctx: &Context) -> State {
    let mut state = State::new(vec![ann()], SpeechStatus::OffByChoice, crate::domain::settings::Settings::default());
    update(&mut state, ctx, Message::LearnerReady { learner: ann(), progress, new: false, settings: None });
    state
}

/// Sends every message and returns the effects of the last one.
pub(super) fn send(state: &mut State, ctx: &Context, messages: &[Message]) -> Vec<Effect> {
    messages.iter().fold(Vec::new(), |_, m| update(state, ctx, m.clone()))
}

pub(super) fn save(step_id: &str) -> Effect {
    Effect::SaveStep { learner_id: 7, course_id: "c".into(), lesson_id: "one".into(), step_id: step_id.into() }
}

pub(super) fn step_page(state: &State) -> &StepPage {
    match &state.page {
        Page::Step(page) => page,
        other => panic!("expected a step, got {other:?}"),
    }
}

#[test]
fn adding_a_learner_checks_the_name_then_asks_the_shell() {
    let (catalog, (_dir, i18n)) = (catalog(), words());
    let ctx = Context { catalog: &catalog, i18n: &i18n };
    let mut state = State::new(Vec::new(), SpeechStatus::OffByChoice, crate::domain::settings::Settings::default());
    assert_eq!(state.page, Page::NewLearner { name: String::new(), problem: None });
    let effects = send(&mut state, &ctx, &[Message::Next]);
    assert_eq!(effects, [Effect::Announce]);
    assert_eq!(state.page, Page::NewLearner { name: String::new(), problem: Some(NameProblem::Empty) });
    let typed = [Message::Type('A'), Message::Type('n'), Message::Type('x'), Message::RubOut, Message::Type('n')];
    send(&mut state, &ctx, &typed);
    assert_eq!(state.event, Event::Typed('n'));
    assert_eq!(send(&mut state, &ctx, &[Message::Next]), [Effect::AddLearner("Ann".into())]);
    let ready = Message::LearnerReady { learner: ann(), progress: Progress::default(), new: true, settings: None };
    let effects = update(&mut state, &ctx, ready);
    let expected = [
        Effect::ApplySettings(crate::domain::settings::Settings::default()),
        Effect::StartSession { learner_id: 7, champion_id: None },
        Effect::Announce,
        save("intro"),
    ];
    assert_eq!(effects, expected, "settings kept for them, and a new learner starts the first lesson");
    assert_eq!(step_page(&state).step, 0);
    update(&mut state, &ctx, Message::Back);
    assert_eq!(state.page, Page::Lessons { course: 0, focus: 0 });
}

#[test]
fn list_pages_move_choose_and_go_back() {
    let (catalog, (_dir, i18n)) = (catalog(), words());
    let ctx = Context { catalog: &catalog, i18n: &i18n };
    let bob = Learner { id: 8, name: "Bob".into() };
    let mut state =
        State::new(vec![ann(), bob], SpeechStatus::OffByChoice, crate::domain::settings::Settings::default());
    let cases: &[(&[Message], Page, &[Effect])] = &[
        (&[Message::Down], Page::Learners { focus: 1 }, &[Effect::Announce]),
        (&[Message::Down, Message::Down, Message::Down], Page::Learners { focus: 4 }, &[Effect::Announce]),
        (&[Message::Up, Message::Up, Message::Up, Message::Up], Page::Learners { focus: 0 }, &[Effect::Announce]),
        (&[Message::Choose(9)], Page::Learners { focus: 0 }, &[Effect::Announce]),
        (&[Message::Next], Page::Learners { focus: 0 }, &[Effect::OpenLearner(7)]),
        (&[Message::Choose(1)], Page::Learners { focus: 1 }, &[Effect::OpenLearner(8)]),
        (&[Message::Choose(2)], Page::NewLearner { name: String::new(), problem: None }, &[Effect::Announce]),
        (&[Message::Back], Page::Learners { focus: 0 }, &[Effect::Announce]),
    ];
    for (messages, page, effects) in cases {
        assert_eq!(send(&mut state, &ctx, messages), *effects, "after {messages:?}");
        assert_eq!(&state.page, page, "after {messages:?}");
    }
    assert_eq!(state.event, Event::Arrived);
}

#[test]
fn a_lesson_runs_step_by_step_and_saves_every_step() {
    let (catalog, (_dir, i18n)) = (catalog(), words());
    let ctx = Context { catalog: &catalog, i18n: &i18n };
    let mut state = on_courses(Progress::default(), &ctx);
    // Course, then first lesson: the first step is saved at once.
    // "Carry on" is entry 1 (nothing to carry on yet), so the course is entry 2.
    assert_eq!(send(&mut state, &ctx, &[Message::Choose(1), Message::Choose(0)]), [Effect::Announce, save("intro")]);
    let cases: &[(Message, usize, Outcome, &[Effect])] = &[
        (Message::Next, 1, Outcome::Waiting, &[Effect::Announce, save("question")]),
        (Message::Blank, 1, Outcome::Waiting, &[Effect::Announce]),
        (Message::Choose(0), 1, Outcome::WrongChoice(0), &[Effect::Announce]),
        (Message::Choose(5), 1, Outcome::WrongChoice(0), &[Effect::Announce]),
        (Message::Down, 1, Outcome::WrongChoice(0), &[Effect::Announce]),
        (Message::Next, 1, Outcome::Right, &[Effect::Announce]),
        (Message::Next, 2, Outcome::Waiting, &[Effect::Announce, save("key")]),
        (Message::Key(Key::Char('a')), 2, Outcome::WrongKey(Key::Char('a')), &[Effect::Announce]),
        (Message::Key(Key::Enter), 2, Outcome::WrongKey(Key::Enter), &[Effect::Announce]),
        (Message::Blank, 2, Outcome::WrongKey(Key::Enter), &[Effect::Announce]),
        (Message::Key(Key::Char('A')), 2, Outcome::Right, &[Effect::Announce]),
        (Message::Next, 3, Outcome::Waiting, &[Effect::Announce, save("typing")]),
        (Message::Type('c'), 3, Outcome::Waiting, &[Effect::Announce]),
        (Message::Type('t'), 3, Outcome::Waiting, &[Effect::Announce]),
        (Message::Next, 3, Outcome::WrongText("ct".into()), &[Effect::Announce]),
        (Message::RubOut, 3, Outcome::WrongText("ct".into()), &[Effect::Announce]),
        (Message::Type('a'), 3, Outcome::Waiting, &[Effect::Announce]),
        (Message::Type('t'), 3, Outcome::Waiting, &[Effect::Announce]),
        (Message::Next, 3, Outcome::Right, &[Effect::Announce]),
    ];
    for (message, step, outcome, effects) in cases {
        assert_eq!(&update(&mut state, &ctx, message.clone()), effects, "{message:?}");
        let page = step_page(&state);
        assert_eq!((page.step, &page.outcome), (*step, outcome), "after {message:?}");
    }
    let done = Effect::CompleteLesson { learner_id: 7, course_id: "c".into(), lesson_id: "one".into() };
    assert_eq!(update(&mut state, &ctx, Message::Next), [Effect::Announce, done]);
    assert_eq!(state.page, Page::LessonDone { course: 0, lesson: 0, focus: 0 });
    let progress = state.progress().unwrap();
    assert_eq!(progress.resume, None);
    assert!(progress.lesson("c", "one").is_some_and(|p| p.completed && !p.in_progress));
    // "Next lesson" is the first choice on the done page.
    let effects = update(&mut state, &ctx, Message::Next);
    let first_of_two =
        Effect::SaveStep { learner_id: 7, course_id: "c".into(), lesson_id: "two".into(), step_id: "only".into() };
    assert_eq!(effects, [Effect::Announce, first_of_two]);
}

#[test]
fn typed_answers_ignore_outer_spaces_and_capitals_unless_asked() {
    use super::pages::typing::answer_matches;
    assert!(answer_matches("  Cat ", "cat", false));
    assert!(answer_matches("big  cat", "big cat", false));
    assert!(!answer_matches("cat", "Cat", true));
    assert!(answer_matches("Cat", "Cat", true));
    assert!(!answer_matches("catt", "cat", false));
    // What a learner copies from the sentence around the text is forgiven.
    assert!(answer_matches("sam.jones@example.com.", "sam.jones@example.com", false));
    assert!(answer_matches("Sam.Jones@Example.com", "sam.jones@example.com", false));
    assert!(answer_matches("\"Tuesday is fine.\"", "Tuesday is fine.", false));
    assert!(answer_matches("\u{201c}cat\u{201d},", "cat", false));
    assert!(answer_matches("Practice2026.", "Practice2026", true));
    // But what is part of the text is not.
    assert!(!answer_matches("Tuesday is fine", "Tuesday is fine!", false));
    assert!(!answer_matches("sam.jones@example", "sam.jones@example.com", false));
}

#[test]
fn back_goes_one_step_back_then_to_the_lessons() {
    let (catalog, (_dir, i18n)) = (catalog(), words());
    let ctx = Context { catalog: &catalog, i18n: &i18n };
    let mut state = on_courses(Progress::default(), &ctx);
    send(&mut state, &ctx, &[Message::Choose(1), Message::Choose(0), Message::Next]);
    assert_eq!(step_page(&state).step, 1);
    assert_eq!(update(&mut state, &ctx, Message::Back), [Effect::Announce, save("intro")]);
    assert_eq!(step_page(&state).step, 0);
    assert_eq!(update(&mut state, &ctx, Message::Back), [Effect::Announce]);
    assert_eq!(state.page, Page::Lessons { course: 0, focus: 0 });
    // The courses page starts with "carry on", so the course is the second entry.
    update(&mut state, &ctx, Message::Back);
    assert_eq!(state.page, Page::Courses { focus: 1 });
    // Escape on the learner's home does not end the session by surprise: it says how.
    update(&mut state, &ctx, Message::Back);
    assert_eq!(
        (state.page.clone(), state.event.clone()),
        (Page::Courses { focus: 1 }, Event::Notice("courses-back-home"))
    );
    // "Someone else is learning" ends it: "Was today useful?" first (Escape passes over it).
    let someone_else = state.items(&catalog).iter().position(|i| *i == Item::SomeoneElse).unwrap();
    update(&mut state, &ctx, Message::Choose(someone_else));
    assert!(matches!(state.overlay, Some(Overlay::Ask { question: Question::Useful, .. })));
    let effects = update(&mut state, &ctx, Message::Back);
    assert_eq!(effects[0], Effect::EndSession { useful: None, helpful: None, notes: String::new() });
    assert_eq!(state.page, Page::Learners { focus: 0 });
    assert_eq!(state.learner, None);
}

#[test]
fn carry_on_opens_the_saved_step() {
    let (catalog, (_dir, i18n)) = (catalog(), words());
    let ctx = Context { catalog: &catalog, i18n: &i18n };
    let mut progress = Progress::default();
    let saved = LessonProgress { step_id: "key".into(), in_progress: true, completed: false };
    progress.lessons.insert(("c".into(), "one".into()), saved);
    progress.resume = Some(("c".into(), "one".into()));
    let mut state = on_courses(progress, &ctx);
    assert_eq!(state.items(&catalog)[0], Item::Resume { course: 0, lesson: 0 });
    assert_eq!(view(&state, &ctx).items[0], "Carry on where you left off. Lesson one, step 3 of 4");
    assert_eq!(update(&mut state, &ctx, Message::Next), [Effect::Announce, save("key")]);
    assert_eq!(step_page(&state).step, 2);
}

#[test]
fn home_numbers_stay_put_and_carry_on_finds_any_lesson_part_way() {
    let (catalog, (_dir, i18n)) = (catalog(), words());
    let ctx = Context { catalog: &catalog, i18n: &i18n };
    // Nothing started: "carry on" is still entry 1, unavailable, and says so.
    let mut state = on_courses(Progress::default(), &ctx);
    assert_eq!(state.items(&catalog)[..2], [Item::NothingToResume, Item::Course(0)]);
    update(&mut state, &ctx, Message::Choose(0));
    assert!(matches!(state.page, Page::Courses { .. }), "nothing opened");
    assert_eq!(view(&state, &ctx).notice.as_deref(), Some(i18n.tr("courses-resume-none-said").as_str()));
    // A lesson left part way while the last one worked on was finished: "carry on"
    // still finds it, and the course keeps its number.
    let mut progress = Progress::default();
    let part_way = LessonProgress { step_id: "key".into(), in_progress: true, completed: false };
    progress.lessons.insert(("c".into(), "one".into()), part_way);
    progress.resume = None;
    let state = on_courses(progress, &ctx);
    assert_eq!(state.items(&catalog)[..2], [Item::Resume { course: 0, lesson: 0 }, Item::Course(0)]);
    assert_eq!(state.page, Page::Courses { focus: 0 }, "the highlight starts on carry on");
}

#[test]
fn stopping_asks_first_and_end_of_input_stops_at_once() {
    let (catalog, (_dir, i18n)) = (catalog(), words());
    let ctx = Context { catalog: &catalog, i18n: &i18n };
    let mut state = on_courses(Progress::default(), &ctx);
    let cases: &[(&[Message], Option<Overlay>, &[Effect])] = &[
        (&[Message::Quit], Some(Overlay::ConfirmQuit { focus: 0 }), &[Effect::Announce]),
        (&[Message::Next], None, &[Effect::Announce]),
        (&[Message::Quit, Message::Back], None, &[Effect::Announce]),
        (&[Message::Quit, Message::Blank], Some(Overlay::ConfirmQuit { focus: 0 }), &[Effect::Announce]),
        (&[Message::Down], Some(Overlay::ConfirmQuit { focus: 1 }), &[Effect::Announce]),
        // Stopping ends the session: the learner is asked if today was useful.
        (
            &[Message::Next],
            Some(Overlay::Ask { question: Question::Useful, focus: 0, then: Then::Quit }),
            &[Effect::Announce],
        ),
        (
            &[Message::Next],
            None,
            &[Effect::EndSession { useful: Some(true), helpful: None, notes: String::new() }, Effect::Quit],
        ),
    ];
    for (messages, overlay, effects) in cases {
        assert_eq!(send(&mut state, &ctx, messages), *effects, "after {messages:?}");
        assert_eq!(&state.overlay, overlay, "after {messages:?}");
    }
    let mut state = on_courses(Progress::default(), &ctx);
    let no = [Effect::EndSession { useful: Some(false), helpful: None, notes: String::new() }, Effect::Quit];
    assert_eq!(send(&mut state, &ctx, &[Message::Quit, Message::Choose(1), Message::Choose(1)]), no);
    let mut state = on_courses(Progress::default(), &ctx);
    let ended = [Effect::EndSession { useful: None, helpful: None, notes: String::new() }, Effect::Quit];
    assert_eq!(update(&mut state, &ctx, Message::EndOfInput), ended, "input ended: nobody to ask");
    // With a champion running the session, they are asked about too.
    let mut state = on_courses(Progress::default(), &ctx);
    state.champion = Some((5, "Sue".into()));
    send(&mut state, &ctx, &[Message::Quit, Message::Choose(1), Message::Choose(0)]);
    assert!(matches!(state.overlay, Some(Overlay::Ask { question: Question::Helpful { useful: Some(true) }, .. })));
    update(&mut state, &ctx, Message::Choose(0));
    assert!(matches!(state.overlay, Some(Overlay::Notes { .. })), "then the champion's notes");
    let both = [
        Effect::EndSession { useful: Some(true), helpful: Some(true), notes: "Email went well.".into() },
        Effect::Announce,
    ];
    assert_eq!(update(&mut state, &ctx, Message::Submit("Email went well.".into())), both);
    // Signpost goes on, back on the champion's list for the next learner.
    assert_eq!((&state.page, &state.learner), (&Page::Learners { focus: 0 }, &None), "not stopped");
    assert_eq!(state.champion, Some((5, "Sue".into())), "still signed in");
}

#[test]
fn help_opens_over_the_page_and_any_answer_closes_it() {
    let (catalog, (_dir, i18n)) = (catalog(), words());
    let ctx = Context { catalog: &catalog, i18n: &i18n };
    let mut state = on_courses(Progress::default(), &ctx);
    update(&mut state, &ctx, Message::Help);
    assert_eq!(state.overlay, Some(Overlay::Help));
    let screen = view(&state, &ctx);
    assert_eq!(screen.title, i18n.tr("help-title"));
    assert!(screen.body.contains(&i18n.tr("help-courses")), "{screen:?}");
    update(&mut state, &ctx, Message::Next);
    assert_eq!((state.overlay.clone(), state.page.clone()), (None, Page::Courses { focus: 1 }));
    send(&mut state, &ctx, &[Message::Help, Message::Choose(1)]);
    assert_eq!((state.overlay.clone(), state.page.clone()), (None, Page::Lessons { course: 0, focus: 0 }));
}

#[test]
fn what_is_said_matches_what_is_shown() {
    let (catalog, (_dir, i18n)) = (catalog(), words());
    let ctx = Context { catalog: &catalog, i18n: &i18n };
    let mut state = on_courses(Progress::default(), &ctx);
    send(&mut state, &ctx, &[Message::Choose(1), Message::Choose(0), Message::Next, Message::Choose(1), Message::Next]);
    let screen = view(&state, &ctx);
    assert_eq!(screen.title, "Step 3 of 4. Capitals");
    assert!(screen.fresh);
    assert!(screen.announcement.starts_with("Step 3 of 4. Capitals."), "{}", screen.announcement);
    let next = " Press the key the step asks for.";
    assert!(screen.announcement.ends_with(next), "says what to do next: {}", screen.announcement);
    update(&mut state, &ctx, Message::Key(Key::Char('a')));
    let screen = view(&state, &ctx);
    let shift = i18n.tr_args("key-need-shift", &crate::i18n::Args::new().with("char", "A"));
    assert_eq!(screen.notice.as_deref(), Some(shift.as_str()));
    assert_eq!(screen.announcement, shift);
    assert!(!screen.fresh, "feedback does not redraw the page");
    update(&mut state, &ctx, Message::Key(Key::Space));
    let said = view(&state, &ctx).announcement;
    assert_eq!(said, "You pressed the Space bar. This step needs a capital A. Have another go.");
    update(&mut state, &ctx, Message::Where);
    let said = view(&state, &ctx).announcement;
    assert_eq!(said, "You are in Test course, lesson Lesson one, step 3 of 4.");
}
