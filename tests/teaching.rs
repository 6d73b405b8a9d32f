//! Lessons teach the way first-time learners need (issue 14): every word they may not
//! know is explained in one short sentence where a lesson first uses it, or before; and
//! a learner never reads more than two explain steps in a row before doing something.
//!
//! The lessons are walked in the order a learner meets them: course by course, lesson
//! by lesson, step by step. A step's words are everything the learner reads or hears
//! there in English, in both the full-screen and the plain wording: its title and text,
//! the lesson's title and summary (on its first step), choices and their feedback, what
//! is said on success, and on a practice step every screen met on the way to the goal
//! (found by the screen's own planner, as "do it for me" would go).

use signpost::content::source::SourceTree;
use signpost::i18n::{base_language, Args, I18n, Mode};
use signpost::lesson::{self, Catalog, Step, StepBody};
use signpost::practice::{Goal, Move, PracticeApp, PracticeScreen, Setup, View};
use signpost::tutor::practice_words;

/// A word to explain, the forms it takes in a sentence, and the message that explains it.
struct Term {
    name: &'static str,
    forms: &'static [&'static str],
    explained_in: &'static str,
}

/// The words issue 14 lists, each with the step that explains it.
const TERMS: &[Term] = &[
    Term { name: "online", forms: &["online"], explained_in: "reason-matters-online" },
    Term { name: "the internet", forms: &["internet"], explained_in: "reason-matters-online" },
    Term { name: "Wi-Fi", forms: &["wi-fi", "wifi"], explained_in: "call-what-need" },
    Term { name: "web browser", forms: &["browser", "browsers"], explained_in: "call-what-browser" },
    Term { name: "website", forms: &["website", "websites"], explained_in: "email-clicked-report" },
    Term { name: "link", forms: &["link", "links"], explained_in: "email-scam-links" },
    Term { name: "click", forms: &["click", "clicks", "clicked", "clicking"], explained_in: "email-scam-links" },
    Term { name: "tap", forms: &["tap", "taps", "tapped", "tapping"], explained_in: "call-gp-link" },
    Term { name: "app", forms: &["app", "apps"], explained_in: "call-family-intro" },
    Term { name: "cursor", forms: &["cursor"], explained_in: "gs-keys-cursor" },
    Term { name: "password", forms: &["password", "passwords"], explained_in: "email-what-account" },
    Term { name: "account", forms: &["account", "accounts"], explained_in: "email-what-account" },
];

/// The most explain steps a learner reads in a row before they do something.
const MOST_EXPLAINS_IN_A_ROW: usize = 2;

/// One step as the learner meets it: where it is, its text message, and its words.
struct Met {
    place: String,
    text_id: String,
    words: String,
}

fn english(mode: Mode) -> I18n {
    let mut i18n = I18n::built_in(&[base_language()]);
    i18n.set_mode(mode);
    i18n
}

fn say(i18n: &I18n, id: &str) -> String {
    i18n.tr_args(id, &Args::new().with("name", "Ann"))
}

fn view_words(i18n: &I18n, view: &View) -> String {
    let mut words = vec![practice_words(i18n, &view.title)];
    words.extend(view.lines.iter().map(|l| practice_words(i18n, l)));
    words.extend(view.controls.iter().map(|c| practice_words(i18n, &c.label)));
    words.join("\n")
}

/// The words of every practice screen on the planned way to the goal, and what the
/// tutor says after each move.
fn practice_path(i18n: &I18n, setup: &Setup, goal: &Goal) -> String {
    let mut screen = PracticeApp::new(setup);
    let mut words = vec![view_words(i18n, &screen.view())];
    for _ in 0..60 {
        let said = match screen.next_move(goal) {
            Some(Move::Choose(action)) => screen.act(&action),
            Some(Move::Type(text)) => screen.fill(&text),
            None => break,
        };
        words.extend(said.map(|w| practice_words(i18n, &w)));
        words.push(view_words(i18n, &screen.view()));
    }
    assert!(screen.goal_met(goal), "the planner reaches the goal: {goal:?}");
    words.join("\n")
}

