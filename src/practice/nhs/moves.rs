//! What each move in the practice NHS App does, and the right next move for a goal.

use super::super::practice_screen;
use super::super::setup::MedicineStatus;
use super::super::GoalKind;
use super::NhsGoal;
use super::{act, loosely, says, Editing, Goal, Move, NhsAct, NhsApp, NhsField, Order, Page, Status, Words};
use super::{identity, PRACTICE_CODE, PRACTICE_EMAIL, PRACTICE_PASSWORD};
use identity::Proof;

impl NhsApp {
    fn apply(&mut self, a: &NhsAct) -> Words {
        match (self.page, *a) {
            (Page::Prove, a) => self.identity_apply(a),
            (Page::Login | Page::Code | Page::Note, NhsAct::Edit(field)) => {
                self.editing = Some(field);
                Words::new("practice-did-edit").nested("field", field_label(field))
            }
            (Page::Login, NhsAct::Continue) => {
                if loosely(&self.email) == PRACTICE_EMAIL && self.password == PRACTICE_PASSWORD {
                    self.page = Page::Code;
                    Words::new("practice-nhs-did-login")
                } else {
                    Words::new("practice-nhs-wrong-login")
                }
            }
            (Page::Code, NhsAct::Continue) if self.code.replace(' ', "") == PRACTICE_CODE => {
                self.logged_in = true;
                // The first time, NHS login asks you to prove who you are.
                self.page = if self.identity.is_some() { Page::Prove } else { Page::Home };
                Words::new("practice-nhs-did-code")
            }
            (Page::Code, NhsAct::Continue) => Words::new("practice-nhs-wrong-code"),
            (Page::Home, NhsAct::Prescriptions) => self.go(Page::Prescriptions, "practice-nhs-did-prescriptions"),
            (Page::Prescriptions, NhsAct::Order) => self.go(Page::Choose, "practice-nhs-did-order"),
            (Page::Prescriptions | Page::Sent, NhsAct::Orders) => self.go(Page::Orders, "practice-nhs-did-orders"),
            (Page::Prescriptions, NhsAct::Pharmacy) => self.go(Page::Pharmacy, "practice-nhs-did-pharmacy"),
            (Page::Choose, NhsAct::Toggle(i)) if i < self.status.len() => self.toggle(i),
            (Page::Choose, NhsAct::Continue) if self.chosen.iter().any(|c| *c) => {
                self.go(Page::Note, "practice-nhs-did-continue")
            }
            (Page::Choose, NhsAct::Continue) => Words::new("practice-nhs-choose-one"),
            (Page::Note, NhsAct::Continue) => self.go(Page::Review, "practice-nhs-did-continue"),
            (Page::Review, NhsAct::Confirm) => self.confirm(),
            (Page::Orders, NhsAct::Update) => self.update_orders(),
            (Page::Orders, NhsAct::Cancel(n)) if self.orders.get(n).is_some_and(|o| o.status == Status::Requested) => {
                self.orders[n].status = Status::Cancelled;
                for m in self.orders[n].medicines.clone() {
                    self.status[m] = MedicineStatus::Available;
                }
                Words::new("practice-nhs-did-cancel")
            }
            (Page::Pharmacy, NhsAct::ChangePharmacy) => {
                self.go(Page::ChoosePharmacy, "practice-nhs-did-change-pharmacy")
            }
            (Page::ChoosePharmacy, NhsAct::Pick(i)) if i < self.setup.pharmacies.len() => {
                self.pharmacy = i;
                self.page = Page::Pharmacy;
                self.pharmacy_words("practice-nhs-did-pick")
            }
            (_, NhsAct::Back) => self.back().unwrap_or_else(|| Words::new("practice-nothing")),
            _ => Words::new("practice-nothing"),
        }
    }

    fn go(&mut self, page: Page, said: &'static str) -> Words {
        self.page = page;
        Words::new(said)
    }

    fn toggle(&mut self, i: usize) -> Words {
        let name = self.medicine(i).to_owned();
        match &self.status[i] {
            MedicineStatus::Available => {
                self.chosen[i] = !self.chosen[i];
                let said = if self.chosen[i] { "practice-nhs-did-choose" } else { "practice-nhs-did-unchoose" };
                Words::new(said).message("name", &name)
            }
            MedicineStatus::Requested => Words::new("practice-nhs-why-requested").message("name", &name),
            MedicineStatus::TooSoon(date) => {
                Words::new("practice-nhs-why-too-soon").message("name", &name).message("date", date)
            }
            MedicineStatus::Review => Words::new("practice-nhs-why-review").message("name", &name),
        }
    }

