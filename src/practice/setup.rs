//! The starting data of a practice screen, as the lesson file gives it (checked).
//! Every text is a Fluent message id, except email addresses typed by learners.

/// Which practice screen a step uses, with what it starts with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Setup {
    Inbox(InboxSetup),
    Call(CallSetup),
    Nhs(NhsSetup),
    Texts(TextsSetup),
}

/// An inbox with some messages in it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct InboxSetup {
    pub messages: Vec<MailSetup>,
    /// The list names each sender's address as well as their name. Only where the
    /// address is the clue (reporting a scam): elsewhere a listener would hear an address
    /// in every item, and a real inbox lists names; an opened email always shows it.
    pub addresses_in_list: bool,
}

/// One email in the practice inbox.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MailSetup {
    /// A short name for the message, used by goals (`target = "okafor"`).
    pub id: String,
    /// Message id of the sender's name.
    pub from: String,
    /// The sender's email address, as it is (addresses are not translated).
    pub address: String,
    /// Message ids of the subject, the date and the message itself.
    pub subject: String,
    pub date: String,
    pub body: String,
    pub unread: bool,
    /// Message id of the description of an attached photo, if there is one.
    pub photo: Option<String>,
    /// How long ago it arrived, in minutes: the inbox lists the newest first.
    pub minutes_ago: Option<u32>,
}

/// A video call reached from a link in a text message.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CallSetup {
    /// Message ids: who sent the text, the text itself, who you meet in the call, what
    /// you see of them, and what you see of yourself.
    pub sender: String,
    pub text: String,
    pub host: String,
    pub scene: String,
    pub me: String,
    /// Start already in the call (to practise muting or leaving without joining again).
    pub in_call: bool,
    /// The call rings and is answered, as in WhatsApp or FaceTime, instead of being
    /// joined from the link in the text message (`sender` and `text` are not shown).
    pub ringing: bool,
}

/// The NHS App with practice NHS login details and repeat medicines.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NhsSetup {
    /// Start on the home screen instead of the login screen.
    pub logged_in: bool,
    /// NHS login asks the learner to prove who they are (the first time): after logging
    /// in, or at once if `logged_in`.
    pub prove_identity: bool,
    pub medicines: Vec<MedicineSetup>,
    /// The first is the nominated pharmacy; the others can be chosen instead.
    pub pharmacies: Vec<PharmacySetup>,
    /// `None`: the surgery approves the order. `Some(reason)`: it turns it down, and
    /// says why (a message id).
    pub rejected: Option<String>,
}

/// One repeat medicine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MedicineSetup {
    pub id: String,
    /// Message id of its name and dose.
    pub name: String,
    pub status: MedicineStatus,
}

/// Whether a repeat medicine can be ordered now, and if not, why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MedicineStatus {
    Available,
    /// Already requested and waiting for the surgery.
    Requested,
    /// Too soon: it can be ordered from the date (a message id).
    TooSoon(String),
    /// A review with the GP is needed first.
    Review,
}

/// A pharmacy that can be nominated.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PharmacySetup {
    pub id: String,
    /// Message ids of its name and address.
    pub name: String,
    pub address: String,
}

/// Text messages on a phone.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TextsSetup {
    pub messages: Vec<TextSetup>,
}

/// One text message.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TextSetup {
    /// A short name for the message, used by goals (`target = "parcel"`).
    pub id: String,
    /// Message ids: who sent it (a name, or a phone number as words), when, and what it says.
    pub from: String,
    pub date: String,
    pub body: String,
    pub unread: bool,
    /// How long ago it arrived, in minutes: the newest is listed first.
    pub minutes_ago: Option<u32>,
}
