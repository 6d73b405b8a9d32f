//! The skills check and the learning plan it makes: the foundation skills and the five
//! areas of the Essential Digital Skills Framework, each answered "I can do this", "I
//! need help" or "I want to learn", then "what matters to you". The plan is the lessons
//! that teach what the learner needs, the ones for what matters to them first.

use crate::lesson::Catalog;

/// The questions of the skills check: (skill area the lessons are tagged with, message
/// id of the question). The foundation skills are from the framework's list.
pub const SKILLS: [(&str, &str); 14] = [
    ("foundation", "skill-q-device-on"),
    ("foundation", "skill-q-controls"),
    ("foundation", "skill-q-accessibility"),
    ("foundation", "skill-q-home-screen"),
    ("foundation", "skill-q-wifi"),
    ("foundation", "skill-q-browser"),
    ("foundation", "skill-q-passwords"),
    ("communicating", "skill-q-communicating"),
    ("handling-information", "skill-q-handling-information"),
    ("transacting", "skill-q-transacting"),
    ("problem-solving", "skill-q-problem-solving"),
    ("being-safe", "skill-q-being-safe"),
    ("being-safe", "skill-q-scams"),
    ("foundation", "skill-q-keyboard"),
];

/// An answer to one skills question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SkillAnswer {
    Can,
    NeedHelp,
    WantToLearn,
}

impl SkillAnswer {
    /// Every answer, in the order they are offered.
    pub const ALL: [SkillAnswer; 3] = [SkillAnswer::Can, SkillAnswer::NeedHelp, SkillAnswer::WantToLearn];

    /// The answer saved as `key`.
    pub fn from_key(key: &str) -> Option<SkillAnswer> {
        SkillAnswer::ALL.into_iter().find(|a| a.key() == key)
    }

    /// The word saved in the database.
    pub fn key(self) -> &'static str {
        match self {
            SkillAnswer::Can => "can",
            SkillAnswer::NeedHelp => "help",
            SkillAnswer::WantToLearn => "learn",
        }
    }
}

/// What matters most to the learner, and the courses it points to first.
pub const MATTERS: [(&str, &[&str]); 5] = [
    ("reason-matters-choose-family", &["email", "video-calls"]),
    ("reason-matters-choose-hobbies", &["email", "video-calls"]),
    ("reason-matters-choose-health", &["nhs-prescriptions", "video-calls"]),
    ("reason-matters-choose-shopping", &["email"]),
    ("reason-matters-choose-history", &["email"]),
];

/// Courses that need another course first: (course id, the course it needs, message id
/// of why, which names the needed course as `$course`). NHS login starts with an email
/// address and a password (shared/docs/content-sources.md, "NHS login"), so the NHS
/// course comes after Email.
pub const NEEDS: [(&str, &str, &str); 1] = [("nhs-prescriptions", "email", "plan-why-nhs-email")];

/// Which of [`MATTERS`] a choice in "Finding your reason" is, by the choice's message id.
pub fn reason_of(choice: &str) -> Option<usize> {
    MATTERS.iter().position(|(id, _)| *id == choice)
}

/// The plan for a learner's reason (what matters to them): the foundation lessons first,
/// as in [`make_plan`] (the keys this tutor uses), then every lesson of the courses the
/// reason points to, each course after the courses it needs.
pub fn reason_plan(catalog: &Catalog, matters: usize) -> Vec<(String, String)> {
    let foundation = catalog.courses.iter().filter(|c| c.ask_confidence).flat_map(|c| {
        c.lessons.iter().filter(|l| l.skills.iter().any(|s| s == "foundation")).map(|l| (c.id.clone(), l.id.clone()))
    });
    let mut courses: Vec<&str> = Vec::new();
    for course in MATTERS.get(matters).map_or(&[][..], |(_, courses)| courses) {
        let needed = NEEDS.iter().filter(|(c, _, _)| c == course).map(|(_, needs, _)| *needs);
        for id in needed.chain([*course]) {
            if !courses.contains(&id) {
                courses.push(id);
            }
        }
    }
    let chosen = courses
        .iter()
        .filter_map(|id| catalog.courses.iter().find(|c| c.id == *id))
        .flat_map(|c| c.lessons.iter().map(move |l| (c.id.clone(), l.id.clone())));
    foundation.chain(chosen).collect()
}

