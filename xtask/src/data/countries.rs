//! `cargo xtask data countries`: generate `crates/gleaner-countries/data/countries.tsv` from the
//! `world-countries` npm package (the mledoze/countries data set, ODbL-1.0).
//!
//! The package is fetched with `npm pack` (the ordinary npm client) into `target/xtask-countries`
//! and unpacked with `tar`. The output has one `CODE<TAB>KIND<TAB>FORM` line per form, kinds
//! `display`, `name`, `alias`, `demonym` and `capital`. Only mechanical filtering happens here
//! (scripts, code-like spellings, inverted "X, Republic of" forms, ambiguous demonyms); every
//! judgement about English usage lives in the hand-written `extra.tsv` of the crate.

use anyhow::{Context, bail};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;

const PACKAGE: &str = "world-countries@5.1.0";
const OUTPUT: &str = "crates/gleaner-countries/data/countries.tsv";

/// Not sovereign in the data set but treated as states by news writers, so their capitals count.
const STATE_LIKE: &[&str] = &["XK", "PS", "TW", "VA"];

pub fn run(root: &Path) -> anyhow::Result<()> {
    let work = root.join("target/xtask-countries");
    std::fs::create_dir_all(&work)?;
    let status = Command::new("npm")
        .args(["pack", PACKAGE, "--pack-destination"])
        .arg(&work)
        .current_dir(&work)
        .status()
        .context("running npm pack")?;
    if !status.success() {
        bail!("npm pack {PACKAGE} failed");
    }
    let tarball = std::fs::read_dir(&work)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "tgz"))
        .context("no tarball after npm pack")?;
    let status = Command::new("tar")
        .arg("-xzf")
        .arg(&tarball)
        .current_dir(&work)
        .status()?;
    if !status.success() {
        bail!("tar failed on {}", tarball.display());
    }
    let json = std::fs::read_to_string(work.join("package/countries.json"))?;
    let countries: Vec<Value> = serde_json::from_str(&json)?;
    let out = render(&countries)?;
    std::fs::write(root.join(OUTPUT), out)?;
    eprintln!("wrote {OUTPUT} from {} countries", countries.len());
    Ok(())
}

fn text(v: &Value, path: &[&str]) -> String {
    let mut cur = v;
    for key in path {
        cur = &cur[*key];
    }
    cur.as_str().unwrap_or("").trim().to_string()
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|s| s.as_str())
                .map(|s| s.trim().to_string())
                .collect()
        })
        .unwrap_or_default()
}

/// Latin letters (with accents), spaces, apostrophes, hyphens and dots only.
fn is_latin(form: &str) -> bool {
    form.chars().all(|c| {
        c.is_ascii_alphanumeric()
            || matches!(c, ' ' | '\'' | '-' | '.' | '&' | '\u{2019}')
            || (c.is_alphabetic() && ('\u{00C0}'..='\u{024F}').contains(&c))
    })
}

/// Fold the accented Latin letters news text often drops ("Türkiye" -> "Turkiye").
fn ascii_fold(form: &str) -> String {
    form.chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' | 'ă' => 'a',
            'Á' | 'À' | 'Â' | 'Ä' | 'Ã' | 'Å' | 'Ā' => 'A',
            'é' | 'è' | 'ê' | 'ë' | 'ē' => 'e',
            'É' | 'È' | 'Ê' | 'Ë' => 'E',
            'í' | 'ì' | 'î' | 'ï' | 'ī' | 'ı' => 'i',
            'Í' | 'Î' => 'I',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ō' => 'o',
            'Ó' | 'Ö' => 'O',
            'ú' | 'ù' | 'û' | 'ü' | 'ū' => 'u',
            'Ú' | 'Ü' => 'U',
            'ç' => 'c',
            'Ç' => 'C',
            'ñ' => 'n',
            'ș' | 'ş' => 's',
            'Ș' | 'Ş' => 'S',
            'ț' | 'ţ' => 't',
            '\u{2019}' => '\'',
            c => c,
        })
        .collect()
}