    fn confirm(&mut self) -> Words {
        let medicines: Vec<usize> = self.chosen_medicines().collect();
        for &m in &medicines {
            self.status[m] = MedicineStatus::Requested;
            self.chosen[m] = false;
        }
        self.orders.push(Order { medicines, note: std::mem::take(&mut self.note), status: Status::Requested });
        self.page = Page::Sent;
        Words::new("practice-nhs-did-confirm")
    }

    /// "Check for updates": each order moves on one stage, as days pass at the surgery
    /// and the pharmacy. It never moves by itself.
    fn update_orders(&mut self) -> Words {
        let rejected = self.setup.rejected.is_some();
        let mut moved = false;
        for order in &mut self.orders {
            let next = match order.status {
                Status::Requested if rejected => Status::Rejected,
                Status::Requested => Status::Approved,
                Status::Approved => Status::Ready,
                other => other,
            };
            moved |= next != order.status;
            order.status = next;
        }
        Words::new(if moved { "practice-nhs-did-update" } else { "practice-nhs-no-update" })
    }

    pub fn back(&mut self) -> Option<Words> {
        if self.editing.take().is_some() {
            return Some(Words::new("practice-did-stop-typing"));
        }
        let page = match self.page {
            Page::Prove => return self.identity_back(),
            Page::Login | Page::Home => return None,
            Page::Code => Page::Login,
            Page::Prescriptions => Page::Home,
            Page::Choose | Page::Sent | Page::Orders | Page::Pharmacy => Page::Prescriptions,
            Page::Note => Page::Choose,
            Page::Review => Page::Note,
            Page::ChoosePharmacy => Page::Pharmacy,
        };
        self.page = page;
        Some(Words::new("practice-did-back"))
    }

    pub fn editing(&self) -> Option<Editing> {
        let field = self.editing?;
        let id = self.identity.as_ref();
        let value = match field {
            NhsField::Email => &self.email,
            NhsField::Password => &self.password,
            NhsField::Code => &self.code,
            NhsField::Note => &self.note,
            NhsField::Ods => &id?.ods,
            NhsField::Account => &id?.account,
            NhsField::Linkage => &id?.linkage,
        };
        Some(Editing { label: field_label(field), value: value.clone(), hidden: field == NhsField::Password })
    }

    pub fn fill(&mut self, text: &str) -> Option<Words> {
        let field = self.editing.take()?;
        let text = text.trim().to_owned();
        match field {
            NhsField::Email => self.email = text,
            NhsField::Password => self.password = text,
            NhsField::Code => self.code = text,
            NhsField::Note => self.note = text,
            NhsField::Ods => self.identity.as_mut()?.ods = text,
            NhsField::Account => self.identity.as_mut()?.account = text,
            NhsField::Linkage => self.identity.as_mut()?.linkage = text,
        }
        Some(Words::new("practice-did-type").nested("field", field_label(field)))
    }

    pub fn stop_editing(&mut self) {
        self.editing = None;
    }

    /// The password box, while the login page shows it: its name and what is in it.
    pub fn password_box(&self) -> Option<(Words, String)> {
        (self.page == Page::Login).then(|| (field_label(NhsField::Password), self.password.clone()))
    }

    fn target(&self, goal: &Goal) -> Option<usize> {
        let t = goal.target.as_deref()?;
        match goal.kind {
            GoalKind::Nhs(NhsGoal::Pharmacy) => self.setup.pharmacies.iter().position(|p| p.id == t),
            _ => self.setup.medicines.iter().position(|m| m.id == t),
        }
    }

    pub fn goal_met(&self, goal: &Goal) -> bool {
        let target = self.target(goal);
        let GoalKind::Nhs(kind) = goal.kind else { return false };
        let live = |o: &&Order| o.status != Status::Cancelled;
        match kind {
            NhsGoal::LogIn => self.logged_in,
            NhsGoal::Order => self.orders.iter().filter(live).any(|o| {
                target.is_some_and(|t| o.medicines.contains(&t))
                    && goal.words.as_deref().is_none_or(|w| says(&o.note, w))
            }),
            NhsGoal::Cancel => self.orders.iter().any(|o| o.status == Status::Cancelled),
            NhsGoal::Ready => self.page == Page::Orders && self.orders.iter().any(|o| o.status == Status::Ready),
            NhsGoal::Pharmacy => target == Some(self.pharmacy),
            NhsGoal::ProveWithPhotoId => self.proved() == Some(Proof::PhotoId),
            NhsGoal::ProveWithoutPhotoId => self.proved() == Some(Proof::GpDetails),
        }
    }

