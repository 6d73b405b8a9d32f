//! A practice NHS App, following the NHS App's real steps (see
//! shared/docs/content-sources.md): NHS login with an email, a password and a 6-digit
//! code sent by text; Prescriptions; order a repeat prescription (some medicines cannot
//! be ordered yet, and say why); a note for the surgery; check and confirm; the order's
//! status; cancel while it waits; see and change the nominated pharmacy. The first time,
//! NHS login may ask you to prove who you are ([`identity`]).

use super::setup::MedicineStatus;
use super::{goals, loosely, says, Action, Control, Editing, Goal, Move, NhsSetup, View, Words};

/// Practice NHS login details, shown on screen. Made up: they open nothing real.
pub const PRACTICE_EMAIL: &str = "practice@example.com";
pub const PRACTICE_PASSWORD: &str = "Practice2026";
pub const PRACTICE_CODE: &str = "428615";

/// A move in the NHS App.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NhsAct {
    Edit(NhsField),
    Continue,
    Prescriptions,
    Order,
    Toggle(usize),
    Confirm,
    Orders,
    Update,
    Cancel(usize),
    Pharmacy,
    ChangePharmacy,
    Pick(usize),
    Back,
    HavePhotoId,
    NoPhotoId,
    TakePhoto,
    ScanFace,
    RecordVideo,
}

/// A text box in the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NhsField {
    Email,
    Password,
    Code,
    Note,
    /// The 3 details from the GP surgery, to prove who you are without photo ID.
    Ods,
    Account,
    Linkage,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Page {
    Login,
    Code,
    /// Proving who you are, the first time (its own pages are in [`identity`]).
    Prove,
    Home,
    Prescriptions,
    Choose,
    Note,
    Review,
    Sent,
    Orders,
    Pharmacy,
    ChoosePharmacy,
}

/// Where an order has got to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Requested,
    Approved,
    Rejected,
    Ready,
    Cancelled,
}

impl Status {
    fn key(self) -> &'static str {
        match self {
            Status::Requested => "requested",
            Status::Approved => "approved",
            Status::Rejected => "rejected",
            Status::Ready => "ready",
            Status::Cancelled => "cancelled",
        }
    }
}

/// An order of one or more medicines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Order {
    pub medicines: Vec<usize>,
    pub note: String,
    pub status: Status,
}

/// The practice app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NhsApp {
    setup: NhsSetup,
    page: Page,
    email: String,
    password: String,
    code: String,
    note: String,
    editing: Option<NhsField>,
    logged_in: bool,
    chosen: Vec<bool>,
    status: Vec<MedicineStatus>,
    orders: Vec<Order>,
    pharmacy: usize,
    /// Present when NHS login asks the learner to prove who they are.
    identity: Option<identity::Identity>,
}

fn act(a: NhsAct) -> Action {
    Action::Nhs(a)
}

fn control(id: &'static str, a: NhsAct) -> Control {
    Control { label: Words::new(id), action: act(a) }
}

fn text(value: &str) -> Words {
    Words::typed(value)
}

/// A password box: how many characters are in it, never the characters or dots, so
/// neither the screen nor the voice reads "bullet bullet bullet".
fn secret(value: &str) -> Words {
    match value.chars().count() {
        0 => Words::typed(""),
        count => Words::new("practice-secret-typed").number("count", count),
    }
}

impl NhsApp {
    pub fn new(setup: &NhsSetup) -> NhsApp {
        let status: Vec<MedicineStatus> = setup.medicines.iter().map(|m| m.status.clone()).collect();
        // A medicine already requested has an order waiting at the surgery.
        let orders = (0..status.len())
            .filter(|i| status[*i] == MedicineStatus::Requested)
            .map(|i| Order { medicines: vec![i], note: String::new(), status: Status::Requested })
            .collect();
        NhsApp {
            page: match (setup.logged_in, setup.prove_identity) {
                (false, _) => Page::Login,
                (true, true) => Page::Prove,
                (true, false) => Page::Home,
            },
            identity: setup.prove_identity.then(identity::Identity::default),
            email: String::new(),
            password: String::new(),
            code: String::new(),
            note: String::new(),
            editing: None,
            logged_in: setup.logged_in,
            chosen: vec![false; setup.medicines.len()],
            status,
            orders,
            pharmacy: 0,
            setup: setup.clone(),
        }
    }

