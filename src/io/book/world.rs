//! The little world a trip book is typeset in: one source file made by Itinera, the images it names, and the
//! fonts — typst's own (shipped inside the binary) and the system's, for names in other scripts.

use std::collections::HashMap;
use std::path::Path;
use std::sync::OnceLock;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt as _, World};

/// Every font a book can use, loaded once per run.
pub struct Fonts {
    pub book: LazyHash<FontBook>,
    pub fonts: Vec<Font>,
}

/// The regular face of a font shipped inside the binary that covers arrows, dashes and other signs the
/// window's own font lacks (DejaVu Sans Mono), for the window to fall back on.
pub fn fallback_font() -> Option<&'static [u8]> {
    typst_assets::fonts().find(|data| {
        Font::new(Bytes::new(*data), 0).is_some_and(|f| {
            let info = f.info();
            info.family == "DejaVu Sans Mono"
                && info.variant.weight == typst::text::FontWeight::REGULAR
                && info.variant.style == typst::text::FontStyle::Normal
        })
    })
}

/// typst's fonts and every font under the system's font folders.
pub fn fonts() -> &'static Fonts {
    static FONTS: OnceLock<Fonts> = OnceLock::new();
    FONTS.get_or_init(|| {
        let mut fonts: Vec<Font> = typst_assets::fonts()
            .flat_map(|data| Font::iter(Bytes::new(data)))
            .collect();
        let home = std::env::var_os("HOME").map(std::path::PathBuf::from);
        let mut folders = vec![
            std::path::PathBuf::from("/usr/share/fonts"),
            std::path::PathBuf::from("/usr/local/share/fonts"),
            std::path::PathBuf::from("/Library/Fonts"),
            std::path::PathBuf::from("C:\\Windows\\Fonts"),
        ];
        if let Some(home) = home {
            folders.push(home.join(".local/share/fonts"));
            folders.push(home.join(".fonts"));
        }
        for folder in folders {
            add_folder(&folder, &mut fonts, 0);
        }
        Fonts {
            book: LazyHash::new(FontBook::from_fonts(&fonts)),
            fonts,
        }
    })
}

fn add_folder(folder: &Path, fonts: &mut Vec<Font>, depth: usize) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() && depth < 6 {
            add_folder(&path, fonts, depth + 1);
            continue;
        }
        let font_file = path.extension().is_some_and(|e| {
            ["ttf", "otf", "ttc", "otc"]
                .iter()
                .any(|x| e.eq_ignore_ascii_case(x))
        });
        if font_file && let Ok(data) = std::fs::read(&path) {
            fonts.extend(Font::iter(Bytes::new(data)));
        }
    }
}

/// Whether some font covers a character.
pub fn covered(c: char) -> bool {
    fonts()
        .fonts
        .iter()
        .any(|f| f.info().coverage.contains(c as u32))
}

/// One book's world: its source, and the files (images) it names by path.
pub struct BookWorld {
    library: LazyHash<Library>,
    main: Source,
    files: HashMap<FileId, Bytes>,
    today: Datetime,
}

/// The id of a file in the book's project.
pub fn file_id(path: &str) -> Option<FileId> {
    Some(FileId::new(RootedPath::new(
        VirtualRoot::Project,
        VirtualPath::new(path).ok()?,
    )))
}

impl BookWorld {
    pub fn new(
        source: String,
        files: Vec<(String, Vec<u8>)>,
        today: chrono::NaiveDate,
    ) -> Option<Self> {
        use chrono::Datelike as _;
        let main = file_id("/book.typ")?;
        Some(BookWorld {
            library: LazyHash::new(Library::default()),
            main: Source::new(main, source),
            files: files
                .into_iter()
                .filter_map(|(path, bytes)| Some((file_id(&path)?, Bytes::new(bytes))))
                .collect(),
            today: Datetime::from_ymd(today.year(), today.month() as u8, today.day() as u8)?,
        })
    }
}

impl World for BookWorld {
    fn library(&self) -> &LazyHash<Library> {
        &self.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &fonts().book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.main.id() {
            return Ok(Bytes::from_string(self.main.text().to_owned()));
        }
        self.files.get(&id).cloned().ok_or(FileError::AccessDenied)
    }

    fn font(&self, index: usize) -> Option<Font> {
        fonts().fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        Some(self.today)
    }
}
