use super::super::inbox::{InboxAct, REPORT_ADDRESS};
use super::*;

fn mail(id: &str, photo: bool) -> MailSetup {
    MailSetup {
        id: id.into(),
        from: format!("{id}-name"),
        address: format!("{id}@example.com"),
        subject: format!("{id}-subject"),
        date: "date".into(),
        body: format!("{id}-body"),
        unread: true,
        photo: photo.then(|| "photo-description".into()),
        minutes_ago: None,
    }
}

fn inbox() -> PracticeApp {
    PracticeApp::new(&Setup::Inbox(InboxSetup {
        messages: vec![mail("okafor", false), mail("bank", false), mail("sam", true)],
        addresses_in_list: false,
    }))
}

fn inbox_act(a: InboxAct) -> Action {
    Action::Inbox(a)
}

#[test]
fn the_list_shows_every_message_then_write() {
    let screen = inbox();
    let view = screen.view();
    assert_eq!(view.title.id, "practice-inbox-title");
    assert_eq!(
        labels(&screen),
        ["practice-inbox-item", "practice-inbox-item", "practice-inbox-item", "practice-inbox-write"]
    );
    assert_eq!(view.lines[0], Words::new("practice-inbox-count").number("count", 3).number("unread", 3));
}

#[test]
fn the_newest_email_is_listed_first_whatever_the_file_order() {
    let aged = |id: &str, minutes: Option<u32>| MailSetup { minutes_ago: minutes, ..mail(id, false) };
    let setup = InboxSetup {
        messages: vec![
            aged("monday", Some(4320)),
            aged("undated", None),
            aged("today", Some(45)),
            aged("yesterday", Some(1440)),
        ],
        addresses_in_list: false,
    };
    let screen = PracticeApp::new(&Setup::Inbox(setup));
    let names: Vec<String> = screen
        .view()
        .controls
        .iter()
        .filter_map(|c| c.label.args.iter().find(|(key, _)| *key == "name").map(|(_, w)| format!("{w:?}")))
        .collect();
    let expected =
        ["today", "yesterday", "monday", "undated"].map(|id| format!("{:?}", Word::Message(format!("{id}-name"))));
    assert_eq!(names, expected);
}

#[test]
fn opening_reading_and_going_back() {
    let mut screen = inbox();
    assert_eq!(screen.act(&inbox_act(InboxAct::Open(1))).map(|w| w.id), Some("practice-did-open"));
    assert_eq!(
        labels(&screen),
        ["practice-mail-reply", "practice-mail-forward", "practice-mail-delete", "practice-back-to-inbox"]
    );
    assert_eq!(screen.back().map(|w| w.id), Some("practice-did-back-inbox"));
    assert_eq!(screen.view().lines[0], Words::new("practice-inbox-count").number("count", 3).number("unread", 2));
    assert_eq!(screen.back(), None, "Escape on the list leaves the practice to the tutor");
}

#[test]
fn a_photo_is_a_described_picture() {
    let mut screen = inbox();
    screen.act(&inbox_act(InboxAct::Open(2)));
    assert!(labels(&screen).contains(&"practice-mail-open-photo"));
    let said = screen.act(&inbox_act(InboxAct::Photo));
    let described = Words::new("practice-did-photo").message("description", "photo-description");
    assert_eq!(said, Some(described), "what the photo shows is said as it opens");
    let view = screen.view();
    assert_eq!(view.lines, [Words::new("practice-photo-description").message("description", "photo-description")]);
    assert!(screen.goal_met(&goal("photo", Some("sam"), None)));
    assert_eq!(screen.back().map(|w| w.id), Some("practice-did-back-message"));
}

