//! Engine tests: the plan follows the reason a learner chose in "Finding your reason".

use super::tests::{on_courses, send};
use super::*;
use crate::content::source::SourceTree;
use crate::domain::learner::LessonProgress;
use crate::i18n::{base_language, I18n};
use crate::lesson;

/// Ann opens "Finding your reason" from her home and goes on to its choice of reason.
fn at_the_reason(ctx: &Context, progress: Progress) -> State {
    let mut state = on_courses(progress, ctx);
    for item in [Item::Course(0), Item::Lesson(0)] {
        let index = state.items(ctx.catalog).iter().position(|i| *i == item).unwrap();
        update(&mut state, ctx, Message::Choose(index));
    }
    send(&mut state, ctx, &[Message::Next, Message::Next]);
    state
}

fn health(ctx: &Context) -> usize {
    let Page::Step(page) = &on_reason_page(ctx).page else { unreachable!() };
    let Some(lesson::StepBody::Question { choices, .. }) = current_step(ctx.catalog, page).map(|s| &s.body) else {
        panic!("the reason step is a choice")
    };
    choices.iter().position(|c| c.text == "reason-matters-choose-health").unwrap()
}

fn on_reason_page(ctx: &Context) -> State {
    at_the_reason(ctx, Progress::default())
}

#[test]
fn choosing_my_health_plans_email_then_the_nhs_course_and_home_says_why() {
    let catalog = lesson::load(&SourceTree::built_in_lessons()).catalog;
    let i18n = I18n::built_in(&[base_language()]);
    let ctx = Context { catalog: &catalog, i18n: &i18n };
    let health = health(&ctx);
    let mut state = on_reason_page(&ctx);
    let effects = update(&mut state, &ctx, Message::Choose(health));
    let kept = Effect::SetReason { learner_id: 7, reason: 2 };
    assert!(effects.contains(&kept), "the reason is kept for the skills check: {effects:?}");
    let Some(Effect::SetPlan { learner_id: 7, plan }) = effects.iter().find(|e| matches!(e, Effect::SetPlan { .. }))
    else {
        panic!("the plan is saved: {effects:?}")
    };
    // The keys of this tutor first (as the lesson's own feedback says), then Email,
    // then the NHS course.
    let courses: Vec<&str> = plan.iter().map(|(c, _)| c.as_str()).collect();
    let first_email = courses.iter().position(|c| *c == "email").unwrap();
    let first_nhs = courses.iter().position(|c| *c == "nhs-prescriptions").unwrap();
    assert!(courses[..first_email].iter().all(|c| *c == "getting-started"), "{plan:?}");
    assert!(courses[first_email..first_nhs].iter().all(|c| *c == "email"), "Email before NHS: {plan:?}");
    // With Getting started done, home offers the plan's next lesson and says why
    // Email comes before the NHS course.
    let mut progress = state.progress().unwrap().clone();
    for (c, l) in plan.iter().filter(|(c, _)| c == "getting-started") {
        let done = LessonProgress { step_id: "recap".into(), in_progress: false, completed: true };
        progress.lessons.insert((c.clone(), l.clone()), done);
    }
    let state = on_courses(progress, &ctx);
    let email = catalog.courses.iter().position(|c| c.id == "email").unwrap();
    assert!(state.items(&catalog).contains(&Item::PlanNext(email, 0)), "{:?}", state.items(&catalog));
    let screen = view(&state, &ctx);
    let why = "Next in your plan is Email, because NHS login needs an email address.";
    assert!(screen.body.iter().any(|l| l == why), "{:?}", screen.body);
    assert!(screen.announcement.contains(why), "said too: {}", screen.announcement);
}

#[test]
fn a_plan_from_a_skills_check_is_kept_and_other_reasons_give_no_nhs_reason() {
    let catalog = lesson::load(&SourceTree::built_in_lessons()).catalog;
    let i18n = I18n::built_in(&[base_language()]);
    let ctx = Context { catalog: &catalog, i18n: &i18n };
    let health = health(&ctx);
    let checked = Progress { plan: vec![("video-calls".into(), "what-is-a-video-call".into())], ..Progress::default() };
    let mut state = at_the_reason(&ctx, checked.clone());
    let effects = update(&mut state, &ctx, Message::Choose(health));
    assert!(!effects.iter().any(|e| matches!(e, Effect::SetPlan { .. })), "{effects:?}");
    assert_eq!(state.progress().unwrap().plan, checked.plan);
    // Family: Email and video calls, with no word about NHS login.
    let mut state = on_reason_page(&ctx);
    update(&mut state, &ctx, Message::Choose(0));
    let state = on_courses(state.progress().unwrap().clone(), &ctx);
    assert!(!view(&state, &ctx).body.iter().any(|l| l.contains("NHS login")));
}
