//! "Did you mean": the names nearest to a misspelt one, for every message that refuses a
//! name (a check id, a finding code, a config key).

use crate::i18n::Lang;

/// "did you mean `x`?" for the candidates closest to `input`, or None when none is close.
pub fn did_you_mean<'a>(
    input: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<String> {
    did_you_mean_in(Lang::En, input, candidates)
}

/// [`did_you_mean`] in `lang`.
pub fn did_you_mean_in<'a>(
    lang: Lang,
    input: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<String> {
    let close = closest(input, candidates);
    (!close.is_empty()).then(|| phrase_in(lang, &close))
}

/// "Did you mean `a`?", or "Did you mean `a`, `b` or `c`?"; empty for no names.
pub fn phrase<S: AsRef<str>>(names: &[S]) -> String {
    phrase_in(Lang::En, names)
}

/// [`phrase`] in `lang`.
pub fn phrase_in<S: AsRef<str>>(lang: Lang, names: &[S]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{}`", n.as_ref())).collect();
    match quoted.split_last() {
        Some((last, [])) => crate::tr!(lang, "suggest-one", name = last.as_str()),
        Some((last, rest)) => crate::tr!(
            lang,
            "suggest-many",
            names = rest.join(", "),
            last = last.as_str()
        ),
        None => String::new(),
    }
}

/// The candidates nearest to `input` (at most three, best first): within a small edit
/// distance (a third of the input's length, at least one edit, at most three), or starting
/// with an input of three characters or more (`pix` names `pix-key`). Case is ignored.
pub fn closest<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let input = input.trim().to_lowercase();
    let limit = (input.chars().count() / 3).clamp(1, 3);
    let mut scored: Vec<(usize, &'a str)> = candidates
        .into_iter()
        .filter_map(|c| {
            let lower = c.to_lowercase();
            let d = edit_distance(&input, &lower);
            if d <= limit {
                Some((d, c))
            } else if input.chars().count() >= 3 && lower.starts_with(&input) {
                Some((limit + 1, c))
            } else {
                None
            }
        })
        .collect();
    scored.sort_by_key(|(d, _)| *d);
    let Some(&(best, _)) = scored.first() else {
        return Vec::new();
    };
    let mut out: Vec<&'a str> = Vec::new();
    for (d, c) in scored {
        if d == best && !out.contains(&c) && out.len() < 3 {
            out.push(c);
        }
    }
    out
}

/// Levenshtein distance where swapping two neighbours counts as one edit (optimal string
/// alignment), since `checkout-tsl` is one slip, not two.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // Three rows: the one before the previous is needed for transpositions.
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur: Vec<usize> = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(before[j - 2] + 1);
            }
            cur[j] = d;
        }
        std::mem::swap(&mut before, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_counts_a_swap_as_one() {
        assert_eq!(edit_distance("checkout-tsl", "checkout-tls"), 1);
        assert_eq!(edit_distance("credential", "credentials"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("abc", ""), 3);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("same", "same"), 0);
    }

    #[test]
    fn closest_finds_slips_and_prefixes_but_not_strangers() {
        let ids = vec![
            "credentials",
            "checkout-tls",
            "checkout-page",
            "pix-key",
            "notifications",
        ];
        assert_eq!(closest("checkout-tsl", ids.clone()), ["checkout-tls"]);
        assert_eq!(closest("CREDENTIALS", ids.clone()), ["credentials"]);
        assert_eq!(closest("pix", ids.clone()), ["pix-key"]);
        assert_eq!(
            closest("checkout", ids.clone()),
            ["checkout-tls", "checkout-page"]
        );
        assert!(closest("nope", ids.clone()).is_empty());
        assert!(closest("", ids).is_empty());
    }
}
