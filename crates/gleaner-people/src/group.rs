//! Grouping of name forms into people: which forms can name the same person.

use crate::fold::{romanization_key, romanization_key_into, within_one_edit};
use rustc_hash::FxHashSet;

/// One part of a name form, folded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamePart {
    pub folded: String,
    pub kind: PartKind,
    /// [`romanization_key`] of `folded`, computed once.
    key: String,
    /// Characters in `key`.
    key_chars: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartKind {
    Name,
    /// "J." or "T" of "T.O'Gorman".
    Initial,
    /// "da", "van", "bin".
    Particle,
    /// "Jr.", "III".
    Suffix,
}

impl NamePart {
    pub fn new(folded: impl Into<String>, kind: PartKind) -> Self {
        let folded = folded.into();
        let key = romanization_key(&folded);
        let key_chars = key.chars().count();
        NamePart {
            folded,
            kind,
            key,
            key_chars,
        }
    }
}

impl AsRef<NamePart> for NamePart {
    fn as_ref(&self) -> &NamePart {
        self
    }
}

fn agree(a: &NamePart, b: &NamePart) -> bool {
    match (a.kind, b.kind) {
        (PartKind::Initial, PartKind::Initial) => {
            a.folded.chars().next() == b.folded.chars().next()
        }
        (PartKind::Initial, _) => b.folded.starts_with(a.folded.trim_end_matches('.')),
        (_, PartKind::Initial) => a.folded.starts_with(b.folded.trim_end_matches('.')),
        _ => keys_agree(a, b),
    }
}

/// Same name up to romanization, or one typo apart in a long part ("diaz-canal" / "diaz-canel").
fn keys_agree(a: &NamePart, b: &NamePart) -> bool {
    if a.folded == b.folded || a.key == b.key {
        return true;
    }
    let long = a.key_chars >= 7 && b.key_chars >= 7;
    long && within_one_edit(&a.key, &b.key)
}

fn name_count<P: AsRef<NamePart>>(parts: &[P]) -> usize {
    parts
        .iter()
        .filter(|p| p.as_ref().kind == PartKind::Name)
        .count()
}

/// The parts of every form seen so far, to rule out cheaply a form that can be the same person
/// as none of them: [`same_person`] needs the first or last part of one form to agree with a part
/// of the other.
#[derive(Default)]
pub struct KnownParts {
    keys: FxHashSet<String>,
    /// Keys of seven characters or more, which also agree one typo apart, with their length in
    /// characters.
    long_keys: Vec<(String, usize)>,
    /// Initials without their period, which agree with names they start.
    initials: Vec<String>,
}

impl KnownParts {
    pub fn add(&mut self, parts: &[NamePart]) {
        for p in parts {
            if p.kind == PartKind::Initial {
                let letter = p.folded.trim_end_matches('.');
                if !self.initials.iter().any(|i| i == letter) {
                    self.initials.push(letter.to_string());
                }
            } else if !self.keys.contains(&p.key) {
                self.keys.insert(p.key.clone());
                if p.key_chars >= 7 {
                    self.long_keys.push((p.key.clone(), p.key_chars));
                }
            }
        }
    }

    /// False only when [`same_person`] of `parts` and any added form is false.
    pub fn could_match(&self, parts: &[NamePart]) -> bool {
        let mut core = parts.iter().filter(|p| p.kind != PartKind::Suffix);
        let Some(first) = core.next() else {
            return false;
        };
        let last = core.next_back().unwrap_or(first);
        self.agrees_with_some(first) || self.agrees_with_some(last)
    }

    fn agrees_with_some(&self, part: &NamePart) -> bool {
        self.agree_with_some(&part.folded, part.kind, &part.key, part.key_chars)
    }

    /// Whether a part that would be `NamePart::new(folded, kind)` agrees with a known part;
    /// `key` is scratch space.
    pub fn part_agrees_with_some(&self, folded: &str, kind: PartKind, key: &mut String) -> bool {
        romanization_key_into(folded, key);
        self.agree_with_some(folded, kind, key, key.chars().count())
    }

    fn agree_with_some(&self, folded: &str, kind: PartKind, key: &str, key_chars: usize) -> bool {
        if kind == PartKind::Initial {
            return true;
        }
        self.keys.contains(key)
            || key_chars >= 7
                && self.long_keys.iter().any(|(known, chars)| {
                    chars.abs_diff(key_chars) <= 1 && within_one_edit(known, key)
                })
            || self.initials.iter().any(|i| folded.starts_with(i.as_str()))
    }
}

