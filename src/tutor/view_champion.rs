//! Words for champion mode and for the questions asked of learners.

use super::plan::{SkillAnswer, MATTERS, SKILLS};
use super::state::{Item, PinProblem, Question, State};
use super::view::{lines, paragraphs, Field, Screen};
use super::Context;
use crate::domain::learner::{Moment, NameProblem, MAX_NAME_CHARS};
use crate::i18n::{Args, I18n};

/// The champion PIN page: set it (twice) on first use, then type it.
pub fn pin_page(state: &State, ctx: &Context, first: bool, problem: Option<PinProblem>, typed: &str) -> Screen {
    let body = match (state.champion_pin_set, first) {
        (true, _) => "champion-pin-enter",
        (false, false) => "champion-pin-new",
        (false, true) => "champion-pin-again",
    };
    let mut screen = paragraphs(ctx, "champion-pin-title", body);
    // The digits are never shown: one dot each.
    screen.field = Some(Field { label: ctx.i18n.tr("champion-pin-label"), value: "•".repeat(typed.chars().count()) });
    screen.notice = problem.map(|p| pin_problem(ctx, p));
    screen
}

/// A learner typing their own PIN.
pub fn learner_pin(ctx: &Context, problem: Option<PinProblem>, typed: &str) -> Screen {
    let mut screen = paragraphs(ctx, "learner-pin-title", "learner-pin-body");
    screen.field = Some(Field { label: ctx.i18n.tr("champion-pin-label"), value: "•".repeat(typed.chars().count()) });
    screen.notice = problem.map(|p| pin_problem(ctx, p));
    screen
}

/// A learner setting their own PIN, typed twice.
pub fn set_pin(ctx: &Context, again: bool, problem: Option<PinProblem>, typed: &str) -> Screen {
    let body = if again { "champion-pin-again" } else { "learner-pin-new" };
    let mut screen = paragraphs(ctx, "learner-pin-title", body);
    screen.field = Some(Field { label: ctx.i18n.tr("champion-pin-label"), value: "•".repeat(typed.chars().count()) });
    screen.notice = problem.map(|p| pin_problem(ctx, p));
    screen
}

fn pin_problem(ctx: &Context, problem: PinProblem) -> String {
    ctx.i18n.tr(match problem {
        PinProblem::NotFourDigits => "champion-pin-four-digits",
        PinProblem::DoNotMatch => "champion-pin-no-match",
        PinProblem::Wrong => "champion-pin-wrong",
    })
}

/// Typing a new champion's name.
pub fn new_champion(ctx: &Context, name: &str, problem: Option<NameProblem>) -> Screen {
    let mut screen = paragraphs(ctx, "champion-new-title", "champion-new-body");
    screen.field = Some(Field { label: ctx.i18n.tr("champion-new-label"), value: name.to_owned() });
    screen.notice = problem.map(|p| match p {
        NameProblem::Empty => ctx.i18n.tr("name-empty"),
        NameProblem::TooLong => ctx.i18n.tr_args("name-too-long", &Args::new().with("max", MAX_NAME_CHARS)),
        NameProblem::Taken => ctx.i18n.tr_args("champion-name-taken", &Args::new().with("name", name.trim())),
    });
    screen
}

/// A question for the learner.
pub fn question(ctx: &Context, question: &Question) -> Screen {
    let i18n = ctx.i18n;
    match question {
        Question::Confidence { course, moment } => {
            let title = ctx.catalog.courses.get(*course).map(|c| i18n.tr(&c.title)).unwrap_or_default();
            let id = match moment {
                Moment::Before => "ask-confidence-before",
                Moment::After => "ask-confidence-after",
            };
            Screen {
                title: i18n.tr("ask-confidence-title"),
                body: lines(&i18n.tr_args(id, &Args::new().with("course", title))),
                ..Screen::default()
            }
        }
        Question::Useful => paragraphs(ctx, "ask-feedback-title", "ask-useful"),
        Question::Helpful { .. } => paragraphs(ctx, "ask-feedback-title", "ask-helpful"),
    }
}

/// A question of the skills check: a skill, or at the end, what matters most.
pub fn skills_question(ctx: &Context, index: usize) -> Screen {
    let i18n = ctx.i18n;
    let args = Args::new().with("number", index + 1).with("total", SKILLS.len() + 1);
    let body = match SKILLS.get(index) {
        Some((_, id)) => i18n.tr(id),
        None => i18n.tr("skills-matters"),
    };
    Screen { title: i18n.tr_args("skills-title", &args), body: lines(&body), ..Screen::default() }
}

/// The labels of champion-mode and question entries.
pub fn item_label(state: &State, i18n: &I18n, item: Item) -> String {
    match item {
        Item::ChampionMode => match &state.champion {
            Some((_, name)) => i18n.tr_args("champion-sign-out", &Args::new().with("name", name.as_str())),
            None => i18n.tr("champion-sign-in"),
        },
        Item::Champion(i) => state.champions.get(i).map(|(_, name)| name.clone()).unwrap_or_default(),
        Item::AddChampion => i18n.tr("champion-add"),
        Item::HubReport => i18n.tr("champion-report"),
        Item::Score(n) => i18n.tr_args("ask-score", &Args::new().with("score", u32::from(n))),
        Item::Yes => i18n.tr("ask-yes"),
        Item::No => i18n.tr("ask-no"),
        Item::MyPlan => i18n.tr("plan-open"),
        Item::SkillsCheck => i18n.tr("skills-check-open"),
        Item::Answer(answer) => i18n.tr(match answer {
            SkillAnswer::Can => "skills-can",
            SkillAnswer::NeedHelp => "skills-need-help",
            SkillAnswer::WantToLearn => "skills-want-to-learn",
        }),
        Item::Matters(i) => MATTERS.get(i).map(|(id, _)| i18n.tr(id)).unwrap_or_default(),
        Item::PlanDone => i18n.tr("plan-done"),
        Item::PlanSkip => i18n.tr("plan-skip"),
        _ => String::new(),
    }
}