/// Every message id a step shows or says, but the words a learner types.
fn step_ids(step: &Step) -> Vec<String> {
    let mut ids = vec![step.title.clone(), step.text.clone()];
    match &step.body {
        StepBody::Explain => {}
        StepBody::Question { choices, .. } => {
            ids.extend(choices.iter().flat_map(|c| [c.text.clone(), c.feedback.clone()]));
        }
        StepBody::Key { success, .. }
        | StepBody::Type { success, .. }
        | StepBody::Practice { success, .. }
        | StepBody::Command { success, .. } => {
            ids.push(success.clone());
        }
    }
    ids
}

fn step_words(i18n: &I18n, step: &Step) -> String {
    let mut words: Vec<String> = step_ids(step).iter().map(|id| say(i18n, id)).collect();
    if let StepBody::Practice { setup, goal, .. } = &step.body {
        let words_wanted = goal.words.as_ref().map(|id| say(i18n, id));
        let goal = Goal { kind: goal.kind, target: goal.target.clone(), words: words_wanted };
        words.push(practice_path(i18n, setup, &goal));
    }
    words.join("\n")
}

/// Every step of every lesson, in the order a learner meets them.
fn walk(catalog: &Catalog) -> Vec<Met> {
    let modes = [english(Mode::Tui), english(Mode::Plain)];
    let mut met = Vec::new();
    for course in &catalog.courses {
        for lesson in &course.lessons {
            for (n, step) in lesson.steps.iter().enumerate() {
                let mut words: Vec<String> = modes.iter().map(|i18n| step_words(i18n, step)).collect();
                if n == 0 {
                    let heading = [&course.title, &course.summary, &lesson.title, &lesson.summary];
                    words.extend(heading.iter().map(|id| say(&modes[0], id)));
                }
                met.push(Met {
                    place: format!("{} / {} / {}", course.id, lesson.id, step.id),
                    text_id: step.text.clone(),
                    words: words.join("\n"),
                });
            }
        }
    }
    met
}

/// Whether `words` use `term` as a word of its own ("app", not "WhatsApp" or "happy").
fn uses(words: &str, term: &Term) -> bool {
    words
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .map(|w| w.trim_matches('-').to_lowercase())
        .any(|w| term.forms.contains(&w.as_str()))
}

/// Each term a step uses before the step that explains it, or whose explaining step is
/// missing or does not use the term at all.
fn problems(met: &[Met], terms: &[Term]) -> Vec<String> {
    let mut problems = Vec::new();
    for term in terms {
        let Some(explained) = met.iter().position(|m| m.text_id == term.explained_in) else {
            problems.push(format!("{}: no step has the text {}", term.name, term.explained_in));
            continue;
        };
        if !uses(&met[explained].words, term) {
            problems.push(format!("{}: {} does not say it", term.name, met[explained].place));
        }
        if let Some(first) = met.iter().position(|m| uses(&m.words, term)).filter(|first| *first < explained) {
            let (used, at) = (&met[first].place, &met[explained].place);
            problems.push(format!("{}: used at {used} before it is explained at {at}", term.name));
        }
    }
    problems
}

/// Each run of more than [`MOST_EXPLAINS_IN_A_ROW`] explain steps, by its first step.
fn long_explanations(catalog: &Catalog) -> Vec<String> {
    let mut found = Vec::new();
    for course in &catalog.courses {
        for lesson in &course.lessons {
            let mut run = 0;
            for step in &lesson.steps {
                run = if step.body == StepBody::Explain { run + 1 } else { 0 };
                if run == MOST_EXPLAINS_IN_A_ROW + 1 {
                    found.push(format!("{} / {} / {}", course.id, lesson.id, step.id));
                }
            }
        }
    }
    found
}

fn shipped() -> Catalog {
    let loaded = lesson::load(&SourceTree::built_in_lessons());
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    loaded.catalog
}