/// Whether `a` and `b` can be two forms of one person's name: equal up to spelling, a surname
/// form ("Lavrov", "Lopez Alvarado", "da Silva") or first-name form ("Lula") of the other,
/// initials for given names ("P. Simmons"), or middle names left out.
pub fn same_person(a: &[NamePart], b: &[NamePart]) -> bool {
    let has_suffix = |parts: &[NamePart]| parts.iter().any(|p| p.kind == PartKind::Suffix);
    if !has_suffix(a) && !has_suffix(b) {
        return same_core(a, b);
    }
    same_core(&core(a), &core(b))
}

/// The parts that identify: without suffixes.
fn core(parts: &[NamePart]) -> Vec<&NamePart> {
    parts
        .iter()
        .filter(|p| p.kind != PartKind::Suffix)
        .collect()
}

/// [`same_person`] on forms without suffixes.
fn same_core<P: AsRef<NamePart>>(a: &[P], b: &[P]) -> bool {
    let (long, short) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let (Some(short_last), Some(long_last)) = (short.last(), long.last()) else {
        return false;
    };
    let (short_last, long_last) = (short_last.as_ref(), long_last.as_ref());
    if name_count(short) == 0 || name_count(long) == 0 {
        return false;
    }
    if short.len() == long.len() {
        return short
            .iter()
            .zip(long)
            .all(|(s, l)| agree(s.as_ref(), l.as_ref()))
            && short_last.kind == PartKind::Name
            && long_last.kind == PartKind::Name;
    }
    // A surname form: the tail of the long form.
    let tail = &long[long.len() - short.len()..];
    if short
        .first()
        .is_some_and(|p| p.as_ref().kind != PartKind::Initial)
        && short
            .iter()
            .zip(tail)
            .all(|(s, l)| agree(s.as_ref(), l.as_ref()))
    {
        return true;
    }
    // A first-name form: the head of a name of two or more parts.
    if short.len() == 1 {
        return long
            .first()
            .is_some_and(|l| l.as_ref().kind == PartKind::Name && agree(short_last, l.as_ref()))
            && short_last.kind == PartKind::Name
            && name_count(long) >= 2;
    }
    // Middle names or particles left out: first and last parts agree.
    let (Some(short_first), Some(long_first)) = (short.first(), long.first()) else {
        return false;
    };
    agree(short_first.as_ref(), long_first.as_ref())
        && agree(short_last, long_last)
        && short_last.kind == PartKind::Name
        && short.len() == 2
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(s: &str) -> Vec<NamePart> {
        s.split(' ')
            .map(|w| {
                let kind = if w.len() == 2 && w.ends_with('.') {
                    PartKind::Initial
                } else if w.chars().next().is_some_and(char::is_lowercase) {
                    PartKind::Particle
                } else if w == "Jr." {
                    PartKind::Suffix
                } else {
                    PartKind::Name
                };
                NamePart::new(crate::fold::fold(w), kind)
            })
            .collect()
    }

    fn same(a: &str, b: &str) -> bool {
        same_person(&form(a), &form(b))
    }

    #[test]
    fn surname_and_first_name_forms_join() {
        assert!(same("Sergei Lavrov", "Lavrov"));
        assert!(same("Carlos Manuel Lopez Alvarado", "Lopez Alvarado"));
        assert!(same("Lula da Silva", "Lula"));
        assert!(same("Lula da Silva", "da Silva"));
        assert!(same("Luiz Inácio Lula da Silva", "Lula da Silva"));
        assert!(same("Kim Jong Un", "Kim"));
        assert!(same("Ken Griffey Jr.", "Griffey"));
    }

    #[test]
    fn spelling_variants_join() {
        assert!(same("Sergei Lavrov", "Sergey Lavrov"));
        assert!(same("Miguel Díaz-Canel", "Miguel Diaz-Canal"));
        assert!(same("Díaz-Canel", "Diaz-Canel"));
        assert!(same("Díaz-Canel", "Diaz-Canal"));
        assert!(same("Nicolás Maduro", "Nicolas Maduro"));
        assert!(same("Phil Simmons", "P. Simmons"));
        assert!(same("Carlos Manuel Lopez Alvarado", "Carlos Alvarado"));
    }

    #[test]
    fn different_people_stay_apart() {
        assert!(!same("Raul Castro", "Fidel Castro"));
        assert!(!same("Sergei Lavrov", "Sergei Ryabkov"));
        assert!(!same("Mark Waugh", "Steve Waugh"));
        assert!(!same("Phil Simmons", "J. Simmons"));
        assert!(!same("Lula da Silva", "Silva Lula"));
        assert!(!same("Joe Biden", "Jill Biden"));
        assert!(!same("Lavrov", "Ortega"));
    }
}
