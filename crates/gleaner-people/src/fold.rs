//! Folding of name forms for comparison: accents off, lowercase, transliteration variants joined.

use unicode_normalization::UnicodeNormalization;

/// Lowercase without diacritics, with curly apostrophes and dashes made plain: "Díaz-Canel" ->
/// "diaz-canel", "O’Brien" -> "o'brien".
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
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
    out
}

fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}')
}

/// A folded name part brought to one spelling of its common romanizations, so that "Sergei" and
/// "Sergey", "Dmitry" and "Dmitri", "Zelensky" and "Zelenskyy", "Natalya" and "Natalia" agree.
pub fn romanization_key(folded: &str) -> String {
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
    // Doubled letters are often single in another romanization ("Gennady" / "Genady").
    let mut out = String::with_capacity(s.len());
    let mut last = None;
    for c in s.chars() {
        if Some(c) != last {
            out.push(c);
        }
        last = Some(c);
    }
    out
}

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
    long && edit_distance_within(&ka, &kb, 1) <= 1
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
