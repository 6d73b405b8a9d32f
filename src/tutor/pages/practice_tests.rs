//! Table tests of practice steps in the engine: moves, wrong moves, the three levels of
//! help (and that each is recorded), starting again, and the goal check.

use crate::content::source::SourceTree;
use crate::domain::learner::Learner;
use crate::i18n::{base_language, I18n};
use crate::lesson::{Course, GoalSpec, Lesson, Step, StepBody};
use crate::practice::{InboxSetup, MailSetup, Setup};
use crate::tutor::*;
use std::fs;

fn mail(id: &str) -> MailSetup {
    MailSetup {
        id: id.into(),
        from: format!("{id}-name"),
        address: format!("{id}@example.com"),
        subject: "subject".into(),
        date: "date".into(),
        body: "body".into(),
        unread: true,
        photo: None,
        minutes_ago: None,
    }
}

/// One lesson: a reply to Okafor that must say "Tuesday is fine", then an explain step.
fn catalog() -> Catalog {
    let practice = StepBody::Practice {
        setup: Setup::Inbox(InboxSetup { messages: vec![mail("bank"), mail("okafor")], addresses_in_list: false }),
        goal: GoalSpec {
            kind: crate::practice::GoalKind::Inbox(crate::practice::InboxGoal::Reply),
            target: Some("okafor".into()),
            words: Some("reply-words".into()),
        },
        success: "replied".into(),
    };
    let step = |id: &str, body| Step { id: id.into(), title: "t".into(), text: "t".into(), body };
    Catalog {
        courses: vec![Course {
            id: "email".into(),
            title: "t".into(),
            summary: "t".into(),
            ask_confidence: false,
            milestones: Vec::new(),
            lessons: vec![Lesson {
                id: "reply".into(),
                title: "t".into(),
                summary: "t".into(),
                skills: vec!["communicating".into()],
                steps: vec![step("reply", practice), step("recap", StepBody::Explain)],
                path: "x.toml".into(),
            }],
            path: "course.toml".into(),
            origin: Default::default(),
        }],
    }
}

fn words() -> (tempfile::TempDir, I18n) {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("en-GB")).unwrap();
    let text = "reply-words = Tuesday is fine\nreplied = Reply sent.\nbank-name = The Bank\nokafor-name = Dr Okafor\n\
                subject = Your check-up\ndate = Today\nbody = Hello.\nt = Words\n";
    fs::write(dir.path().join("en-GB/t.ftl"), text).unwrap();
    let (i18n, _) = I18n::load(&SourceTree::from_dir(dir.path()).unwrap(), &[base_language()]);
    (dir, i18n)
}

/// Ann, on the practice step.
fn on_practice(ctx: &Context) -> State {
    let ann = Learner { id: 3, name: "Ann".into() };
    let mut state =
        State::new(vec![ann.clone()], SpeechStatus::OffByChoice, crate::domain::settings::Settings::default());
    update(
        &mut state,
        ctx,
        Message::LearnerReady { learner: ann, progress: Progress::default(), new: true, settings: None },
    );
    state
}

fn run(state: &State) -> &PracticeRun {
    match &state.page {
        Page::Step(StepPage { practice: Some(run), .. }) => run,
        other => panic!("not a practice step: {other:?}"),
    }
}

fn help_effect(level: u8) -> Effect {
    Effect::RecordHelp {
        learner_id: 3,
        course_id: "email".into(),
        lesson_id: "reply".into(),
        step_id: "reply".into(),
        level,
    }
}

#[test]
fn the_practice_screen_is_shown_with_its_controls_and_start_again() {
    let (catalog, (_dir, i18n)) = (catalog(), words());
    let ctx = Context { catalog: &catalog, i18n: &i18n };
    let state = on_practice(&ctx);
    let screen = view(&state, &ctx);
    assert_eq!(screen.panel.as_ref().map(|p| p.title.as_str()), Some("Practice screen. Inbox"));
    assert_eq!(screen.items.last().map(String::as_str), Some("Start this practice again"));
    assert!(screen.items[1].contains("Dr Okafor"), "{:?}", screen.items);
    assert_eq!(state.input_mode(&catalog), InputMode::Choices);
}

#[test]
fn a_move_the_task_does_not_need_is_answered_kindly() {
    let (catalog, (_dir, i18n)) = (catalog(), words());
    let ctx = Context { catalog: &catalog, i18n: &i18n };
    let mut state = on_practice(&ctx);
    update(&mut state, &ctx, Message::Choose(0));
    let said = view(&state, &ctx).announcement;
    assert!(
        said.starts_with(
            "You opened the email from The Bank. That is not part of this task. Press Escape to go back to your inbox."
        ),
        "{said}"
    );
    // Escape goes back inside the practice screen, not to the step before.
    update(&mut state, &ctx, Message::Back);
    assert_eq!(view(&state, &ctx).panel.map(|p| p.title), Some("Practice screen. Inbox".into()));
    assert!(matches!(state.page, Page::Step(StepPage { step: 0, .. })));
}

