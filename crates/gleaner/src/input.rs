//! Reading articles: `.txt` files, `.jsonl` files, directories of both, and JSONL on stdin.
//! Each bad input (unreadable file, invalid UTF-8, malformed line, empty article) is one
//! [`InputError`] in the stream; the documents around it still come through.

use gleaner_core::{Document, parse_date};
use serde_json::{Map, Value};
use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// An article read from the input, with the JSONL fields gleaner does not use.
#[derive(Debug)]
pub struct InputDocument {
    pub doc: Document,
    /// Other fields of a JSONL record, passed through under `"meta"`.
    pub meta: Option<Map<String, Value>>,
}

/// A problem with one piece of input, located by file (and line for JSONL).
#[derive(Debug)]
pub struct InputError {
    pub location: String,
    pub message: String,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

impl std::error::Error for InputError {}

pub type InputItem = Result<InputDocument, InputError>;

fn error(location: impl Into<String>, message: impl Into<String>) -> InputError {
    InputError {
        location: location.into(),
        message: message.into(),
    }
}

/// Where articles come from: the command-line paths, in order; stdin when there are none or "-".
pub struct Inputs {
    pending: std::vec::IntoIter<PathBuf>,
    current: Option<Box<dyn Iterator<Item = InputItem> + Send>>,
}

impl Inputs {
    pub fn new(paths: &[PathBuf]) -> Self {
        let paths = if paths.is_empty() {
            vec![PathBuf::from("-")]
        } else {
            paths.to_vec()
        };
        Inputs {
            pending: paths.into_iter(),
            current: None,
        }
    }

    fn open(path: PathBuf) -> Box<dyn Iterator<Item = InputItem> + Send> {
        if path.as_os_str() == "-" {
            let reader = BufReader::new(io::stdin());
            return Box::new(JsonLines::new(Box::new(reader), "<stdin>".into()));
        }
        let shown = path.display().to_string();
        let meta = match std::fs::metadata(&path) {
            Ok(m) => m,
            Err(e) => {
                return Box::new(std::iter::once(Err(error(
                    shown,
                    format!("cannot read: {e}"),
                ))));
            }
        };
        if meta.is_dir() {
            let mut files = Vec::new();
            let mut errors = Vec::new();
            collect_articles(&path, &mut files, &mut errors);
            files.sort();
            let items = errors.into_iter().map(Err);
            return Box::new(items.chain(files.into_iter().flat_map(Self::open_file)));
        }
        Self::open_file(path)
    }

    fn open_file(path: PathBuf) -> Box<dyn Iterator<Item = InputItem> + Send> {
        let shown = path.display().to_string();
        if path.extension().is_some_and(|e| e == "jsonl") {
            return match File::open(&path) {
                Ok(f) => Box::new(JsonLines::new(Box::new(BufReader::new(f)), shown)),
                Err(e) => Box::new(std::iter::once(Err(error(
                    shown,
                    format!("cannot read: {e}"),
                )))),
            };
        }
        Box::new(std::iter::once(read_text_article(&path)))
    }
}

impl Iterator for Inputs {
    type Item = InputItem;

    fn next(&mut self) -> Option<InputItem> {
        loop {
            if let Some(current) = &mut self.current {
                if let Some(item) = current.next() {
                    return Some(item);
                }
                self.current = None;
            }
            self.current = Some(Self::open(self.pending.next()?));
        }
    }
}

/// Every `.txt` and `.jsonl` file under `dir`, recursively.
fn collect_articles(dir: &Path, files: &mut Vec<PathBuf>, errors: &mut Vec<InputError>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            errors.push(error(
                dir.display().to_string(),
                format!("cannot read directory: {e}"),
            ));
            return;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_articles(&path, files, errors);
        } else if path.extension().is_some_and(|e| e == "txt" || e == "jsonl") {
            files.push(path);
        }
    }
}

fn read_text_article(path: &Path) -> InputItem {
    let shown = path.display().to_string();
    let mut bytes = Vec::new();
    File::open(path)
        .and_then(|mut f| f.read_to_end(&mut bytes))
        .map_err(|e| error(&shown, format!("cannot read: {e}")))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        error(format!("{shown}:{line}"), "not valid UTF-8")
    })?;
    let text = text
        .strip_prefix('\u{feff}')
        .map(str::to_string)
        .unwrap_or(text);
    if text.trim().is_empty() {
        return Err(error(shown, "empty article"));
    }
    let id = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    Ok(InputDocument {
        doc: Document::new(id, text).with_source(shown),
        meta: None,
    })
}

