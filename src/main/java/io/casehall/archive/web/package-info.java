/** The archive's pages: the applicant's services, application form and 我的申请 in the portal, and the case pages and ratings in the staff console. */
package io.casehall.archive.web;
