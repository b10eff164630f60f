//! "People like this" on a profile (SPEC §4.11): listed practitioners who have worked on
//! the same services and hold the same skills, for a buyer who wants an alternative to
//! the person they are looking at. Services count more than skills: they say what the work
//! was, where a skill only says how it was done.

/// Points for each service both have worked on.
pub const SERVICE_POINTS: i64 = 3;
/// Points for each skill both hold.
pub const SKILL_POINTS: i64 = 2;

/// Someone like the profile looked at, with what they have in common.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alike {
    pub profile_id: i64,
    /// Names of the services both have worked on.
    pub services: Vec<String>,
    /// Names of the skills both hold.
    pub skills: Vec<String>,
}

impl Alike {
    pub fn score(&self) -> i64 {
        SERVICE_POINTS * self.services.len() as i64 + SKILL_POINTS * self.skills.len() as i64
    }
}

/// The `n` most alike, most first; ties go to the lower profile id, so a list is stable.
/// Anyone with nothing in common is left out.
pub fn rank_alike(mut found: Vec<Alike>, n: usize) -> Vec<Alike> {
    found.retain(|a| a.score() > 0);
    found.sort_by(|a, b| b.score().cmp(&a.score()).then(a.profile_id.cmp(&b.profile_id)));
    found.truncate(n);
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn alike(id: i64, services: &[&str], skills: &[&str]) -> Alike {
        Alike {
            profile_id: id,
            services: services.iter().map(|s| s.to_string()).collect(),
            skills: skills.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn a_shared_service_outweighs_a_shared_skill() {
        let ranked = rank_alike(
            vec![
                alike(1, &[], &["User research"]),
                alike(2, &["Missed bin collection"], &[]),
            ],
            5,
        );
        assert_eq!(ranked.iter().map(|a| a.profile_id).collect::<Vec<_>>(), vec![2, 1]);
        assert_eq!(ranked[0].score(), SERVICE_POINTS);
        assert_eq!(ranked[1].score(), SKILL_POINTS);
    }

    #[test]
    fn more_in_common_ranks_higher_and_ties_go_to_the_lower_id() {
        let ranked = rank_alike(
            vec![
                alike(9, &["Council tax"], &["Agile working"]),
                alike(4, &["Council tax"], &["Agile working"]),
                alike(7, &["Council tax", "Parking permits"], &[]),
            ],
            5,
        );
        assert_eq!(ranked.iter().map(|a| a.profile_id).collect::<Vec<_>>(), vec![7, 4, 9]);
    }

    #[test]
    fn nothing_in_common_is_left_out_and_the_list_is_cut_to_n() {
        let ranked = rank_alike(
            vec![
                alike(1, &[], &[]),
                alike(2, &["A"], &[]),
                alike(3, &["B"], &[]),
                alike(4, &["C"], &[]),
            ],
            2,
        );
        assert_eq!(ranked.iter().map(|a| a.profile_id).collect::<Vec<_>>(), vec![2, 3]);
    }
}
