//! Reference lists managed by platform admins (SPEC §4.12): the DDaT roles and skills, the
//! LGSL services and the capabilities a service needs. Entries can be added, changed and
//! retired; a retired entry is offered nowhere, while every record that names it keeps it.

use crate::errors::ValidationErrors;
use crate::text::{multi_line, single_line, with_keys};

/// A list a platform admin manages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum List {
    Roles,
    Skills,
    Services,
    Capabilities,
}

string_enum!(List, "error-reference-list", {
    List::Roles => "roles",
    List::Skills => "skills",
    List::Services => "services",
    List::Capabilities => "capabilities",
});

impl List {
    pub const ALL: [List; 4] = [List::Roles, List::Skills, List::Services, List::Capabilities];

    pub fn table(self) -> &'static str {
        match self {
            List::Roles => "ddat_roles",
            List::Skills => "ddat_skills",
            List::Services => "lgsl_services",
            List::Capabilities => "capabilities",
        }
    }

    pub fn name_column(self) -> &'static str {
        match self {
            List::Roles | List::Skills => "name",
            List::Services | List::Capabilities => "label",
        }
    }

    /// What the list shows beside a name: a role's family, anything else's description.
    pub fn detail_column(self) -> &'static str {
        match self {
            List::Roles => "family",
            _ => "description",
        }
    }

    /// The shipped services and capabilities keep their lists' own numbers (LGSL and esd
    /// identifiers), so entries added here take numbers from `FIRST_LOCAL_ID`, where no
    /// later edition of those lists can reach. Roles and skills are numbered by the
    /// database, as the framework gives them no numbers.
    pub fn numbered_here(self) -> bool {
        matches!(self, List::Services | List::Capabilities)
    }
}

/// The first number of a service or capability added here.
pub const FIRST_LOCAL_ID: i64 = 100_000;

/// The number for the next service or capability added here, given the highest in use.
pub fn next_local_id(highest: Option<i64>) -> i64 {
    highest.map_or(FIRST_LOCAL_ID, |h| (h + 1).max(FIRST_LOCAL_ID))
}

pub const NAME_MAX_CHARS: usize = 150;
pub const DESCRIPTION_MAX_CHARS: usize = 2000;
pub const FAMILY_MAX_CHARS: usize = 80;

/// An entry's name: required, one line.
pub fn read_name(input: &str) -> Result<String, ValidationErrors> {
    with_keys(
        single_line(input, NAME_MAX_CHARS),
        "error-reference-name",
        "error-reference-name-too-long",
    )
    .map_err(|key| ValidationErrors::single("name", key))
}

/// What a role's family is called: required, one line.
pub fn read_family(input: &str) -> Result<String, ValidationErrors> {
    with_keys(
        single_line(input, FAMILY_MAX_CHARS),
        "error-reference-family",
        "error-reference-family-too-long",
    )
    .map_err(|key| ValidationErrors::single("detail", key))
}

/// A description: may be left empty, several lines allowed.
pub fn read_description(input: &str) -> Result<String, ValidationErrors> {
    if input.trim().is_empty() {
        return Ok(String::new());
    }
    with_keys(
        multi_line(input, DESCRIPTION_MAX_CHARS),
        "error-reference-description",
        "error-reference-description-too-long",
    )
    .map_err(|key| ValidationErrors::single("detail", key))
}

/// What beside the name an entry of `list` holds, read as typed.
pub fn read_detail(list: List, input: &str) -> Result<String, ValidationErrors> {
    match list {
        List::Roles => read_family(input),
        _ => read_description(input),
    }
}

/// Whether an entry's name may change. The framework's own roles and skills are matched by
/// name whenever the framework's files are loaded again, so their names stay as the
/// framework gives them; those added here, and services and capabilities (matched by
/// number), may be renamed.
pub fn may_rename(list: List, added_here: bool) -> Result<(), &'static str> {
    match list {
        List::Roles | List::Skills if !added_here => Err("error-reference-framework-name"),
        _ => Ok(()),
    }
}

/// The seniority bands of the DDaT framework, from trainee (1) to chief (8).
pub const BANDS: std::ops::RangeInclusive<i64> = 1..=8;