    /// How the learner proved who they are, if they have.
    fn proved(&self) -> Option<Proof> {
        self.identity.as_ref().and_then(|id| id.done)
    }

    pub fn next_move(&self, goal: &Goal) -> Option<Move> {
        if self.goal_met(goal) {
            return None;
        }
        if !self.logged_in {
            return self.log_in_move();
        }
        if let Some(field) = self.editing {
            let words = match field {
                NhsField::Note => goal.words.clone().unwrap_or_default(),
                _ => identity::wanted(field).unwrap_or_default().to_owned(),
            };
            return Some(Move::Type(words));
        }
        let GoalKind::Nhs(kind) = goal.kind else { return None };
        let a = match kind {
            NhsGoal::ProveWithPhotoId => return self.identity_move(Proof::PhotoId),
            NhsGoal::ProveWithoutPhotoId => return self.identity_move(Proof::GpDetails),
            NhsGoal::Order => self.order_move(self.target(goal)?, goal.words.as_deref()),
            NhsGoal::Cancel => match self.orders.iter().position(|o| o.status == Status::Requested) {
                Some(n) => self.on(Page::Orders, NhsAct::Cancel(n)),
                None => return None,
            },
            NhsGoal::Ready if !self.orders.iter().any(|o| o.status != Status::Cancelled) => {
                let first = (0..self.status.len()).find(|i| self.status[*i] == MedicineStatus::Available)?;
                self.order_move(first, None)
            }
            NhsGoal::Ready => self.on(Page::Orders, NhsAct::Update),
            NhsGoal::Pharmacy => match self.page {
                Page::ChoosePharmacy => NhsAct::Pick(self.target(goal)?),
                _ => self.on(Page::Pharmacy, NhsAct::ChangePharmacy),
            },
            NhsGoal::LogIn => return None,
        };
        Some(Move::Choose(act(a)))
    }

    fn log_in_move(&self) -> Option<Move> {
        let (field, wanted) = match self.page {
            Page::Login if loosely(&self.email) != PRACTICE_EMAIL => (NhsField::Email, PRACTICE_EMAIL),
            Page::Login if self.password != PRACTICE_PASSWORD => (NhsField::Password, PRACTICE_PASSWORD),
            Page::Code if self.code.replace(' ', "") != PRACTICE_CODE => (NhsField::Code, PRACTICE_CODE),
            Page::Login | Page::Code => return Some(Move::Choose(act(NhsAct::Continue))),
            _ => return None,
        };
        if self.editing == Some(field) {
            Some(Move::Type(wanted.to_owned()))
        } else if self.editing.is_some() {
            Some(Move::Type(String::new()))
        } else {
            Some(Move::Choose(act(NhsAct::Edit(field))))
        }
    }

    /// The move towards `page` (through Prescriptions), then `then` once there.
    fn on(&self, page: Page, then: NhsAct) -> NhsAct {
        match (self.page, page) {
            (now, wanted) if now == wanted => then,
            (Page::Home, _) => NhsAct::Prescriptions,
            (Page::Prescriptions, Page::Orders) => NhsAct::Orders,
            (Page::Prescriptions, Page::Pharmacy) => NhsAct::Pharmacy,
            (Page::Prescriptions, Page::Choose) => NhsAct::Order,
            (Page::Sent, Page::Orders) => NhsAct::Orders,
            _ => NhsAct::Back,
        }
    }

    fn order_move(&self, medicine: usize, note: Option<&str>) -> NhsAct {
        match self.page {
            Page::Choose if !self.chosen[medicine] => NhsAct::Toggle(medicine),
            Page::Choose => NhsAct::Continue,
            Page::Note if note.is_some_and(|w| !says(&self.note, w)) => NhsAct::Edit(NhsField::Note),
            Page::Note => NhsAct::Continue,
            Page::Review if self.chosen[medicine] => NhsAct::Confirm,
            _ => self.on(Page::Choose, NhsAct::Order),
        }
    }
}

pub(super) fn field_label(field: NhsField) -> Words {
    Words::new(match field {
        NhsField::Email => "practice-nhs-email-label",
        NhsField::Password => "practice-nhs-password-label",
        NhsField::Code => "practice-nhs-code-label",
        NhsField::Note => "practice-nhs-note-label",
        NhsField::Ods => "practice-nhs-ods-label",
        NhsField::Account => "practice-nhs-account-label",
        NhsField::Linkage => "practice-nhs-linkage-label",
    })
}

practice_screen!(NhsApp, Nhs, "practice-way-back");
