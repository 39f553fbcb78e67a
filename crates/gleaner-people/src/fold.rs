//! Folding of name forms for comparison: accents off, lowercase, transliteration variants joined.

use std::borrow::Cow;
use std::sync::LazyLock;
use unicode_normalization::UnicodeNormalization;

/// Lowercase without diacritics, with curly apostrophes and dashes made plain: "Díaz-Canel" ->
/// "diaz-canel", "O’Brien" -> "o'brien".
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// [`fold`], appended to `out`.
pub fn fold_into(s: &str, out: &mut String) {
    // ASCII has nothing to decompose: only case and the backtick change.
    if s.is_ascii() {
        if !s.contains('`') {
            let start = out.len();
            out.push_str(s);
            if let Some(added) = out.get_mut(start..) {
                added.make_ascii_lowercase();
            }
            return;
        }
        out.extend(s.bytes().map(|b| match b {
            b'`' => '\'',
            b => char::from(b.to_ascii_lowercase()),
        }));
        return;
    }
    // Latin letters with accents decompose into a letter and marks that are all dropped, so each
    // folds on its own: look them up instead of decomposing the string.
    if s.chars()
        .all(|c| c.is_ascii() || LATIN_FOLDS.get(latin_index(c)).is_some())
    {
        for c in s.chars() {
            if c.is_ascii() {
                out.push(if c == '`' {
                    '\''
                } else {
                    c.to_ascii_lowercase()
                });
            } else if let Some(folded) = LATIN_FOLDS.get(latin_index(c)) {
                out.push_str(folded);
            }
        }
        return;
    }
    fold_decomposed(s, out);
}

/// First and last of the Latin-1 letters and Latin Extended-A and -B: their canonical
/// decompositions hold one base letter and marks of U+0300..U+036F only.
const LATIN_FIRST: char = '\u{00C0}';
const LATIN_LAST: char = '\u{024F}';

fn latin_index(c: char) -> usize {
    if (LATIN_FIRST..=LATIN_LAST).contains(&c) {
        c as usize - LATIN_FIRST as usize
    } else {
        usize::MAX
    }
}

/// The fold of every character from [`LATIN_FIRST`] to [`LATIN_LAST`], made by the general rule.
static LATIN_FOLDS: LazyLock<Vec<String>> = LazyLock::new(|| {
    (LATIN_FIRST..=LATIN_LAST)
        .map(|c| {
            let mut folded = String::new();
            fold_decomposed(c.encode_utf8(&mut [0; 4]), &mut folded);
            folded
        })
        .collect()
});

/// [`fold`] by canonical decomposition, for any text.
fn fold_decomposed(s: &str, out: &mut String) {
    for c in s.nfd() {
        if is_combining(c) {
            continue;
        }
        match c {
            'ß' => out.push_str("ss"),
            'æ' | 'Æ' => out.push_str("ae"),
            'œ' | 'Œ' => out.push_str("oe"),
            'ø' | 'Ø' => out.push('o'),
            'ł' | 'Ł' => out.push('l'),
            'đ' | 'Đ' => out.push('d'),
            'ı' => out.push('i'),
            '\u{2018}' | '\u{2019}' | '\u{02BC}' | '`' | '\u{00B4}' => out.push('\''),
            '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' => out.push('-'),
            c => out.extend(c.to_lowercase()),
        }
    }
}

fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}')
}

/// A folded name part brought to one spelling of its common romanizations, so that "Sergei" and
/// "Sergey", "Dmitry" and "Dmitri", "Zelensky" and "Zelenskyy", "Natalya" and "Natalia" agree.
pub fn romanization_key(folded: &str) -> String {
    let mut key = String::with_capacity(folded.len());
    romanization_key_into(folded, &mut key);
    key
}

/// [`romanization_key`], written over `out`.
pub fn romanization_key_into(folded: &str, out: &mut String) {
    out.clear();
    let needs_replacing = folded.contains('x')
        || folded
            .as_bytes()
            .windows(2)
            .any(|w| matches!(w, b"kh" | b"yu" | b"ya"));
    let replaced: Cow<str> = if needs_replacing {
        Cow::Owned(
            folded
                .replace('x', "ks")
                .replace("kh", "h")
                .replace("yu", "iu")
                .replace("ya", "ia"),
        )
    } else {
        Cow::Borrowed(folded)
    };
    // The key is `head + body + tail`: "ye" opens as "e"; the Slavic endings and a final "y"
    // end as "i". No ending starts with "e", so none reaches into the head.
    let (head, mut body) = match replaced.strip_prefix("ye") {
        Some(rest) => ("e", rest),
        None => ("", &*replaced),
    };
    let mut tail = "";
    for ending in ["iy", "yy", "ii", "ij", "yi"] {
        if let Some(stem) = body.strip_suffix(ending) {
            body = stem;
            tail = "i";
            break;
        }
    }
    if tail.is_empty()
        && let Some(stem) = body.strip_suffix('y')
    {
        body = stem;
        tail = "i";
    }
    // Doubled letters are often single in another romanization ("Gennady" / "Genady").
    let mut last = None;
    for c in head.chars().chain(body.chars()).chain(tail.chars()) {
        if Some(c) != last {
            out.push(c);
        }
        last = Some(c);
    }
}

/// Whether the Levenshtein distance of `a` and `b` is at most one: equal, one substitution, or
/// one letter more in one of them.
pub fn within_one_edit(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        return within_one_edit_of(a.as_bytes(), b.as_bytes());
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    within_one_edit_of(&a, &b)
}

