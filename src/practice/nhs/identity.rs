//! Proving who you are to NHS login, the first time (see shared/docs/content-sources.md,
//! "NHS login and the NHS account", and the NHS volunteers' guide in docs/sources.md):
//! with photo ID, a photo of it and then a face scan or a short video; without photo
//! ID, the 3 details from the GP surgery. The answer comes later, by email.

use super::{act, control, text, NhsAct, NhsApp, NhsField, Page};
use crate::practice::{Control, Move, View, Words};

/// Practice details from a made-up GP surgery letter, shown on screen. They open nothing.
pub const PRACTICE_ODS_CODE: &str = "P12345";
pub const PRACTICE_ACCOUNT_ID: &str = "3064189275";
pub const PRACTICE_LINKAGE_KEY: &str = "7KD93MQ28TXRB";

/// How the learner proved who they are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Proof {
    PhotoId,
    GpDetails,
}

/// Where the learner is in proving who they are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    /// Do you have photo ID?
    Ask,
    /// Take a photo of your ID.
    Photo,
    /// Scan your face, or record a short video.
    Face,
    /// Type the 3 details from your GP surgery.
    Details,
    /// Done: NHS login is checking, and will email the answer.
    Checking,
}

/// The identity check, with the details typed so far.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    step: Step,
    pub(super) ods: String,
    pub(super) account: String,
    pub(super) linkage: String,
    /// How it was done, once it is.
    pub done: Option<Proof>,
}

impl Default for Identity {
    /// At the start: the question about photo ID, nothing typed.
    fn default() -> Identity {
        Identity { step: Step::Ask, ods: String::new(), account: String::new(), linkage: String::new(), done: None }
    }
}

impl Identity {
    fn details_right(&self) -> bool {
        let tidy = |s: &str| s.replace(' ', "").to_uppercase();
        tidy(&self.ods) == PRACTICE_ODS_CODE
            && tidy(&self.account) == PRACTICE_ACCOUNT_ID
            && tidy(&self.linkage) == PRACTICE_LINKAGE_KEY
    }
}

impl NhsApp {
    /// The identity check's page.
    pub(super) fn identity_view(&self) -> View {
        let Some(id) = &self.identity else {
            return View { title: Words::new("practice-nhs-prove-title"), lines: Vec::new(), controls: Vec::new() };
        };
        let (title, lines, controls): (&'static str, Vec<Words>, Vec<Control>) = match id.step {
            Step::Ask => (
                "practice-nhs-prove-title",
                vec![Words::new("practice-nhs-prove-why"), Words::new("practice-nhs-prove-question")],
                vec![
                    control("practice-nhs-have-photo-id", NhsAct::HavePhotoId),
                    control("practice-nhs-no-photo-id", NhsAct::NoPhotoId),
                ],
            ),
            Step::Photo => (
                "practice-nhs-photo-title",
                vec![Words::new("practice-nhs-photo-help")],
                vec![control("practice-nhs-take-photo", NhsAct::TakePhoto), back()],
            ),
            Step::Face => (
                "practice-nhs-face-title",
                vec![Words::new("practice-nhs-face-help")],
                vec![
                    control("practice-nhs-scan-face", NhsAct::ScanFace),
                    control("practice-nhs-record-video", NhsAct::RecordVideo),
                    back(),
                ],
            ),
            Step::Details => (
                "practice-nhs-details-title",
                vec![Words::new("practice-nhs-details-help")
                    .plain("ods", PRACTICE_ODS_CODE)
                    .plain("account", PRACTICE_ACCOUNT_ID)
                    .plain("linkage", PRACTICE_LINKAGE_KEY)],
                vec![
                    self.field("practice-nhs-ods-box", text(&id.ods), NhsField::Ods),
                    self.field("practice-nhs-account-box", text(&id.account), NhsField::Account),
                    self.field("practice-nhs-linkage-box", text(&id.linkage), NhsField::Linkage),
                    control("practice-nhs-continue", NhsAct::Continue),
                    back(),
                ],
            ),
            Step::Checking => ("practice-nhs-checking-title", vec![Words::new("practice-nhs-checking")], Vec::new()),
        };
        View { title: Words::new(title), lines, controls }
    }

