//! The roles a person can hold in a council (SPEC §2) and the rules for changing them.

use serde::Serialize;
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Practitioner,
    Manager,
    Buyer,
    Finance,
    CouncilAdmin,
    /// Keeps the council's capability map (SPEC §4.7), given by a council admin.
    CapabilityMapper,
}

impl Role {
    pub const ALL: [Role; 6] = [
        Role::Practitioner,
        Role::Manager,
        Role::Buyer,
        Role::Finance,
        Role::CouncilAdmin,
        Role::CapabilityMapper,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Practitioner => "practitioner",
            Role::Manager => "manager",
            Role::Buyer => "buyer",
            Role::Finance => "finance",
            Role::CouncilAdmin => "council_admin",
            Role::CapabilityMapper => "capability_mapper",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown role {0}")]
pub struct UnknownRole(pub String);

impl FromStr for Role {
    type Err = UnknownRole;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Role::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or_else(|| UnknownRole(s.to_string()))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum RoleChangeError {
    #[error("a council must keep at least one council admin")]
    LastCouncilAdmin,
}

/// Checks a change of one member's roles. `other_admins` counts the council's admins
/// other than this member, read in the same transaction as the change.
pub fn check_role_change(before: &[Role], after: &[Role], other_admins: usize) -> Result<(), RoleChangeError> {
    let loses_admin = before.contains(&Role::CouncilAdmin) && !after.contains(&Role::CouncilAdmin);
    if loses_admin && other_admins == 0 {
        return Err(RoleChangeError::LastCouncilAdmin);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_names() {
        for role in Role::ALL {
            assert_eq!(role.as_str().parse::<Role>(), Ok(role));
        }
        assert!("owner".parse::<Role>().is_err());
    }

    #[test]
    fn last_admin_cannot_lose_the_role() {
        let admin = [Role::CouncilAdmin, Role::Buyer];
        assert_eq!(
            check_role_change(&admin, &[Role::Buyer], 0),
            Err(RoleChangeError::LastCouncilAdmin)
        );
        assert_eq!(check_role_change(&admin, &[Role::Buyer], 1), Ok(()));
        assert_eq!(check_role_change(&admin, &admin, 0), Ok(()));
        assert_eq!(check_role_change(&[Role::Buyer], &[], 0), Ok(()));
    }
}
