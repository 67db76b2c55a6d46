/**
 * The graduate's pages of the qualification review: binding the portal account to the campaign record (step 1),
 * checking the source data and confirming or changing it (step 2), change requests with proofs and their
 * decision by the college, and the graduate's case in 我的办件.
 */
package io.casehall.qualification.portal;
