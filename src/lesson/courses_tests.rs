use super::*;
use crate::lesson::load_without_refs;
use std::fs;

const LESSON: &str = "format_version = 1\nid = \"{id}\"\ntitle = \"t\"\nsummary = \"s\"\nskills = [\"foundation\"]\n\n[[steps]]\nid = \"x\"\nkind = \"explain\"\ntitle = \"t\"\ntext = \"t\"\n";

/// A pack folder `name` in `dir`: course `course`, with a lesson file per id.
fn pack(dir: &Path, name: &str, course: &str, lessons: &[&str]) -> PathBuf {
    let folder = dir.join(name);
    fs::create_dir_all(&folder).unwrap();
    let course_file = format!("format_version = 1\nid = \"{course}\"\ntitle = \"t\"\nsummary = \"s\"\n");
    fs::write(folder.join("course.toml"), course_file).unwrap();
    for (number, id) in lessons.iter().enumerate() {
        fs::write(folder.join(format!("{:02}-{id}.toml", number + 1)), LESSON.replace("{id}", id)).unwrap();
    }
    folder
}

fn assembled(dir: &Path) -> Loaded {
    let mut found = Packs::default();
    found.add_from(dir);
    let lessons = SourceTree::built_in_lessons();
    assemble(load_without_refs(&lessons), &lessons, &found, false)
}

fn places(loaded: &Loaded) -> Vec<String> {
    loaded.problems.iter().map(|p| format!("{}:{}:{} {:?}", p.path.display(), p.line, p.col, p.problem)).collect()
}

#[test]
fn packs_come_after_the_built_in_courses_with_their_folders() {
    let dir = tempfile::tempdir().unwrap();
    let folder = pack(dir.path(), "a-pack", "hub-course", &["first-lesson"]);
    fs::create_dir_all(folder.join("locales/cy")).unwrap();
    fs::write(folder.join("locales/cy/a.ftl"), "a = A\n").unwrap();
    let loaded = assembled(dir.path());
    assert!(loaded.problems.is_empty(), "{:?}", places(&loaded));
    let last = loaded.catalog.courses.last().unwrap();
    assert_eq!(last.id, "hub-course");
    assert_eq!(last.origin, Origin::Pack { folder, languages: vec!["cy".into()] });
    assert_eq!(loaded.catalog.courses[0].origin, Origin::BuiltIn);
}

#[test]
fn a_taken_course_or_lesson_id_is_left_out_naming_both_places() {
    let dir = tempfile::tempdir().unwrap();
    let email = pack(dir.path(), "1-email", "email", &["own-lesson"]);
    let keys = pack(dir.path(), "2-keys", "keys", &["using-this-tutor", "keys-lesson"]);
    let again = pack(dir.path(), "3-again", "keys", &["other"]);
    let lesson_again = pack(dir.path(), "4-lesson", "more", &["keys-lesson"]);
    let loaded = assembled(dir.path());
    let ids: Vec<_> = loaded.catalog.courses.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(&ids[ids.len() - 2..], ["keys", "more"], "the built-in email course and the first keys stay");
    let keys_lessons: Vec<_> = loaded.catalog.courses[ids.len() - 2].lessons.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(keys_lessons, ["keys-lesson"]);
    assert!(loaded.catalog.courses.last().unwrap().lessons.is_empty());
    let expected = [
        format!(
            "{}:2:6 IdClash {{ what: \"course\", id: \"email\", other: \"lessons/02-email/course.toml:2:6\" }}",
            email.join("course.toml").display()
        ),
        format!(
            "{}:2:6 IdClash {{ what: \"lesson\", id: \"using-this-tutor\", other: \"lessons/01-getting-started/01-using-this-tutor.toml:{}\" }}",
            keys.join("01-using-this-tutor.toml").display(),
            built_in_id_place("01-getting-started/01-using-this-tutor.toml")
        ),
        format!(
            "{}:2:6 IdClash {{ what: \"course\", id: \"keys\", other: \"{}:2:6\" }}",
            again.join("course.toml").display(),
            keys.join("course.toml").display()
        ),
        format!(
            "{}:2:6 IdClash {{ what: \"lesson\", id: \"keys-lesson\", other: \"{}:2:6\" }}",
            lesson_again.join("01-keys-lesson.toml").display(),
            keys.join("02-keys-lesson.toml").display()
        ),
    ];
    assert_eq!(places(&loaded), expected);
}

/// Where the built-in file's id is, found without the code under test.
fn built_in_id_place(relative: &str) -> String {
    let tree = SourceTree::built_in_lessons();
    let text = tree.files.iter().find(|f| f.relative == Path::new(relative)).unwrap().text.as_deref().unwrap();
    let line = text.lines().position(|l| l.starts_with("id = ")).unwrap() + 1;
    format!("{line}:6")
}

#[test]
fn a_broken_pack_is_named_at_its_place_and_the_others_still_load() {
    let dir = tempfile::tempdir().unwrap();
    let broken = pack(dir.path(), "1-broken", "broken", &[]);
    fs::write(broken.join("course.toml"), "format_version = 1\nid = \"broken\"\ntitle = \n").unwrap();
    pack(dir.path(), "2-fine", "fine", &["fine-lesson"]);
    let loaded = assembled(dir.path());
    let ids: Vec<_> = loaded.catalog.courses.iter().map(|c| c.id.as_str()).collect();
    assert!(ids.contains(&"email") && ids.last() == Some(&"fine"), "{ids:?}");
    assert!(!ids.contains(&"broken"));
    let found = places(&loaded);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].starts_with(&format!("{}:3:", broken.join("course.toml").display())), "{found:?}");
}
