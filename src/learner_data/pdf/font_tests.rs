use super::*;

/// DejaVu Sans from the usual places, or `None` (saying so) where it is not installed;
/// on CI, which installs fonts-dejavu-core, its absence is a failure.
pub fn installed(test: &str) -> Option<Fonts> {
    match Fonts::find(&places(None)) {
        Ok(fonts) => Some(fonts),
        Err(e) => {
            assert!(std::env::var_os("CI").is_none(), "CI must have fonts-dejavu-core: {e}");
            eprintln!("SKIPPED {test}: {e} (sudo apt-get install fonts-dejavu-core)");
            None
        }
    }
}

#[test]
fn a_folder_without_the_font_names_the_file_and_where_it_looked() {
    let dir = tempfile::tempdir().unwrap();
    let Err(error) = Fonts::find(&[dir.path().to_path_buf()]) else { panic!("an empty folder has no font") };
    assert!(matches!(&error, FontError::Missing { file: REGULAR, looked } if looked == &[dir.path().to_path_buf()]));
    assert!(error.to_string().contains(&dir.path().display().to_string()), "{error}");
}

#[test]
fn a_file_that_is_not_a_font_is_refused_with_its_path() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(REGULAR), "not a font").unwrap();
    let Err(error) = Fonts::find(&[dir.path().to_path_buf()]) else { panic!("text is not a font") };
    assert!(matches!(&error, FontError::Unreadable { path, .. } if path.ends_with(REGULAR)), "{error}");
}

/// The smallest font file a parser takes: `head`, `hhea` and `maxp`, and no `glyf`
/// (outlines), as a font with CFF outlines has none.
fn font_without_truetype_outlines() -> Vec<u8> {
    let mut head = vec![0u8; 54];
    head[0..4].copy_from_slice(&[0, 1, 0, 0]);
    head[12..16].copy_from_slice(&0x5F0F_3CF5u32.to_be_bytes());
    head[18..20].copy_from_slice(&1000u16.to_be_bytes());
    let mut hhea = vec![0u8; 36];
    hhea[0..4].copy_from_slice(&[0, 1, 0, 0]);
    hhea[34..36].copy_from_slice(&1u16.to_be_bytes());
    let maxp = [0, 0, 0x50, 0, 0, 1].to_vec();
    let tables = [(*b"head", head), (*b"hhea", hhea), (*b"maxp", maxp)];
    let mut font = vec![0, 1, 0, 0, 0, 3, 0, 32, 0, 1, 0, 16];
    let mut offset = 12 + 16 * tables.len();
    let mut bodies = Vec::new();
    for (tag, body) in &tables {
        font.extend_from_slice(tag);
        font.extend_from_slice(&[0; 4]);
        font.extend_from_slice(&u32::try_from(offset).unwrap().to_be_bytes());
        font.extend_from_slice(&u32::try_from(body.len()).unwrap().to_be_bytes());
        offset += body.len();
        bodies.extend_from_slice(body);
    }
    font.extend(bodies);
    font
}

#[test]
fn a_font_without_truetype_outlines_is_refused_as_such() {
    assert_eq!(Font::from_bytes(font_without_truetype_outlines()).err(), Some(NotEmbeddable::NotTrueType));
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(REGULAR), font_without_truetype_outlines()).unwrap();
    let Err(error) = Fonts::find(&[dir.path().to_path_buf()]) else { panic!("no outlines to embed") };
    assert!(matches!(&error, FontError::NotTrueType { path } if path.ends_with(REGULAR)), "{error}");
}

#[test]
fn the_chosen_folder_is_the_only_place_looked() {
    assert_eq!(places(Some(Path::new("/opt/fonts"))), vec![PathBuf::from("/opt/fonts")]);
    assert_eq!(places(None)[0], PathBuf::from("/usr/share/fonts/truetype/dejavu"));
}

#[test]
fn every_welsh_and_polish_letter_has_its_own_glyph() {
    let Some(fonts) = installed("every_welsh_and_polish_letter_has_its_own_glyph") else { return };
    for font in [&fonts.regular, &fonts.bold] {
        for c in "ŵŷâêîôûŴŶÂłśżćńęąźóŁŚŻĆŃĘĄŹÓ•".chars() {
            assert_ne!(font.glyph(c), 0, "{c} missing");
        }
        assert!(font.width("Ww", 28.0) > font.width("ii", 28.0) && font.width("", 28.0) == 0.0);
    }
}

#[test]
fn each_glyph_is_numbered_once_with_its_letter() {
    let Some(fonts) = installed("each_glyph_is_numbered_once_with_its_letter") else { return };
    let mut used = Used::default();
    let bytes = used.encode(&fonts.regular, "ŵaŵ");
    assert_eq!(bytes, vec![0, 1, 0, 2, 0, 1], "0 is the empty box; then in order of use");
    assert_eq!(used.letters, vec![(1, 'ŵ'), (2, 'a')]);
}