/// Articles from JSON Lines, one object per line, streamed.
struct JsonLines {
    reader: Box<dyn BufRead + Send>,
    name: String,
    line: usize,
    buf: Vec<u8>,
}

impl JsonLines {
    fn new(reader: Box<dyn BufRead + Send>, name: String) -> Self {
        JsonLines {
            reader,
            name,
            line: 0,
            buf: Vec::new(),
        }
    }
}

impl Iterator for JsonLines {
    type Item = InputItem;

    fn next(&mut self) -> Option<InputItem> {
        loop {
            self.buf.clear();
            self.line += 1;
            match self.reader.read_until(b'\n', &mut self.buf) {
                Ok(0) => return None,
                Ok(_) => {}
                Err(e) => {
                    let location = format!("{}:{}", self.name, self.line);
                    // A read error is not recoverable for this stream: report it and stop.
                    self.buf.clear();
                    let item = Err(error(location, format!("cannot read: {e}")));
                    self.reader = Box::new(io::empty());
                    return Some(item);
                }
            }
            let location = format!("{}:{}", self.name, self.line);
            let Ok(line) = std::str::from_utf8(&self.buf) else {
                return Some(Err(error(location, "not valid UTF-8")));
            };
            if line.trim().is_empty() {
                continue;
            }
            return Some(parse_record(line, &location, &self.name, self.line));
        }
    }
}

fn parse_record(line: &str, location: &str, file: &str, line_no: usize) -> InputItem {
    let value: Value =
        serde_json::from_str(line).map_err(|e| error(location, format!("malformed JSON: {e}")))?;
    let Value::Object(mut fields) = value else {
        return Err(error(
            location,
            "expected a JSON object with \"id\" and \"text\"",
        ));
    };
    let text = match fields.remove("text") {
        Some(Value::String(t)) => t,
        Some(_) => return Err(error(location, "\"text\" must be a string")),
        None => return Err(error(location, "missing \"text\"")),
    };
    if text.trim().is_empty() {
        return Err(error(location, "empty article"));
    }
    let id = match fields.remove("id") {
        Some(Value::String(s)) => s,
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Null) | None => format!("{}:{line_no}", file_stem(file)),
        Some(_) => return Err(error(location, "\"id\" must be a string or a number")),
    };
    let published = match fields.remove("published") {
        Some(Value::String(s)) if !s.trim().is_empty() => {
            Some(parse_date(&s).map_err(|e| error(location, format!("bad \"published\": {e}")))?)
        }
        Some(Value::String(_)) | Some(Value::Null) | None => None,
        Some(_) => return Err(error(location, "\"published\" must be a YYYY-MM-DD string")),
    };
    let doc = Document::new(id, text)
        .with_published(published)
        .with_source(location);
    let meta = (!fields.is_empty()).then_some(fields);
    Ok(InputDocument { doc, meta })
}

fn file_stem(name: &str) -> String {
    Path::new(name)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_keep_unknown_fields_as_meta() {
        let item = parse_record(
            r#"{"id": "a", "text": "Hi.", "published": "2022-01-27", "url": "x"}"#,
            "f.jsonl:1",
            "f.jsonl",
            1,
        );
        let Ok(item) = item else {
            panic!("record rejected")
        };
        assert_eq!(item.doc.id, "a");
        assert_eq!(
            item.doc.published.map(|d| d.to_string()).as_deref(),
            Some("2022-01-27")
        );
        assert_eq!(
            item.meta.and_then(|m| m.get("url").cloned()),
            Some(Value::from("x"))
        );
    }

    #[test]
    fn bad_records_name_their_line() {
        for (line, want) in [
            ("{not json", "malformed JSON"),
            (r#"{"id": "a"}"#, "missing \"text\""),
            (r#"{"id": "a", "text": "  "}"#, "empty article"),
            (
                r#"{"id": "a", "text": "x", "published": "soon"}"#,
                "bad \"published\"",
            ),
            ("[1]", "expected a JSON object"),
        ] {
            let Err(e) = parse_record(line, "f.jsonl:7", "f.jsonl", 7) else {
                panic!("accepted {line}")
            };
            assert_eq!(e.location, "f.jsonl:7");
            assert!(e.message.contains(want), "{line}: {}", e.message);
        }
    }

    #[test]
    fn missing_id_falls_back_to_file_and_line() {
        let Ok(item) = parse_record(r#"{"text": "Hello."}"#, "dir/f.jsonl:3", "dir/f.jsonl", 3)
        else {
            panic!("record rejected")
        };
        assert_eq!(item.doc.id, "f:3");
    }
}
