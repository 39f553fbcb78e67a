use jiff::civil::Date;

/// One news article.
#[derive(Debug, Clone, Default)]
pub struct Document {
    /// Stable identifier: the file stem of a `.txt` article, or the `id` of a JSONL record.
    pub id: String,
    pub text: String,
    /// Publication date, the anchor for relative dates ("yesterday", "on Tuesday").
    pub published: Option<Date>,
    /// Where the document came from (a path, or `-` for standard input), as given.
    pub source: String,
}

impl Document {
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Document {
            id: id.into(),
            text: text.into(),
            ..Document::default()
        }
    }

    pub fn with_published(mut self, published: Option<Date>) -> Self {
        self.published = published;
        self
    }

    pub fn with_source(mut self, source: impl Into<String>) -> Self {
        self.source = source.into();
        self
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum DocumentError {
    #[error("`{0}` is not a date of the form YYYY-MM-DD")]
    BadDate(String),
}

/// Parse a `YYYY-MM-DD` publication date (a full ISO timestamp is cut to its date part).
pub fn parse_date(s: &str) -> Result<Date, DocumentError> {
    let s = s.trim();
    let rest_ok = s
        .get(10..)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(['T', ' ']));
    let day = s.get(..10).filter(|_| rest_ok);
    day.and_then(|d| d.parse::<Date>().ok())
        .ok_or_else(|| DocumentError::BadDate(s.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_dates_and_timestamps() {
        assert_eq!(
            parse_date("2022-01-27").map(|d| d.to_string()),
            Ok("2022-01-27".into())
        );
        assert_eq!(
            parse_date("2022-01-27T10:00:00Z").map(|d| d.to_string()),
            Ok("2022-01-27".into())
        );
        assert!(parse_date("27/01/2022").is_err());
        assert!(parse_date("2022-02-30").is_err());
        assert!(parse_date("").is_err());
    }
}
