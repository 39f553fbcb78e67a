//! The country lexicon: every form (name, alias, demonym, capital, metonym, compound prefix,
//! blocked phrase) in one Aho-Corasick automaton, built once from the data files.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use gleaner_core::CountryVia;
use gleaner_core::text::normalize_char;
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::LazyLock;

const GENERATED: &str = include_str!("../data/countries.tsv");
const EXTRA: &str = include_str!("../data/extra.tsv");
const NOT_COUNTRIES: &str = include_str!("../data/not_countries.txt");
const CONTEXT: &str = include_str!("../data/context.txt");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormKind {
    /// Refers to a country.
    Country(CountryVia),
    /// A compound prefix ("Sino-"): counts only before a hyphen.
    Prefix,
    /// A phrase that is not a country although it contains one ("New Mexico").
    Block,
}

#[derive(Debug, Clone)]
pub struct Form {
    /// The form as written in the data, normalized like the text (straight apostrophes).
    pub pattern: String,
    /// Candidate codes; more than one when the document must decide ("Congo").
    pub codes: Vec<&'static str>,
    pub kind: FormKind,
    /// Bytes at the start of the pattern that are context, not mention ("the " of "the States").
    pub lead: usize,
}

pub struct Lexicon {
    pub forms: Vec<Form>,
    pub automaton: AhoCorasick,
    display: FxHashMap<&'static str, &'static str>,
    lists: FxHashMap<&'static str, FxHashSet<&'static str>>,
}

impl Lexicon {
    pub fn display_name(&self, code: &str) -> String {
        self.display
            .get(code)
            .map_or_else(|| code.to_string(), |n| n.to_string())
    }

    /// Whether `word` is in the context list `name` of `data/context.txt`.
    pub fn in_list(&self, name: &str, word: &str) -> bool {
        self.lists.get(name).is_some_and(|l| l.contains(word))
    }

    pub fn list(&self, name: &str) -> impl Iterator<Item = &'static str> + '_ {
        self.lists
            .get(name)
            .into_iter()
            .flat_map(|l| l.iter().copied())
    }
}

pub static LEXICON: LazyLock<Lexicon> = LazyLock::new(build);

fn normalize(form: &str) -> String {
    form.chars().map(normalize_char).collect()
}

fn via_of(kind: &str) -> Option<FormKind> {
    Some(match kind {
        "name" => FormKind::Country(CountryVia::Name),
        "alias" => FormKind::Country(CountryVia::Alias),
        "demonym" => FormKind::Country(CountryVia::Demonym),
        "capital" => FormKind::Country(CountryVia::Capital),
        "metonym" => FormKind::Country(CountryVia::Metonym),
        "prefix" => FormKind::Prefix,
        _ => return None,
    })
}

fn rows(data: &'static str) -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
    data.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let mut parts = l.splitn(3, '\t');
            Some((
                parts.next()?.trim(),
                parts.next()?.trim(),
                parts.next()?.trim(),
            ))
        })
}

fn build() -> Lexicon {
    let mut forms: Vec<Form> = Vec::new();
    // Lowercased form -> index in `forms`: the first definition of a form wins, so blocked
    // phrases beat hand-written forms, which beat generated ones.
    let mut seen: FxHashMap<String, usize> = FxHashMap::default();
    let mut display: FxHashMap<&'static str, &'static str> = FxHashMap::default();
    let mut push = |forms: &mut Vec<Form>, pattern: String, codes: Vec<&'static str>, kind| {
        let key = pattern.to_lowercase();
        if let Some(&i) = seen.get(&key) {
            // Keep the least capitalized spelling: the case check accepts more capitals.
            if let Some(existing) = forms.get_mut(i)
                && existing.codes == codes
                && existing.kind == kind
                && uppercase_count(&pattern) < uppercase_count(&existing.pattern)
            {
                existing.pattern = pattern;
            }
            return;
        }
        let lead = if pattern.starts_with("the ") { 4 } else { 0 };
        seen.insert(key, forms.len());
        forms.push(Form {
            pattern,
            codes,
            kind,
            lead,
        });
    };

    for line in NOT_COUNTRIES.lines().map(str::trim) {
        if !line.is_empty() && !line.starts_with('#') {
            push(&mut forms, normalize(line), Vec::new(), FormKind::Block);
        }
    }
    let mut dropped: FxHashSet<String> = FxHashSet::default();
    for (codes, kind, form) in rows(EXTRA) {
        match kind {
            "drop" => {
                dropped.insert(normalize(form).to_lowercase());
            }
            "display" => {
                display.insert(codes, form);
            }
            _ => {
                if let Some(k) = via_of(kind) {
                    push(&mut forms, normalize(form), codes.split('|').collect(), k);
                }
            }
        }
    }
    for (code, kind, form) in rows(GENERATED) {
        if kind == "display" {
            display.entry(code).or_insert(form);
            continue;
        }
        let pattern = normalize(form);
        if dropped.contains(&pattern.to_lowercase()) {
            continue;
        }
        if let Some(k) = via_of(kind) {
            push(&mut forms, pattern, vec![code], k);
        }
    }

    let automaton = AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::Standard)
        .build(forms.iter().map(|f| f.pattern.as_str()))
        // Static data of a few thousand short patterns: a failure is a build-time bug.
        .expect("the country automaton builds from the bundled data");

    let mut lists: FxHashMap<&'static str, FxHashSet<&'static str>> = FxHashMap::default();
    let mut current: Option<&'static str> = None;
    for line in CONTEXT.lines().map(str::trim) {
        if let Some(name) = line.strip_prefix("## ") {
            current = Some(name.trim());
        } else if !line.is_empty()
            && !line.starts_with('#')
            && let Some(name) = current
        {
            lists.entry(name).or_default().insert(line);
        }
    }
    Lexicon {
        forms,
        automaton,
        display,
        lists,
    }
}

fn uppercase_count(s: &str) -> usize {
    s.chars().filter(|c| c.is_uppercase()).count()
}