    /// A move while proving who you are.
    pub(super) fn identity_apply(&mut self, a: NhsAct) -> Words {
        let Some(id) = self.identity.as_mut() else { return Words::new("practice-nothing") };
        let (step, said) = match (id.step, a) {
            (Step::Ask, NhsAct::HavePhotoId) => (Step::Photo, "practice-nhs-did-photo-id"),
            (Step::Ask, NhsAct::NoPhotoId) => (Step::Details, "practice-nhs-did-no-photo-id"),
            (Step::Photo, NhsAct::TakePhoto) => (Step::Face, "practice-nhs-did-take-photo"),
            (Step::Face, NhsAct::ScanFace | NhsAct::RecordVideo) => {
                id.done = Some(Proof::PhotoId);
                let said =
                    if a == NhsAct::ScanFace { "practice-nhs-did-scan-face" } else { "practice-nhs-did-record-video" };
                (Step::Checking, said)
            }
            (Step::Details, NhsAct::Edit(field)) => {
                self.editing = Some(field);
                return Words::new("practice-did-edit").nested("field", super::moves::field_label(field));
            }
            (Step::Details, NhsAct::Continue) if id.details_right() => {
                id.done = Some(Proof::GpDetails);
                (Step::Checking, "practice-nhs-did-details")
            }
            (Step::Details, NhsAct::Continue) => return Words::new("practice-nhs-wrong-details"),
            (_, NhsAct::Back) => return self.identity_back().unwrap_or_else(|| Words::new("practice-nothing")),
            _ => return Words::new("practice-nothing"),
        };
        id.step = step;
        Words::new(said)
    }

    /// Escape while proving who you are: back to the question, or nothing at its start
    /// (and nothing once the details are sent).
    pub(super) fn identity_back(&mut self) -> Option<Words> {
        let id = self.identity.as_mut()?;
        id.step = match id.step {
            Step::Ask | Step::Checking => return None,
            Step::Photo | Step::Details => Step::Ask,
            Step::Face => Step::Photo,
        };
        Some(Words::new("practice-did-back"))
    }

    /// The next move to prove who you are `with` photo ID or without it; `None` when it
    /// is done, or was done the other way (start again to try that).
    pub(super) fn identity_move(&self, with: Proof) -> Option<Move> {
        let id = self.identity.as_ref()?;
        if self.page != Page::Prove {
            return None;
        }
        let a = match (id.step, with) {
            (Step::Checking, _) => return None,
            (Step::Ask, Proof::PhotoId) => NhsAct::HavePhotoId,
            (Step::Ask, Proof::GpDetails) => NhsAct::NoPhotoId,
            (Step::Photo, Proof::PhotoId) => NhsAct::TakePhoto,
            (Step::Face, Proof::PhotoId) => NhsAct::ScanFace,
            (Step::Details, Proof::GpDetails) => {
                let wanted = [
                    (NhsField::Ods, &id.ods, PRACTICE_ODS_CODE),
                    (NhsField::Account, &id.account, PRACTICE_ACCOUNT_ID),
                    (NhsField::Linkage, &id.linkage, PRACTICE_LINKAGE_KEY),
                ];
                match wanted.iter().find(|(_, typed, right)| typed.replace(' ', "").to_uppercase() != *right) {
                    Some((field, _, _)) => NhsAct::Edit(*field),
                    None => NhsAct::Continue,
                }
            }
            // On the other way's pages: go back to the question.
            _ => NhsAct::Back,
        };
        Some(Move::Choose(act(a)))
    }
}

/// A "Back" link, as NHS login has on each page after the first.
fn back() -> Control {
    control("practice-nhs-back", NhsAct::Back)
}

/// The practice detail a field of the identity check wants, to type for "do it for me".
pub fn wanted(field: NhsField) -> Option<&'static str> {
    match field {
        NhsField::Ods => Some(PRACTICE_ODS_CODE),
        NhsField::Account => Some(PRACTICE_ACCOUNT_ID),
        NhsField::Linkage => Some(PRACTICE_LINKAGE_KEY),
        _ => None,
    }
}
