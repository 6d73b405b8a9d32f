//! The font a PDF certificate is set in: DejaVu Sans, read from the computer's own
//! fonts (Debian's fonts-dejavu-core) when the certificate is made, not built into
//! Signpost. It has every Welsh and Polish letter; its widths lay the lines out, and
//! only the letters used are embedded, so the file stays small and its words can be
//! copied and read aloud.

use std::path::{Path, PathBuf};

use pdf_writer::types::{CidFontType, FontFlags, SystemInfo, UnicodeCmap};
use pdf_writer::{Finish, Name, Pdf, Rect, Ref, Str};
use subsetter::GlyphRemapper;
use ttf_parser::{Face, GlyphId};

/// The font for words, and the bold one for headings, as the files are named.
pub const REGULAR: &str = "DejaVuSans.ttf";
pub const BOLD: &str = "DejaVuSans-Bold.ttf";

/// Where systems keep DejaVu Sans: Debian and Ubuntu first, then Fedora, Arch and
/// fonts installed by hand.
pub const PLACES: &[&str] = &[
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/dejavu-sans-fonts",
    "/usr/share/fonts/TTF",
    "/usr/share/fonts/dejavu",
    "/usr/local/share/fonts",
];

/// Why the font could not be had.
#[derive(Debug, thiserror::Error)]
pub enum FontError {
    /// No folder looked in has the file: the font is not installed.
    #[error("{file} is in none of {}", looked.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", "))]
    Missing { file: &'static str, looked: Vec<PathBuf> },
    /// The file is there but cannot be read, or is not a font.
    #[error("{}: {detail}", path.display())]
    Unreadable { path: PathBuf, detail: String },
    /// A font, but with outlines this writer cannot embed (not TrueType's `glyf`).
    #[error("{}: not a TrueType font", path.display())]
    NotTrueType { path: PathBuf },
}

/// Why bytes are not a font this writer can embed.
#[derive(Debug, PartialEq, Eq)]
pub enum NotEmbeddable {
    /// Not a font file at all: the parser's own words.
    Unreadable(String),
    /// A font without TrueType outlines (a CFF OpenType font, say).
    NotTrueType,
}

/// One font file, checked to be a TrueType font with an outline for each letter.
pub struct Font {
    data: Vec<u8>,
    units: f32,
}

/// The two fonts a certificate uses.
pub struct Fonts {
    pub regular: Font,
    pub bold: Font,
}

impl Fonts {
    /// DejaVu Sans and its bold, from the first of `dirs` that has each.
    pub fn find(dirs: &[PathBuf]) -> Result<Fonts, FontError> {
        Ok(Fonts { regular: Font::find(dirs, REGULAR)?, bold: Font::find(dirs, BOLD)? })
    }

    /// The regular or the bold font.
    pub fn get(&self, bold: bool) -> &Font {
        if bold {
            &self.bold
        } else {
            &self.regular
        }
    }
}

impl Font {
    fn find(dirs: &[PathBuf], file: &'static str) -> Result<Font, FontError> {
        let path = dirs.iter().map(|d| d.join(file)).find(|p| p.is_file());
        let path = path.ok_or_else(|| FontError::Missing { file, looked: dirs.to_vec() })?;
        let data =
            std::fs::read(&path).map_err(|e| FontError::Unreadable { path: path.clone(), detail: e.to_string() })?;
        Font::from_bytes(data).map_err(|problem| match problem {
            NotEmbeddable::Unreadable(detail) => FontError::Unreadable { path, detail },
            NotEmbeddable::NotTrueType => FontError::NotTrueType { path },
        })
    }

    /// The font in `data`, if it is one this writer can embed (TrueType outlines).
    pub fn from_bytes(data: Vec<u8>) -> Result<Font, NotEmbeddable> {
        let face = Face::parse(&data, 0).map_err(|e| NotEmbeddable::Unreadable(e.to_string()))?;
        if face.tables().glyf.is_none() {
            return Err(NotEmbeddable::NotTrueType);
        }
        let units = f32::from(face.units_per_em());
        Ok(Font { data, units })
    }

    /// The font's tables. Parsing was checked when the font was read, so this only
    /// fails if the bytes change, which they cannot.
    fn face(&self) -> Option<Face<'_>> {
        Face::parse(&self.data, 0).ok()
    }

    /// The glyph for `c`, or the font's empty box (glyph 0) for a letter it lacks.
    pub fn glyph(&self, c: char) -> u16 {
        self.face().map_or(0, |face| glyph_in(&face, c))
    }

    /// How far glyph `g` moves the pen, in thousandths of the type size (PDF's unit).
    fn advance(&self, face: &Face<'_>, g: u16) -> f32 {
        f32::from(face.glyph_hor_advance(GlyphId(g)).unwrap_or(0)) * 1000.0 / self.units
    }