/// The shipped lessons with one step moved to the end of its lesson.
fn with_step_moved_last(course: &str, lesson: &str, step: &str) -> Catalog {
    let mut catalog = shipped();
    let lesson = catalog
        .courses
        .iter_mut()
        .filter(|c| c.id == course)
        .flat_map(|c| c.lessons.iter_mut())
        .find(|l| l.id == lesson)
        .expect("the lesson is there");
    let at = lesson.steps.iter().position(|s| s.id == step).expect("the step is there");
    let moved = lesson.steps.remove(at);
    lesson.steps.push(moved);
    catalog
}

#[test]
fn every_listed_word_is_explained_where_it_is_first_used_or_before() {
    let met = walk(&shipped());
    assert!(met.len() > 100, "every step was walked: {}", met.len());
    let problems = problems(&met, TERMS);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_word_used_before_its_explanation_is_caught() {
    // A broken copy: "Links" comes last, after the question about links and Rose's
    // scam email ("Click the link").
    let met = walk(&with_step_moved_last("email", "spotting-scams", "links"));
    let found = problems(&met, TERMS);
    let used = "used at email / spotting-scams / link-check before it is explained at email / spotting-scams / links";
    assert_eq!(found, [format!("link: {used}"), format!("click: {used}")]);
}

#[test]
fn an_explanation_that_does_not_say_the_word_is_caught() {
    let wrong = [Term { name: "cursor", forms: &["cursor"], explained_in: "gs-keys-enter" }];
    let found = problems(&walk(&shipped()), &wrong);
    assert_eq!(found[0], "cursor: getting-started / using-a-keyboard / enter does not say it");
    let missing = [Term { name: "cursor", forms: &["cursor"], explained_in: "no-such-message" }];
    assert_eq!(problems(&walk(&shipped()), &missing), ["cursor: no step has the text no-such-message"]);
}

#[test]
fn words_are_matched_whole() {
    let app = &TERMS.iter().find(|t| t.name == "app").unwrap();
    assert!(uses("Open the NHS App.", app));
    assert!(!uses("Use WhatsApp, or be happy with an application.", app));
    let wifi = &TERMS.iter().find(|t| t.name == "Wi-Fi").unwrap();
    assert!(uses("most people use Wi-Fi.", wifi));
}

#[test]
fn a_learner_never_reads_more_than_two_explain_steps_in_a_row() {
    let found = long_explanations(&shipped());
    assert!(found.is_empty(), "three explain steps in a row, ending at:\n{}", found.join("\n"));
}

#[test]
fn three_explain_steps_in_a_row_are_caught() {
    // A broken copy: the spotting-scams check after "Links" moved away, so "Sign 1" and
    // "Sign 2" follow "Scams" and "Links" with nothing to do between them.
    let broken = with_step_moved_last("email", "spotting-scams", "link-check");
    assert_eq!(long_explanations(&broken), ["email / spotting-scams / address"]);
}

/// Every `course/lesson/step` named in `text` that the shipped lessons do not have.
fn unknown_steps(catalog: &Catalog, text: &str) -> (usize, Vec<String>) {
    let is_id = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    let named: Vec<&str> =
        text.split('`').skip(1).step_by(2).filter(|s| s.split('/').count() == 3 && s.split('/').all(is_id)).collect();
    let exists = |place: &str| {
        let parts: Vec<&str> = place.split('/').collect();
        catalog
            .courses
            .iter()
            .filter(|c| c.id == parts[0])
            .flat_map(|c| &c.lessons)
            .any(|l| l.id == parts[1] && l.steps.iter().any(|s| s.id == parts[2]))
    };
    (named.len(), named.into_iter().filter(|p| !exists(p)).map(str::to_owned).collect())
}

#[test]
fn every_step_named_in_the_sources_exists() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/sources.md");
    let text = std::fs::read_to_string(path).unwrap();
    let (named, unknown) = unknown_steps(&shipped(), &text);
    assert!(named > 80, "the sources name the steps that teach each fact: {named}");
    assert!(unknown.is_empty(), "docs/sources.md names steps that do not exist: {unknown:?}");
    // A step renamed or removed is caught.
    let (_, unknown) = unknown_steps(&shipped(), "`email/spotting-scams/signs` and `email/spotting-scams/links`");
    assert_eq!(unknown, ["email/spotting-scams/signs"]);
}
