//! What each move in the practice NHS App does, and the right next move for a goal.

use super::super::practice_screen;
use super::super::setup::MedicineStatus;
use super::super::GoalKind;
use super::NhsGoal;
use super::{act, loosely, says, Act, Editing, Field, Goal, Move, NhsApp, Order, Page, Status, Words};
use super::{identity, PRACTICE_CODE, PRACTICE_EMAIL, PRACTICE_PASSWORD};
use identity::Proof;

impl NhsApp {
    fn apply(&mut self, a: &Act) -> Words {
        match (self.page, *a) {
            (Page::Prove, a) => self.identity_apply(a),
            (Page::Login | Page::Code | Page::Note, Act::Edit(field)) => {
                self.editing = Some(field);
                Words::new("practice-did-edit").nested("field", field_label(field))
            }
            (Page::Login, Act::Continue) => {
                if loosely(&self.email) == PRACTICE_EMAIL && self.password == PRACTICE_PASSWORD {
                    self.page = Page::Code;
                    Words::new("practice-nhs-did-login")
                } else {
                    Words::new("practice-nhs-wrong-login")
                }
            }
            (Page::Code, Act::Continue) if self.code.replace(' ', "") == PRACTICE_CODE => {
                self.logged_in = true;
                // The first time, NHS login asks you to prove who you are.
                self.page = if self.identity.is_some() { Page::Prove } else { Page::Home };
                Words::new("practice-nhs-did-code")
            }
            (Page::Code, Act::Continue) => Words::new("practice-nhs-wrong-code"),
            (Page::Home, Act::Prescriptions) => self.go(Page::Prescriptions, "practice-nhs-did-prescriptions"),
            (Page::Prescriptions, Act::Order) => self.go(Page::Choose, "practice-nhs-did-order"),
            (Page::Prescriptions | Page::Sent, Act::Orders) => self.go(Page::Orders, "practice-nhs-did-orders"),
            (Page::Prescriptions, Act::Pharmacy) => self.go(Page::Pharmacy, "practice-nhs-did-pharmacy"),
            (Page::Choose, Act::Toggle(i)) if i < self.status.len() => self.toggle(i),
            (Page::Choose, Act::Continue) if self.chosen.iter().any(|c| *c) => {
                self.go(Page::Note, "practice-nhs-did-continue")
            }
            (Page::Choose, Act::Continue) => Words::new("practice-nhs-choose-one"),
            (Page::Note, Act::Continue) => self.go(Page::Review, "practice-nhs-did-continue"),
            (Page::Review, Act::Confirm) => self.confirm(),
            (Page::Orders, Act::Update) => self.update_orders(),
            (Page::Orders, Act::Cancel(n)) if self.orders.get(n).is_some_and(|o| o.status == Status::Requested) => {
                self.orders[n].status = Status::Cancelled;
                for m in self.orders[n].medicines.clone() {
                    self.status[m] = MedicineStatus::Available;
                }
                Words::new("practice-nhs-did-cancel")
            }
            (Page::Pharmacy, Act::ChangePharmacy) => self.go(Page::ChoosePharmacy, "practice-nhs-did-change-pharmacy"),
            (Page::ChoosePharmacy, Act::Pick(i)) if i < self.setup.pharmacies.len() => {
                self.pharmacy = i;
                self.page = Page::Pharmacy;
                self.pharmacy_words("practice-nhs-did-pick")
            }
            (_, Act::Back) => self.back().unwrap_or_else(|| Words::new("practice-nothing")),
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
            Field::Email => &self.email,
            Field::Password => &self.password,
            Field::Code => &self.code,
            Field::Note => &self.note,
            Field::Ods => &id?.ods,
            Field::Account => &id?.account,
            Field::Linkage => &id?.linkage,
        };
        Some(Editing { label: field_label(field), value: value.clone(), hidden: field == Field::Password })
    }

