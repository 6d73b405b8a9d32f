//! A practice video call. Most family calls ring and you answer them (as in WhatsApp or
//! FaceTime); GP appointments and some family calls are joined from a link in a text
//! message: open the link, allow the camera and microphone, see yourself, type your
//! name, wait to be let in. In the call: mute, turn the camera off, say something (typed,
//! since the practice cannot hear you), and leave or end the call.

use super::practice_screen;
use super::{Action, CallSetup, Control, Editing, View, Words};

/// A move in the video call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CallAct {
    OpenLink,
    Allow,
    Block,
    TryAgain,
    EditName,
    Join,
    KeepWaiting,
    Answer,
    Decline,
    RingAgain,
    Mute,
    Unmute,
    CameraOff,
    CameraOn,
    EditSay,
    Leave,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    TextMessage,
    Permission,
    Blocked,
    Ready,
    Waiting,
    Ringing,
    Declined,
    InCall,
    Left,
}

/// The text box being typed in: your name before joining, or what you say in the call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Name,
    Say,
}

/// The practice call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Call {
    setup: CallSetup,
    stage: Stage,
    name: String,
    editing: Option<Field>,
    muted: bool,
    camera_on: bool,
    /// What has happened, for goals such as "mute, then unmute".
    was_muted: bool,
    camera_was_off: bool,
    joined: bool,
    /// The camera and microphone were allowed.
    allowed: bool,
    /// The ringing call was answered.
    answered: bool,
    /// Everything typed as said in the call, in order.
    said: Vec<String>,
}

fn control(id: &'static str, a: CallAct) -> Control {
    Control { label: Words::new(id), action: Action::Call(a) }
}

impl Call {
    pub fn new(setup: &CallSetup) -> Call {
        let stage = match (setup.in_call, setup.ringing) {
            (true, _) => Stage::InCall,
            (false, true) => Stage::Ringing,
            (false, false) => Stage::TextMessage,
        };
        Call {
            setup: setup.clone(),
            stage,
            name: String::new(),
            editing: None,
            muted: false,
            camera_on: true,
            was_muted: false,
            camera_was_off: false,
            joined: setup.in_call,
            allowed: setup.in_call,
            answered: false,
            said: Vec::new(),
        }
    }

    fn status(&self) -> Words {
        Words::new("practice-call-status")
            .number("muted", usize::from(self.muted))
            .number("camera", usize::from(self.camera_on))
    }

    fn host(&self, id: &'static str) -> Words {
        Words::new(id).message("name", &self.setup.host)
    }

    pub fn view(&self) -> View {
        let s = &self.setup;
        let (title, lines, controls) = match self.stage {
            Stage::TextMessage => (
                "practice-call-messages-title",
                vec![
                    Words::new("practice-call-text-from").message("name", &s.sender),
                    Words::new("practice-call-text").message("text", &s.text),
                ],
                vec![control("practice-call-open-link", CallAct::OpenLink)],
            ),
            Stage::Permission => (
                "practice-call-browser-title",
                vec![Words::new("practice-call-permission")],
                vec![control("practice-call-allow", CallAct::Allow), control("practice-call-block", CallAct::Block)],
            ),
            Stage::Blocked => (
                "practice-call-browser-title",
                vec![Words::new("practice-call-blocked")],
                vec![control("practice-call-try-again", CallAct::TryAgain)],
            ),
            Stage::Ready => {
                let name = Words::typed(&self.name);
                let name_box = Control {
                    label: Words::new("practice-call-name-box").nested("value", name),
                    action: Action::Call(CallAct::EditName),
                };
                (
                    "practice-call-ready-title",
                    vec![Words::new("practice-call-you").message("description", &s.me), self.status()],
                    vec![name_box, control("practice-call-join", CallAct::Join)],
                )
            }
            Stage::Waiting => (
                "practice-call-waiting-title",
                vec![Words::new("practice-call-waiting")],
                vec![control("practice-call-keep-waiting", CallAct::KeepWaiting)],
            ),
            Stage::Ringing => (
                "practice-call-ringing-title",
                vec![self.host("practice-call-ringing")],
                vec![
                    control("practice-call-answer", CallAct::Answer),
                    control("practice-call-decline", CallAct::Decline),
                ],
            ),
            Stage::Declined => (
                "practice-call-declined-title",
                vec![self.host("practice-call-declined")],
                vec![Control {
                    label: self.host("practice-call-ring-again"),
                    action: Action::Call(CallAct::RingAgain),
                }],
            ),
            Stage::InCall => ("practice-call-in-call-title", self.in_call_lines(), self.in_call_controls()),
            Stage::Left => {
                // A call that rang has no link to open again.
                let again = (!s.ringing).then(|| control("practice-call-open-link", CallAct::OpenLink));
                ("practice-call-left-title", vec![Words::new("practice-call-left")], again.into_iter().collect())
            }
        };
        View { title: Words::new(title), lines, controls }
    }

    fn in_call_lines(&self) -> Vec<Words> {
        let mut lines = vec![
            self.host("practice-call-with"),
            Words::new("practice-call-scene").message("description", &self.setup.scene),
            self.status(),
        ];
        if let Some(last) = self.said.last() {
            lines.push(Words::new("practice-call-you-said").plain("text", last));
        }
        lines
    }