#[test]
fn help_goes_hint_then_show_me_then_do_it_and_each_is_recorded() {
    let (catalog, (_dir, i18n)) = (catalog(), words());
    let ctx = Context { catalog: &catalog, i18n: &i18n };
    let mut state = on_practice(&ctx);
    let cases: &[(u8, &str)] = &[
        (1, "A hint. Look for New. Dr Okafor. Your check-up, Today."),
        (2, "Choose New. Dr Okafor. Your check-up, Today. It is number 2, and it is marked now. Press Enter."),
        (3, "I did it for you. You opened the email from Dr Okafor."),
        // The next part of the task starts again at a hint.
        (1, "A hint. Look for Reply."),
    ];
    for (level, said) in cases {
        let effects = update(&mut state, &ctx, Message::Help);
        assert_eq!(effects[0], help_effect(*level), "level {level}");
        assert_eq!(run(&state).help, *level % 3, "after doing it, help starts again");
        let announced = view(&state, &ctx).announcement;
        assert!(announced.starts_with(said), "level {level}: {announced}");
    }
    // "Show me" marked the right entry: the second email.
    // Doing it for her to the end: open the message box, type the words, send; each
    // part a hint, "show me", then "do it for me".
    for _ in 0..20 {
        if matches!(&state.page, Page::Step(StepPage { outcome: Outcome::Right, .. })) {
            break;
        }
        update(&mut state, &ctx, Message::Help);
    }
    let page = match &state.page {
        Page::Step(page) => page.clone(),
        other => panic!("{other:?}"),
    };
    assert_eq!(page.outcome, Outcome::Right, "the goal is met");
    let screen = view(&state, &ctx);
    let done = "I did it for you. Your email was sent to okafor@example.com. Reply sent. Press Enter to go on.";
    assert_eq!(screen.notice.as_deref(), Some(done));
    assert_eq!(state.input_mode(&catalog), InputMode::Continue);
    assert_eq!(
        update(&mut state, &ctx, Message::Next)[1],
        Effect::SaveStep {
            learner_id: 3,
            course_id: "email".into(),
            lesson_id: "reply".into(),
            step_id: "recap".into()
        }
    );
}

#[test]
fn a_move_of_your_own_starts_help_again_at_a_hint() {
    let (catalog, (_dir, i18n)) = (catalog(), words());
    let ctx = Context { catalog: &catalog, i18n: &i18n };
    let mut state = on_practice(&ctx);
    update(&mut state, &ctx, Message::Help);
    update(&mut state, &ctx, Message::Help);
    assert_eq!(run(&state).help, 2);
    update(&mut state, &ctx, Message::Next); // "show me" put the highlight on Dr Okafor
    assert_eq!(run(&state).help, 0);
    assert!(view(&state, &ctx).announcement.starts_with("You opened the email from Dr Okafor."));
}

#[test]
fn typing_a_reply_by_hand_meets_the_goal() {
    let (catalog, (_dir, i18n)) = (catalog(), words());
    let ctx = Context { catalog: &catalog, i18n: &i18n };
    let mut state = on_practice(&ctx);
    // Open Dr Okafor's email, Reply, the Message box.
    update(&mut state, &ctx, Message::Choose(1));
    update(&mut state, &ctx, Message::Choose(0));
    update(&mut state, &ctx, Message::Choose(2));
    assert_eq!(state.input_mode(&catalog), InputMode::TextEntry);
    for c in "tuesday is fine".chars() {
        update(&mut state, &ctx, Message::Type(c));
    }
    assert_eq!(view(&state, &ctx).field.map(|f| f.value), Some("tuesday is fine".into()));
    update(&mut state, &ctx, Message::Next);
    assert_eq!(state.input_mode(&catalog), InputMode::Choices, "the box closed");
    update(&mut state, &ctx, Message::Choose(3)); // Send
    assert!(matches!(&state.page, Page::Step(StepPage { outcome: Outcome::Right, .. })));
}

#[test]
fn starting_again_resets_only_the_practice() {
    let (catalog, (_dir, i18n)) = (catalog(), words());
    let ctx = Context { catalog: &catalog, i18n: &i18n };
    let mut state = on_practice(&ctx);
    update(&mut state, &ctx, Message::Choose(1));
    assert_ne!(view(&state, &ctx).panel.map(|p| p.title), Some("Practice screen. Inbox".into()));
    let effects = update(&mut state, &ctx, Message::Reset);
    assert_eq!(effects, [Effect::Announce], "nothing saved, nothing lost");
    assert_eq!(view(&state, &ctx).panel.map(|p| p.title), Some("Practice screen. Inbox".into()));
    assert!(view(&state, &ctx).announcement.starts_with("The practice has started again"));
    // The last entry of the list does the same.
    update(&mut state, &ctx, Message::Choose(1));
    let last = view(&state, &ctx).items.len() - 1;
    update(&mut state, &ctx, Message::Choose(last));
    assert_eq!(view(&state, &ctx).panel.map(|p| p.title), Some("Practice screen. Inbox".into()));
    assert!(state.learner.as_ref().is_some_and(|(_, p)| p.lesson("email", "reply").is_some()), "progress kept");
}

#[test]
fn a_form_moves_on_after_a_box_is_filled() {
    let (catalog, (_dir, i18n)) = (catalog(), words());
    let ctx = Context { catalog: &catalog, i18n: &i18n };
    let mut state = on_practice(&ctx);
    // Open the second email, Reply, then the To box (the first entry of the form).
    for message in [Message::Choose(1), Message::Choose(0), Message::Choose(0)] {
        update(&mut state, &ctx, message);
    }
    let focus = |state: &State| match &state.page {
        Page::Step(page) => page.focus,
        other => panic!("{other:?}"),
    };
    assert_eq!(focus(&state), 0, "on the To box");
    update(&mut state, &ctx, Message::Next);
    assert_eq!(focus(&state), 1, "Enter fills the box and the highlight moves to the Subject box");
    let said = view(&state, &ctx).announcement;
    assert!(said.contains("Highlighted: Subject"), "the voice says where it is: {said}");
}