/// Plural noun of a demonym ("Russian" -> "Russians"); none for forms that do not inflect
/// ("Chinese", "British", "French", "Swiss").
fn plural(demonym: &str) -> Option<String> {
    let lower = demonym.to_lowercase();
    let invariant = ["ese", "ish", "ss", "sh", "y", "tu", "ti"];
    if invariant.iter().any(|e| lower.ends_with(e))
        || (lower.ends_with("ch") && !lower.ends_with("czech"))
        || lower.ends_with("s")
        || lower.ends_with("x")
    {
        return None;
    }
    Some(format!("{demonym}s"))
}

fn render(countries: &[Value]) -> anyhow::Result<String> {
    // form -> kind -> codes, to find demonyms shared by several countries.
    let mut demonym_codes: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut independent: BTreeSet<String> = BTreeSet::new();
    let mut rows: Vec<(String, &'static str, String)> = Vec::new();
    for c in countries {
        let code = text(c, &["cca2"]);
        if code.len() != 2 {
            continue;
        }
        let sovereign = c["independent"].as_bool() == Some(true) || STATE_LIKE.contains(&&*code);
        if sovereign {
            independent.insert(code.clone());
        }
        rows.push((code.clone(), "display", text(c, &["name", "common"])));
        let mut names = vec![text(c, &["name", "common"]), text(c, &["name", "official"])];
        names.retain(|n| !n.is_empty() && is_latin(n));
        for name in names {
            rows.push((code.clone(), "name", name));
        }
        for alias in strings(&c["altSpellings"]) {
            let code_like = alias.chars().all(|ch| ch.is_ascii_uppercase()) && alias.len() <= 2;
            if code_like || alias == code || alias.contains(',') || !is_latin(&alias) {
                continue;
            }
            rows.push((code.clone(), "alias", alias));
        }
        if sovereign {
            for capital in strings(&c["capital"]) {
                if is_latin(&capital) {
                    rows.push((code.clone(), "capital", capital));
                }
            }
        }
        for gender in ["m", "f"] {
            let raw = text(c, &["demonyms", "eng", gender]);
            for part in raw.split(", ").flat_map(|p| p.split(" or ")) {
                let part = part.trim();
                if part.is_empty() || !is_latin(part) {
                    continue;
                }
                demonym_codes
                    .entry(part.to_string())
                    .or_default()
                    .insert(code.clone());
            }
        }
    }
    let mut ambiguous = Vec::new();
    for (form, codes) in &demonym_codes {
        let sovereign: Vec<&String> = codes.iter().filter(|c| independent.contains(*c)).collect();
        let chosen: Vec<&String> = if sovereign.is_empty() {
            codes.iter().collect()
        } else {
            sovereign
        };
        if chosen.len() != 1 {
            let all: Vec<&str> = chosen.iter().map(|s| s.as_str()).collect();
            ambiguous.push(format!("{form} {}", all.join(" ")));
            continue;
        }
        let code = chosen[0].clone();
        rows.push((code.clone(), "demonym", form.clone()));
        if let Some(p) = plural(form) {
            rows.push((code, "demonym", p));
        }
    }
    // Accent-free spellings of every form.
    let folded: Vec<_> = rows
        .iter()
        .filter(|(_, kind, form)| *kind != "display" && ascii_fold(form) != *form)
        .map(|(code, kind, form)| (code.clone(), *kind, ascii_fold(form)))
        .collect();
    rows.extend(folded);
    let mut seen = BTreeSet::new();
    rows.retain(|r| seen.insert(r.clone()));
    rows.sort_by(|a, b| {
        a.0.cmp(&b.0)
            .then_with(|| kind_rank(a.1).cmp(&kind_rank(b.1)))
    });

    let mut out = String::new();
    out.push_str(
        "# Generated by `cargo xtask data countries` from the npm package world-countries 5.1.0\n\
         # (mledoze/countries, ODbL-1.0). Do not edit: put corrections in extra.tsv. See DATA.md.\n\
         # CODE\tKIND\tFORM\n",
    );
    for form in &ambiguous {
        let _ = writeln!(
            out,
            "# demonym shared by several states, left to extra.tsv: {form}"
        );
    }
    for (code, kind, form) in rows {
        let _ = writeln!(out, "{code}\t{kind}\t{form}");
    }
    Ok(out)
}

fn kind_rank(kind: &str) -> u8 {
    match kind {
        "display" => 0,
        "name" => 1,
        "alias" => 2,
        "demonym" => 3,
        _ => 4,
    }
}
