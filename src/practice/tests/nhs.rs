use super::super::nhs::{NhsAct, NhsField, Status, PRACTICE_CODE, PRACTICE_EMAIL, PRACTICE_PASSWORD};
use super::super::setup::MedicineStatus;
use super::*;

fn app(logged_in: bool, rejected: bool) -> PracticeApp {
    app_with(logged_in, rejected, false)
}

/// The practice app; with `prove_identity`, NHS login asks to prove who you are.
pub(super) fn app_with(logged_in: bool, rejected: bool, prove_identity: bool) -> PracticeApp {
    let medicine = |id: &str, status| MedicineSetup { id: id.into(), name: format!("{id}-name"), status };
    let pharmacy =
        |id: &str| PharmacySetup { id: id.into(), name: format!("{id}-name"), address: format!("{id}-address") };
    PracticeApp::new(&Setup::Nhs(NhsSetup {
        logged_in,
        prove_identity,
        medicines: vec![
            medicine("amlodipine", MedicineStatus::Available),
            medicine("salbutamol", MedicineStatus::TooSoon("date".into())),
            medicine("sertraline", MedicineStatus::Requested),
            medicine("ramipril", MedicineStatus::Review),
            medicine("simvastatin", MedicineStatus::Available),
        ],
        pharmacies: vec![pharmacy("high-street"), pharmacy("green-lane")],
        rejected: rejected.then(|| "reason".into()),
    }))
}

pub(super) fn nhs(a: NhsAct) -> Action {
    Action::Nhs(a)
}

pub(super) fn said(screen: &mut PracticeApp, a: NhsAct) -> &'static str {
    screen.act(&nhs(a)).map_or("", |w| w.id)
}

#[test]
fn logging_in_needs_the_practice_details_and_the_code() {
    let mut screen = app(false, false);
    assert_eq!(said(&mut screen, NhsAct::Continue), "practice-nhs-wrong-login");
    said(&mut screen, NhsAct::Edit(NhsField::Email));
    screen.fill(PRACTICE_EMAIL);
    said(&mut screen, NhsAct::Edit(NhsField::Password));
    assert!(screen.editing().is_some_and(|e| e.hidden), "passwords are hidden");
    screen.fill("practice2026");
    assert_eq!(said(&mut screen, NhsAct::Continue), "practice-nhs-wrong-login", "passwords match exactly");
    said(&mut screen, NhsAct::Edit(NhsField::Password));
    screen.fill(PRACTICE_PASSWORD);
    assert_eq!(said(&mut screen, NhsAct::Continue), "practice-nhs-did-login");
    said(&mut screen, NhsAct::Edit(NhsField::Code));
    screen.fill("111111");
    assert_eq!(said(&mut screen, NhsAct::Continue), "practice-nhs-wrong-code");
    said(&mut screen, NhsAct::Edit(NhsField::Code));
    screen.fill(PRACTICE_CODE);
    assert_eq!(said(&mut screen, NhsAct::Continue), "practice-nhs-did-code");
    assert!(screen.goal_met(&goal("log-in", None, None)));
}

#[test]
fn medicines_that_cannot_be_ordered_say_why() {
    let mut screen = app(true, false);
    said(&mut screen, NhsAct::Prescriptions);
    said(&mut screen, NhsAct::Order);
    assert_eq!(
        labels(&screen),
        [
            "practice-nhs-medicine-not-chosen",
            "practice-nhs-medicine-too-soon",
            "practice-nhs-medicine-requested",
            "practice-nhs-medicine-review",
            "practice-nhs-medicine-not-chosen",
            "practice-nhs-continue"
        ]
    );
    assert_eq!(said(&mut screen, NhsAct::Continue), "practice-nhs-choose-one");
    assert_eq!(said(&mut screen, NhsAct::Toggle(1)), "practice-nhs-why-too-soon");
    assert_eq!(said(&mut screen, NhsAct::Toggle(2)), "practice-nhs-why-requested");
    assert_eq!(said(&mut screen, NhsAct::Toggle(3)), "practice-nhs-why-review");
    assert_eq!(said(&mut screen, NhsAct::Toggle(0)), "practice-nhs-did-choose");
    assert_eq!(said(&mut screen, NhsAct::Toggle(0)), "practice-nhs-did-unchoose");
}

#[test]
fn an_order_with_a_note_moves_on_to_ready_to_collect() {
    let mut screen = app(true, false);
    let order = goal("order", Some("amlodipine"), Some("I am away next week"));
    solve(&mut screen, &order);
    let PracticeApp::Nhs(app) = &screen else { unreachable!() };
    let placed = app.orders().last().unwrap();
    assert_eq!(
        (placed.medicines.clone(), placed.note.as_str(), placed.status),
        (vec![0], "I am away next week", Status::Requested)
    );
    solve(&mut screen, &goal("ready", None, None));
    let PracticeApp::Nhs(app) = &screen else { unreachable!() };
    assert!(app.orders().iter().all(|o| o.status == Status::Ready));
}

#[test]
fn a_rejected_order_says_why() {
    let mut screen = app(true, true);
    said(&mut screen, NhsAct::Prescriptions);
    said(&mut screen, NhsAct::Orders);
    assert_eq!(said(&mut screen, NhsAct::Update), "practice-nhs-did-update");
    let lines: Vec<_> = screen.view().lines.iter().map(|l| l.id).collect();
    assert_eq!(lines, ["practice-nhs-order-line", "practice-nhs-order-reason"]);
    assert_eq!(said(&mut screen, NhsAct::Update), "practice-nhs-no-update");
}

#[test]
fn a_waiting_order_can_be_cancelled_and_others_cannot() {
    let mut screen = app(true, false);
    solve(&mut screen, &goal("cancel", None, None));
    let PracticeApp::Nhs(app) = &screen else { unreachable!() };
    assert_eq!(app.orders()[0].status, Status::Cancelled);
    assert_eq!(said(&mut screen, NhsAct::Cancel(0)), "practice-nothing");
}

#[test]
fn the_nominated_pharmacy_can_be_changed() {
    let mut screen = app(true, false);
    solve(&mut screen, &goal("pharmacy", Some("green-lane"), None));
    let lines = screen.view().lines;
    assert_eq!(
        lines[0],
        Words::new("practice-nhs-pharmacy-now")
            .message("name", "green-lane-name")
            .message("address", "green-lane-address")
    );
}

#[test]
fn every_goal_is_reached_from_the_login_screen() {
    for g in [
        goal("log-in", None, None),
        goal("order", Some("simvastatin"), None),
        goal("cancel", None, None),
        goal("ready", None, None),
        goal("pharmacy", Some("green-lane"), None),
    ] {
        solve(&mut app(false, false), &g);
    }
}