    fn in_call_controls(&self) -> Vec<Control> {
        let mute = if self.muted {
            control("practice-call-unmute", CallAct::Unmute)
        } else {
            control("practice-call-mute", CallAct::Mute)
        };
        let camera = if self.camera_on {
            control("practice-call-camera-off", CallAct::CameraOff)
        } else {
            control("practice-call-camera-on", CallAct::CameraOn)
        };
        let said = Words::typed("");
        let say = Control {
            label: Words::new("practice-call-say-box").nested("value", said),
            action: Action::Call(CallAct::EditSay),
        };
        // Apps that ring call it "End"; a call joined from a link is left.
        let leave = if self.setup.ringing { "practice-call-end" } else { "practice-call-leave" };
        vec![mute, camera, say, control(leave, CallAct::Leave)]
    }

    fn apply(&mut self, a: &CallAct) -> Words {
        let (stage, said) = match (self.stage, a) {
            (Stage::TextMessage | Stage::Left, CallAct::OpenLink) if self.setup.ringing => {
                return Words::new("practice-nothing")
            }
            (Stage::TextMessage | Stage::Left, CallAct::OpenLink) if self.joined => {
                (Stage::Ready, "practice-call-did-open")
            }
            (Stage::TextMessage | Stage::Left, CallAct::OpenLink) => (Stage::Permission, "practice-call-did-open"),
            (Stage::Permission, CallAct::Allow) => {
                self.allowed = true;
                (Stage::Ready, "practice-call-did-allow")
            }
            (Stage::Permission, CallAct::Block) => (Stage::Blocked, "practice-call-did-block"),
            (Stage::Blocked, CallAct::TryAgain) => (Stage::Permission, "practice-call-did-try-again"),
            (Stage::Ready, CallAct::EditName) => return self.edit(Field::Name),
            (Stage::Ready, CallAct::Join) if self.name.trim().is_empty() => {
                return Words::new("practice-call-need-name")
            }
            (Stage::Ready, CallAct::Join) => (Stage::Waiting, "practice-call-did-join"),
            (Stage::Waiting, CallAct::KeepWaiting) => {
                self.joined = true;
                (Stage::InCall, "practice-call-let-in")
            }
            (Stage::Ringing, CallAct::Answer) => {
                (self.answered, self.joined, self.allowed) = (true, true, true);
                self.stage = Stage::InCall;
                return self.host("practice-call-did-answer");
            }
            (Stage::Ringing, CallAct::Decline) => (Stage::Declined, "practice-call-did-decline"),
            (Stage::Declined, CallAct::RingAgain) => {
                self.stage = Stage::Ringing;
                return self.host("practice-call-did-ring-again");
            }
            (Stage::InCall, act) => return self.in_call(*act),
            _ => return Words::new("practice-nothing"),
        };
        self.stage = stage;
        Words::new(said)
    }

    fn in_call(&mut self, a: CallAct) -> Words {
        let said = match a {
            CallAct::Mute => {
                (self.muted, self.was_muted) = (true, true);
                "practice-call-did-mute"
            }
            CallAct::Unmute => {
                self.muted = false;
                "practice-call-did-unmute"
            }
            CallAct::CameraOff => {
                (self.camera_on, self.camera_was_off) = (false, true);
                "practice-call-did-camera-off"
            }
            CallAct::CameraOn => {
                self.camera_on = true;
                "practice-call-did-camera-on"
            }
            CallAct::EditSay => return self.edit(Field::Say),
            CallAct::Leave if self.setup.ringing => {
                self.stage = Stage::Left;
                "practice-call-did-end"
            }
            CallAct::Leave => {
                self.stage = Stage::Left;
                "practice-call-did-leave"
            }
            _ => "practice-nothing",
        };
        Words::new(said)
    }

    fn edit(&mut self, field: Field) -> Words {
        self.editing = Some(field);
        Words::new("practice-did-edit").nested("field", field_label(field))
    }

    pub fn back(&mut self) -> Option<Words> {
        if self.editing.take().is_some() {
            return Some(Words::new("practice-did-stop-typing"));
        }
        let (stage, said) = match self.stage {
            Stage::TextMessage | Stage::Ringing => return None,
            // In a call, Escape does not hang up: leaving is a choice of its own.
            Stage::InCall if self.setup.ringing => return Some(Words::new("practice-call-use-end")),
            Stage::InCall => return Some(Words::new("practice-call-use-leave")),
            Stage::Waiting => (Stage::Ready, "practice-call-did-leave-waiting"),
            Stage::Declined | Stage::Left if self.setup.ringing => return None,
            Stage::Permission | Stage::Blocked | Stage::Ready | Stage::Declined | Stage::Left => {
                (Stage::TextMessage, "practice-call-did-back")
            }
        };
        self.stage = stage;
        Some(Words::new(said))
    }

    pub fn editing(&self) -> Option<Editing> {
        let value = match self.editing? {
            Field::Name => self.name.clone(),
            Field::Say => String::new(),
        };
        Some(Editing { label: field_label(self.editing?), value, hidden: false })
    }

    pub fn fill(&mut self, text: &str) -> Option<Words> {
        let field = self.editing.take()?;
        let text = text.trim().to_owned();
        match field {
            Field::Name => self.name = text,
            Field::Say if text.is_empty() => return Some(Words::new("practice-did-stop-typing")),
            Field::Say => {
                self.said.push(text.clone());
                return Some(Words::new("practice-call-did-say").plain("text", &text));
            }
        }
        Some(Words::new("practice-did-type").nested("field", field_label(field)))
    }

    pub fn stop_editing(&mut self) {
        self.editing = None;
    }
}

fn field_label(field: Field) -> Words {
    Words::new(match field {
        Field::Name => "practice-call-name-label",
        Field::Say => "practice-call-say-label",
    })
}

mod plan;
pub use plan::CallGoal;

practice_screen!(Call, Call, "practice-way-back");
