//! Checking a practice step: one screen, a goal that screen knows, targets that exist,
//! and starting data that makes sense.

use std::collections::HashSet;

use toml::Spanned;

use super::format::{CallEntry, GoalEntry, MailEntry, NhsEntry, StepEntry, TextEntry};
use super::model::{GoalSpec, StepBody};
use super::validate::FileCheck;
use crate::content::diag::Problem;
use crate::practice::setup::MedicineStatus;
use crate::practice::{CallGoal, GoalKind, GoalName, InboxGoal, NhsGoal, TextsGoal};
use crate::practice::{CallSetup, InboxSetup, MailSetup, MedicineSetup, NhsSetup, PharmacySetup, Setup};
use crate::practice::{TextSetup, TextsSetup};

/// The statuses a repeat medicine can have in a lesson file.
pub const MEDICINE_STATUSES: [&str; 4] = ["available", "requested", "too-soon", "review"];

/// The practice step's body, or `None` with the problems recorded.
pub fn practice(entry: &StepEntry, success: String, check: &mut FileCheck) -> Option<StepBody> {
    let screens = [entry.inbox.is_some(), entry.call.is_some(), entry.nhs.is_some(), entry.texts.is_some()];
    let count = screens.iter().filter(|s| **s).count();
    if count != 1 {
        check.error(entry.kind.span(), Problem::PracticeScreens { count });
        return None;
    }
    let goal = entry.goal.as_ref()?;
    let (setup, goals, screen, targets) = if let Some(mails) = &entry.inbox {
        let setup = inbox(mails, check);
        let targets: Vec<String> = setup.messages.iter().map(|m| m.id.clone()).collect();
        (Setup::Inbox(setup), (|n| parse_as::<InboxGoal>(n, GoalKind::Inbox)) as GoalParser, "inbox", targets)
    } else if let Some(messages) = &entry.texts {
        let setup = texts(messages, check);
        let targets: Vec<String> = setup.messages.iter().map(|m| m.id.clone()).collect();
        (Setup::Texts(setup), (|n| parse_as::<TextsGoal>(n, GoalKind::Texts)) as GoalParser, "texts", targets)
    } else if let Some(call) = &entry.call {
        (
            Setup::Call(call_setup(call, check)),
            (|n| parse_as::<CallGoal>(n, GoalKind::Call)) as GoalParser,
            "call",
            Vec::new(),
        )
    } else {
        let nhs = entry.nhs.as_ref()?;
        let setup = nhs_setup(nhs, entry.kind.span(), check)?;
        let targets = match goal.action.get_ref().as_str() {
            "pharmacy" => setup.pharmacies.iter().map(|p| p.id.clone()).collect(),
            _ => setup.medicines.iter().map(|m| m.id.clone()).collect(),
        };
        (Setup::Nhs(setup), (|n| parse_as::<NhsGoal>(n, GoalKind::Nhs)) as GoalParser, "nhs", targets)
    };
    let goal = goal_spec(goal, goals, screen, &targets, check)?;
    let mut setup = setup;
    if let Setup::Inbox(inbox) = &mut setup {
        inbox.addresses_in_list = goal.kind == GoalKind::Inbox(InboxGoal::Report);
    }
    Some(StepBody::Practice { setup, goal, success })
}

/// Reads a goal name for one screen: the goal and whether it needs a `target`.
type GoalParser = fn(&str) -> Option<(GoalKind, bool)>;

/// Reads `name` as one of screen `G`'s goals, wrapped as any screen's goal by `wrap`.
fn parse_as<G: GoalName>(name: &str, wrap: fn(G) -> GoalKind) -> Option<(GoalKind, bool)> {
    G::parse(name).map(|g| (wrap(g), g.needs_target()))
}

fn goal_spec(
    goal: &GoalEntry,
    known: GoalParser,
    screen: &'static str,
    targets: &[String],
    check: &mut FileCheck,
) -> Option<GoalSpec> {
    let action = goal.action.get_ref();
    let Some((kind, needs_target)) = known(action) else {
        check.error(goal.action.span(), Problem::UnknownGoal { action: action.clone(), screen });
        return None;
    };
    let target = goal.target.as_ref().map(|t| t.get_ref().clone());
    match (&goal.target, needs_target) {
        (None, true) => {
            check.error(goal.action.span(), Problem::GoalNeedsTarget { action: action.clone() });
            return None;
        }
        // `write` is to an address, not to an email in the inbox.
        (Some(t), true) if kind == GoalKind::Inbox(InboxGoal::Write) && !t.get_ref().contains('@') => {
            check.error(t.span(), Problem::BadAddress { address: t.get_ref().clone() });
            return None;
        }
        (Some(_), true) if kind == GoalKind::Inbox(InboxGoal::Write) => {}
        (Some(t), true) if !targets.contains(t.get_ref()) => {
            check.error(t.span(), Problem::UnknownTarget { target: t.get_ref().clone() });
            return None;
        }
        (Some(t), false) => {
            check.error(t.span(), Problem::FieldNotAllowed { field: "target", kind: "practice" });
            return None;
        }
        _ => {}
    }
    let words = goal.words.as_ref().map(|w| check.message(w));
    Some(GoalSpec { kind, target, words })
}