/// The levels typed for a role, one name per band (empty for a band the role does not
/// have), given the bands it already has. A new role needs at least one level.
pub fn read_levels(
    typed: &[(i64, &str)],
    held_bands: &[i64],
    new_role: bool,
) -> Result<Vec<(i64, String)>, ValidationErrors> {
    let mut errors = ValidationErrors::default();
    let mut levels = Vec::new();
    for &(band, name) in typed {
        if name.trim().is_empty() {
            continue;
        }
        let field = format!("level-{band}");
        if !BANDS.contains(&band) || held_bands.contains(&band) {
            errors.push(field, "error-reference-level-band");
            continue;
        }
        let name = with_keys(
            single_line(name, NAME_MAX_CHARS),
            "error-reference-level",
            "error-reference-name-too-long",
        );
        if let Some(name) = errors.check(&field, name) {
            levels.push((band, name));
        }
    }
    if new_role && levels.is_empty() && errors.is_empty() {
        errors.push("level-1", "error-reference-levels-none");
    }
    errors.into_result().map(|()| levels)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_reads_back_and_names_its_table() {
        for list in List::ALL {
            assert_eq!(list.as_str().parse::<List>(), Ok(list));
            assert!(!list.table().is_empty());
        }
        assert!("components".parse::<List>().is_err());
    }

    #[test]
    fn numbers_added_here_start_beyond_the_shipped_lists() {
        assert_eq!(next_local_id(None), FIRST_LOCAL_ID);
        assert_eq!(next_local_id(Some(1828)), FIRST_LOCAL_ID);
        assert_eq!(next_local_id(Some(FIRST_LOCAL_ID - 1)), FIRST_LOCAL_ID);
        assert_eq!(next_local_id(Some(FIRST_LOCAL_ID)), FIRST_LOCAL_ID + 1);
        assert_eq!(next_local_id(Some(100_041)), 100_042);
        assert!(List::Services.numbered_here() && List::Capabilities.numbered_here());
        assert!(!List::Roles.numbered_here() && !List::Skills.numbered_here());
    }

    #[test]
    fn the_frameworks_names_stay_and_others_may_change() {
        assert_eq!(may_rename(List::Skills, false), Err("error-reference-framework-name"));
        assert_eq!(may_rename(List::Roles, false), Err("error-reference-framework-name"));
        assert_eq!(may_rename(List::Skills, true), Ok(()));
        assert_eq!(may_rename(List::Services, false), Ok(()));
        assert_eq!(may_rename(List::Capabilities, false), Ok(()));
    }

    #[test]
    fn names_and_details_are_read_as_typed_within_bounds() {
        assert_eq!(read_name("  Low-code platforms ").unwrap(), "Low-code platforms");
        assert_eq!(read_name(" ").unwrap_err().0[0].key, "error-reference-name");
        let long = "x".repeat(NAME_MAX_CHARS + 1);
        assert_eq!(read_name(&long).unwrap_err().0[0].key, "error-reference-name-too-long");
        assert_eq!(read_detail(List::Skills, "  ").unwrap(), "");
        assert_eq!(
            read_detail(List::Roles, "").unwrap_err().0[0].key,
            "error-reference-family"
        );
        assert_eq!(read_detail(List::Roles, " Data ").unwrap(), "Data");
        let long = "x".repeat(DESCRIPTION_MAX_CHARS + 1);
        assert_eq!(
            read_detail(List::Services, &long).unwrap_err().0[0].key,
            "error-reference-description-too-long"
        );
    }

    #[test]
    fn levels_fill_bands_the_role_does_not_have() {
        let typed = [(1, " Trainee low-code developer "), (4, "Low-code developer"), (5, "")];
        assert_eq!(
            read_levels(&typed, &[], true).unwrap(),
            vec![
                (1, "Trainee low-code developer".to_string()),
                (4, "Low-code developer".to_string())
            ]
        );
        let taken = read_levels(&typed, &[4], false).unwrap_err();
        assert_eq!(taken.0[0].field, "level-4");
        assert_eq!(taken.0[0].key, "error-reference-level-band");
        assert_eq!(
            read_levels(&[(9, "Beyond")], &[], false).unwrap_err().0[0].key,
            "error-reference-level-band"
        );
        assert_eq!(
            read_levels(&[(1, " ")], &[], true).unwrap_err().0[0].key,
            "error-reference-levels-none"
        );
        assert_eq!(read_levels(&[(1, " ")], &[1], false).unwrap(), vec![]);
    }
}
