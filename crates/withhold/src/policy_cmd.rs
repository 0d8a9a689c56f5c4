//! `withhold check-policy`: a policy file checked (the law's limits included, by
//! `Policy::from_toml`) and every field it parsed printed in words, with a warning for each
//! jurisdiction whose texts miss a language.

use anyhow::Context;

pub fn check_policy(file: &std::path::Path) -> anyhow::Result<()> {
    use withhold_core::policy::{ReviewRule, StatementRule};
    let text = std::fs::read_to_string(file).with_context(|| format!("reading the policy {}", file.display()))?;
    let policy = withhold_core::Policy::from_toml(&text).with_context(|| format!("the policy {}", file.display()))?;
    println!("policy {} is valid: {} jurisdictions", policy.version(), policy.jurisdictions().len());
    for j in policy.jurisdictions() {
        println!("\n  {} ({})", j.id, j.name);
        let countries = if j.countries.is_empty() {
            "every country not listed elsewhere".to_owned()
        } else {
            let codes: Vec<&str> = j.countries.iter().map(|c| c.as_str()).collect();
            format!("{}: {}", codes.len(), codes.join(", "))
        };
        println!("    countries:   {countries}");
        let limits: std::collections::BTreeSet<String> = j
            .countries
            .iter()
            .filter_map(|c| withhold_core::law::statutory_limit(*c))
            .map(|l| match l.extension {
                Some(most) => format!("{}: {}, extended by at most {}", l.law, l.deadline.describe(), most.describe()),
                None => format!("{}: {}, no extension", l.law, l.deadline.describe()),
            })
            .collect();
        let statutory = match (j.statutory, limits.is_empty()) {
            (false, _) => "no: objections are honored voluntarily".to_owned(),
            (true, true) => "yes (no limit for its countries is in Withhold's table)".to_owned(),
            (true, false) => format!("yes, within {}", limits.into_iter().collect::<Vec<_>>().join("; ")),
        };
        println!("    statutory:   {statutory}");
        println!("    form:        {}", if j.available { "open" } else { "closed (the page says where it is open)" });
        println!("    legal basis: {}", j.legal_basis);
        println!("    deadline:    {} from receipt", j.deadline.describe());
        match j.extension {
            Some(e) => {
                println!("    extension:   once, by at most {}, with a reason emailed to the person", e.describe())
            }
            None => println!("    extension:   none"),
        }
        let statement = match j.statement {
            StatementRule::Optional => "optional",
            StatementRule::Required => "required",
        };
        println!("    statement:   {statement}");
        let review = match j.review {
            ReviewRule::Never => "never: honored by the policy once the address is confirmed",
            ReviewRule::WhenStatementGiven => "by a person when a statement is given; honored by the policy otherwise",
            ReviewRule::Always => "always by a person",
        };
        println!("    review:      {review}");
        println!("    complaint:   {}", j.complaint);
        let mut covered: Vec<&str> = j.texts.keys().map(|l| l.tag()).collect();
        covered.sort_unstable();
        println!("    languages:   English (the fallback) and {}: {}", covered.len(), covered.join(", "));
        let missing: Vec<&str> = j.languages_missing().into_iter().map(|l| l.tag()).collect();
        if !missing.is_empty() {
            eprintln!(
                "warning: {} has no name, legal basis or complaint route in {}: people reading those languages see them in English",
                j.id,
                missing.join(", ")
            );
        }
    }
    Ok(())
}
