//! Which checks run, with what: `--only`/`--skip` and each `[checks.<id>]` table validated
//! against the registry, every error collected, before any network call. The config layer
//! hands the tables over as given; it knows no checks.

use std::sync::Arc;

use super::{ALL, AnyOptions, Check, OptionKind, find, ids};
use crate::config::{CheckTables, ConfigError};
use crate::i18n::Lang;
use crate::suggest::did_you_mean_in;
use crate::tr;

/// A check chosen for this run, with its config applied.
#[derive(Clone)]
pub struct SelectedCheck {
    /// The check.
    pub check: &'static dyn Check,
    /// `[checks.<id>] enabled`; a disabled check is reported as `skip`.
    pub enabled: bool,
    /// `[checks.<id>] required`, when set; otherwise the check's default applies.
    pub required: Option<bool>,
    /// The check's own options, parsed once into its typed options ([`Check::options`]).
    pub options: AnyOptions,
}

impl std::fmt::Debug for SelectedCheck {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SelectedCheck")
            .field("id", &self.check.meta().id)
            .field("enabled", &self.enabled)
            .field("required", &self.required)
            .finish()
    }
}

/// The message for an unknown check id given to `--only`, `--skip` or a `[checks.<id>]`
/// table (the caller puts the flag or key in front).
pub fn unknown_check(id: &str) -> String {
    unknown_check_in(Lang::En, id)
}

fn unknown_check_in(lang: Lang, id: &str) -> String {
    let hint = did_you_mean_in(lang, id, ids()).map_or_else(String::new, |h| format!(" {h}"));
    tr!(
        lang,
        "config-unknown-check",
        id = id,
        hint = hint,
        known = ids().join(", ")
    )
}

/// The checks of this run in registry order, or every error of the selection and of the
/// tables (each names the flag or the `[checks.<id>]` key).
pub fn select(given: &CheckTables) -> Result<Vec<SelectedCheck>, Vec<ConfigError>> {
    let lang = given.lang;
    let mut errors = Vec::new();
    let mut known = |ids: &[String], flag: &str| {
        for id in ids.iter().filter(|id| find(id).is_none()) {
            errors.push(ConfigError(format!(
                "--{flag}: {}",
                unknown_check_in(lang, id)
            )));
        }
    };
    let only = given.only.as_deref().unwrap_or_default();
    known(only, "only");
    known(&given.skip, "skip");
    if given.only.as_ref().is_some_and(Vec::is_empty) {
        errors.push(ConfigError(tr!(lang, "config-only-empty")));
    }

    let mut tables = std::collections::BTreeMap::new();
    for (id, table) in &given.tables {
        let Some(check) = find(id) else {
            errors.push(ConfigError(format!(
                "[checks.{id}]: {}",
                unknown_check_in(lang, id)
            )));
            continue;
        };
        match validate_table(lang, check, table.clone()) {
            Ok(t) => {
                tables.insert(check.meta().id, t);
            }
            Err(e) => errors.extend(e),
        }
    }

    let mut selected = Vec::new();
    for check in ALL {
        let id = check.meta().id;
        if (!only.is_empty() && !only.iter().any(|o| o == id)) || given.skip.iter().any(|s| s == id)
        {
            continue;
        }
        let (enabled, required, options) = match tables.remove(id) {
            Some(t) => t,
            None => match check.options(&toml::Table::new(), lang) {
                Ok(options) => (true, None, options),
                Err(e) => {
                    errors.push(ConfigError(format!("[checks.{id}] {e}")));
                    continue;
                }
            },
        };
        selected.push(SelectedCheck {
            check: *check,
            enabled,
            required,
            options,
        });
    }
    if selected.is_empty() && errors.is_empty() {
        errors.push(ConfigError(tr!(lang, "config-nothing-left")));
    }
    if errors.is_empty() {
        Ok(selected)
    } else {
        Err(errors)
    }
}

/// One `[checks.<id>]` table: `enabled`, `required`, then every key of the check's own,
/// each wrong key reported.
fn validate_table(
    lang: Lang,
    check: &'static dyn Check,
    mut table: toml::Table,
) -> Result<(bool, Option<bool>, AnyOptions), Vec<ConfigError>> {
    let meta = check.meta();
    let id = meta.id;
    let mut errors = Vec::new();
    let mut flag = |key: &str| match table.remove(key) {
        None => None,
        Some(toml::Value::Boolean(b)) => Some(b),
        Some(other) => {
            errors.push(ConfigError(tr!(
                lang,
                "config-expected-bool",
                id = id,
                key = key,
                value = other.to_string()
            )));
            None
        }
    };
    let enabled = flag("enabled").unwrap_or(true);
    let required = flag("required");
    for (key, value) in &table {
        let Some(opt) = meta.options.iter().find(|o| o.key == key) else {
            let mut keys: Vec<&str> = vec!["enabled", "required"];
            keys.extend(meta.options.iter().map(|o| o.key));
            let hint = did_you_mean_in(lang, key, keys.iter().copied())
                .map_or_else(String::new, |h| format!(" {h}"));
            errors.push(ConfigError(tr!(
                lang,
                "config-unknown-key",
                id = id,
                key = key.as_str(),
                keys = keys.join(", "),
                hint = hint
            )));
            continue;
        };
        if let Err(expected) = opt.kind.accepts(value) {
            errors.push(ConfigError(tr!(
                lang,
                "config-expected-type",
                id = id,
                key = key.as_str(),
                expected = tr!(lang, expected),
                value = value.to_string()
            )));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    match check.options(&table, lang) {
        Ok(options) => Ok((enabled, required, options)),
        Err(e) => Err(vec![ConfigError(format!("[checks.{id}] {e}"))]),
    }
}

impl OptionKind {
    /// Whether `value` has this type, or the message id of what was expected instead.
    fn accepts(self, value: &toml::Value) -> Result<(), &'static str> {
        let (ok, expected) = match self {
            OptionKind::Integer => (
                matches!(value, toml::Value::Integer(i) if *i >= 0),
                "config-type-integer",
            ),
            OptionKind::Port => (
                matches!(value, toml::Value::Integer(i) if (1..=65535).contains(i)),
                "config-type-port",
            ),
            OptionKind::Bool => (value.is_bool(), "config-type-bool"),
            OptionKind::String => (value.is_str(), "config-type-string"),
            OptionKind::StringList => (
                value
                    .as_array()
                    .is_some_and(|a| a.iter().all(toml::Value::is_str)),
                "config-type-list",
            ),
        };
        if ok { Ok(()) } else { Err(expected) }
    }
}

/// The options of the check `id` among `selected`, as its type `T`.
/// [`CheckOptions::before_check`](super::CheckOptions::before_check) of every enabled check
/// (a check turned off reads nothing, so its options cannot stop the run): the first
/// refusal.
pub fn before_check(selected: &[SelectedCheck], lang: Lang) -> Result<(), String> {
    selected
        .iter()
        .filter(|c| c.enabled)
        .try_for_each(|c| c.check.before_check(&c.options, lang))
}

pub(super) fn options_in<T: Send + Sync + 'static>(
    selected: &[SelectedCheck],
    id: &str,
) -> Option<Arc<T>> {
    selected
        .iter()
        .find(|c| c.check.meta().id == id)
        .and_then(|c| c.options.clone().downcast::<T>().ok())
}
