/** The applicant's 我的信息 page: the verified identity shown read-only, the profile extras edited. */
package io.casehall.account.profile;