/// Why the plan goes on with course `next` now: the message id of a [`NEEDS`] entry
/// when a later course of the plan needs it.
pub fn why_next(plan: &[(String, String)], next: &str) -> Option<&'static str> {
    let later = |course: &str| plan.iter().skip_while(|(c, _)| c != next).any(|(c, _)| c == course);
    NEEDS.iter().find(|(course, needs, _)| *needs == next && later(course)).map(|(_, _, why)| *why)
}

/// The learning plan: every lesson teaching an area the learner needs help with or
/// wants to learn, the courses for what matters to them first, then in course order.
pub fn make_plan(catalog: &Catalog, answers: &[SkillAnswer], matters: usize) -> Vec<(String, String)> {
    let needed: Vec<&str> =
        SKILLS.iter().zip(answers).filter(|(_, a)| **a != SkillAnswer::Can).map(|((area, _), _)| *area).collect();
    let first: &[&str] = MATTERS.get(matters).map_or(&[], |(_, courses)| courses);
    // (not foundation, rank of what matters, course order, course id, lesson id)
    let mut lessons: Vec<(bool, usize, usize, &str, &str)> = Vec::new();
    for (c, course) in catalog.courses.iter().enumerate().filter(|(_, c)| c.ask_confidence) {
        let rank = first.iter().position(|id| *id == course.id).unwrap_or(first.len());
        for lesson in &course.lessons {
            if lesson.skills.iter().any(|s| needed.contains(&s.as_str())) {
                let foundation = lesson.skills.iter().any(|s| s == "foundation");
                lessons.push((!foundation, rank, c, &course.id, &lesson.id));
            }
        }
    }
    // Foundation skills come first: they are needed for the rest. The sort is stable,
    // so lessons keep their order within a course.
    lessons.sort_by_key(|(later, rank, c, _, _)| (*later, *rank, *c));
    lessons.into_iter().map(|(_, _, _, c, l)| (c.to_owned(), l.to_owned())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::source::SourceTree;
    use crate::lesson;

    #[test]
    fn the_plan_puts_foundations_first_then_what_matters() {
        let catalog = lesson::load(&SourceTree::built_in_lessons()).catalog;
        let mut answers = vec![SkillAnswer::Can; SKILLS.len()];
        // Needs help with communicating and being safe; cares most about health.
        answers[7] = SkillAnswer::NeedHelp;
        answers[11] = SkillAnswer::WantToLearn;
        answers[13] = SkillAnswer::NeedHelp; // the keyboard
        let plan = make_plan(&catalog, &answers, 2);
        let courses: Vec<&str> = plan.iter().map(|(c, _)| c.as_str()).collect();
        assert_eq!(courses.first(), Some(&"getting-started"), "{plan:?}");
        let nhs = courses.iter().position(|c| *c == "nhs-prescriptions").unwrap();
        let email = courses.iter().position(|c| *c == "email").unwrap();
        assert!(nhs < email, "health matters most: {plan:?}");
        assert!(plan.contains(&("email".into(), "spotting-scams".into())));
        let can_do_all = make_plan(&catalog, &vec![SkillAnswer::Can; SKILLS.len()], 0);
        assert!(can_do_all.is_empty());
    }

    #[test]
    fn my_health_plans_email_first_then_the_nhs_course_and_says_why() {
        let catalog = lesson::load(&SourceTree::built_in_lessons()).catalog;
        let health = reason_of("reason-matters-choose-health").unwrap();
        let plan = reason_plan(&catalog, health);
        let mut courses: Vec<&str> = plan.iter().map(|(c, _)| c.as_str()).collect();
        courses.dedup();
        assert_eq!(courses, ["getting-started", "email", "nhs-prescriptions", "video-calls"]);
        let email = catalog.courses.iter().find(|c| c.id == "email").unwrap();
        assert_eq!(plan.iter().filter(|(c, _)| c == "email").count(), email.lessons.len(), "every Email lesson");
        assert_eq!(why_next(&plan, "email"), Some("plan-why-nhs-email"));
        assert_eq!(why_next(&plan, "nhs-prescriptions"), None);
        // Family: Email then video calls, and Email is not there for NHS login.
        let family = reason_plan(&catalog, reason_of("reason-matters-choose-family").unwrap());
        assert_eq!(why_next(&family, "email"), None);
        assert_eq!(reason_of("reason-matters-check-power"), None, "a quiz answer is not a reason");
    }
}