#[test]
fn replying_fills_the_address_and_needs_the_words() {
    let mut screen = inbox();
    let reply = goal("reply", Some("okafor"), Some("Tuesday is fine"));
    screen.act(&inbox_act(InboxAct::Open(0)));
    screen.act(&inbox_act(InboxAct::Reply));
    screen.act(&inbox_act(InboxAct::Edit(super::super::inbox::InboxField::Message)));
    assert_eq!(screen.editing().map(|e| e.label.id), Some("practice-label-message"));
    screen.fill("Wednesday please");
    screen.act(&inbox_act(InboxAct::Send));
    assert!(!screen.goal_met(&reply), "the wrong words");
    let PracticeApp::Inbox(inbox) = &screen else { unreachable!() };
    assert_eq!(inbox.sent()[0].to, "okafor@example.com");
    let mut screen = inbox_fresh_solved(&reply);
    assert!(screen.goal_met(&reply));
    assert_eq!(screen.back(), None, "back on the list after sending");
}

fn inbox_fresh_solved(goal: &Goal) -> PracticeApp {
    let mut screen = inbox();
    solve(&mut screen, goal);
    screen
}

#[test]
fn sending_needs_a_proper_address() {
    let mut screen = inbox();
    screen.act(&inbox_act(InboxAct::Write));
    assert_eq!(screen.act(&inbox_act(InboxAct::Send)).map(|w| w.id), Some("practice-send-no-address"));
    screen.act(&inbox_act(InboxAct::Edit(super::super::inbox::InboxField::To)));
    for (typed, problem) in [
        ("sam at example", "practice-send-address-space"),
        ("sam.example.com", "practice-send-bad-address"),
        ("@example.com", "practice-send-address-no-name"),
        ("sam.jones@example", "practice-send-address-no-ending"),
    ] {
        screen.act(&inbox_act(InboxAct::Edit(super::super::inbox::InboxField::To)));
        screen.fill(typed);
        assert_eq!(screen.act(&inbox_act(InboxAct::Send)).map(|w| w.id), Some(problem), "{typed}");
    }
    screen.act(&inbox_act(InboxAct::Edit(super::super::inbox::InboxField::To)));
    screen.fill("sam@example.com");
    assert_eq!(screen.act(&inbox_act(InboxAct::Send)).map(|w| w.id), Some("practice-did-send"));
}

#[test]
fn deleting_removes_the_message_from_the_list() {
    let mut screen = inbox();
    solve(&mut screen, &goal("delete", Some("bank"), None));
    assert_eq!(labels(&screen).len(), 3, "two messages and write");
}

#[test]
fn a_scam_is_reported_by_forwarding_it() {
    let report = goal("report", Some("bank"), None);
    let mut screen = inbox();
    let moves = solve(&mut screen, &report);
    assert_eq!(moves, 5, "open, forward, To box, type the address, send");
    let PracticeApp::Inbox(inbox) = &screen else { unreachable!() };
    assert_eq!(inbox.sent()[0].to, REPORT_ADDRESS);
}

#[test]
fn every_goal_is_reached_from_anywhere() {
    let goals = [
        goal("open", Some("sam"), None),
        goal("photo", Some("sam"), None),
        goal("reply", Some("okafor"), Some("Tuesday is fine")),
        goal("write", Some("sam@example.com"), Some("Happy birthday")),
        goal("delete", Some("bank"), None),
        goal("report", Some("bank"), None),
    ];
    for g in &goals {
        // From a fresh inbox, and from the middle of writing to someone else.
        solve(&mut inbox(), g);
        let mut busy = inbox();
        busy.act(&inbox_act(InboxAct::Open(1)));
        busy.act(&inbox_act(InboxAct::Forward));
        busy.act(&inbox_act(InboxAct::Edit(super::super::inbox::InboxField::To)));
        solve(&mut busy, g);
    }
}

#[test]
fn moves_that_do_not_fit_the_page_do_nothing() {
    let mut screen = inbox();
    assert_eq!(screen.act(&inbox_act(InboxAct::Send)).map(|w| w.id), Some("practice-nothing"));
    assert_eq!(screen.act(&Action::Call(super::super::call::CallAct::Join)), None);
}