    pub fn fill(&mut self, text: &str) -> Option<Words> {
        let field = self.editing.take()?;
        let text = text.trim().to_owned();
        match field {
            Field::Email => self.email = text,
            Field::Password => self.password = text,
            Field::Code => self.code = text,
            Field::Note => self.note = text,
            Field::Ods => self.identity.as_mut()?.ods = text,
            Field::Account => self.identity.as_mut()?.account = text,
            Field::Linkage => self.identity.as_mut()?.linkage = text,
        }
        Some(Words::new("practice-did-type").nested("field", field_label(field)))
    }

    pub fn stop_editing(&mut self) {
        self.editing = None;
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
                Field::Note => goal.words.clone().unwrap_or_default(),
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
                Some(n) => self.on(Page::Orders, Act::Cancel(n)),
                None => return None,
            },
            NhsGoal::Ready if !self.orders.iter().any(|o| o.status != Status::Cancelled) => {
                let first = (0..self.status.len()).find(|i| self.status[*i] == MedicineStatus::Available)?;
                self.order_move(first, None)
            }
            NhsGoal::Ready => self.on(Page::Orders, Act::Update),
            NhsGoal::Pharmacy => match self.page {
                Page::ChoosePharmacy => Act::Pick(self.target(goal)?),
                _ => self.on(Page::Pharmacy, Act::ChangePharmacy),
            },
            NhsGoal::LogIn => return None,
        };
        Some(Move::Choose(act(a)))
    }

    fn log_in_move(&self) -> Option<Move> {
        let (field, wanted) = match self.page {
            Page::Login if loosely(&self.email) != PRACTICE_EMAIL => (Field::Email, PRACTICE_EMAIL),
            Page::Login if self.password != PRACTICE_PASSWORD => (Field::Password, PRACTICE_PASSWORD),
            Page::Code if self.code.replace(' ', "") != PRACTICE_CODE => (Field::Code, PRACTICE_CODE),
            Page::Login | Page::Code => return Some(Move::Choose(act(Act::Continue))),
            _ => return None,
        };
        if self.editing == Some(field) {
            Some(Move::Type(wanted.to_owned()))
        } else if self.editing.is_some() {
            Some(Move::Type(String::new()))
        } else {
            Some(Move::Choose(act(Act::Edit(field))))
        }
    }

    /// The move towards `page` (through Prescriptions), then `then` once there.
    fn on(&self, page: Page, then: Act) -> Act {
        match (self.page, page) {
            (now, wanted) if now == wanted => then,
            (Page::Home, _) => Act::Prescriptions,
            (Page::Prescriptions, Page::Orders) => Act::Orders,
            (Page::Prescriptions, Page::Pharmacy) => Act::Pharmacy,
            (Page::Prescriptions, Page::Choose) => Act::Order,
            (Page::Sent, Page::Orders) => Act::Orders,
            _ => Act::Back,
        }
    }

    fn order_move(&self, medicine: usize, note: Option<&str>) -> Act {
        match self.page {
            Page::Choose if !self.chosen[medicine] => Act::Toggle(medicine),
            Page::Choose => Act::Continue,
            Page::Note if note.is_some_and(|w| !says(&self.note, w)) => Act::Edit(Field::Note),
            Page::Note => Act::Continue,
            Page::Review if self.chosen[medicine] => Act::Confirm,
            _ => self.on(Page::Choose, Act::Order),
        }
    }
}

pub(super) fn field_label(field: Field) -> Words {
    Words::new(match field {
        Field::Email => "practice-nhs-email-label",
        Field::Password => "practice-nhs-password-label",
        Field::Code => "practice-nhs-code-label",
        Field::Note => "practice-nhs-note-label",
        Field::Ods => "practice-nhs-ods-label",
        Field::Account => "practice-nhs-account-label",
        Field::Linkage => "practice-nhs-linkage-label",
    })
}

practice_screen!(NhsApp, Nhs, "practice-way-back");
