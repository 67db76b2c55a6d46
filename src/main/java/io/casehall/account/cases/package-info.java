/** 我的办件: the applicant's page listing their cases of every procedure, built from {@link io.casehall.shared.cases.CaseCentre}. */
package io.casehall.account.cases;