fn within_one_edit_of<T: PartialEq>(a: &[T], b: &[T]) -> bool {
    let (long, short) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    if long.len() - short.len() > 1 {
        return false;
    }
    let common_head = long.iter().zip(short).take_while(|(l, s)| l == s).count();
    if common_head == short.len() {
        return true;
    }
    // After the first difference the rest agrees, with one element skipped in the longer
    // side, or one skipped on each side (a substitution).
    let skip_short = usize::from(long.len() == short.len());
    long.get(common_head + 1..) == short.get(common_head + skip_short..)
}

#[cfg(test)]
/// Levenshtein distance, stopping early once it exceeds `limit` (then returns `limit + 1`).
pub fn edit_distance_within(a: &str, b: &str, limit: usize) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > limit {
        return limit + 1;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        let mut row_min = cur[0];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
            row_min = row_min.min(cur[j + 1]);
        }
        if row_min > limit {
            return limit + 1;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()].min(limit + 1)
}

/// Whether two folded name parts are one name in another spelling: same romanization, or one
/// typo apart in a long part ("diaz-canal" / "diaz-canel").
#[cfg(test)]
pub fn parts_agree(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (ka, kb) = (romanization_key(a), romanization_key(b));
    if ka == kb {
        return true;
    }
    let long = ka.chars().count() >= 7 && kb.chars().count() >= 7;
    long && within_one_edit(&ka, &kb)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_accents_and_case() {
        assert_eq!(fold("Díaz-Canel"), "diaz-canel");
        assert_eq!(fold("NICOLÁS"), "nicolas");
        assert_eq!(fold("O’Brien"), "o'brien");
    }

    #[test]
    fn one_edit_check_agrees_with_the_distance() {
        let words = [
            "",
            "a",
            "ab",
            "ba",
            "abc",
            "acb",
            "abd",
            "xabc",
            "abcx",
            "axbc",
            "diaz-canel",
            "diaz-canal",
            "diaz-cane",
            "díaz-canel",
            "díaz-canél",
            "zelenski",
            "zelenskii",
        ];
        for a in words {
            for b in words {
                let by_distance = edit_distance_within(a, b, 1) <= 1;
                assert_eq!(within_one_edit(a, b), by_distance, "{a} / {b}");
            }
        }
    }

    #[test]
    fn latin_lookup_matches_the_decomposition() {
        let mut samples: Vec<String> = (LATIN_FIRST..=LATIN_LAST).map(String::from).collect();
        samples.extend(
            [
                "Díaz-Canel",
                "NICOLÁS",
                "Łódź",
                "Straße",
                "Ærø",
                "Œuvre",
                "Đorđe",
                "İstanbul",
                "O’Brien",
                "Ǆemal",
                "ǅ",
                "ŉ",
                "ſ",
                "e\u{301}",
                "Å\u{30A}x",
            ]
            .map(String::from),
        );
        for s in &samples {
            let mut general = String::new();
            fold_decomposed(s, &mut general);
            assert_eq!(fold(s), general, "{s}");
        }
    }

    #[test]
    fn ascii_fold_matches_the_general_one() {
        for s in ["Lavrov", "O`Brien", "MCDONALD'S", "x-Y_z 9"] {
            let general: String = s.chars().flat_map(char::to_lowercase).collect();
            assert_eq!(fold(s), general.replace('`', "'"));
        }
    }

    /// The key as first written: the one-pass version must give the same.
    fn romanization_key_by_replacing(folded: &str) -> String {
        let mut s = folded
            .replace('x', "ks")
            .replace("kh", "h")
            .replace("yu", "iu")
            .replace("ya", "ia");
        if let Some(rest) = s.strip_prefix("ye") {
            s = format!("e{rest}");
        }
        for ending in ["iy", "yy", "ii", "ij", "yi"] {
            if let Some(stem) = s.strip_suffix(ending) {
                s = format!("{stem}y");
                break;
            }
        }
        if let Some(stem) = s.strip_suffix('y') {
            s = format!("{stem}i");
        }
        let mut out = String::new();
        let mut last = None;
        for c in s.chars() {
            if Some(c) != last {
                out.push(c);
            }
            last = Some(c);
        }
        out
    }

    #[test]
    fn romanization_key_is_the_replacing_one() {
        let lex = &*crate::lexicon::LEXICON;
        let odd = [
            "", "y", "ye", "yey", "yeiy", "yy", "ey", "kkh", "xh", "yya", "yeyu", "yi",
        ];
        let words = lex
            .words_in(crate::lexicon::GIVEN | crate::lexicon::SURNAMES)
            .chain(odd);
        for w in words {
            assert_eq!(romanization_key(w), romanization_key_by_replacing(w), "{w}");
        }
    }

    #[test]
    fn romanizations_agree() {
        for (a, b) in [
            ("sergei", "sergey"),
            ("dmitry", "dmitri"),
            ("zelensky", "zelenskyy"),
            ("zelensky", "zelenskiy"),
            ("natalya", "natalia"),
            ("yevgeny", "evgeni"),
            ("alexei", "aleksey"),
        ] {
            assert!(parts_agree(a, b), "{a} / {b}");
        }
        assert!(parts_agree("diaz-canal", "diaz-canel"));
        assert!(!parts_agree("raul", "fidel"));
        assert!(
            !parts_agree("mark", "mary"),
            "short parts need to match exactly"
        );
    }
}