    /// The orders so far (for tests).
    pub fn orders(&self) -> &[Order] {
        &self.orders
    }

    fn medicine(&self, i: usize) -> &str {
        self.setup.medicines.get(i).map_or("", |m| m.name.as_str())
    }

    fn field(&self, id: &'static str, value: Words, f: NhsField) -> Control {
        Control { label: Words::new(id).nested("value", value), action: act(NhsAct::Edit(f)) }
    }

    pub fn view(&self) -> View {
        let (title, lines, controls) = match self.page {
            Page::Prove => return self.identity_view(),
            Page::Login => (
                "practice-nhs-login-title",
                vec![Words::new("practice-nhs-login-details")
                    .plain("email", PRACTICE_EMAIL)
                    .plain("password", PRACTICE_PASSWORD)],
                vec![
                    self.field("practice-nhs-email-box", text(&self.email), NhsField::Email),
                    self.field("practice-nhs-password-box", secret(&self.password), NhsField::Password),
                    control("practice-nhs-continue", NhsAct::Continue),
                ],
            ),
            Page::Code => (
                "practice-nhs-code-title",
                vec![
                    Words::new("practice-nhs-code-sent"),
                    Words::new("practice-nhs-code-text").plain("code", PRACTICE_CODE),
                ],
                vec![
                    self.field("practice-nhs-code-box", text(&self.code), NhsField::Code),
                    control("practice-nhs-continue", NhsAct::Continue),
                ],
            ),
            Page::Home => (
                "practice-nhs-home-title",
                vec![Words::new("practice-nhs-home")],
                vec![control("practice-nhs-prescriptions", NhsAct::Prescriptions)],
            ),
            Page::Prescriptions => (
                "practice-nhs-prescriptions-title",
                Vec::new(),
                vec![
                    control("practice-nhs-order", NhsAct::Order),
                    control("practice-nhs-orders", NhsAct::Orders),
                    control("practice-nhs-pharmacy", NhsAct::Pharmacy),
                    control("practice-nhs-home-button", NhsAct::Back),
                ],
            ),
            Page::Choose => {
                let mut controls: Vec<Control> = (0..self.status.len()).map(|i| self.medicine_control(i)).collect();
                controls.push(control("practice-nhs-continue", NhsAct::Continue));
                ("practice-nhs-choose-title", vec![Words::new("practice-nhs-choose-help")], controls)
            }
            Page::Note => (
                "practice-nhs-note-title",
                vec![Words::new("practice-nhs-note-help")],
                vec![
                    self.field("practice-nhs-note-box", text(&self.note), NhsField::Note),
                    control("practice-nhs-continue", NhsAct::Continue),
                ],
            ),
            Page::Review => {
                let mut lines: Vec<Words> = self
                    .chosen_medicines()
                    .map(|i| Words::new("practice-nhs-review-medicine").message("name", self.medicine(i)))
                    .collect();
                lines.push(Words::new("practice-nhs-review-note").plain("note", &self.note));
                lines.push(self.pharmacy_words("practice-nhs-review-pharmacy"));
                (
                    "practice-nhs-review-title",
                    lines,
                    vec![
                        control("practice-nhs-confirm", NhsAct::Confirm),
                        control("practice-nhs-change", NhsAct::Back),
                    ],
                )
            }
            Page::Sent => (
                "practice-nhs-sent-title",
                vec![self.pharmacy_words("practice-nhs-sent")],
                vec![
                    control("practice-nhs-orders", NhsAct::Orders),
                    control("practice-nhs-back-to-prescriptions", NhsAct::Back),
                ],
            ),
            Page::Orders => self.orders_view(),
            Page::Pharmacy => (
                "practice-nhs-pharmacy-title",
                vec![self.pharmacy_words("practice-nhs-pharmacy-now"), Words::new("practice-nhs-pharmacy-explain")],
                vec![
                    control("practice-nhs-change-pharmacy", NhsAct::ChangePharmacy),
                    control("practice-nhs-back-to-prescriptions", NhsAct::Back),
                ],
            ),
            Page::ChoosePharmacy => {
                let mut controls: Vec<Control> = (0..self.setup.pharmacies.len())
                    .filter(|i| *i != self.pharmacy)
                    .map(|i| {
                        let p = &self.setup.pharmacies[i];
                        Control {
                            label: Words::new("practice-nhs-pharmacy-item")
                                .message("name", &p.name)
                                .message("address", &p.address),
                            action: act(NhsAct::Pick(i)),
                        }
                    })
                    .collect();
                controls.push(control("practice-nhs-keep-pharmacy", NhsAct::Back));
                ("practice-nhs-choose-pharmacy-title", vec![Words::new("practice-nhs-choose-pharmacy-help")], controls)
            }
        };
        View { title: Words::new(title), lines, controls }
    }