    /// How wide `text` is set at `size` points.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        let Some(face) = self.face() else { return 0.0 };
        let units: f32 = text.chars().map(|c| self.advance(&face, glyph_in(&face, c))).sum();
        units * size / 1000.0
    }

    /// How far the tallest letter rises above the line and the deepest falls below
    /// it, at `size` points.
    pub fn extent(&self, size: f32) -> (f32, f32) {
        let Some(face) = self.face() else { return (size, 0.0) };
        let scale = size / self.units;
        (f32::from(face.ascender()) * scale, -f32::from(face.descender()) * scale)
    }

    /// Writes this font, cut down to the glyphs in `used` (old glyph ids mapped to the
    /// ids they have in the cut-down font, with the letter each shows), as a Type 0
    /// font in five objects numbered from `first`. `tag` names the cut-down copy.
    pub fn embed(&self, pdf: &mut Pdf, first: Ref, tag: &str, used: &Used) -> Result<(), String> {
        let face = self.face().ok_or("the font cannot be read")?;
        let subset = subsetter::subset(&self.data, 0, &used.remapper).map_err(|e| e.to_string())?;
        let [type0, cid, descriptor, file, cmap] = [0, 1, 2, 3, 4].map(|n| Ref::new(first.get() + n));
        let name = format!("{tag}+{}", family(&face));
        let name = Name(name.as_bytes());
        let system = SystemInfo { registry: Str(b"Adobe"), ordering: Str(b"Identity"), supplement: 0 };

        pdf.type0_font(type0)
            .base_font(name)
            .encoding_predefined(Name(b"Identity-H"))
            .descendant_font(cid)
            .to_unicode(cmap);
        let mut font = pdf.cid_font(cid);
        font.subtype(CidFontType::Type2).base_font(name).system_info(system).font_descriptor(descriptor);
        font.cid_to_gid_map_predefined(Name(b"Identity")).default_width(0.0);
        let widths: Vec<f32> = used.remapper.remapped_gids().map(|g| self.advance(&face, g)).collect();
        font.widths().consecutive(0, widths);
        font.finish();

        let scale = 1000.0 / self.units;
        let b = face.global_bounding_box();
        let pt = |v: i16| f32::from(v) * scale;
        pdf.font_descriptor(descriptor)
            .name(name)
            // Symbolic: its letters go beyond the Adobe standard Latin set (ŵ, ł and the rest).
            .flags(FontFlags::SYMBOLIC)
            .bbox(Rect::new(pt(b.x_min), pt(b.y_min), pt(b.x_max), pt(b.y_max)))
            .italic_angle(0.0)
            .ascent(pt(face.ascender()))
            .descent(pt(face.descender()))
            .cap_height(pt(face.capital_height().unwrap_or(face.ascender())))
            .stem_v(if face.is_bold() { 140.0 } else { 80.0 })
            .font_file2(file);
        let length = i32::try_from(subset.len()).map_err(|e| e.to_string())?;
        pdf.stream(file, &subset).pair(Name(b"Length1"), length);

        let mut map = UnicodeCmap::new(Name(b"Custom"), system);
        for (new, c) in &used.letters {
            map.pair(*new, *c);
        }
        pdf.cmap(cmap, &map.finish());
        Ok(())
    }
}

fn glyph_in(face: &Face<'_>, c: char) -> u16 {
    face.glyph_index(c).map_or(0, |g| g.0)
}

/// The font's PostScript name, as a PDF names it ("DejaVuSans-Bold").
fn family(face: &Face<'_>) -> String {
    let name = face.names().into_iter().find(|n| n.name_id == ttf_parser::name_id::POST_SCRIPT_NAME && n.is_unicode());
    let name = name.and_then(|n| n.to_string()).unwrap_or_else(|| "Font".to_owned());
    name.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').collect()
}

/// The glyphs one font shows in a document, numbered as the cut-down font will number
/// them, with the letter each is (for copying the text back out).
#[derive(Default)]
pub struct Used {
    remapper: GlyphRemapper,
    letters: Vec<(u16, char)>,
}

impl Used {
    /// `text` as the cut-down font's glyph ids, two bytes each (PDF's Identity-H),
    /// noting each new glyph.
    pub fn encode(&mut self, font: &Font, text: &str) -> Vec<u8> {
        let mut bytes = Vec::with_capacity(text.len() * 2);
        for c in text.chars() {
            let old = font.glyph(c);
            let known = self.remapper.get(old).is_some();
            let new = self.remapper.remap(old);
            // The empty box (0) stands for any missing letter, so it maps to none.
            if !known {
                self.letters.push((new, c));
            }
            bytes.extend_from_slice(&new.to_be_bytes());
        }
        bytes
    }
}

/// The folders a certificate's font is looked for in: `chosen` alone if given (the
/// `SIGNPOST_FONT_DIR` setting), else the usual [`PLACES`].
pub fn places(chosen: Option<&Path>) -> Vec<PathBuf> {
    match chosen {
        Some(dir) => vec![dir.to_path_buf()],
        None => PLACES.iter().map(PathBuf::from).collect(),
    }
}

#[cfg(test)]
#[path = "font_tests.rs"]
pub(crate) mod tests;