fn unique(id: &Spanned<String>, seen: &mut HashSet<String>, what: &'static str, check: &mut FileCheck) {
    if check.id(id) && !seen.insert(id.get_ref().clone()) {
        check.error(id.span(), Problem::DuplicateId { what, id: id.get_ref().clone() });
    }
}

fn inbox(mails: &[MailEntry], check: &mut FileCheck) -> InboxSetup {
    let mut seen = HashSet::new();
    let messages = mails
        .iter()
        .map(|m| {
            unique(&m.id, &mut seen, "email", check);
            if !m.address.get_ref().contains('@') {
                check.error(m.address.span(), Problem::BadAddress { address: m.address.get_ref().clone() });
            }
            MailSetup {
                id: m.id.get_ref().clone(),
                from: check.message(&m.from),
                address: m.address.get_ref().clone(),
                subject: check.message(&m.subject),
                date: check.message(&m.date),
                body: check.message(&m.body),
                unread: m.unread.unwrap_or(false),
                photo: m.photo.as_ref().map(|p| check.message(p)),
                minutes_ago: m.minutes_ago,
            }
        })
        .collect();
    InboxSetup { messages, addresses_in_list: false }
}

fn texts(entries: &[TextEntry], check: &mut FileCheck) -> TextsSetup {
    let mut seen = HashSet::new();
    let messages = entries
        .iter()
        .map(|t| {
            unique(&t.id, &mut seen, "text", check);
            TextSetup {
                id: t.id.get_ref().clone(),
                from: check.message(&t.from),
                date: check.message(&t.date),
                body: check.message(&t.body),
                unread: t.unread.unwrap_or(false),
                minutes_ago: t.minutes_ago,
            }
        })
        .collect();
    TextsSetup { messages }
}

fn call_setup(call: &CallEntry, check: &mut FileCheck) -> CallSetup {
    CallSetup {
        sender: check.message(&call.sender),
        text: check.message(&call.text),
        host: check.message(&call.host),
        scene: check.message(&call.scene),
        me: check.message(&call.me),
        in_call: call.in_call.unwrap_or(false),
        ringing: call.ringing.unwrap_or(false),
    }
}

fn nhs_setup(nhs: &NhsEntry, at: std::ops::Range<usize>, check: &mut FileCheck) -> Option<NhsSetup> {
    let mut seen = HashSet::new();
    let mut medicines = Vec::new();
    for m in &nhs.medicines {
        unique(&m.id, &mut seen, "medicine", check);
        let status = match (m.status.get_ref().as_str(), &m.date) {
            ("available", _) => MedicineStatus::Available,
            ("requested", _) => MedicineStatus::Requested,
            ("review", _) => MedicineStatus::Review,
            ("too-soon", Some(date)) => MedicineStatus::TooSoon(check.message(date)),
            // The medicine stays in the list (its errors keep the lesson out anyway), so
            // a goal that names it is not reported as well.
            ("too-soon", None) => {
                check.error(m.status.span(), Problem::MissingField { field: "date", kind: "too-soon" });
                MedicineStatus::Available
            }
            (other, _) => {
                check.error(m.status.span(), Problem::MedicineStatus { status: other.to_owned() });
                MedicineStatus::Available
            }
        };
        medicines.push(MedicineSetup { id: m.id.get_ref().clone(), name: check.message(&m.name), status });
    }
    let mut seen = HashSet::new();
    let pharmacies: Vec<PharmacySetup> = nhs
        .pharmacies
        .iter()
        .map(|p| {
            unique(&p.id, &mut seen, "pharmacy", check);
            PharmacySetup {
                id: p.id.get_ref().clone(),
                name: check.message(&p.name),
                address: check.message(&p.address),
            }
        })
        .collect();
    if pharmacies.is_empty() {
        check.error(at, Problem::NoPharmacies);
        return None;
    }
    let rejected = nhs.rejected.as_ref().map(|r| check.message(r));
    let (logged_in, prove_identity) = (nhs.logged_in.unwrap_or(false), nhs.prove_identity.unwrap_or(false));
    Some(NhsSetup { logged_in, prove_identity, medicines, pharmacies, rejected })
}