    fn pharmacy_words(&self, id: &'static str) -> Words {
        let p = &self.setup.pharmacies[self.pharmacy.min(self.setup.pharmacies.len().saturating_sub(1))];
        Words::new(id).message("name", &p.name).message("address", &p.address)
    }

    fn chosen_medicines(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.chosen.len()).filter(|i| self.chosen[*i])
    }

    fn medicine_control(&self, i: usize) -> Control {
        let name = self.medicine(i);
        let label = match &self.status[i] {
            MedicineStatus::Available if self.chosen[i] => {
                Words::new("practice-nhs-medicine-chosen").message("name", name)
            }
            MedicineStatus::Available => Words::new("practice-nhs-medicine-not-chosen").message("name", name),
            MedicineStatus::Requested => Words::new("practice-nhs-medicine-requested").message("name", name),
            MedicineStatus::TooSoon(date) => {
                Words::new("practice-nhs-medicine-too-soon").message("name", name).message("date", date)
            }
            MedicineStatus::Review => Words::new("practice-nhs-medicine-review").message("name", name),
        };
        Control { label, action: act(NhsAct::Toggle(i)) }
    }

    fn orders_view(&self) -> (&'static str, Vec<Words>, Vec<Control>) {
        let mut lines = Vec::new();
        let mut controls = Vec::new();
        for (n, order) in self.orders.iter().enumerate() {
            for &m in &order.medicines {
                lines.push(
                    Words::new("practice-nhs-order-line")
                        .message("name", self.medicine(m))
                        .plain("status", order.status.key()),
                );
            }
            if order.status == Status::Rejected {
                lines.push(
                    Words::new("practice-nhs-order-reason")
                        .message("reason", self.setup.rejected.as_deref().unwrap_or_default()),
                );
            }
            if order.status == Status::Requested {
                let first = order.medicines.first().map_or("", |m| self.medicine(*m));
                controls.push(Control {
                    label: Words::new("practice-nhs-cancel").message("name", first),
                    action: act(NhsAct::Cancel(n)),
                });
            }
        }
        if lines.is_empty() {
            lines.push(Words::new("practice-nhs-no-orders"));
        }
        controls.push(control("practice-nhs-update", NhsAct::Update));
        controls.push(control("practice-nhs-back-to-prescriptions", NhsAct::Back));
        ("practice-nhs-orders-title", lines, controls)
    }
}

goals! {
    /// What a lesson can ask for in the practice NHS App.
    NhsGoal {
        /// Log in with NHS login.
        LogIn = "log-in";
        /// Order the medicine in `target` (with `words` in the note, if given).
        Order = "order", target;
        /// Cancel an order that is still waiting.
        Cancel = "cancel";
        /// Check for updates until an order is ready to collect.
        Ready = "ready";
        /// Change the nominated pharmacy to `target`.
        Pharmacy = "pharmacy", target;
        /// Prove who you are with photo ID: a photo of it, then a face scan or a video.
        ProveWithPhotoId = "prove-with-photo-id";
        /// Prove who you are without photo ID: the 3 details from the GP surgery.
        ProveWithoutPhotoId = "prove-without-photo-id";
    }
}

pub mod identity;
mod moves;
